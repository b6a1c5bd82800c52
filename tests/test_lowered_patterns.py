"""The lexicon's patterns run on lower-cased text (lawbook.reading.lowered) and must find
exactly what they found with IGNORECASE on the text as written: every pattern on every
example sentence of the lexicon (as written, in capitals and in title case) that holds the
pattern's required words, as the reader runs it."""
from __future__ import annotations

import re

import pytest

from lawbook import rulebook
from lawbook.reading.frames import LazyRegex, cues
from lawbook.reading.lowered import lowered_pattern, lowered_text
from lawbook.reading.required import fold_case

RB = rulebook.load()
CX = cues(RB)
EXAMPLES = sorted({s for e in RB.records("lexicon") if e.examples
                   for s in (*e.examples.match, *e.examples.no_match)})
TEXTS = EXAMPLES + [s.upper() for s in EXAMPLES] + [s.title() for s in EXAMPLES] + [
    "İstanbul'da DEAŞ operasyonu", "terrorıstik áreket", "ТЕРРОРИЗМДІ НАСИХАТТАҒАН"]
#: pattern number → the texts holding its required words (the only ones the reader runs it on)
RUNS_ON: dict[int, list[str]] = {}
for _text in TEXTS:
    for _k in CX.pattern_index.candidates(fold_case(_text)):
        RUNS_ON.setdefault(_k, []).append(_text)


#: the patterns that run lowered (the few that cannot run as written: test_almost_every_lexicon_pattern_runs_lowered)
LOWERED = [k for k, (rx, _, _) in enumerate(CX.all_patterns) if rx.lowered() is not None]


@pytest.mark.parametrize("k", LOWERED, ids=lambda k: CX.all_patterns[k][1].id)
def test_lowered_pattern_finds_the_same_spans(k):
    rx, entry, _ = CX.all_patterns[k]
    low_rx = rx.lowered()
    for text in RUNS_ON.get(k, ()):
        want = [m.span() for m in rx.get().finditer(text)]
        got = [m.span() for m in low_rx.finditer(lowered_text(text))]
        assert got == want, f"{entry.id} on {text!r}"


def test_escapes_keep_their_case():
    assert lowered_pattern(r"\W+\S\D\B\N{EM DASH}Ab") == r"\W+\S\D\B\N{EM DASH}ab"
    assert lowered_pattern(r"\u0430б") == r"\u0430б"


@pytest.mark.parametrize("pattern", [
    r"\x41", r"\N{CYRILLIC CAPITAL LETTER A}лматы",  # a capital named by an escape
    r"(?-i:[A-Z])", r"(?s-i:[A-Z])\w+", r"(?a)ИГИЛ", r"(?L)x",  # case or letters changed by an inline flag
    r"[Ѐ-ӿ]+", r"[A-z]",  # a range whose ends lower to other letters: what lies between changes
])
def test_what_cannot_run_lowered_runs_as_written(pattern):
    assert lowered_pattern(pattern) is None


def test_almost_every_lexicon_pattern_runs_lowered():
    assert sum(rx.lowered() is None for rx, _, _ in CX.all_patterns) <= 8


def test_a_pattern_that_keeps_case_runs_as_written():
    rx = LazyRegex(r"found (?-i:[A-Z])\w+ guilty", re.IGNORECASE)
    assert rx.lowered() is None
    assert [m.group(0) for m in rx.finditer("the court found Bokaev guilty; found them guilty")] == \
        ["found Bokaev guilty"]
