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
"""
from __future__ import annotations

import bisect
import itertools
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from json.encoder import encode_basestring as _json_str  # a string as the CLI's JSON writes it (not ASCII-only)
from typing import Iterable, Iterator

from . import normalise as N
from . import screen_orgs
from .screen_orgs import flags as _flags
from .screen_orgs import order as _order
from .dates import parse_date, today
from .errors import BadInput, LawbookError, RulebookError

#: A match at or above this score, of an organisation banned on the day, sets ``banned``.
DEFAULT_THRESHOLD = 0.80
#: Matches below this score are not reported at all.
REPORT_FLOOR = 0.5
#: At most this many matches per query.
MAX_MATCHES = 10
#: Longest name accepted (characters).
MAX_NAME_CHARS = 1000
#: Weight of a generic word ("party", "Islamic", "движение") inside an alias.
GENERIC_WEIGHT = 0.25
#: Penalty factor when a word of the alias is missing from the query.
MISSING_FACTOR = 0.9

_CACHE_LIMIT = 300_000
#: Entries of the per-word and per-token memos (emptied when full: memory stays bounded).
_MEMO_LIMIT = 100_000


class UnknownOrganisation(LawbookError):
    """No organisation record has this id."""


# ---------------------------------------------------------------- input checks
#: Words that name an affiliate, branch or province of an organisation (folded): "ISIS-K",
#: "Islamic State Khorasan Province", "вилаят Хорасан".
AFFILIATE_WORDS = frozenset({"k", "horasan", "khorasan", "province", "provinse", "vilaiat", "vilaiet", "vilaiat",
                             "vilaet", "valiat", "branch", "affiliate", "filial", "provintsia", "provintsii",
                             "provinciia", "horasana", "uilaiat", "uilaiati"})

#: Direction marks and zero-width characters that text copied from right-to-left or web sources
#: carries; they are dropped before matching (zero-width (non-)joiners are read as word breaks).
INVISIBLE = "\u200b\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_DROP_INVISIBLE = str.maketrans({c: None for c in INVISIBLE})
_HAS_INVISIBLE = re.compile(f"[{INVISIBLE}]")  # (a search is cheaper than translating a name that has none)


def validate_name(name) -> str:
    """The name, or :class:`BadInput` with a one-line reason.

    >>> validate_name("  ")
    Traceback (most recent call last):
    ...
    lawbook.errors.BadInput: empty name
    >>> validate_name("Hizb\\x07")
    Traceback (most recent call last):
    ...
    lawbook.errors.BadInput: name contains control character U+0007 at position 5
    """
    if not isinstance(name, str):
        raise BadInput(f"name must be text, not {type(name).__name__}")
    if len(name) > MAX_NAME_CHARS:
        raise BadInput(f"name is {len(name):,} characters long (at most {MAX_NAME_CHARS:,})")
    if name.isprintable():
        if not name.strip():
            raise BadInput("empty name")
        return name
    for i, ch in enumerate(name):
        if ch in "\t":
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc" or (cat == "Cf" and ch not in "\u200c\u200d" and ch not in INVISIBLE):
            raise BadInput(f"name contains control character U+{ord(ch):04X} at position {i + 1}")
    if not name.strip():
        raise BadInput("empty name")
    return name


def _day(as_of) -> dt.date:
    if as_of is None:
        return today()
    return parse_date(as_of, "as-of date")


# ---------------------------------------------------------------- index parts
@dataclass(slots=True)
class _Alias:
    idx: int
    org: object
    text: str
    lang: str
    script: str
    kind: str
    confidence: str
    tokens: tuple = ()
    weights: tuple = ()
    anchors: tuple = ()
    all_generic: bool = False
    distinct: float = 0.0
    exclusion: str | None = None  # why, for names that must not match
    group: int = -1  # aliases with the same words and weights share it (and so their score against a query)
    pairs: tuple = ()  # ((word, weight), …): tokens and weights side by side
    total: float = 0.0  # the sum of the weights, added in order (as a score adds them)
    lam: float = 0.3  # the extra-word penalty of a match by words, runs or whole name
    by_word: dict = field(default_factory=dict)  # word → its weight in the alias (added up if repeated)
    wordset: frozenset = frozenset()


@dataclass(slots=True)
class _Word:
    pos: int  # index among the words of the text
    raw: str
    fold: str
    weight: float
    start: int = 0
    end: int = 0


def _word_weight(f: str) -> float:
    if not f or N.is_particle(f) or f in N.STOPWORDS:
        return 0.0
    if N.is_generic(f):
        return 0.1
    if len(f) <= 2:
        return 0.5
    return 1.0


_FIND_WORDS = N._WORD_RE.findall
#: A query word as :meth:`ScreeningIndex._shape` writes it (its position between two control
#: characters, which no name holds), to be replaced by the word itself.
_QUOTE = "\x01%d\x02"
_UNSEEN = object()  # (not memoised yet)
_NO_RUNS = ((), ())  # (ScreeningIndex._run_key of a name no word of which starts a run)
_QUOTED = re.compile(r"\\u0001(\d+)\\u0002")  # (_QUOTE as JSON writes it)
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _script(text: str) -> str:
    """``Latn``, ``Cyrl``, ``mixed`` or ``none`` (a fast subset of models.banlist.script_of)."""
    lat = _LATIN.search(text) is not None
    cyr = not text.isascii() and _CYRILLIC.search(text) is not None
    return "mixed" if lat and cyr else "Latn" if lat else "Cyrl" if cyr else "none"


class BanList:
    """The organisations banned on one day (optionally one designation)."""

    __slots__ = ("as_of", "designation", "organisations", "_rb")

    def __init__(self, as_of, designation, organisations, rb):
        self.as_of, self.designation, self.organisations, self._rb = as_of, designation, organisations, rb

    def __len__(self):
        return len(self.organisations)

    def to_dict(self) -> dict:
        return {"as_of": self.as_of.isoformat(), "designation": self.designation,
                "count": len(self.organisations),
                "organisations": [organisation_summary(o, self._rb, self.as_of) for o in self.organisations],
                "rulebook": self._rb.stamp()}


def organisation_summary(org, rb=None, as_of: dt.date | None = None) -> dict:
    """One organisation as JSON: names, dates with their precision, flags, sources, file."""
    d = {"id": org.id, "name": org.name, "designation": org.designation}
    d.update(org.listing_summary())
    d["names"] = [{"name": a.name, "lang": a.lang, "kind": a.kind} for a in org.names if a.screen]
    if as_of is not None:
        d["in_force_certain"] = org.in_force_certain(as_of)
    d["flags"] = _flags(org)
    d["sources"] = [s.id for s in org.sources]
    if rb is not None:
        d["file"] = rb.where_str(org)
    return d


class ScreeningIndex:
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

    @property
    def orgs(self) -> list:
        """The Organisation records, in the order of the lists (read when first asked)."""
        if self._orgs is None:
            orgs = sorted(self.rb.records("organisations"), key=_order)
            self._by_id = {o.id: o for o in orgs}  # (set first: another thread may see _orgs at once)
            self._orgs = orgs
        return self._orgs

    # -- building -------------------------------------------------------------
    def _build(self) -> None:
        token_orgs: dict[str, set] = {}
        groups: dict[tuple, int] = {}
        pending = []
        for org in self._plain:
            for a in org.names:  # (those screened)
                al = _Alias(len(self.aliases), org, a.name, a.lang, a.script, a.kind, a.confidence or org.confidence)
                self.aliases.append(al)
                if a.kind == "abbreviation":
                    p = N.prepare_word(a.name)
                    self.abbr_exact.setdefault(p, []).append(al)
                    if len(p) <= 3:
                        self.abbr_exact.setdefault(p.upper(), []).append(al)
                    else:
                        self.abbr_fold.setdefault(p.casefold(), []).append(al)
                    continue
                pending.append(al)
            for ex in org.exclusions:
                al = _Alias(-1, org, ex.name, ex.lang, _script(ex.name), "exclusion", "confirmed", exclusion=ex.why)
                pending.append(al)
        for al in pending:
            toks = tuple(N.content_tokens(al.text))
            al.tokens = toks
            if al.exclusion is None:
                for t in toks:
                    token_orgs.setdefault(t, set()).add(al.org.id)
        for al in pending:
            ws = []
            for t in al.tokens:
                if N.is_generic(t):
                    ws.append(GENERIC_WEIGHT)
                else:
                    ws.append(1.0 / max(1, len(token_orgs.get(t, ()))) ** 0.5)
            al.weights = tuple(ws)
            al.pairs = tuple(zip(al.tokens, ws))
            al.wordset = frozenset(al.tokens)
            for t, w in al.pairs:
                al.by_word[t] = al.by_word.get(t, 0.0) + w
            total = 0.0
            for w in ws:
                total += w
            al.total = total
            al.group = groups.setdefault((al.tokens, al.weights), len(groups))
            distinct = [t for t in al.tokens if not N.is_generic(t)]
            al.all_generic = not distinct
            al.anchors = tuple(dict.fromkeys(distinct or al.tokens))
            al.distinct = sum(w for t, w in zip(al.tokens, ws) if not N.is_generic(t))
            al.lam = 0.5 if al.distinct <= 1.0 else 0.3
            if al.exclusion is not None:
                self.exclusions.setdefault(al.org.id, []).append(al)
                continue
            for t in al.anchors:
                self.anchor.setdefault(t, []).append(al)
            folded = N.fold(al.text).split()
            for key in {N.squash(folded), N.squash(al.tokens)}:
                if key:
                    self.squashed.setdefault(key, []).append(al)
        vocab = set(self.anchor)
        for al in pending:
            vocab.update(al.tokens)
        self.vocab = frozenset(vocab)
        self._vocab_by_len = sorted(vocab, key=lambda t: (len(t), t))
        self._len_starts = [len(t) for t in self._vocab_by_len]
        self._near_len: dict[int, list[str]] = {}  # a word's length → alias words near it (token_matches)
        self._prefix: dict[str, list[str]] = {}
        for t in vocab:
            if len(t) >= 5:
                for k in range(4, len(t) + 1):
                    self._prefix.setdefault(t[:k], []).append(t)
        self._squash_max = max(len(k) for k in self.squashed)
        self._squash_prefixes = frozenset(k[:i] for k in self.squashed for i in range(1, len(k) + 1))
        self._excl_anchor: dict[str, list[_Alias]] = {}
        for exs in self.exclusions.values():
            for ex in exs:
                for t in ex.anchors:
                    self._excl_anchor.setdefault(t, []).append(ex)
        self._abbr_max = max(len(k) for k in self.abbr_exact)
        self._boundaries = sorted({o.listed_from for o in self._plain}
                                  | {o.listed_to for o in self._plain if o.listed_to})

    # -- lookups -----------------------------------------------------------------
    def lookup(self, org_id: str):
        """The Organisation record with this id."""
        if self._orgs is None:
            self.orgs  # noqa: B018 (reads the records and their index by id)
        try:
            return self._by_id[org_id]
        except KeyError:
            raise UnknownOrganisation(f"no organisation with id {org_id!r}") from None

    def in_force(self, as_of=None, designation: str | None = None) -> tuple:
        """Organisations whose ban is in force on ``as_of`` (a date or YYYY-MM-DD)."""
        day = as_of if type(as_of) is dt.date else _day(as_of)
        seg = bisect.bisect_right(self._boundaries, day)
        key = (seg, designation)
        got = self._segments.get(key)
        if got is None:
            got = tuple(o for o in self.orgs if o.in_force(day)
                        and (designation is None or o.designation == designation))
            self._segments[key] = got
        return got

    def banlist(self, as_of=None, designation: str | None = None) -> BanList:
        if designation not in (None, "terrorist", "extremist"):
            raise BadInput(f"unknown designation {designation!r} (terrorist or extremist)")
        day = as_of if type(as_of) is dt.date else _day(as_of)
        orgs = self.in_force(day, designation)
        # a removal known only to the month or year: inside that period the ban may still have been in force
        maybe = tuple(o for o in self.orgs if o not in orgs and o.listed_to is not None
                      and o.listed_from <= day and not o.in_force_certain(day)
                      and (designation is None or o.designation == designation))
        return BanList(day, designation, orgs + maybe, self.rb)

    def changes(self, date_from, date_to, designation: str | None = None) -> dict:
        """What was added to and removed from the lists between two days."""
        d1, d2 = _day(date_from), _day(date_to)
        if d2 < d1:
            raise BadInput(f"FROM {d1} is after TO {d2}")
        before = {o.id for o in self.in_force(d1, designation)}
        after = {o.id for o in self.in_force(d2, designation)}
        events = []
        for o in self.orgs:
            if designation and o.designation != designation:
                continue
            if d1 < o.listed_from <= d2:
                events.append((o.listed_from, "listed", o, o.listed_from_precision))
            if o.listed_to and d1 < o.listed_to <= d2:
                events.append((o.listed_to, "removed", o, o.listed_to_precision))
        events.sort(key=lambda e: (e[0], e[2].id))

        def brief(o):
            return {"id": o.id, "name": o.name, "designation": o.designation,
                    "listed_from": o.listed_from.isoformat(), "listed_to": o.listed_to.isoformat() if o.listed_to else None,
                    "flags": _flags(o)}

        return {"from": d1.isoformat(), "to": d2.isoformat(), "designation": designation,
                "added": [brief(o) for o in self.orgs if o.id in after and o.id not in before],
                "removed": [brief(o) for o in self.orgs if o.id in before and o.id not in after],
                "events": [{"date": d.isoformat(), "precision": p, "change": what, "id": o.id, "name": o.name,
                            "designation": o.designation} for d, what, o, p in events],
                "rulebook": self.rb.stamp()}

    # -- word matching -----------------------------------------------------------
    def token_matches(self, tok: str) -> tuple:
        """Alias words like ``tok``: ``((word, similarity, how), …)``.

        >>> index().token_matches("tahrira")   # Russian genitive "Тахрира"
        (('tahrir', 0.95, 'word ending'),)
        >>> index().token_matches("mujahidin")[0]
        ('mujahedin', 0.889, 'typo')
        """
        got = self._tm_cache.get(tok)
        if got is not None:
            return got
        best: dict[str, tuple] = {}
        if tok in self.vocab:
            best[tok] = (tok, 1.0, "exact")
        n = len(tok)
        if n >= 4:
            extract, osa = _RAPIDFUZZ or _rapidfuzz()
            maxd = 1 if n <= 7 else 2
            near = self._near_len.get(n)
            if near is None:  # (the alias words of a length within maxd of n)
                lo = bisect.bisect_left(self._len_starts, max(4, n - maxd))
                hi = bisect.bisect_right(self._len_starts, n + maxd)
                near = self._near_len[n] = self._vocab_by_len[lo:hi]
            if near:
                for cand, dist, _ in extract(tok, near, scorer=osa, score_cutoff=maxd, limit=None):
                    if cand in best:
                        continue
                    sim = round(1.0 - dist / max(n, len(cand)), 3)
                    # a typo in a four-letter word is weak evidence: it may add to a
                    # match found through other words, never start one
                    best[cand] = (cand, sim, "short word typo" if min(n, len(cand)) == 4 else "typo")
        if n >= 5:
            # alias words that share their first letters with tok, at most three letters (and
            # at most one of the shorter word's) left over: every one of them begins as tok does
            # for max(4, n - 3) letters
            for cand in self._prefix.get(tok[:max(4, n - 3)], ()):
                if cand in best and best[cand][1] >= 0.95:
                    continue
                c = len(cand)
                same = max(4, (c if c > n else n) - 3, (n if n < c else c) - 1)  # letters alike needed
                if tok[:same] == cand[:same]:
                    best[cand] = (cand, 0.95, "word ending")
        if not best and n >= 7 and tok.endswith(self._endings):
            # a Kazakh case ending longer than the word-ending rule allows ("мемлекетінің"):
            # strip the endings of rules/lexicon/morphology (folded like the names) and look again
            for suf in self._endings:
                if tok.endswith(suf) and n - len(suf) >= 5:
                    for cand, sim, how in self.token_matches(tok[: -len(suf)]):
                        if how in ("exact", "word ending") and cand not in best:
                            best[cand] = (cand, round(min(sim, 0.95) * 0.95, 3), "Kazakh ending")
                    if best:
                        break
        got = tuple(sorted(best.values(), key=lambda x: -x[1]))
        if len(self._tm_cache) > _CACHE_LIMIT:
            self._tm_cache.clear()
        self._tm_cache[tok] = got
        return got

    # -- screening -----------------------------------------------------------------
    def _words(self, text: str) -> list[_Word]:
        out = []
        append = out.append
        recs = self._recs
        for i, m in enumerate(N._WORD_RE.finditer(text)):
            w = m.group()
            got = recs.get(w) or self._rec(w)
            start, end = m.span()
            append(_Word(i, w, got[0], got[1], start, end))
        return out

    def _rec(self, raw: str) -> tuple:
        """What screening reads of a word as written, memoised (read only): ``(fold, weight, mixed
        script, its matches by alias word, the aliases it anchors, the abbreviations it is, exact
        case, how it screens, affiliate word, weak aliases, candidates)`` (the matches, aliases,
        weak aliases and candidates of :meth:`_qm` for a word that counts, else None, (), None and
        None). Two words that screen alike (the same matches, weight and abbreviations, look-alike
        letters or not, affiliate word or not) have the same ``how``, a number given by
        :meth:`_how_number`.

        >>> index()._rec("Тахрира")[:2], index()._rec("of")[:2]
        (('tahrira', 1.0), ('of', 0.0))
        """
        cache = self._word_cache
        got = cache.get(raw)
        if got is None:
            f = N.fold_word(raw)
            got = (f, _word_weight(f), N.has_mixed_script(raw))
            if len(cache) > _MEMO_LIMIT:
                cache.clear()
            cache[raw] = got
        f, weight = got[0], got[1]
        m, anchored, number, weak, cands = self._qm(f) if weight > 0 else (None, (), None, None, None)
        hits, exact, _ = self._abbr_cache.get(raw) or self._abbreviations(raw)
        affiliate = f in AFFILIATE_WORDS
        how = self._how_number((number, weight, (exact, tuple(al.idx for al in hits)) if hits else None, got[2],
                                affiliate))
        rec = (f, weight, got[2], m, anchored, hits, exact, how, affiliate, weak, cands)
        if len(self._recs) > _MEMO_LIMIT:
            self._recs.clear()
        self._recs[raw] = rec
        return rec

    def _how_number(self, how: tuple) -> int:
        """A number that stands for ``how`` a word screens (never given to another ``how``, so that
        a name's key of small numbers is quick to hash and compare; memoised, bounded)."""
        got = self._how_numbers.get(how)
        if got is None:
            if len(self._how_numbers) > _MEMO_LIMIT:
                self._how_numbers.clear()  # (a ``how`` seen again gets a new number: a memo misses)
            got = self._how_numbers[how] = next(self._how_count)
        return got

    def prepare(self, names: Iterable[str]) -> None:
        """Fold at once the words of ``names`` (a batch about to be screened) that the word memo
        does not hold yet, with :func:`lawbook.normalise.fold_words`: :meth:`screen` then finds
        them folded instead of folding each one alone. The memo holds the same values either way.

        >>> ix = index()
        >>> ix.prepare(["Хизб ут-Тахрира", "members of Jamaat"])
        >>> ix._word_cache["Тахрира"][0], ix._word_cache["Jamaat"][0]
        ('tahrira', 'jamat')
        """
        cache = self._word_cache
        # the names joined by line breaks, cut at white space (no word runs across either); a piece
        # the memo holds is a word already folded, the others are searched for words
        text = "\n".join(n for n in names if type(n) is str)
        if not text.isascii() and _HAS_INVISIBLE.search(text):
            text = text.translate(_DROP_INVISIBLE)  # (the words screen() will read)
        rest = " ".join(p for p in set(text.split()) if p not in cache)
        new = [w for w in dict.fromkeys(N._WORD_RE.findall(rest)) if w not in cache]
        if not new:
            return
        if len(cache) + len(new) > _MEMO_LIMIT:
            cache.clear()
        ws = new[:_MEMO_LIMIT]
        for w, f in zip(ws, N.fold_words(ws)):
            cache[w] = (f, _word_weight(f), N.has_mixed_script(w))

    def _mixed(self, words) -> bool:
        """Some word mixes Latin and Cyrillic letters."""
        cache = self._word_cache
        for w in words:
            got = cache.get(w.raw)
            if got[2] if got is not None else N.has_mixed_script(w.raw):
                return True
        return False

    def _qm(self, tok: str) -> tuple:
        """``(matches, aliases, number, weak, candidates)``: :meth:`token_matches` of ``tok`` as a
        dict by alias word, the aliases anchored on those words other than short-word typos, in the
        order found, a number that stands for those matches (words with the same matches in the
        same order, two typos of one alias word, get the same five, and screen alike), ``{alias:
        its words this word does not match}`` for the aliases this word alone leaves below the
        report floor, and the aliases as :meth:`_cands` lists candidates (memoised; read only)."""
        got = self._qm_cache.get(tok)
        if got is None:
            m = {x[0]: x for x in self.token_matches(tok)}
            sig = tuple(m.values())
            got = self._sigs.get(sig)
            if got is None:
                anchored: dict[int, _Alias] = {}
                for t, _, how in sig:
                    if how != "short word typo":
                        for al in self.anchor.get(t, ()):
                            anchored.setdefault(al.idx, al)
                # an alias this word alone cannot bring to the report floor, and the alias words it
                # leaves to others: a query none of whose other words match those is no match of it
                # (what the word gives at most, its similarity being at most 1; added in another
                # order than a score adds, so with a margin for the last bit)
                weak = {}
                for al in anchored.values():
                    rest = al.wordset.difference(m)
                    if rest and al.total:
                        have = sum(al.by_word.get(t, 0.0) for t in m)
                        if have / al.total * MISSING_FACTOR < REPORT_FLOOR - 1e-9:
                            weak[al.idx] = rest
                if len(self._sigs) > _MEMO_LIMIT:
                    self._sigs.clear()  # (the numbers are never given twice)
                got = self._sigs[sig] = (m, tuple(anchored.values()), next(self._sig_numbers), weak,
                                         {k: (al, None, None, True) for k, al in anchored.items()})
            if len(self._qm_cache) > _MEMO_LIMIT:
                self._qm_cache.clear()
            self._qm_cache[tok] = got
        return got

    def _score(self, al: _Alias, qwords: list[_Word], qm: list[dict], run=None, abbr_pos=None, exact_case=True,
               tb: dict | None = None):
        """Score one alias against the query's words; returns (score, detail). ``tb`` is
        :func:`_best_words` of ``qm`` when known (the query word that matches each alias word best)."""
        used: set[int] = set()
        parts = []
        got = 0.0
        if abbr_pos is not None:
            cov, all_matched = (1.0 if exact_case else 0.95), True
            used.add(abbr_pos)
            parts.append(("abbreviation", 1.0 if exact_case else 0.95, "abbreviation" + ("" if exact_case else ", case differs")))
        elif run is not None:
            cov, all_matched = 1.0, True
            used.update(range(run[0], run[1]))
            same = [w.fold for w in qwords if run[0] <= w.pos < run[1]] == list(al.tokens)
            parts.append(("whole name", 1.0, "same name after normalisation" if same
                          else "same letters, spacing or hyphens differ"))
        else:
            if tb is None:
                tb = _best_words(qm)
            total = 0.0
            all_matched = True
            for t, w in zip(al.tokens, al.weights):
                total += w
                hit = tb.get(t)
                if hit is None:
                    all_matched = False
                    parts.append((t, 0.0, "missing" + (" (generic word)" if N.is_generic(t) else "")))
                else:
                    best, bi = hit
                    used.add(qwords[bi].pos)
                    got += w * best
                    parts.append((t, best, qm[bi][t][2]))
            cov = got / total if total else 0.0
        # words of the query the alias does not explain, against the weight of what it does
        qunused = 0.0
        extra_words = []
        for w in qwords:
            if w.pos in used or w.weight <= 0:
                continue
            qunused += w.weight
            if w.weight >= 0.5:
                extra_words.append(w.raw)
        matched = 1.0 if abbr_pos is not None else (sum(al.weights) if run is not None else got)
        extra = qunused / (matched + qunused) if (matched + qunused) else 0.0
        lam = 0.5 if (abbr_pos is not None or al.distinct <= 1.0) else 0.3
        score = cov * (1.0 if all_matched else MISSING_FACTOR) * (1.0 - lam * extra)
        return score, {"coverage": round(cov, 3), "all_words": all_matched, "extra": round(extra, 3),
                       "extra_penalty": lam, "words": parts, "extra_words": extra_words}

    def _score_value(self, al: _Alias, qw: list[tuple], qm: list[dict], run=None, abbr_pos=None,
                     exact_case=True, tb: dict | None = None, floor: float | None = None) -> float:
        """The score :meth:`_score` gives, the same float, without building its detail (most
        candidates score below the report floor and their detail would be thrown away).

        ``qw`` is ``(position, weight)`` of each query word that counts (the ``qwords`` of
        :meth:`_score`), ``tb`` :func:`_best_words` of ``qm`` (made once per query when given).
        With ``floor``, an alias matched by words alone whose coverage (times the missing-word
        factor) is already below ``floor`` returns that product: the score is at most it, since
        the extra-word factor is at most 1, so the caller drops it all the same."""
        if abbr_pos is not None:
            cov, all_matched, matched, lam = (1.0 if exact_case else 0.95), True, 1.0, 0.5
            used = (abbr_pos,)
        elif run is not None:
            cov, all_matched, matched, lam = 1.0, True, al.total, al.lam  # (al.total: sum(al.weights))
            used = range(run[0], run[1])
        else:
            if tb is None:
                tb = _best_words(qm)
            got = 0.0
            all_matched = True
            used = set()
            for t, w in al.pairs:
                hit = tb.get(t)
                if hit is None:
                    all_matched = False
                else:
                    used.add(qw[hit[1]][0])
                    got += w * hit[0]
            total = al.total
            cov = got / total if total else 0.0
            matched, lam = got, al.lam
            if floor is not None:
                bound = cov * (1.0 if all_matched else MISSING_FACTOR)
                if bound < floor:
                    return bound
        qunused = 0.0
        for p, w in qw:  # (every weight here is above 0)
            if p not in used:
                qunused += w
        extra = qunused / (matched + qunused) if (matched + qunused) else 0.0
        return cov * (1.0 if all_matched else MISSING_FACTOR) * (1.0 - lam * extra)

    def _cands(self, rs: list[tuple], runs: list | None = None) -> tuple:
        """``(folds, qw, qm, candidates, weak)`` of a query whose words have the records ``rs``
        (:meth:`_rec`): the words folded; ``(position, weight)`` and the matches by alias word of
        each word that counts; the candidate aliases by index, ``(alias, run of words,
        abbreviation's position, exact case)``, in the order found; and for a candidate that some
        word leaves below the report floor alone, the alias words that word does not match.
        ``runs`` is :meth:`_runs` of the folded words, when known."""
        qw, qm = [], []
        cands: dict[int, tuple] = {}
        weak: dict[int, frozenset] = {}
        for i, r in enumerate(rs):
            if r[1] > 0:
                qw.append((i, r[1]))
                qm.append(r[3])
                # (an alias found again keeps its place, and its entry is the same)
                cands.update(r[10])
                weak.update(r[9])  # (any one word's bound holds)
        folds = [r[0] for r in rs]
        # runs of words squashed together (spacing, hyphen and apostrophe variants)
        for i, j in (self._runs(folds) if runs is None else runs):
            for al in self.squashed[_join(folds, i, j)]:
                prev = cands.get(al.idx)
                if prev is None or prev[1] is None:
                    cands[al.idx] = (al, (i, j + 1), None, True)
        # abbreviations: whole words only
        for i, r in enumerate(rs):
            for al in r[5]:
                cands[al.idx] = (al, None, i, r[6])
        return folds, qw, qm, cands, weak

    def _candidates(self, name: str):
        """``(words, qwords, qm, candidates)`` of a name (:meth:`_cands` with the words as objects)."""
        words = self._words(name)
        recs = self._recs
        _, qw, qm, cands, _ = self._cands([recs[w.raw] for w in words])
        return words, [words[p] for p, _ in qw], qm, cands

    def _passing(self, cands: dict, qw: list, qm: list, weak: dict | None = None) -> tuple:
        """``(passing, tb)``: the candidates at or above the report floor, in the order found, as
        ``(score, alias, run, abbreviation's position, exact case)``, and the query's best word for
        each alias word (:func:`_best_words`). A candidate of ``weak`` (:meth:`_cands`) whose other
        words no query word matches is below the floor unscored: its coverage is at most what
        that one word gives."""
        passing = []
        tb = _best_words(qm)  # (the query's, so shared by every candidate)
        gs: dict[int, float] = {}  # alias group → score (aliases with the same words score the same)
        weak = weak or {}
        for al, run, abbr_pos, exact in cands.values():
            if run is None and abbr_pos is None:
                rest = weak.get(al.idx)
                if rest is not None and rest.isdisjoint(tb):
                    continue
                score = gs.get(al.group)
                if score is None:
                    score = gs[al.group] = self._score_value(al, qw, qm, tb=tb, floor=REPORT_FLOOR)
            else:
                score = self._score_value(al, qw, qm, run, abbr_pos, exact, tb)
            if score >= REPORT_FLOOR:
                passing.append((score, al, run, abbr_pos, exact))
        return passing, tb


    def _abbreviations(self, raw: str) -> tuple[list, bool, str]:
        """``(aliases, exact, prepared word)`` for an abbreviation written as
        ``raw``: same case first, then (four letters or more) any case (memoised; read only)."""
        got = self._abbr_cache.get(raw)
        if got is not None:
            return got
        if len(raw) > self._abbr_max:
            got = [], True, ""
        else:
            p = N.prepare_word(raw)
            hits = self.abbr_exact.get(p)
            if hits is not None:
                got = hits, True, p
            elif len(p) >= 4:
                got = self.abbr_fold.get(p.casefold()) or [], False, p
            else:
                got = [], True, p
        if len(self._abbr_cache) > _MEMO_LIMIT:
            self._abbr_cache.clear()
        self._abbr_cache[raw] = got
        return got

    def _run_key(self, folds: tuple) -> tuple:
        """``(runs, key)``: :meth:`_runs` of the folded words ``folds`` and what of them a name's
        candidates depend on (each run with its words).

        >>> index()._run_key(("hizbut", "tahrir", "almaty"))
        ([(0, 1)], ((0, 1, ('hizbut', 'tahrir')),))
        """
        runs = self._runs(folds)
        return (runs, tuple([(i, j, folds[i:j + 1]) for i, j in runs])) if runs else _NO_RUNS

    def _runs(self, folds: list[str]) -> list[tuple]:
        """``(i, j)`` for each run of words i..j (given folded) whose letters, run together, are an alias's."""
        keys, prefixes = self.squashed, self._squash_prefixes
        out = []
        if prefixes.isdisjoint(folds):
            return out  # (no word starts a run: most names)
        n = len(folds)
        for i in range(n):
            acc = folds[i]
            if not acc or acc not in prefixes:
                continue
            if acc in keys:
                out.append((i, i))
            for j in range(i + 1, min(n, i + 6)):
                f = folds[j]
                if not f:
                    break
                acc = acc + (f[1:] if acc[-1] == f[0] else f)
                if acc not in prefixes:
                    break
                if acc in keys:
                    out.append((i, j))
        return out

    def screen(self, name: str, as_of=None, threshold: float | None = None) -> "ScreenResult":
        """Screen one name; see :func:`screen`."""
        validate_name(name)
        query = name
        if not name.isascii() and _HAS_INVISIBLE.search(name):
            name = name.translate(_DROP_INVISIBLE)
        if not name.strip():
            raise BadInput("the name has only invisible characters")
        day = as_of if type(as_of) is dt.date else _day(as_of)
        thr = DEFAULT_THRESHOLD if threshold is None else _threshold(threshold)
        words = self._words(name)
        recs = self._recs
        rs = [recs[w.raw] for w in words]
        runs, runkey = self._run_key(tuple([r[0] for r in rs]))
        key = (tuple([r[7] for r in rs]), runkey)
        # (the candidates and their scores, memoised with the short road's: a name it leaves here
        # has had them scored already)
        cands = self._scored.get(key) or self._score_all(rs, runs, key)
        qw, qm, passing, tb = cands if cands else ((), (), (), {})
        qwords = [words[p] for p, _ in qw]
        qscript = _script(name) if cands else "none"
        found = _select(passing, qscript)
        # the detail of each organisation's best alias
        best = {oid: (score, al, self._score(al, qwords, qm, run, abbr_pos, exact, tb)[1], run, abbr_pos)
                for oid, (score, al, run, abbr_pos, exact) in found.items()}
        # a name or abbreviation inside a longer phrase ("ИГИЛ recruiter", "ұйымының"): scored on the
        # name as found in running text, the other words being context that neither hide nor inflate it
        # (tried when no alias reaches the default threshold, whatever threshold the caller uses, so a
        # lower --threshold shows the same scores)
        if cands and len(words) > 1 and not any(v[0] >= DEFAULT_THRESHOLD for v in best.values()):
            for sc, s, e, al in self._mention_hits(words, DEFAULT_THRESHOLD, name):
                if _part_of_longer_name(name, words, s, e):
                    continue  # "Техрик-е Талибан-е Пакистан" is another organisation's name
                if sc > best.get(al.org.id, (0.0,))[0]:
                    found = name[words[s].start:words[e].end]
                    best[al.org.id] = (sc, al, {"coverage": round(sc, 3), "all_words": True, "extra": 0.0,
                                                "extra_penalty": 0.0, "extra_words": [],
                                                "words": [("phrase", sc, f"«{found}» found inside the phrase; "
                                                           f"the other words are context")],
                                                "span": (s, e)}, None, None)
        # a person's name is not an organisation's on one shared word ("Aidar Bozkurt")
        if best and len(qwords) > 1 and _person_shaped(words):
            for oid, (score, al, detail, run, abbr_pos) in list(best.items()):
                if _covered(detail, run, abbr_pos) == 1:  # (and the query has more than one word that counts)
                    detail = dict(detail, excluded="the query is shaped like a person's name (capitalised given "
                                                   "name and surname) and shares only one word with the alias")
                    best[oid] = (min(score, 0.3), al, detail, run, abbr_pos)
        # names that must not be matched (an unbanned namesake)
        for oid in list(best):
            for ex in self.exclusions.get(oid, ()):
                es = self._score_value(ex, qw, qm, tb=tb)
                if es >= DEFAULT_THRESHOLD and es >= best[oid][0] - 0.05:
                    score, al, detail, run, abbr_pos = best[oid]
                    detail = dict(detail, excluded=f"the query reads as «{ex.text}»: {ex.exclusion}")
                    best[oid] = (min(score, 0.3), al, detail, run, abbr_pos)
        mixed = bool(best) and self._mixed(words)
        matches = []
        texts = {}
        for oid, (score, al, detail, run, abbr_pos) in best.items():
            if score < REPORT_FLOOR and "excluded" not in detail:
                continue
            m, text = self._match(al, round(min(score, 1.0), 3), detail, day, qscript, mixed)
            matches.append(m)
            texts[id(m)] = (text, len(m))
        matches.sort(key=lambda m: (-m["score"], not m["in_force"], m["id"]))
        matches = matches[:MAX_MATCHES]
        hits = [m for m in matches if m["score"] >= thr]
        # a query that is exactly one organisation's own name means that organisation
        if hits:
            fq = " ".join(w.fold for w in words if w.fold)  # N.fold(name), from the words already folded
            fc = self._fold_cache
            own = [m for m in hits if (fc.get(m["name"]) or fc.setdefault(m["name"], N.fold(m["name"]))) == fq]
            if own:
                hits = own
        affiliate = [w.raw for w in words if w.fold in AFFILIATE_WORDS]
        parent = hits or [m for m in matches if m["score"] >= REPORT_FLOOR]
        banned, uncertain, ambiguous, notes = _verdict(hits, parent, affiliate, day)
        return ScreenResult(query, day, banned, thr, matches, self.rb, uncertain=uncertain, notes=notes,
                            ambiguous=ambiguous, texts=texts)

    def screen_head(self, name: str, as_of=None, threshold: float | None = None) -> str:
        """``self.screen(name, as_of, threshold).json_head()``: the JSON text of the result without
        its closing brace, made without the result's objects when the name takes the short road
        (:meth:`_head`; most names do), else by :meth:`screen`.

        >>> ix = index()
        >>> name = "Хизб ут-Тахрира"
        >>> ix.screen_head(name, "2024-06-01") == ix.screen(name, "2024-06-01").json_head()
        True
        """
        day = as_of if type(as_of) is dt.date else _day(as_of)
        thr = DEFAULT_THRESHOLD if threshold is None else _threshold(threshold)
        got = self._head(name, day, thr) if type(name) is str else None
        return got if got is not None else self.screen(name, day, thr).json_head()

    def _head(self, name: str, day: dt.date, thr: float) -> str | None:
        """:meth:`screen_head` by the short road: the words' records (:meth:`_rec`), then the
        matches of a name whose words screen the same way (:meth:`_shape`, memoised), the raw
        words put into their explanations, and the verdict for ``thr`` (with its notes, when it has
        some: :meth:`_head_notes`); no result or match object. None when the name needs a step
        this road leaves out (a bad name, invisible marks, a name inside a phrase, a name shaped
        like a person's, an unbanned namesake): :meth:`screen` answers those."""
        if len(name) > MAX_NAME_CHARS or not name.isprintable() or not name.strip():
            return None
        if not name.isascii() and _HAS_INVISIBLE.search(name):
            return None
        recs = self._recs
        raws = _FIND_WORDS(name)
        rs = [recs.get(w) or self._rec(w) for w in raws]
        if not rs:
            f = _frame(day, False, thr, False, False, (), self.rb)
            return f[0] + _json_str(name) + f[1] + f[2]
        folds = tuple([r[0] for r in rs])
        # (no word starts a run of squashed words: most names; else :meth:`_run_key`)
        runs, runkey = _NO_RUNS if self._squash_prefixes.isdisjoint(folds) else self._run_key(folds)
        # everything the matches and the verdict depend on, but the words as written (they are
        # only quoted): how each word screens (look-alike letters included), the runs, the script,
        # the day, the threshold
        key = (tuple([r[7] for r in rs]), runkey, _script(name), day, thr)
        got = self._shapes.get(key, _UNSEEN)
        if got is _UNSEEN:
            got = self._shape(rs, runs, key[:2], key[2], any([r[2] for r in rs]), day, thr)
            if len(self._shapes) > _MEMO_LIMIT:
                self._shapes.clear()
            self._shapes[key] = got
        if got is None:
            return None
        banned = False
        texts = ""
        if got and got[1]:
            capped, ms, k, banned, noted, owned, affiliate = got
            if capped and _person_like([_person_word(w, r[0]) for w, r in zip(raws, rs)]):
                return None  # (shaped like a person's name: screen() caps a match on one word)
            hits = None  # (the matches at or above the threshold: ms[:k])
            if owned:
                # a query that is exactly one organisation's own name means that organisation
                fq = " ".join(filter(None, folds))  # N.fold(name), from the words already folded
                if fq in owned:
                    hits = [m for m in ms[:k] if m[3] == fq]
                    banned, noted = _hits_verdict(hits)
            if noted or affiliate:  # (notes: an affiliate or branch, a date known roughly, two organisations)
                return self._head_notes(name, raws, rs, ms, list(ms[:k]) if hits is None else hits, day, thr)
            texts = ", ".join([_quoting(m[5], raws) for m in ms])
        f = _frame(day, banned, thr, False, False, (), self.rb)
        return "".join((f[0], _json_str(name), f[1], texts, f[2]))

    def _head_notes(self, name: str, raws: list, rs: list, ms: tuple, hits: list, day: dt.date, thr: float) -> str:
        """:meth:`_head` of a name whose verdict has notes (an affiliate word, a date known only
        roughly, two organisations): the matches ``ms`` of its shape (:meth:`_shape`) read as
        :meth:`screen` reads its matches, ``hits`` those at or above the threshold, and the verdict
        made by the same :func:`_verdict`."""
        ds = {}  # (each match's fields the notes read)
        for m in ms:
            head, tail = self._parts(m[6], day)
            ds[id(m)] = {**head[0], "score": m[0], **tail[0]}
        parent = [ds[id(m)] for m in (hits or ms)]
        affiliate = [raws[i] for i, r in enumerate(rs) if r[8]]
        banned, uncertain, ambiguous, notes = _verdict([ds[id(m)] for m in hits], parent, affiliate, day)
        texts = ", ".join([_quoting(m[5], raws)[:-1] + ', "affiliate": true}' if "affiliate" in ds[id(m)]
                           else _quoting(m[5], raws) for m in ms])
        f = _frame(day, banned, thr, uncertain, ambiguous, tuple(notes), self.rb)
        return "".join((f[0], _json_str(name), f[1], texts, f[2]))

    def _shape(self, rs: list[tuple], runs: list, key: tuple, qscript: str, mixed: bool, day: dt.date,
               thr: float = DEFAULT_THRESHOLD):
        """The matches of a name whose words have the records ``rs`` (:meth:`_rec`) and the runs
        ``runs`` (:meth:`_runs`), in script ``qscript``, with look-alike letters or not
        (``mixed``), on ``day``, for the threshold ``thr``; ``key`` is what its candidates' scores
        depend on (how each word screens, the runs), by which they are memoised. () when no alias
        is a candidate; None when a rarer step may apply (a name inside a phrase, an unbanned
        namesake); else ``(capped if the name is a person's, matches, how many are at or above
        the threshold, banned, notes, the organisations' names folded of those, affiliate word)``
        (the verdict :func:`_hits_verdict`, unless the name is one organisation's own name, which
        :meth:`_head` sees), the matches sorted as :meth:`screen` sorts them, each
        ``(score, in force, id, the organisation's name folded, its dates certain, JSON text,
        alias)``, where the text is a string, or a list of strings and the positions of the words
        its explanation quotes (the extra words, put in by :meth:`_head`)."""
        scored = self._scored.get(key) or self._score_all(rs, runs, key)
        if not scored:
            return ()
        qw, qm, passing, tb = scored
        best = _select(passing, qscript)
        if len(rs) > 1 and not any(v[0] >= DEFAULT_THRESHOLD for v in best.values()) \
                and self._may_hold_name(rs, runs, tb):
            return None  # (a name inside a phrase)
        for oid, c in best.items():
            for ex in self.exclusions.get(oid, ()):
                es = self._score_value(ex, qw, qm, tb=tb)
                if es >= DEFAULT_THRESHOLD and es >= c[0] - 0.05:
                    return None  # (an unbanned namesake: screen() caps the score)
        single = False  # (an organisation matched on one word of several: a person's name is capped)
        qwords = [_Word(p, _QUOTE % p, rs[p][0], w) for p, w in qw]  # (each word written as its position)
        fc = self._fold_cache
        ms = []
        for oid, (score, al, run, abbr_pos, exact) in best.items():
            detail = self._score(al, qwords, qm, run, abbr_pos, exact, tb)[1]
            single = single or _covered(detail, run, abbr_pos) == 1
            score = round(min(score, 1.0), 3)
            head, tail = self._parts(al, day)
            # (the explanation as JSON, cut where it quotes a word of the query: JSON writes each
            # character alone, so the pieces are what each piece would be written as)
            bits = _json_str(_explain(al, score, detail, qscript, mixed))
            bits = _QUOTED.split(bits) if "\\u0001" in bits else [bits]  # (most quote no word)
            text = [head[1] + repr(score) + tail[1] + bits[0]]
            for k in range(1, len(bits), 2):
                text += [int(bits[k]), bits[k + 1]]
            text[-1] += "}"
            name = al.org.name
            ms.append((-score, not tail[0]["in_force"], oid, fc.get(name) or fc.setdefault(name, N.fold(name)),
                       tail[0]["in_force_certain"], text[0] if len(text) == 1 else tuple(text), al))
        ms.sort()  # (by score, in force first, id: as screen() sorts; no two share an id)
        ms = tuple([(-m[0], not m[1], *m[2:]) for m in ms[:MAX_MATCHES]])
        k = 0  # (the matches at or above the threshold come first)
        while k < len(ms) and ms[k][0] >= thr:
            k += 1
        banned, noted = _hits_verdict(ms[:k]) if k else (False, False)
        return (single and len(qw) > 1, ms, k, banned, noted, tuple([m[3] for m in ms[:k]]),
                any([r[8] for r in rs]))

    def _may_hold_name(self, rs: list[tuple], runs: list, tb: dict) -> bool:
        """Whether :meth:`_mention_hits` may find a name at the default threshold among words with
        the records ``rs``, the runs ``runs`` and the best words ``tb`` (:func:`_best_words`). False
        is exact, whatever the words as written: with no run of squashed words and no abbreviation,
        it finds only aliases anchored on the words, each word of which some word matches, and
        :meth:`_align` scores those at most as every alias word's best match over the whole name
        would (the same sum, in the same order, of terms no smaller), here below the threshold.

        >>> ix = index()
        >>> def may(name):
        ...     rs = [ix._rec(w) for w in _FIND_WORDS(name)]
        ...     return ix._may_hold_name(rs, ix._runs([r[0] for r in rs]), _best_words([r[3] for r in rs if r[1] > 0]))
        >>> may("recruiter of Hizb ut-Tahrir in Almaty"), may("Tahrir Street cafe")
        (True, False)
        """
        if runs or any([r[5] for r in rs]):
            return True
        for r in rs:
            for al in r[4]:  # (aliases anchored on the word, for a word that counts)
                got = 0.0
                for t, w in al.pairs:
                    hit = tb.get(t)
                    if hit is None:
                        break
                    got += w * hit[0]
                else:
                    if got / al.total >= DEFAULT_THRESHOLD:
                        return True
        return False

    def _score_all(self, rs: list[tuple], runs: list, key: tuple) -> tuple:
        """``(qw, qm, passing, tb)`` of a query whose words have the records ``rs`` and the runs
        ``runs`` (:meth:`_cands`, then :meth:`_passing`), or () when no alias is a candidate;
        memoised by ``key``, how its words screen and its runs (:meth:`_run_key`), which both
        the short road and :meth:`screen` look up."""
        got = self._scored.get(key)
        if got is None:
            _, qw, qm, cands, weak = self._cands(rs, runs)
            got = (qw, qm, *self._passing(cands, qw, qm, weak)) if cands else ()
            if len(self._scored) > _MEMO_LIMIT:
                self._scored.clear()
            self._scored[key] = got
        return got

    def _parts(self, al: _Alias, day: dt.date) -> tuple:
        """``(alias's part, organisation's part)`` of a match, each ``(dict, JSON text)``: what
        does not depend on the query (the alias; the organisation on that day), encoded once, so
        that a match is encoded for its score and explanation only. The alias's text runs to
        ``"score": ``, the organisation's from the comma after the score to ``"explanation": ``."""
        org = al.org
        head = self._alias_part.get(al.idx)
        if head is None:  # what depends on the alias only
            d = {"id": org.id, "name": org.name, "designation": org.designation,
                 "matched_alias": al.text, "alias_lang": al.lang, "alias_kind": al.kind,
                 "alias_confidence": al.confidence}
            head = self._alias_part[al.idx] = (d, _json()(d)[:-1] + ', "score": ')
        key = (org.id, day)
        tail = self._org_part.get(key)
        if tail is None:  # what depends on the organisation and the day
            inf, certain = org.in_force(day), org.in_force_certain(day)
            s, flags = org.summary, org.flags
            d = {"listed_from": s["listed_from"], "listed_to": s["listed_to"], "in_force": inf,
                 "in_force_certain": certain,
                 "listed_from_precision": s["listed_from_precision"], "listed_to_precision": s["listed_to_precision"],
                 "decision_date": s["decision_date"], "decision_date_confidence": s["decision_date_confidence"],
                 "entry_into_force": s["entry_into_force"], "confidence": org.confidence,
                 "flags": list(flags)}
            if len(self._org_part) > _MEMO_LIMIT:
                self._org_part.clear()
            tail = self._org_part[key] = (d, ", " + _json()(d)[1:-1] + ', "explanation": ')
        return head, tail

    def _match(self, al: _Alias, score: float, detail: dict, day: dt.date, qscript: str, mixed: bool):
        """``(match, its JSON text without the closing brace)``, made from :meth:`_parts`."""
        head, tail = self._parts(al, day)
        explanation = _explain(al, score, detail, qscript, mixed)
        m = {**head[0], "score": score, **tail[0], "flags": list(tail[0]["flags"]), "explanation": explanation}
        return m, head[1] + repr(score) + tail[1] + _json_str(explanation)

    def screen_many(self, names: Iterable[str], as_of=None, threshold: float | None = None) -> Iterator["ScreenResult"]:
        """Screen names in order (errors raise; see the CLI for error records)."""
        day = _day(as_of)
        for n in names:
            yield self.screen(n, day, threshold)

    # -- mentions in running text ---------------------------------------------------
    def find_mentions(self, text: str, as_of=None, threshold: float | None = None) -> list["Mention"]:
        """Names of banned organisations inside running text (English, Russian, Kazakh).

        Multi-word names may have typos, case endings ("Хизб ут-Тахрира") and
        hyphen or spacing variants; names made only of generic words ("Islamic
        State", "Исламское государство") and one-word names must start with a
        capital letter; short abbreviations (IS, HT, ИГ) must be written in
        capitals and not inside a run of capitals.

        >>> ms = index().find_mentions("Members of the Islamic State and of Hizb-ut-Tahrir were tried.", as_of="2016-01-01")
        >>> [(m.start, m.end, m.id, m.in_force) for m in ms]
        [(15, 28, 'org-islamic-state', True), (36, 50, 'org-hizb-ut-tahrir', True)]
        >>> index().find_mentions("They wanted to build an islamic state; the party of the street vendors.")
        []
        """
        thr = DEFAULT_THRESHOLD if threshold is None else _threshold(threshold)
        day = None if as_of is None else (as_of if type(as_of) is dt.date else _day(as_of))
        words = self._words(text)
        out = []
        for sc, s, e, al in self._mention_hits(words, thr, text):
            start, end = words[s].start, words[e].end
            org = al.org
            out.append(Mention(start, end, text[start:end], org.id, org.name, org.designation, round(sc, 3), al.text,
                               None if day is None else org.in_force(day)))
        return out

    def _mention_hits(self, words: list[_Word], thr: float, text: str | None = None) -> list[tuple]:
        """``(score, first word, last word, alias)`` for the best non-overlapping names in ``words``
        (of ``text``: a name read with typos or endings does not run across a comma or a full stop)."""
        content = [w for w in words if w.weight > 0]
        found: list[tuple] = []  # (score, start_word, end_word, alias, excluded)
        tms = [self.token_matches(w.fold) for w in content]
        tds = [{t: sim for t, sim, _ in tm} for tm in tms]
        # (an alias some of whose words no content word matches does not align: most of those
        # anchored on a phrase's words, left out before :meth:`_align` is asked)
        have = set().union(*tds)
        seen: set = set()
        for k, tm in enumerate(tms):
            for t, _, how in tm:
                if how == "short word typo":
                    continue
                for al in self.anchor.get(t, ()):
                    if not al.wordset <= have:
                        continue
                    key = (al.idx, k)
                    if key in seen:
                        continue
                    seen.add(key)
                    hit = self._align(al, content, tds, k)
                    if hit and hit[0] >= thr:
                        found.append((hit[0], hit[1], hit[2], al, False))
                # names that must not be matched (an unbanned namesake) anchored on this word
                for ex in self._excl_anchor.get(t, ()):
                    if not ex.wordset <= have:
                        continue
                    hit = self._align(ex, content, tds, k)
                    if hit and hit[0] >= thr:
                        found.append((hit[0], hit[1], hit[2], ex, True))
        folds = [w.fold for w in words]
        for i, j in self._runs(folds):
            for al in self.squashed[_join(folds, i, j)]:
                if _needs_capital(al) and not words[i].raw[:1].isupper():
                    continue
                found.append((1.0, i, j, al, False))
        for w in words:
            hits, exact, p = self._abbreviations(w.raw)
            if not hits or (not exact and not p[:1].isupper()):
                continue
            if len(p) <= 3 and _in_caps_run(words, w.pos):
                continue
            for al in hits:
                found.append((1.0, w.pos, w.pos, al, False))
        # drop mentions inside an unbanned namesake, then keep the best non-overlapping ones
        excl = [(s, e, al.org.id) for _, s, e, al, x in found if x]
        keep = []
        for f in sorted((f for f in found if not f[4]), key=lambda f: (-f[0], -(f[2] - f[1]), f[1])):
            sc, s, e, al, _ = f
            if text is not None and sc < 1.0 and e > s and _BREAK.search(text, words[s].end, words[e].start):
                continue
            if any(es <= s and e <= ee and oid == al.org.id for es, ee, oid in excl):
                continue
            if any(not (e < ks or s > ke) for _, ks, ke, _, _ in keep):
                continue
            keep.append(f)
        keep.sort(key=lambda f: f[1])
        return [(sc, s, e, al) for sc, s, e, al, _ in keep]

    def _align(self, al: _Alias, content: list[_Word], tds: list, k: int):
        """Match an alias's words around content word ``k``; (score, first word, last word) or None."""
        m = len(al.tokens)
        lo, hi = max(0, k - m), min(len(content), k + m + 1)
        taken: dict[int, float] = {}
        got = total = 0.0
        for t, w in zip(al.tokens, al.weights):
            total += w
            best, bj = 0.0, None
            for j in range(lo, hi):
                sim = tds[j].get(t)
                if sim is not None and sim > best and j not in taken:
                    best, bj = sim, j
            if bj is None:
                return None
            taken[bj] = best
            got += w * best
        first, last = min(taken), max(taken)
        if last - first + 1 > m + 1:
            return None
        # generic-only and one-word names must look like proper names
        if _needs_capital(al) and not content[first].raw[:1].isupper():
            return None
        return got / total, content[first].pos, content[last].pos


def _hits_verdict(hits) -> tuple:
    """``(banned, notes)`` of the short road's matches at or above the threshold (:meth:`ScreeningIndex._shape`,
    the best first), no word being an affiliate's: whether one is of an organisation banned on the
    day, and whether :func:`_verdict` would write a note (a date known only roughly, two
    organisations within 0.02 of the best)."""
    top = hits[0][0] - 0.02
    return any([m[1] for m in hits]), not all([m[4] for m in hits]) or len({m[2] for m in hits if m[0] >= top}) > 1


def _quoting(text, raws: list) -> str:
    """A match's JSON text as :meth:`ScreeningIndex._shape` keeps it (a string, or strings and the
    positions of the words it quotes), with the words ``raws`` of a name put in."""
    if type(text) is str:
        return text
    return "".join([p if type(p) is str else _json_str(raws[p])[1:-1] for p in text])


def _verdict(hits: list, parent: list, affiliate: list, day: dt.date) -> tuple:
    """``(banned, uncertain, ambiguous, notes)`` of a name whose matches (as :meth:`ScreenResult.to_dict`
    writes them) at or above the threshold are ``hits``; ``affiliate`` are its words that name an
    affiliate or branch, ``parent`` the matches such a branch would belong to (the hits, else every
    match reported), the first of which is marked ``affiliate``.

    >>> m = {"id": "org-x", "name": "X", "score": 0.9, "in_force": True, "in_force_certain": True}
    >>> _verdict([m], [m], [], dt.date(2024, 6, 1))
    (True, False, False, [])
    >>> _verdict([m], [m], ["Khorasan"], dt.date(2024, 6, 1))[:3], m["affiliate"]
    ((False, True, False), True)
    """
    notes = []
    # an affiliate or branch of a listed organisation ("ISIS-K", "Islamic State Khorasan Province")
    if not parent:
        affiliate = []
    if affiliate:
        parent[0]["affiliate"] = True
        notes.append(f"'{' '.join(affiliate)}' names an affiliate or branch of {parent[0]['name']}: whether the "
                     f"court's ban covers its affiliates is not established")
    # a date known only to the month or year: on a day inside it, the status is uncertain
    unsure = [m for m in hits if not m["in_force_certain"]]
    for m in unsure:
        notes.append(f"{m['name']}: listed {m['listed_from']} ({m['listed_from_precision']})"
                     + (f" to {m['listed_to']} ({m['listed_to_precision']})" if m["listed_to"] else "")
                     + f"; on {day} it " + ("may still have been banned" if not m["in_force"] else
                                            "may not yet (or no longer) have been banned"))
    # one name, two listed organisations
    top = [m for m in hits if m["score"] >= hits[0]["score"] - 0.02] if hits else []
    ambiguous = len({m["id"] for m in top}) > 1
    if ambiguous:
        notes.append("the name fits more than one listed organisation: " + "; ".join(m["name"] for m in top))
    banned = any(m["in_force"] for m in hits) and not affiliate
    return banned, bool(affiliate or unsure), ambiguous, notes


def _select(passing: list, qscript: str) -> dict:
    """Each organisation's best of the ``passing`` candidates (:meth:`ScreeningIndex._passing`), as
    ``{id: (score, alias, run, abbreviation's position, exact case)}``: of equal scores the first,
    unless a later one is in the query's script ``qscript`` and it was not."""
    best: dict[str, tuple] = {}
    for c in passing:
        score, al = c[0], c[1]
        prev = best.get(al.org.id)
        if prev is None or score > prev[0] or (score == prev[0] and al.script == qscript != prev[1].script):
            best[al.org.id] = c
    return best


def _best_words(qm: list[dict]) -> dict:
    """``{alias word: (similarity, index of the query word)}``: for each alias word that some query
    word matches (``qm``, the query words' matches by alias word), the query word that matches it
    best, the first of equals (what :meth:`ScreeningIndex._score` finds for each alias word).

    >>> _best_words([{"tahrir": ("tahrir", 0.95, "word ending")}, {"tahrir": ("tahrir", 1.0, "exact")},
    ...              {"hizb": ("hizb", 1.0, "exact"), "tahrir": ("tahrir", 1.0, "exact")}])
    {'tahrir': (1.0, 1), 'hizb': (1.0, 2)}
    """
    tb: dict = {}
    for j, m in enumerate(qm):
        for t, x in m.items():
            prev = tb.get(t)
            if x[1] > (0.0 if prev is None else prev[0]):
                tb[t] = (x[1], j)
    return tb


_RAPIDFUZZ: list = []  # (process.extract, OSA.distance) once imported


def _rapidfuzz() -> list:
    """rapidfuzz's ``process.extract`` and the OSA distance (two letters swapped count as one edit),
    imported when a word is first compared (a name of short words alone never needs them)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    _RAPIDFUZZ[:] = [process.extract, OSA.distance]
    return _RAPIDFUZZ


def _join(folds: list[str], i: int, j: int) -> str:
    acc = folds[i]
    for k in range(i + 1, j + 1):
        f = folds[k]
        acc = acc + (f[1:] if acc[-1] == f[0] else f)
    return acc


def _needs_capital(al: _Alias) -> bool:
    """In running text, names made of ordinary words must look like proper names."""
    return al.all_generic or len(al.tokens) <= 1 or al.kind == "translation"


_BREAK = re.compile(r"[,;.!?]")
_JOIN = re.compile(r"[\s\-‐‑–]*")


def _name_like(w) -> bool:
    """A word that could continue a proper name: not generic, and capitalised where its script has case."""
    if w.weight <= 0 or N.is_generic(w.fold) or N.is_particle(w.fold):
        return False
    first = w.raw[:1]
    return first.isupper() or first.lower() == first.upper()


def _part_of_longer_name(text: str, words, s: int, e: int) -> bool:
    """Whether words ``s..e`` continue into a longer proper name in ``text``: a name-like word joined
    to them by spaces or hyphens only (particles such as ``-е-`` skipped). Scripts without case
    (Arabic) are checked to the right only: their governing nouns ("the movement", "the ranks of")
    come before the name.

    >>> ws = index()._words("Техрик-е Талибан-е Пакистан")
    >>> _part_of_longer_name("Техрик-е Талибан-е Пакистан", ws, 2, 2)
    True
    >>> ws = index()._words("вступил в ряды ИГИЛ")
    >>> _part_of_longer_name("вступил в ряды ИГИЛ", ws, 3, 3)
    False
    """
    def joined(a, b):
        return _JOIN.fullmatch(text[words[a].end:words[b].start]) is not None

    cased = any(ch.lower() != ch.upper() for ch in words[s].raw)
    k = s - 1
    while cased and k >= 0 and joined(k, k + 1):
        if N.is_particle(words[k].fold):
            k -= 1
            continue
        if _name_like(words[k]):
            return True
        break
    k = e + 1
    while k < len(words) and joined(k - 1, k):
        if N.is_particle(words[k].fold):
            k += 1
            continue
        return _name_like(words[k])
    return False


def _person_shaped(words) -> bool:
    """Two to four capitalised words (not abbreviations), none of them generic: a person's name.

    >>> _person_shaped(index()._words("Aidar Bozkurt")), _person_shaped(index()._words("Bozkurt party"))
    (True, False)
    """
    return _person_like([_person_word(w.raw, w.fold) for w in words])


def _covered(detail: dict, run, abbr_pos) -> int:
    """How many words of the query a match covers (its detail, run of words, abbreviation)."""
    if "span" in detail:
        return detail["span"][1] - detail["span"][0] + 1
    if run is not None:
        return run[1] - run[0]
    if abbr_pos is not None:
        return 1
    return sum(1 for _, sim, _ in detail["words"] if sim > 0)


def _person_word(raw: str, fold: str) -> bool | None:
    """None for a word that does not start with a letter, else whether it may be part of a
    person's name: capitalised, not in capitals, and not a generic word, particle or body word.

    >>> _person_word("Aidar", "aidar"), _person_word("ISIS", "isis"), _person_word("42", "42")
    (True, False, None)
    """
    if not raw[:1].isalpha():
        return None
    return (raw[:1].isupper() and not (len(raw) > 1 and raw.isupper())
            and not (N.is_generic(fold) or N.is_particle(fold) or N.is_body_word(fold)))


def _person_like(flags) -> bool:
    """Two to four words that start with a letter (:func:`_person_word` not None), all of them
    possible parts of a person's name."""
    ws = [f for f in flags if f is not None]
    return 2 <= len(ws) <= 4 and all(ws)


def _in_caps_run(words, pos: int) -> bool:
    """True when a neighbouring word is also in capitals (a shouted headline, not an abbreviation)."""
    for q in (pos - 1, pos + 1):
        if 0 <= q < len(words):
            r = words[q].raw
            if len(r) > 1 and r.isupper() and r.isalpha():
                return True
    return False


def _threshold(x) -> float:
    try:
        v = float(x)
    except (TypeError, ValueError):
        raise BadInput(f"threshold {x!r} is not a number") from None
    if not 0.0 <= v <= 1.0:
        raise BadInput(f"threshold {v} is outside 0..1")
    return v


def _explain(al: _Alias, score: float, d: dict, qscript: str, mixed: bool) -> str:
    bits = [f"alias «{al.text}» ({al.lang}, {al.kind})"]
    how = []
    if qscript not in ("none", "mixed") and al.script != qscript:
        how.append(f"transliterated {qscript}→{al.script}")
    if mixed:
        how.append("look-alike Latin/Cyrillic letters read as one script")
    words = d["words"]
    if words and words[0][0] in ("abbreviation", "whole name", "phrase"):
        how.append(words[0][2])
    else:
        ws = []
        for t, sim, h in words:
            ws.append(f"{t} {sim:.2f} ({h})" if h not in ("exact",) else f"{t} 1.00")
        how.append("words: " + ", ".join(ws))
    bits.append("; ".join(how))
    formula = f"score {score:.3f} = coverage {d['coverage']:.2f}"
    if not d["all_words"]:
        formula += f" × {MISSING_FACTOR} (a word of the alias is missing)"
    if d["extra"]:
        formula += f" × (1 − {d['extra_penalty']} × {d['extra']:.2f} extra words"
        formula += (": " + ", ".join(d["extra_words"][:5]) if d["extra_words"] else "") + ")"
    bits.append(formula)
    if "excluded" in d:
        bits.append("capped: " + d["excluded"])
    if al.confidence != "confirmed":
        bits.append(f"alias {al.confidence}")
    return "; ".join(bits)


@dataclass(slots=True)
class Mention:
    """A banned organisation's name found in running text."""

    start: int
    end: int
    text: str
    id: str
    name: str
    designation: str
    score: float
    alias: str
    in_force: bool | None = None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "id": self.id, "name": self.name,
                "designation": self.designation, "score": self.score, "alias": self.alias, "in_force": self.in_force}


