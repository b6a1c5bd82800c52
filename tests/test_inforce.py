"""Laws apply from the day they take effect (issue 13, point 1): penalty
windows that start on a law's signing date are read through rules/codes/laws.yaml."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import rulebook_with_law_in_force

from lawbook import rulebook
from lawbook.classification import classify
from lawbook.conversion import article

RULES = Path(__file__).resolve().parent.parent / "rules"


def test_law_28_VI_raised_penalties_not_before_it_took_effect():
    a = article("172", code="2014", as_of="2016-12-28")
    assert a["penalty"]["text"] == "3-7" and "uncertain" not in a and "took effect" in a["penalty_note"]
    a = article("172", code="2014", as_of="2017-01-10")
    assert a["uncertain"] is True and [p["text"] for p in a["penalty_readings"]] == ["3-7", "5-9"]
    assert article("172", code="2014", as_of="2017-03-01")["penalty"]["text"] == "5-9"


def test_classify_gives_the_old_range_before_the_law_and_both_inside_the_window():
    case = {"id": "x", "date": "2016-12-28", "facts": [{"kind": "foreign_armed_conflict", "role": "participant"}]}
    f = classify(case)["findings"][0]
    assert f["article"] == "172" and f["penalty"]["text"] == "3-7"
    case["date"] = "2017-01-10"
    f = classify(case)["findings"][0]
    assert f["penalty"]["uncertain"] is True and [r["text"] for r in f["penalty"]["readings"]] == ["3-7", "5-9"]


@pytest.fixture()
def invented(tmp_path):
    # the same law, with an in-force day known exactly: 20 January 2017
    return rulebook.Rulebook(rulebook_with_law_in_force(tmp_path, "law-2016-28-VI", "2017-01-20"))


def test_a_known_in_force_day_is_a_sharp_boundary(invented):
    assert article("172", code="2014", as_of="2017-01-19", rulebook=invented)["penalty"]["text"] == "3-7"
    a = article("172", code="2014", as_of="2017-01-20", rulebook=invented)
    assert a["penalty"]["text"] == "5-9" and "uncertain" not in a


def test_rulebook_check_fails_a_window_no_law_explains(tmp_path):
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    laws = root / "codes" / "laws.yaml"
    text = laws.read_text(encoding="utf-8")
    start = text.index("- id: law-2016-28-VI")
    end = text.index("\n- id:", start + 1)
    laws.write_text(text[:start] + text[end + 1:], encoding="utf-8")
    errs = [str(e) for e in rulebook.Rulebook(root).check()]
    assert any("2016-12-22" in e and "codes/laws.yaml" in e for e in errs)


def test_unsourced_2015_sanctions_are_unverified_and_say_so_in_text(tmp_path):
    """Issue 13 point 2: a 2014 penalty projected back to 2015 is 'unverified', not 'likely'."""
    import subprocess
    import sys

    a = article("173", code="2014", as_of="2016-01-01")
    assert a["parts"][0]["penalty"]["confidence"] == "unverified"
    out = subprocess.run([sys.executable, "-m", "lawbook", "article", "173", "--code", "2014", "--as-of", "2016-01-01"],
                         capture_output=True, text=True).stdout
    assert "[unverified:" in out


def test_penalty_direction_is_computed_for_every_row_and_shows_its_steps():
    """Issue 13 point 3: 'mixed' must not hide that 162-1 → 172 was the same on 1 Jan 2015 and raised later."""
    from lawbook.conversion import convert

    c = convert("162-1", from_code="1997").results[0]
    assert c.penalty_change == "mixed"
    assert c.penalty_change_detail.startswith("same from 2015-01-01") and "raised from between 2017-01-02" in c.penalty_change_detail
    assert convert("337-1 ч.2", from_code="1997").results[0].penalty_change == "lowered"
    assert convert("164", from_code="1997").results[0].penalty_change == "raised"


def test_rulebook_check_fails_a_typed_direction_the_penalties_contradict(tmp_path):
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    f = root / "mapping" / "ch04-05-state-security.yaml"
    text = f.read_text(encoding="utf-8")
    i = text.index("relation:", text.index("article: '164'") if "article: '164'" in text else text.index("164"))
    f.write_text(text[:i] + "penalty_change: lowered\n  " + text[i:], encoding="utf-8")
    errs = [str(e) for e in rulebook.Rulebook(root).check()]
    assert any("contradicts the articles' penalties" in e for e in errs), errs[:3]
