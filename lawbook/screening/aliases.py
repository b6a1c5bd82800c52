"""The index of aliases: every screened name of every organisation as words with weights, and
the tables a query's words are looked up in (anchor words, names squashed together,
abbreviations, unbanned namesakes).

A word found in many organisations' names weighs less than one found in a single name;
generic words ("party", "Islamic") weigh :data:`~lawbook.screening.limits.GENERIC_WEIGHT`.

>>> from lawbook.screening import index
>>> al = index().anchor["tahrir"][0]
>>> al.org.id, al.text, al.tokens, al.weights   # ("ut" is a particle: it does not count)
('org-hizb-ut-tahrir', 'Hizb ut-Tahrir', ('hizb', 'tahrir'), (1.0, 1.0))
>>> _word_weight("of"), _word_weight("party"), _word_weight("tahrir")   # a stop word, a generic word, a name
(0.0, 0.1, 1.0)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import normalise as N
from .limits import GENERIC_WEIGHT
from .query import _script


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


class AliasTables:
    """The building part of :class:`lawbook.screening.ScreeningIndex`: :meth:`_build` fills its
    alias tables from the organisation records (``self._plain``)."""

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
                if a.script in ("Hang", "Jpan"):
                    continue  # (Korean, Chinese and Japanese names are looked for as written: unspaced.py; their
                    # romanised folds would match as words do, with typos and endings: «탈레반» as "taleban" read the
                    # Kurdish surname Talebani as the Taliban, «伊斯兰国» as "yisilanguo" «伊斯兰国会», a parliament)
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
            keys = {N.squash(folded), N.squash(al.tokens)}
            if al.script == "Arab":
                # a Persian or Urdu name whose zero-width non-joiner a copied page lost («حزبالتحریر» for «حزب‌التحریر»):
                # its words run together with the article kept, as a word of the query folds
                keys.add(N.fold_word("".join(al.text.split())))
            for key in keys:
                if key:
                    self.squashed.setdefault(key, []).append(al)
        vocab = set(self.anchor)
        for al in pending:
            vocab.update(al.tokens)
        self.vocab = frozenset(vocab)
        # a members' word («талибы», «тәліптер») is matched as written or in its case forms only, never by a typo or
        # by its first letters: those are surnames and given names («Талибов», «Талибжон», «Тәліп»)
        others = {t for al in pending if al.kind != "members" for t in al.tokens}
        self._members_only = frozenset(t for al in pending if al.kind == "members" for t in al.tokens) - others
        vocab -= self._members_only
        self._vocab_by_len = sorted(vocab, key=lambda t: (len(t), t))
        self._len_starts = [len(t) for t in self._vocab_by_len]
        self._near_len: dict[int, list[str]] = {}  # a word's length → alias words near it (token_matches)
        self._prefix: dict[str, list[str]] = {}
        # (in a fixed order, not the set's, which changes with each process's string hashing: two alias words that
        # match a word alike then come in the same order in every process, and so does the alias a tie gives)
        for t in self._vocab_by_len:
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
