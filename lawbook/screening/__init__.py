"""Court ban lists as of a date, and screening names against them.

The lists are the records under ``rules/banlists/`` (one organisation per
file). :func:`banlist` gives the organisations whose ban is in force on a day;
:func:`screen` scores a name against every alias of every organisation;
:class:`ScreeningIndex` does both for batches (build once, reuse) and finds
mentions of banned organisations in running text.

How a score is made (docs/decisions/0003-ban-list-dates-and-screening.md):
names are folded to one ASCII form (:mod:`lawbook.normalise`); each word of the
query is compared with each word of an alias (exact, rapidfuzz OSA (Damerau: a swap is one edit) for
typos, shared stem for case endings); the score is the weighted share of the
alias's words found (generic words such as "party", "Islamic" weigh little),
times 0.9 when a word of the alias is missing, less a penalty for words of the
query that the alias does not explain. Abbreviations (HuT, IMU, ИГИЛ) match
whole words only, case-sensitively when short. A name is ``banned`` when a match
scores at least the threshold (default :data:`DEFAULT_THRESHOLD`) and that
organisation's ban is in force on the day asked.

>>> r = screen("Хизб-ут-Тахрир аль-Ислами", as_of="2010-01-01")
>>> r.banned, r.matches[0]["id"], r.matches[0]["score"]
(True, 'org-hizb-ut-tahrir', 1.0)
>>> screen("Hizb ut-Tahrir", as_of="2005-03-27").banned   # the day before the Astana city court ruled
False
>>> screen("Taliban", as_of="2024-01-01").matches[0]["in_force"]   # removed in December 2023
False
>>> [o.id for o in banlist("2004-10-15").organisations][:2]
['org-al-qaeda', 'org-islamic-party-of-east-turkestan']
>>> len(banlist("2004-10-14").organisations)   # before the first list: empty, not an error
0

One module per job (docs/decisions/0008-names-as-sources-write-them.md, "One
package, one module per job"); :class:`ScreeningIndex` is made of one part from
each of those that read the index:

- :mod:`~lawbook.screening.limits`: the threshold, floor, weights and memo sizes;
- :mod:`~lawbook.screening.query`: the checks a name must pass, its words, its script;
- :mod:`~lawbook.screening.lists`: ban lists as of a date, and what changed (:class:`BanLists`);
- :mod:`~lawbook.screening.aliases`: the alias tables, built from the records (:class:`AliasTables`);
- :mod:`~lawbook.screening.words`: a query's words against the alias words, memoised (:class:`WordMatching`);
- :mod:`~lawbook.screening.candidates`: the aliases a query may match (:class:`Candidates`);
- :mod:`~lawbook.screening.scoring`: how a score is made and explained (:class:`Scoring`);
- :mod:`~lawbook.screening.persons`: a query shaped like a person's name;
- :mod:`~lawbook.screening.mentions`: names inside running text (:class:`Mentions`);
- :mod:`~lawbook.screening.screen_name`: one name the full way (:class:`NameScreening`);
- :mod:`~lawbook.screening.short_road`: the JSON text of a batch's names from a memo (:class:`ShortRoad`);
- :mod:`~lawbook.screening.results`: the verdict and its JSON text (:class:`ScreenResult`);
- :mod:`~lawbook.screening.checks`: cross-checks of the ban-list records.

No module is named after a function of this one (``index``, ``screen``,
``banlist``): importing it would replace the function (decision 0012).
"""
from __future__ import annotations

import itertools

from .. import screen_orgs
from ..errors import RulebookError
from .aliases import AliasTables, _Alias
from . import inflections
from .candidates import Candidates
from .checks import check_rulebook
from .limits import (DEFAULT_THRESHOLD, GENERIC_WEIGHT, MAX_MATCHES, MAX_NAME_CHARS, MISSING_FACTOR,
                     REPORT_FLOOR)
from .lists import BanList, BanLists, UnknownOrganisation, organisation_summary
from .mentions import Mention, Mentions
from .query import AFFILIATE_WORDS, INVISIBLE, validate_name
from .query import _FIND_WORDS, _threshold  # noqa: F401 (used as lawbook.screening._threshold by the CLI and web API)
from .results import ScreenResult
from .screen_name import NameScreening
from .scoring import Scoring, _best_words  # noqa: F401 (read by tests and bench)
from .short_road import ShortRoad
from .unspaced import UnspacedNames, unspaced_table
from .words import WordMatching

__all__ = ["AFFILIATE_WORDS", "BanList", "DEFAULT_THRESHOLD", "GENERIC_WEIGHT", "INVISIBLE", "MAX_MATCHES",
           "MAX_NAME_CHARS", "MISSING_FACTOR", "Mention", "REPORT_FLOOR", "ScreenResult", "ScreeningIndex",
           "UnknownOrganisation", "banlist", "banlist_changes", "check_rulebook", "index", "organisation_summary",
           "screen", "validate_name"]


