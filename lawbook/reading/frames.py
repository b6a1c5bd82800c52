"""Cues of the lexicon, compiled once per rulebook, and matched sentence by
sentence: regular-expression ``patterns`` on the text, ``frame`` cues on the
sentence's base forms (see :class:`lawbook.models.lexicon.Frame`).

>>> from lawbook import rulebook
>>> cx = cues(rulebook.load())
>>> from lawbook.reading.wordforms import tokens
>>> s = "He phoned the police and claimed a bomb had been left at the station; nothing was found."
>>> sorted({m.entry.id for m in cx.match(s, 0, len(s), "en", tokens(s, "en"))} & {"en.frame.false_report.bomb_claim"})
['en.frame.false_report.bomb_claim']
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .. import rulebook as _rulebook
from .lowered import lowered_pattern, lowered_text
from .required import PatternIndex, required_words
from .wordforms import Token, base_form, fold, kazakh

#: Words that negate a trigger right after them (within two words).
NEGATORS = {"en": {"not", "never", "no", "nor", "neither", "didn't", "wasn't", "weren't", "without"},
            "ru": {"не", "ни", "никогда", "нет", "без"},
            "kk": {"емес", "жоқ"}}


@dataclass
class CueMatch:
    """One cue found in a sentence."""

    entry: Any  # LexiconEntry
    start: int  # span in the account
    end: int
    words: str
    kind: str  # "pattern" or "frame"
    blocked: str | None = None  # why a frame that matched was not used
    args: list[str] = field(default_factory=list)
    trigger: tuple[int, int] | None = None  # a frame's trigger words in the account (a pattern: the whole match)


#: How a term's word is compared with a token: its base form, a prefix (``word*``) or the text as written (``=word``).
BASE, PREFIX, WRITTEN = "base", "prefix", "written"


@dataclass
class _Term:
    words: list[tuple[str, str]]  # (form, BASE / PREFIX / WRITTEN)


class LazyRegex:
    """A regular expression compiled on its first use: a short account needs a few of the
    lexicon's patterns, and compiling all of them was most of a cold first answer's time.

    >>> rx = LazyRegex("bomb", re.IGNORECASE)
    >>> rx._rx is None, [m.group(0) for m in rx.finditer("A BOMB")], rx._rx is not None
    (True, ['BOMB'], True)
    >>> rx.pattern
    'bomb'
    """

    __slots__ = ("pattern", "flags", "_rx", "_low")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._rx, self._low = pattern, flags, None, False

    def get(self) -> re.Pattern:
        """The compiled expression."""
        if self._rx is None:
            self._rx = re.compile(self.pattern, self.flags)
        return self._rx

    def lowered(self) -> re.Pattern | None:
        """The expression rewritten for lower-cased text (:func:`lowered_pattern`), for a
        case-insensitive one that can be; else None.

        >>> rx = LazyRegex("Bomb", re.IGNORECASE)
        >>> [m.span() for m in rx.lowered().finditer("a bomb")]
        [(2, 6)]
        """
        if self._low is False:
            low = lowered_pattern(self.pattern) if self.flags & re.IGNORECASE else None
            try:
                self._low = None if low is None else re.compile(low, self.flags & ~re.IGNORECASE)
            except re.error:  # (a range whose ends lower out of order: the pattern runs as written)
                self._low = None
        return self._low

    def __getattr__(self, name: str):  # finditer, search, match … of the compiled expression
        return getattr(self.get(), name)


def _required_words_of(rb: _rulebook.Rulebook, entries) -> dict[str, tuple[str, ...] | None]:
    """Each pattern entry's required words (its ``requires``, else :func:`required_words` of its
    patterns), kept in the rulebook's derived cache: parsing every pattern again took a third of
    a cold ``lawbook classify --text``'s time."""
    got = rb.derived("pattern-required-words")
    ids = [e.id for e in entries if e.patterns is not None]
    if isinstance(got, dict) and set(got) == set(ids):
        return {k: tuple(v) if v is not None else None for k, v in got.items()}
    out = {}
    for e in entries:
        if e.patterns is not None:
            out[e.id] = tuple(e.requires) if e.requires else required_words("|".join(f"(?:{p})" for p in e.patterns))
    rb.keep_derived("pattern-required-words", {k: list(v) if v is not None else None for k, v in out.items()})
    return out


