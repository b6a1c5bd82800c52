"""Screening across scripts and as real sources write names (issue 11): Arabic
script, swapped letters, names inside phrases, persons' names, longer names
that contain a listed one. The labelled set is corpus/names/queries.yaml,
scored by scripts/screening_accuracy.py; these pin each mechanism."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from lawbook.normalise import fold
from lawbook.screening import index

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
    # the one known miss: Kazakh in Arabic script (töte) for the "Alga" party
    assert (s["tp"], s["fn"]) == (59, 1) and [q["query"] for q, _ in s["misses"]] == ["«العا» پارتياسى"]


def test_direction_marks_are_dropped_and_only_marks_is_an_error(ix):
    from lawbook.errors import BadInput

    assert banned_as(ix, "\u200fحزب التحرير\u200e") == "org-hizb-ut-tahrir"
    with pytest.raises(BadInput, match="invisible"):
        ix.screen("\u200f\u200e", as_of="2020-01-01")


def test_month_precise_removal_is_uncertain_inside_the_month(ix):
    """Issue 13 point 4: the Taliban's removal is known to December 2023 only."""
    r = ix.screen("Taliban", as_of="2023-12-15")
    assert r.uncertain is True and "may still have been banned" in r.notes[0]
    assert ix.screen("Taliban", as_of="2024-02-01").uncertain is False


def test_a_name_two_listed_organisations_fit_returns_both(ix):
    r = ix.screen("Turkistan Islamic Party", as_of="2020-01-01")
    assert r.ambiguous is True and {m["id"] for m in r.matches[:2]} == {"org-islamic-party-of-east-turkestan",
                                                                         "org-islamic-party-of-turkestan"}
    # an organisation's own name means that organisation only
    assert ix.screen("Islamic Party of Turkestan", as_of="2020-01-01").ambiguous is False


@pytest.mark.parametrize("q", ["ISIS-K", "Islamic State Khorasan Province"])
def test_an_affiliate_is_neither_banned_nor_cleared(ix, q):
    r = ix.screen(q, as_of="2020-01-01")
    assert r.banned is False and r.uncertain is True and "affiliate" in r.notes[0]


def test_kazakh_case_endings_longer_than_three_letters(ix):
    ms = ix.find_mentions("Ислам мемлекетінің жауынгерлері Сирияда соғысты", as_of="2020-01-01")
    assert [(m.id, m.text) for m in ms] == [("org-islamic-state", "Ислам мемлекетінің")]