@dataclass(slots=True)
class ScreenResult:
    """The verdict for one name."""

    query: str
    as_of: dt.date
    banned: bool
    threshold: float
    matches: list = field(default_factory=list)
    rb: object = None
    uncertain: bool = False
    notes: list = field(default_factory=list)
    ambiguous: bool = False
    texts: dict | None = None  # id of a match → (its JSON text without the closing brace, its number of keys)

    def to_dict(self) -> dict:
        d = {"query": self.query, "as_of": self.as_of.isoformat(), "banned": self.banned,
             "threshold": self.threshold, "matches": self.matches, "rulebook": self.rb.stamp()}
        if self.uncertain:
            d["uncertain"] = True
        if self.ambiguous:
            d["ambiguous"] = True
        if self.notes:
            d["notes"] = self.notes
        return d

    def to_json(self) -> str:
        """The JSON text of :meth:`to_dict` (what ``lawbook.cli.common.to_json`` prints), with each
        match's text made when it was found; a match changed since (a key added) is encoded anew.

        >>> r = screen("members of Hizb ut-Tahrir", as_of="2010-01-01")
        >>> from lawbook.cli.common import to_json
        >>> r.to_json() == to_json(r.to_dict())
        True
        """
        return self.json_head() + "}"

    def json_head(self) -> str:
        """:meth:`to_json` without its closing brace (for a caller that adds keys)."""
        enc = _json()
        texts = self.texts or {}
        parts = []
        for m in self.matches:
            got = texts.get(id(m))
            parts.append(got[0] + "}" if got is not None and got[1] == len(m) else enc(m))
        got = _frame(self.as_of, self.banned, self.threshold, self.uncertain, self.ambiguous, tuple(self.notes),
                     self.rb)
        return "".join((got[0], _json_str(self.query), got[1], ", ".join(parts), got[2]))

    def to_text(self) -> str:
        verdict = "BANNED" if self.banned else "not banned"
        if self.uncertain:
            verdict += " (UNCERTAIN)"
        lines = [f"{self.query!r} as of {self.as_of}: {verdict}"] + [f"  note: {n}" for n in self.notes]
        if not self.matches:
            lines.append("  no match")
        for m in self.matches[:5]:
            status = "in force" if m["in_force"] else ("not yet listed" if m["listed_from"] > self.as_of.isoformat() else "removed")
            if not m["in_force_certain"]:
                status += " (uncertain: date known only roughly)"
            to = f" to {m['listed_to']} ({m['listed_to_precision']})" if m["listed_to"] else ""
            lines.append(f"  {m['score']:.2f}  {m['name']} [{m['designation']}, {m['id']}] — {status}; "
                         f"listed from {m['listed_from']} ({m['listed_from_precision']}){to}")
            lines.append(f"        {m['explanation']}")
            if m["flags"]:
                lines.append(f"        flags: {'; '.join(m['flags'])}")
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- module API
_DEFAULT = {}
#: (day, banned, threshold, uncertain, ambiguous, notes, rulebook) → a result's JSON text around its query and matches
_RESULT_TEXT: dict[tuple, tuple] = {}


