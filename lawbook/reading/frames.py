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


@dataclass
class _Term:
    words: list[tuple[str, bool]]  # (form, is_prefix)


class Cues:
    """The compiled lexicon of one rulebook."""

    def __init__(self, rb: _rulebook.Rulebook):
        self.entries = rb.records("lexicon")
        self.by_id = {e.id: e for e in self.entries}
        self.kk = kazakh(rb)
        self.patterns: dict[str, list[tuple[re.Pattern, Any]]] = defaultdict(list)
        self.frames: dict[str, list[tuple[Any, list[int], list[list[int]], list[int]]]] = defaultdict(list)
        self.terms: list[_Term] = []
        self._term_ids: dict[tuple, int] = {}
        # first word → term ids, for exact forms and for prefixes
        self.first_exact: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.first_prefix: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.max_prefix: dict[str, int] = defaultdict(int)
        for e in self.entries:
            if e.patterns is not None:
                body = "|".join(f"(?:{p})" for p in e.patterns)
                self.patterns[e.lang].append((re.compile(f"(?<![\\w])(?:{body})(?![\\w])", re.IGNORECASE), e))
            else:
                fr = e.frame
                trig = [self._term(e.lang, t) for t in fr.trigger]
                groups = [[self._term(e.lang, t) for t in g] for g in fr.with_]
                without = [self._term(e.lang, t) for t in fr.without]
                self.frames[e.lang].append((e, trig, groups, without))
        self.all_patterns = [p for lang in sorted(self.patterns) for p in self.patterns[lang]]

    def _term(self, lang: str, text: str) -> int:
        words = []
        for w in text.split():
            if w.endswith("*"):
                words.append((fold(w[:-1]) if lang != "kk" else self.kk.to_cyrillic(fold(w[:-1])), True))
            else:
                words.append((base_form(w, lang, self.kk), False))
        key = (lang, tuple(words))
        tid = self._term_ids.get(key)
        if tid is None:
            tid = self._term_ids[key] = len(self.terms)
            self.terms.append(_Term(words))
            form, pre = words[0]
            if pre:
                self.first_prefix[lang][form].append(tid)
                self.max_prefix[lang] = max(self.max_prefix[lang], len(form))
            else:
                self.first_exact[lang][form].append(tid)
        return tid

    # -- matching ------------------------------------------------------------------

    @staticmethod
    def _word_ok(tok: Token, form: str, pre: bool) -> bool:
        if pre:
            return tok.key.startswith(form) or tok.low.startswith(form)
        return tok.key == form or tok.low == form

    def occurrences(self, toks: list[Token], lang: str) -> dict[int, list[tuple[int, int]]]:
        """``{term id: [(first token, last token), …]}`` in a sentence."""
        out: dict[int, list[tuple[int, int]]] = defaultdict(list)
        exact, prefix, maxp = self.first_exact[lang], self.first_prefix[lang], self.max_prefix[lang]
        for i, tok in enumerate(toks):
            cands = set()
            for form in {tok.key, tok.low}:
                cands.update(exact.get(form, ()))
                for n in range(1, min(len(form), maxp) + 1):
                    hit = prefix.get(form[:n])
                    if hit:
                        cands.update(hit)
            for tid in cands:
                words = self.terms[tid].words
                if i + len(words) > len(toks):
                    continue
                if all(self._word_ok(toks[i + j], f, p) for j, (f, p) in enumerate(words)):
                    out[tid].append((i, i + len(words) - 1))
        return out

    def match(self, text: str, s0: int, s1: int, lang: str, toks: list[Token]) -> list[CueMatch]:
        """Every cue of ``lang`` in the sentence ``text[s0:s1]`` (``toks`` are its words),
        including frames that matched but were blocked (``blocked`` says why)."""
        found: list[CueMatch] = []
        # patterns of every language run on every sentence (names of platforms, Latin words in
        # Cyrillic text); frames run in the sentence's language only
        for rx, e in self.all_patterns:
            for m in rx.finditer(text, s0, s1):
                found.append(CueMatch(e, m.start(), m.end(), m.group(0), "pattern"))
        if toks and self.frames.get(lang):
            occ = self.occurrences(toks, lang)
            neg = NEGATORS.get(lang, set())
            for e, trig, groups, without in self.frames[lang]:
                hits = [(a, b) for t in trig for (a, b) in occ.get(t, ())]
                if not hits:
                    continue
                w = e.frame.window
                blocked_hit = None
                for a, b in sorted(hits):
                    lo, hi = max(0, a - w), min(len(toks) - 1, b + w)
                    used = [(a, b)]
                    ok = True
                    for g in groups:
                        near = [(x, y) for t in g for (x, y) in occ.get(t, ()) if x >= lo and y <= hi]
                        if not near:
                            ok = False
                            break
                        used.append(min(near, key=lambda xy: abs(xy[0] - a)))
                    if not ok:
                        continue
                    first = min(x for x, _ in used)
                    last = max(y for _, y in used)
                    start, end = toks[first].start, toks[last].end
                    cm = CueMatch(e, start, end, text[start:end], "frame",
                                  args=[" ".join(t.text for t in toks[x:y + 1]) for x, y in used])
                    bad = [(x, y) for t in without for (x, y) in occ.get(t, ()) if x >= lo and y <= hi]
                    if bad:
                        x, y = bad[0]
                        cm.blocked = f"'{' '.join(t.text for t in toks[x:y + 1])}' near the trigger rules it out"
                    elif e.frame.negatable and any(toks[k].low in neg for k in range(max(0, a - 2), a)) \
                            or (lang == "kk" and e.frame.negatable and any(toks[k].low in neg for k in range(b + 1, min(len(toks), b + 3)))):
                        cm.blocked = "negated"
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


def cues(rb: _rulebook.Rulebook) -> Cues:
    """The compiled cues of a rulebook (built once per rulebook)."""
    return rb.cached("reading-cues", lambda: Cues(rb))
