"""The scanner that tries a pattern only where a match can begin gives exactly
the matches of ``pattern.finditer``: for every pattern the citation reader
searches whole texts with, on the citation corpus's passages read as one long
document and on texts made of the pieces those patterns turn on (letters a
case-insensitive pattern matches beyond ``str.lower`` included)."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from lawbook import textscan
from lawbook.citations import context, deciding, era, finder, scan

ROOT = Path(__file__).resolve().parent.parent
#: The patterns lawbook.citations passes to textscan.finditer (and two it does not, read as well).
SCANNED = ["_PART_FIRST", "_ORDINAL_PART_FIRST", "_ANCHOR", "_NUM_FIRST", "_KK_LIST", "_KK", "_TITLED_NUMBER",
           "_CODE_DATE", "_CUES", "_TERM_CUE", "_YEAR", "_procedures", "_THIS_ARTICLE"]


def _pattern(name: str):
    """The citation package's pattern of that name (each lives in the module that uses it; the 2014 codes' procedure
    words are one pattern compiled from era_evidence.yaml by ``era._procedures``)."""
    got = next(getattr(m, name) for m in (scan, context, deciding, era, finder) if hasattr(m, name))
    return got if hasattr(got, "finditer") else got()


def _corpus_text() -> str:
    passages = []
    for f in sorted((ROOT / "corpus" / "citations").glob("*.yaml")):
        items = yaml.safe_load(f.read_text(encoding="utf-8"))
        passages += [str(i["passage"]) for i in items or [] if isinstance(i, dict) and "passage" in i]
    return "\n\n".join(passages)


def _pieces_text(seed: int, odd: str = "") -> str:
    pieces = ("Art.", "art", "ARTICLE", "Articles", "ст.", "Ст", "статьи", "ч.", "part", "the first part of",
              "Clause", "164", "233-3", "405/2", "1997", "2014", "2014 жылғы", "-бабы", "бабының 2-бөлігі", "УК РК",
              "Criminal Code", "кодекс", "code of", "adopted", "«Title»", ",", ";", "и", "and", "лет", "years", "нового",
              "old", "prevıous", "ſtarted", "ᲂ", "İ", "Σ", odd)
    rnd = random.Random(seed)
    return "".join(rnd.choice(pieces) + rnd.choice((" ", "", "  ", "\n", "-", ".", ", ")) for _ in range(4000))


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("name", SCANNED)
def test_same_matches_as_finditer(name):
    pattern = _pattern(name)
    texts = [_corpus_text()] + [_pieces_text(seed) for seed in range(6)]
    texts.append(texts[-1].replace("İ", "I"))  # a text that lower-cases place for place
    assert len(texts[0]) > 4096  # long enough to be scanned, not searched
    for text in texts:
        assert _spans(textscan.finditer(pattern, text)) == _spans(pattern.finditer(text))


def test_reads_the_beginnings_of_the_citation_patterns():
    assert textscan.starts_of(scan._ANCHOR) == ("art", "clau", "§", "ст")  # "§405(2)": the section sign
    assert textscan.starts_of(finder._TERM_CUE) == ("year", "жыл", "лет")
    assert textscan.starts_of(scan._NUM_FIRST) == (textscan.DIGIT,)


@pytest.mark.parametrize("source,flags", [
    (r"\w+", 0),  # any letter may begin a match
    (r"a?b?", 0),  # may match empty
    (r"(?i)ı", 0),
])
def test_unread_patterns_are_searched_as_before(source, flags):
    pattern = re.compile(source, flags)
    text = "aıb İ abc " * 1000
    assert _spans(textscan.finditer(pattern, text)) == _spans(pattern.finditer(text))


def test_a_look_behind_that_wants_a_digit_before_is_not_read_as_one_that_forbids_it():
    pattern = re.compile(r"(?<![^\d])\d\d")
    text = "a12 345 6789 " * 1000
    assert _spans(textscan.finditer(pattern, text)) == _spans(pattern.finditer(text))
