"""Screening across scripts and as real sources write names (issue 11): Arabic
script, swapped letters, names inside phrases, persons' names, longer names
that contain a listed one. The labelled set is corpus/names/queries.yaml,
scored by scripts/screening_accuracy.py; these pin each mechanism."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from lawbook.normalise import fold
from lawbook.screen import index

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ix():
    return index()


def banned_as(ix, q, day="2020-01-01"):
    r = ix.screen(q, as_of=day)
    return r.matches[0]["id"] if r.banned else None


def test_arabic_forms_fold_together():
    # hamza seat, ta marbuta / Urdu heh, Persian yeh, glued article
    assert fold("عسكر طيبة") == fold("عسکر طیبہ")
    assert fold("حزب التحرير") == fold("حزب تحریر")


@pytest.mark.parametrize("q,org", [
    ("حزب التحرير", "org-hizb-ut-tahrir"),
    ("جماعة الإخوان المسلمين", "org-muslim-brotherhood"),
    ("عصبة الأنصار", "org-asbat-al-ansar"),
])
def test_arabic_names(ix, q, org):
    assert banned_as(ix, q) == org


@pytest.mark.parametrize("q,org", [("Hizb ut-Tarhir", "org-hizb-ut-tahrir"), ("Jabhat al-Nsura", "org-jabhat-al-nusra")])
def test_two_letters_swapped_is_one_edit(ix, q, org):
    assert banned_as(ix, q) == org


@pytest.mark.parametrize("q,org", [("вступил в ряды ИГИЛ", "org-islamic-state"),
                                   ("экстремистік деп танылған ҚДТ ұйымы", "org-democratic-choice-of-kazakhstan")])
def test_abbreviation_inside_a_phrase(ix, q, org):
    r = ix.screen(q, as_of="2020-01-01")
    assert r.banned and r.matches[0]["id"] == org and "inside the phrase" in r.matches[0]["explanation"]


def test_person_name_sharing_one_word_is_not_banned(ix):
    r = ix.screen("Aidar Bozkurt", as_of="2020-01-01")
    assert r.banned is False and "person's name" in r.matches[0]["explanation"]
    assert banned_as(ix, "Bozkurt") == "org-boz-kurt"
    # a body, not a person: the guard does not apply
    assert banned_as(ix, "Bozkurt Foundation") == "org-boz-kurt"
    assert banned_as(ix, "HuT activists") == "org-hizb-ut-tahrir"


def test_longer_name_containing_a_listed_one_is_another_organisation(ix):
    assert ix.screen("«Техрик-е Талибан-е Пакистан»", as_of="2020-01-01").banned is False


def test_labelled_dev_set_recall_and_no_false_banned():
    spec = importlib.util.spec_from_file_location("sa", ROOT / "scripts" / "screening_accuracy.py")
    sa = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sa)
    s = sa.score(sa.load("dev"))
    assert s["fp"] == 0
    assert s["tp"] / (s["tp"] + s["fn"]) >= 0.95


def test_direction_marks_are_dropped_and_only_marks_is_an_error(ix):
    from lawbook.errors import BadInput

    assert banned_as(ix, "\u200fحزب التحرير\u200e") == "org-hizb-ut-tahrir"
    with pytest.raises(BadInput, match="invisible"):
        ix.screen("\u200f\u200e", as_of="2020-01-01")
