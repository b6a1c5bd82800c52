"""The citation word forms kept as data (lawbook/citations/citation_forms.yaml): each example of the file is read as a
test — the citations it must give, in text order, or none."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from lawbook.citations import find_citations

FORMS = yaml.safe_load((Path(__file__).resolve().parent.parent / "lawbook" / "citations" / "citation_forms.yaml")
                       .read_text(encoding="utf-8"))


def _want(finds):
    return [(str(a), None if p is None else str(p)) for a, p in finds]


@pytest.mark.parametrize("example", FORMS["examples"], ids=lambda e: e["text"][:40])
def test_form_example(example):
    got = [(c.article, c.part) for c in find_citations(example["text"])]
    assert got == _want(example["finds"]), example["source"]


def test_every_example_names_its_source():
    assert all(e.get("source") for e in FORMS["examples"])


def test_near_misses_are_kept():
    # every list of forms has at least one example that must find nothing or no part
    assert any(e["finds"] == [] for e in FORMS["examples"])