class Cues:
    """The compiled lexicon of one rulebook."""

    def __init__(self, rb: _rulebook.Rulebook):
        self.entries = rb.records("lexicon")
        self.by_id = {e.id: e for e in self.entries}
        self.kk = kazakh(rb)
        self.patterns: dict[str, list[tuple[LazyRegex, Any, Any]]] = defaultdict(list)
        self.frames: dict[str, list[tuple[Any, list[int], list[list[int]], list[tuple[int, int]]]]] = defaultdict(list)
        self.terms: list[_Term] = []
        self._term_ids: dict[tuple, int] = {}
        # first word → term ids, for exact forms and for prefixes
        self.first_exact: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.first_prefix: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        needs = _required_words_of(rb, self.entries)
        for e in self.entries:
            if e.patterns is not None:
                body = "|".join(f"(?:{p})" for p in e.patterns)
                self.patterns[e.lang].append((LazyRegex(f"(?<![\\w])(?:{body})(?![\\w])", re.IGNORECASE), e,
                                              needs[e.id]))
            else:
                fr = e.frame
                trig = [self._term(e.lang, t) for t in fr.trigger]
                groups = [[self._term(e.lang, t) for t in g] for g in fr.with_]
                without = [(self._term(e.lang, t), 0) for t in fr.without] + \
                          [(self._term(e.lang, t), -1) for t in fr.without_before] + \
                          [(self._term(e.lang, t), 1) for t in fr.without_after]
                self.frames[e.lang].append((e, trig, groups, without))
        self.all_patterns = [p for lang in sorted(self.patterns) for p in self.patterns[lang]]
        # the lengths of the prefixes that start a term, shortest first; the terms a word may start, per language
        self.prefix_lengths = {lang: sorted({len(f) for f in forms}) for lang, forms in self.first_prefix.items()}
        self._starting: dict[str, dict[tuple[str, str], tuple[int, ...]]] = defaultdict(dict)
        self.pattern_index = PatternIndex([need for _, _, need in self.all_patterns])
        self._not_after: dict[str, re.Pattern] = {}
        self._last_lowered: tuple = (None, "")
        # trigger term → the frames it starts, so a sentence only tries frames whose trigger occurs
        self.by_trigger: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for lang, frames in self.frames.items():
            for k, (_, trig, _, _) in enumerate(frames):
                for t in dict.fromkeys(trig):
                    self.by_trigger[lang][t].append(k)

    def _term(self, lang: str, text: str) -> int:
        words = []
        for w in text.split():
            if w.endswith("*"):
                words.append((fold(w[:-1]) if lang != "kk" else self.kk.to_cyrillic(fold(w[:-1])), PREFIX))
            elif w.startswith("="):
                words.append((fold(w[1:]) if lang != "kk" else self.kk.to_cyrillic(fold(w[1:])), WRITTEN))
            else:
                words.append((base_form(w, lang, self.kk, term=True), BASE))
        key = (lang, tuple(words))
        tid = self._term_ids.get(key)
        if tid is None:
            tid = self._term_ids[key] = len(self.terms)
            self.terms.append(_Term(words))
            form, how = words[0]
            if how == PREFIX:
                self.first_prefix[lang][form].append(tid)
            else:
                self.first_exact[lang][form].append(tid)
        return tid

    # -- matching ------------------------------------------------------------------

    @staticmethod
    def _word_ok(tok: Token, form: str, how: str) -> bool:
        if how == PREFIX:
            return tok.key.startswith(form) or tok.low.startswith(form)
        if how == WRITTEN:
            return tok.low == form
        return tok.key == form or tok.low == form

    def _verb_negated(self, toks: list[Token], first: int, tid: int) -> bool:
        """Whether a Kazakh trigger's word written as a prefix carries the verb's negative
        ending in the sentence (тарат* in «таратпауға»: rules/lexicon/morphology/kk.yaml)."""
        return any(how == PREFIX and self.kk.negated_after(toks[first + j].low, form)
                   for j, (form, how) in enumerate(self.terms[tid].words))

    def occurrences(self, toks: list[Token], lang: str) -> dict[int, list[tuple[int, int]]]:
        """``{term id: [(first token, last token), …]}`` in a sentence."""
        out: dict[int, list[tuple[int, int]]] = defaultdict(list)
        memo = self._starting[lang]
        for i, tok in enumerate(toks):
            got = memo.get((tok.key, tok.low))
            if got is None:
                got = self._terms_starting(lang, tok.key, tok.low)
            whole, longer = got
            for tid in whole:  # one word, and this word is it
                out[tid].append((i, i))
            for tid in longer:  # several words, of which this word is the first: the rest must follow
                words = self.terms[tid].words
                last = i + len(words) - 1
                if last >= len(toks):
                    continue
                for j in range(1, len(words)):
                    if not self._word_ok(toks[i + j], *words[j]):
                        break
                else:
                    out[tid].append((i, last))
        return out

    def _terms_starting(self, lang: str, key: str, low: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The terms whose first word a token (base form ``key``, lower-cased ``low``) may be:
        ``(one-word terms it is, longer terms or words as written to check)``, remembered per
        language (at most ``_STARTING_MAX`` distinct words, then forgotten)."""
        exact, prefix, lengths = self.first_exact[lang], self.first_prefix[lang], self.prefix_lengths.get(lang, ())
        cands = set()
        for form in {key, low}:
            cands.update(exact.get(form, ()))
            for n in lengths:
                if n > len(form):
                    break
                cands.update(prefix.get(form[:n], ()))
        memo = self._starting[lang]
        if len(memo) >= _STARTING_MAX:
            memo.clear()
        tok = Token("", 0, 0, low, key)
        whole = tuple(t for t in sorted(cands) if len(self.terms[t].words) == 1
                      and self._word_ok(tok, *self.terms[t].words[0]))
        longer = tuple(t for t in sorted(cands) if len(self.terms[t].words) > 1
                       and self._word_ok(tok, *self.terms[t].words[0]))
        got = memo[(key, low)] = (whole, longer)
        return got

    def _after(self, low: str, start: int, e) -> bool:
        """Whether one of ``e.not_after`` stands right before ``start`` in the lower-cased text."""
        rx = self._not_after.get(e.id)
        if rx is None:
            alts = "|".join(_GAP.join(map(re.escape, w.lower().split())) for w in e.not_after)
            rx = self._not_after[e.id] = re.compile(f"(?<![\\w])(?:{alts}){_GAP}$")
        return rx.search(low, max(0, start - 80), start) is not None

    def _lowered(self, text: str) -> str:
        """:func:`lowered_text` of ``text``, kept for the last text (an account's clauses ask for their patterns one
        by one)."""
        last = self._last_lowered
        if last[0] is not text:
            last = self._last_lowered = (text, lowered_text(text))
        return last[1]

    def pattern_matches(self, text: str, s0: int = 0, s1: int | None = None) -> list[CueMatch]:
        """Every pattern cue in ``text[s0:s1]``, in text order. Patterns of every language run
        (names of platforms, Latin words in Cyrillic text); frames run in a sentence's language only."""
        end = len(text) if s1 is None else s1
        low = self._lowered(text)  # (most patterns run on it: see lawbook.reading.lowered)
        found = []
        for k in self.pattern_index.candidates(low[s0:end]):  # the patterns whose required words it holds
            rx, e, _ = self.all_patterns[k]
            lrx = rx.lowered()
            for m in (rx.get().finditer(text, s0, end) if lrx is None else lrx.finditer(low, s0, end)):
                a, b = m.span()
                if e.not_after and self._after(low, a, e):
                    continue
                found.append(CueMatch(e, a, b, text[a:b], "pattern"))
        found.sort(key=lambda m: (m.start, -m.end))
        return found

    def match(self, text: str, s0: int, s1: int, lang: str, toks: list[Token],
              patterns: list[CueMatch] | None = None) -> list[CueMatch]:
        """Every cue of ``lang`` in the sentence ``text[s0:s1]`` (``toks`` are its words),
        including frames that matched but were blocked (``blocked`` says why). ``patterns``:
        the pattern cues already found in the sentence (see :meth:`pattern_matches`)."""
        found: list[CueMatch] = list(self.pattern_matches(text, s0, s1) if patterns is None else patterns)
        if toks and self.frames.get(lang):
            occ = self.occurrences(toks, lang)
            neg = NEGATORS.get(lang, set())
            frames = self.frames[lang]
            index = self.by_trigger[lang]
            todo = sorted({k for t in occ for k in index.get(t, ())})
            for e, trig, groups, without in (frames[k] for k in todo):
                hits = sorted((a, b, t) for t in trig for (a, b) in occ.get(t, ()))
                if not hits:
                    continue
                w = e.frame.window
                blocked_hit = None
                for a, b, tid in hits:
                    lo, hi = max(0, a - w), min(len(toks) - 1, b + w)
                    used = [(a, b, tid)]  # (first word, last word, term id) of the trigger and of each argument
                    ok = True
                    glo = a if e.frame.after else lo  # "распространение листовок «Хизб ут-Тахрир»": its object
                    for g in groups:
                        near = [(x, y, t) for t in g for (x, y) in occ.get(t, ()) if x >= glo and y <= hi]
                        if not near:
                            ok = False
                            break
                        used.append(min(near, key=lambda xyt: abs(xyt[0] - a)))
                    if not ok:
                        continue
                    first = min(x for x, _, _ in used)
                    last = max(y for _, y, _ in used)
                    start, end = toks[first].start, toks[last].end
                    cm = CueMatch(e, start, end, text[start:end], "frame",
                                  args=[" ".join(t.text for t in toks[x:y + 1]) for x, y, _ in used],
                                  trigger=(toks[a].start, toks[b].end))
                    bad = [(x, y) for t, side in without for (x, y) in occ.get(t, ())
                           if x >= lo and y <= hi and (side == 0 or (y < a if side < 0 else x > b))]
                    if bad:
                        x, y = bad[0]
                        cm.blocked = f"'{' '.join(t.text for t in toks[x:y + 1])}' near the trigger rules it out"
                    elif e.frame.negatable and any(toks[k].low in neg for k in range(max(0, a - 2), a)) \
                            or (lang == "kk" and e.frame.negatable and any(toks[k].low in neg for k in range(b + 1, min(len(toks), b + 3)))):
                        cm.blocked = "negated"
                    elif lang == "kk" and e.frame.negatable and any(self._verb_negated(toks, x, t_)
                                                                    for x, _, t_ in used):
                        cm.blocked = "negated (the verb's negative ending)"
                    if cm.blocked is None:
                        blocked_hit = None
                        found.append(cm)
                        break
                    blocked_hit = blocked_hit or cm  # a later trigger of the same frame may still match
                else:
                    if blocked_hit is not None:
                        found.append(blocked_hit)
        found.sort(key=lambda m: (m.start, -m.end))
        return found


#: how many distinct words a language's memo of the terms they may start holds before it is emptied
_STARTING_MAX = 200_000

#: what may stand between the words of a ``not_after`` phrase and before the cue: spaces and quotation marks
#: (calling him "a terrorist")
_GAP = r"[\s\"'“”„«»‘’]+"

def cues(rb: _rulebook.Rulebook) -> Cues:
    """The compiled cues of a rulebook (built once per rulebook)."""
    return rb.cached("reading-cues", lambda: Cues(rb))


def check_rulebook(rb: _rulebook.Rulebook) -> list:
    """Every cue's fact kind, attributes and values exist in ``facts.yaml``; every
    circumstance is a value of the common ``circumstances`` attribute."""
    from ..errors import RulebookError
    from ..vocabulary import vocabulary

    vocab = vocabulary(rb)
    errors = []

    def bad(e, msg, field):
        path, line = rb.where(e)
        errors.append(RulebookError(msg, path, line, field))

    circ = next((vals for k in vocab.values() for a, (_, _, vals) in k.items() if a == "circumstances"), [])
    for e in rb.records("lexicon"):
        if e.fact is not None:
            kind = e.fact.get("kind")
            if kind not in vocab:
                bad(e, f"unknown fact kind {kind!r}", "fact.kind")
                continue
            for a, v in e.fact.items():
                if a == "kind":
                    continue
                spec = vocab[kind].get(a)
                if spec is None:
                    bad(e, f"fact kind {kind!r} has no attribute {a!r}", f"fact.{a}")
                elif spec[0] == "enum" and any(x not in spec[2] for x in (v if isinstance(v, list) else [v])):
                    bad(e, f"{a}: value {v!r} is not one of {', '.join(spec[2])}", f"fact.{a}")
        for effect, given in (("sets", e.sets), ("also", e.also)):
            for a, v in (given or {}).items():
                specs = [k[a] for k in vocab.values() if a in k]
                if not specs:
                    bad(e, f"no fact kind has an attribute {a!r}", f"{effect}.{a}")
                elif all(s[0] == "enum" and any(x not in s[2] for x in (v if isinstance(v, list) else [v])) for s in specs):
                    bad(e, f"{a}: value {v!r} is a value of no fact kind's {a!r}", f"{effect}.{a}")
        if e.circumstance and circ and e.circumstance not in circ:
            bad(e, f"unknown circumstance {e.circumstance!r}", "circumstance")
    return errors
