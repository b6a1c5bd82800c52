"""The pattern prefilter (:mod:`lawbook.reading.required`) is a necessary condition only:
it never keeps a pattern from a text the pattern matches — for generated patterns of every
regex feature the lexicon uses or might use, for the lexicon's own patterns, and for
letters that ``re``'s IGNORECASE and :meth:`str.lower` treat differently."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawbook import rulebook
from lawbook.reading.frames import cues
from lawbook.reading.required import PatternIndex, fold_case, required_words

#: letters whose case re and str.lower() may disagree on, with ordinary Latin, Cyrillic and Kazakh ones
LETTERS = "aeiksotrnmIKSİıſσςΣΟβϐвᲀдᲁоᲂтᲄёеЁЕйқҚіІәӘңұүһөK" + "абвгрстуﬅﬆ"
#: every character IGNORECASE may take for one of LETTERS (its upper and lower forms and re's extra cases)
_POOL = sorted({c for ch in LETTERS for c in (ch, ch.upper(), ch.lower(), "İ", "ı", "ſ", "ς", "K", "ᲀ", "ᲂ", "ᲄ", "ᲅ")
                if len(c) == 1})
ALIKE = {ch: [c for c in _POOL if re.fullmatch(re.escape(ch), c, re.IGNORECASE)] for ch in _POOL}


def passes(pattern: str, text: str) -> bool:
    """Whether the prefilter lets ``pattern`` run on ``text``."""
    return PatternIndex([required_words(pattern)]).candidates(fold_case(text)) == [0]


def recase(draw, text: str) -> str:
    """``text`` with some letters swapped for others IGNORECASE takes for them."""
    return "".join(draw(st.sampled_from(ALIKE[c])) if c in ALIKE else c for c in text)


@st.composite
def node(draw, depth: int = 0):
    """``(regex, a string it matches)`` for a random piece of a pattern (two levels deep at most, ``\\w+`` only
    outside repeats: re cannot be interrupted while it backtracks, and nested unbounded repeats take it
    exponential time on a text they do not match)."""
    kinds = ["word", "word", "class", "w"] + (["opt", "alt", "rep", "atomic", "poss", "look", "seq"] if depth < 2 else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "word":
        w = draw(st.text(alphabet=LETTERS + " ", min_size=1, max_size=6))
        return re.escape(w), w
    if kind == "class":
        chars = draw(st.text(alphabet=LETTERS, min_size=1, max_size=3))
        return "[" + re.escape(chars) + "]", draw(st.sampled_from(chars))
    if kind == "w":
        if depth:
            return r"\w", draw(st.sampled_from(LETTERS))
        return r"\w+", draw(st.text(alphabet=LETTERS, min_size=1, max_size=3))
    a, sa = draw(node(depth + 1))
    if kind == "opt":
        return f"(?:{a})?", draw(st.sampled_from([sa, ""]))
    if kind == "alt":
        b, sb = draw(node(depth + 1))
        return f"(?:{a}|{b})", draw(st.sampled_from([sa, sb]))
    if kind == "rep":
        lo, hi = draw(st.sampled_from([(0, 3), (1, 2), (2, 2), (1, 3)]))
        n = draw(st.integers(lo, hi))
        return f"(?:{a}){{{lo},{hi}}}", sa * n
    if kind == "atomic":
        return f"(?>{a})", sa
    if kind == "poss":
        return f"(?:{a})++", sa
    if kind == "look":
        return draw(st.sampled_from([f"(?={a}){a}", f"(?!\\d){a}", f"(?<=\\s){a}", f"(?<!\\d){a}"])), (
            " " + sa if "(?<=" in a else sa)
    b, sb = draw(node(depth + 1))
    return a + b, sa + sb


@st.composite
def case(draw):
    """A pattern (maybe with a back reference or a top-level alternation), and a text that holds a match in
    another case."""
    pieces = draw(st.lists(node(), min_size=1, max_size=3))
    src = "".join(p for p, _ in pieces)
    match = "".join(s for _, s in pieces)
    if draw(st.booleans()):  # a back reference to the whole of the first piece
        src = f"({pieces[0][0]})" + "".join(p for p, _ in pieces[1:]) + r"\1"
        match = "".join(s for _, s in pieces) + pieces[0][1]
    if draw(st.booleans()):
        other, om = draw(node())
        src = f"{src}|{other}"
        match = draw(st.sampled_from([match, om]))
    around = st.text(alphabet=LETTERS + " .,", max_size=5)
    return src, draw(around) + recase(draw, match) + draw(around)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case())
def test_generated_patterns_never_excluded_where_they_match(pc):
    src, text = pc
    rx = re.compile(src, re.IGNORECASE)
    if rx.search(text):
        assert passes(src, text), (src, text, required_words(src))


@pytest.mark.parametrize("pattern, text", [
    ("terrorist", "TERRORİST"),  # str.lower() makes İ two characters; re takes it for i
    ("terrorist", "terrorıst"),  # dotless ı: Kazakh Latin and Turkish; re takes it for i
    ("terrorist", "TERRORIST"),
    ("кость", "ᲂкость"),
    ("ᲂкость", "окость"),  # old Cyrillic letter forms re takes for о, в, т …
    ("οδοσ", "ΟΔΟΣ"),  # final sigma: str.lower() gives ς at a word's end
    ("οδος", "οδοσ"),
    ("ſtate", "STATE"),  # long s
    ("İslam", "islam"),
])
def test_case_quirks_of_re_and_str_lower(pattern, text):
    assert re.search(pattern, text, re.IGNORECASE)
    assert passes(pattern, text), required_words(pattern)


def test_the_lexicon_patterns_are_not_skipped_on_recased_sentences():
    """The lexicon's own example sentences, upper-cased and with i written İ or ı (Turkish and Kazakh Latin
    capitals): the prefilter keeps every pattern that matches."""
    cx = cues(rulebook.load())
    sentences = [s for e in cx.entries if e.examples for s in e.examples.match + e.examples.no_match]
    assert len(sentences) > 100
    checked = 0
    for s in sentences:
        for t in (s, s.upper(), s.upper().replace("I", "İ"), s.replace("i", "ı"), s.upper().replace("С", "ᲃ")):
            brute = sorted((m.start(), m.end(), e.id) for rx, e, _ in cx.all_patterns for m in rx.finditer(t)
                           if not (e.not_after and cx._after(fold_case(t), m.start(), e)))
            got = sorted((m.start, m.end, m.entry.id) for m in cx.pattern_matches(t))
            assert got == brute, t
            checked += bool(brute)
    assert checked > 100


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_lexicon_patterns_never_excluded_where_they_match(data):
    """A string each lexicon pattern matches (hypothesis builds it from the pattern), letters recased."""
    cx = cues(rulebook.load())
    k = data.draw(st.integers(0, len(cx.all_patterns) - 1))
    rx, e, need = cx.all_patterns[k]
    text = recase(data.draw, data.draw(st.from_regex(rx.get())))
    if rx.search(text):
        assert k in cx.pattern_index.candidates(fold_case(text)), (e.id, text, need)


def test_every_letter_re_takes_for_another_folds_alike():
    """Exhaustive over the cased characters of Unicode: whatever IGNORECASE matches for a letter, fold_case
    writes as it writes the letter, so no required word can miss a text the pattern matches."""
    cased = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000
                    and (chr(c).lower() != chr(c) or chr(c).upper() != chr(c) or chr(c) in "ıſς"))
    assert len(cased) > 2000
    for ch in cased:
        for m in re.finditer(re.escape(ch), cased, re.IGNORECASE):
            assert fold_case(m.group()) == fold_case(ch), (ch, m.group())