def _frame(as_of, banned, threshold, uncertain, ambiguous, notes: tuple, rb) -> tuple:
    """``(before the query, between the query and the matches, after the matches)``: the JSON text of
    a result's other fields (its :meth:`ScreenResult.to_dict` depends on the query only through
    these), made once per combination.

    >>> a, b, c = _frame(dt.date(2024, 6, 1), False, 0.8, False, False, (), index().rb)
    >>> a, b, c[:15]
    ('{"query": ', ', "as_of": "2024-06-01", "banned": false, "threshold": 0.8, "matches": [', '], "rulebook": ')
    """
    key = (as_of, banned, threshold, uncertain, ambiguous, notes, rb)
    got = _RESULT_TEXT.get(key)
    if got is None:
        r = ScreenResult("", as_of, banned, threshold, [], rb, uncertain=uncertain, notes=list(notes),
                         ambiguous=ambiguous)
        text = _json()(r.to_dict())
        start, _, rest = text.partition('"query": ""')
        mid, _, tail = rest.partition(', "matches": []')
        got = (start + '"query": ', mid + ', "matches": [', "]" + tail[:-1])
        if len(_RESULT_TEXT) > _MEMO_LIMIT:
            _RESULT_TEXT.clear()
        _RESULT_TEXT[key] = got
    return got