class ScreeningIndex(BanLists, AliasTables, WordMatching, Candidates, Scoring, NameScreening, ShortRoad, Mentions,
                     UnspacedNames):
    """Every alias of every organisation, ready for screening (build once, reuse).

    >>> ix = index()
    >>> ix.lookup("org-taliban").listed_to
    datetime.date(2023, 12, 1)
    >>> [(m.text, m.id) for m in ix.find_mentions("Он был членом Хизб ут-Тахрира и ИГИЛ.")]
    [('Хизб ут-Тахрира', 'org-hizb-ut-tahrir'), ('ИГИЛ', 'org-islamic-state')]
    """

    def __init__(self, rb):
        self.rb = rb
        # what screening reads of the records, without pydantic when the cache holds it
        self._plain, self._endings = screen_orgs.load(rb)
        self._ru_forms = inflections.load(rb, self._plain)  # a Russian word's case forms → the name's word
        self._ru_dictionary_words = frozenset(self._ru_forms.values())  # the names' words the dictionary knows
        self._capital: dict[int, bool] = {}  # alias index → whether running text must write it with a capital
        if not self._plain:
            raise RulebookError("no organisation: the ban lists are empty", str(rb.root / "banlists"))
        self._orgs = None
        self.aliases: list[_Alias] = []
        self.abbr_exact: dict[str, list[_Alias]] = {}
        self.abbr_fold: dict[str, list[_Alias]] = {}
        self.anchor: dict[str, list[_Alias]] = {}
        self.squashed: dict[str, list[_Alias]] = {}
        self.exclusions: dict[str, list[_Alias]] = {}
        self._tm_cache: dict[str, tuple] = {}
        self._qm_cache: dict[str, tuple] = {}  # token → ({alias word: (word, similarity, how)}, aliases it anchors)
        self._qm_strict: dict[str, tuple] = {}  # the same for words of the Indian scripts: no typos (words.py _rec)
        self._abbr_cache: dict[str, tuple] = {}  # raw word → what _abbreviations finds for it
        self._word_cache: dict[str, tuple] = {}  # raw word → (fold, weight, mixed script)
        self._recs: dict[str, tuple] = {}  # raw word → everything screening reads of it (_rec)
        self._sigs: dict[tuple, tuple] = {}  # a word's matches → the one (matches, aliases, number) for them
        self._sig_numbers = itertools.count()
        self._how_numbers: dict[tuple, int] = {}  # how a word screens → its number (_how_number)
        self._how_count = itertools.count()
        self._shapes: dict[tuple, tuple] = {}  # how a name's words screen, … → its matches (_shape)
        self._scored: dict[tuple, tuple] = {}  # how a name's words screen, its runs → its candidates scored
        self._alias_part: dict[int, tuple] = {}  # alias → (its part of a match, as JSON)
        self._org_part: dict[tuple, tuple] = {}  # (organisation, day) → (its part, as JSON)
        self._fold_cache: dict[str, str] = {}  # organisation name → folded
        self._segments: dict = {}
        self._build()
        # (aliases and exclusions in Chinese, Japanese or Korean letters, looked for as written: unspaced.py)
        self._unspaced = unspaced_table(self.aliases, [ex for exs in self.exclusions.values() for ex in exs])


_DEFAULT = {}  # the default rulebook, once loaded (a dict of this module's: see _HAS_INVISIBLE in words.py)


def _rulebook(rules=None):
    from ..rulebook import Rulebook, load
    if isinstance(rules, Rulebook):
        return rules
    if rules is None:
        rb = _DEFAULT.get("rb")
        if rb is None:
            rb = _DEFAULT["rb"] = load(None)
        return rb
    return load(rules)


def index(rules=None) -> ScreeningIndex:
    """The screening index of a rulebook (built once per rulebook)."""
    rb = _rulebook(rules)
    return rb.cached("screen-index", lambda: ScreeningIndex(rb))


def screen(name: str, as_of=None, threshold: float | None = None, rules=None) -> ScreenResult:
    """Screen one name against the ban lists in force on ``as_of`` (default today)."""
    return index(rules).screen(name, as_of, threshold)


def banlist(as_of=None, designation: str | None = None, rules=None) -> BanList:
    """The organisations whose ban is in force on ``as_of`` (default today)."""
    return index(rules).banlist(as_of, designation)


def banlist_changes(date_from, date_to, designation: str | None = None, rules=None) -> dict:
    """Organisations added and removed between two days (and every listing event between)."""
    return index(rules).changes(date_from, date_to, designation)
