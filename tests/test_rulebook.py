"""The rulebook itself: the sheet's corrections of the seeds, validity
windows, statutory lists, hashing, and choosing another rulebook."""
from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest

from conftest import ROOT, run_cli
from lawbook.rulebook import Rulebook

D = dt.date


def art(rb, code, number):
    return next(a for a in rb.records("articles") if a.code == code and a.number == number)


@pytest.mark.parametrize("number", ["182", "183", "258", "259", "260"])
def test_2014_articles_in_the_code_as_enacted_not_added_later(rb, number):
    # Seed/common claim: these were added after 2015. The sheet: all in force 01.01.2015.
    assert art(rb, "2014", number).valid_from == D(2015, 1, 1)


def test_269_1_added_in_2021(rb):
    a = art(rb, "2014", "269-1")
    assert a.valid_from.year == 2021 and not a.in_force(D(2020, 12, 31))


def test_233_4_added_in_2011_not_2013(rb):
    a = art(rb, "1997", "233-4")
    assert a.enacted == D(2011, 11, 29)
    assert a.in_force(D(2012, 1, 1)) and not a.in_force(D(2011, 11, 28))


@pytest.mark.parametrize("number,added", [("233-1", 2002), ("233-2", 2002), ("233-3", 2005), ("337-1", 2005),
                                          ("166-1", 2010), ("162-1", 2014), ("233-5", 2014)])
def test_late_1997_articles_start_when_added(rb, number, added):
    a = art(rb, "1997", number)
    assert a.valid_from.year == added and a.valid_to == D(2015, 1, 1)


def test_every_1997_article_leaves_force_on_1_january_2015(rb):
    for a in rb.records("articles"):
        if a.code == "1997":
            assert a.valid_to == D(2015, 1, 1), a.number
        else:
            assert a.valid_from >= D(2015, 1, 1), a.number


def test_233_1997_has_no_part_4_before_2002(rb):
    p4 = art(rb, "1997", "233").part("4")
    assert not p4.in_force(D(2001, 6, 1)) and p4.in_force(D(2003, 6, 1))


def test_extremist_crimes_list_has_404_parts_2_and_3_only(rb):
    lst = next(x for x in rb.records("lists") if x.code == "2014" and x.name == "extremist-crimes")
    e404 = next(e for e in lst.entries if e.article == "404")
    assert sorted(e404.parts) == ["2", "3"]
    assert len(lst.entries) == 12


def test_337_1_penalty_history_for_lex_mitior(rb):
    p2 = art(rb, "1997", "337-1").part("2")
    assert p2.penalty_on(D(2008, 1, 1)).max_imprisonment_years() == 2
    assert p2.penalty_on(D(2014, 1, 1)).max_imprisonment_years() == 6
    assert art(rb, "2014", "405").part("2").penalty_on(D(2020, 1, 1)).max_imprisonment_years() == 2


def test_every_penalty_has_sources_and_confidence(rb):
    for a in rb.records("articles"):
        for p in list(a.penalties) + [pen for part in a.parts for pen in part.penalties]:
            assert p.sources and p.confidence in ("confirmed", "likely", "unverified"), a.id


def test_hash_changes_with_content(tmp_path, rb):
    copy = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", copy)
    assert Rulebook(copy).sha256 == rb.sha256
    (copy / "EDITION").write_text("2099-01-01\n", encoding="utf-8")
    assert Rulebook(copy).sha256 != rb.sha256


def test_rules_option_and_env_select_another_rulebook(tmp_path, monkeypatch):
    monkeypatch.delenv("LAWBOOK_RULES", raising=False)
    copy = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", copy)
    (copy / "EDITION").write_text("2030-01-01\n", encoding="utf-8")
    rc, out, err = run_cli("rulebook", "info", "--format", "json", "--rules", str(copy), check_rc=0)
    assert json.loads(out)["edition"] == "2030-01-01"
    # $LAWBOOK_RULES, with an edited article title: every command reads that rulebook
    text = (copy / "codes" / "1997" / "164.yaml").read_text(encoding="utf-8")
    old = "  en: Incitement of social, national, tribal (clan), racial or religious hatred\n"
    assert old in text
    (copy / "codes" / "1997" / "164.yaml").write_text(text.replace(old, "  en: Edited title\n"), encoding="utf-8")
    env = {"LAWBOOK_RULES": str(copy), "LAWBOOK_CACHE": str(tmp_path / "cache")}
    d = json.loads(run_cli("article", "164", "--code", "1997", "--as-of", "2010-01-01", "--format", "json", env=env, check_rc=0)[1])
    assert d["title"]["en"] == "Edited title"
    info = json.loads(run_cli("rulebook", "info", "--format", "json", env=env, check_rc=0)[1])
    assert info["edition"] == "2030-01-01" and d["rulebook"]["sha256"] == info["sha256"]
    bundled = json.loads(run_cli("article", "164", "--code", "1997", "--as-of", "2010-01-01", "--format", "json", check_rc=0)[1])
    assert bundled["title"]["en"] != "Edited title" and bundled["rulebook"]["sha256"] != info["sha256"]


def test_approximate_in_force_day_is_flagged():
    from lawbook import article

    from lawbook.errors import NotInForce

    # 269-1 was enacted by Law 62-VII of 2 July 2021, which took effect sixty days after publication
    # (4 September 2021, rules/codes/laws.yaml): before that day it did not apply (issue 13, point 1)
    with pytest.raises(NotInForce, match="took effect on 2021-09-04"):
        article("269-1", code="2014", as_of="2021-08-01")
    a = article("269-1", code="2014", as_of="2021-09-04")
    assert a["valid_from_confidence"] == "unverified"
    assert "may fall before it" not in (article("269-1", code="2014", as_of="2023-01-01")["note"] or "")