def _json():
    """The CLI's JSON encoder (imported when first needed: the API alone does not need it)."""
    enc = _DEFAULT.get("json")
    if enc is None:
        from .cli.common import to_json as enc
        _DEFAULT["json"] = enc
    return enc




def _rulebook(rules=None):
    from .rulebook import Rulebook, load
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


# ---------------------------------------------------------------- rulebook checks
def check_rulebook(rb) -> list[RulebookError]:
    """Cross-checks of the ban-list records (run by ``lawbook rulebook check``)."""
    errors: list[RulebookError] = []
    orgs = rb.records("organisations")
    ids = {o.id for o in orgs}
    if not orgs:
        errors.append(RulebookError("no organisation: the ban lists are empty", str(rb.root / "banlists")))

    def err(o, msg, fld=None):
        path, line = rb.where(o)
        errors.append(RulebookError(msg, path, line, fld))

    keys: dict[tuple, str] = {}
    for o in orgs:
        if not o.id.startswith("org-"):
            err(o, f"organisation id {o.id!r} must start with 'org-'", "id")
        dec = o.decision
        expect = dec.entry_into_force if dec.entry_into_force_status == "confirmed" else dec.date
        if o.listed_from != expect:
            what = "entry_into_force" if dec.entry_into_force_status == "confirmed" else "decision.date (entry into force unverified)"
            err(o, f"listed_from {o.listed_from} differs from {what} {expect}", "listed_from")
        if dec.entry_into_force_status != "confirmed" and o.listed_from_precision != dec.date_precision:
            err(o, f"listed_from_precision {o.listed_from_precision} differs from decision.date_precision "
                   f"{dec.date_precision}", "listed_from_precision")
        if o.removal is not None:
            if o.listed_to != o.removal.date or o.listed_to_precision != o.removal.date_precision:
                err(o, "listed_to and listed_to_precision must equal removal.date and removal.date_precision", "listed_to")
            if o.removal.date <= o.listed_from:
                err(o, f"removal {o.removal.date} is not after listing {o.listed_from}", "removal.date")
        if dec.application_date and dec.application_date > dec.date:
            err(o, "application_date is after the decision", "decision.application_date")
        for r in o.related:
            if r.id not in ids:
                err(o, f"related id {r.id!r} is not an organisation", "related")
            elif r.id == o.id:
                err(o, "an organisation cannot be related to itself", "related")
        screenable = [a for a in o.names if a.screen]
        if not screenable:
            err(o, "no name to screen on (every alias has screen: false)", "names")
        for a in screenable:
            if a.kind == "abbreviation":
                k = ("abbr", N.prepare_word(a.name))
            else:
                toks = N.content_tokens(a.name)
                if not toks:
                    err(o, f"alias {a.name!r} has no word to match on", "names")
                    continue
                k = ("name", " ".join(toks))
            other = keys.get(k)
            if other is not None and other != o.id:
                err(o, f"alias {a.name!r} reads the same as an alias of {other}", "names")
            keys[k] = o.id
    return errors
