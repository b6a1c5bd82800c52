"""Issue 13, the points finished in this round: each test is named after its point.
The mechanisms are also run on a small invented rulebook passed with --rules."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import rulebook_with_law_in_force

from lawbook import rulebook
from lawbook.classification import classify
from lawbook.conversion import article, convert
from lawbook.models.code import Penalty, Sanction

RULES = Path(__file__).resolve().parent.parent / "rules"
RIOT_CALL = {"id": "x", "date": "2013-07-20", "facts": [{"kind": "mass_riots", "role": "call"}]}


def lawbook_cli(*args, stdin=None):
    r = subprocess.run([sys.executable, "-m", "lawbook", *args], input=stdin, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stdout


def pen(*sanctions):
    return Penalty(sanctions=[Sanction(**s) for s in sanctions], confidence="confirmed", sources=["x"])


# -- how sanctions of different kinds compare (docs/decisions/0013) --------------------------------

def test_sanction_kind_fine_is_milder_than_corrective_labour():
    fine = pen({"kind": "fine", "max": 6000, "unit": "MCI"})
    labour = pen({"kind": "corrective_labour", "max": 1, "unit": "years"})
    assert fine.severity_key() < labour.severity_key()
    assert pen({"kind": "fine", "max": 300, "unit": "MCI"}).severity_key() < fine.severity_key()


def test_sanction_kind_restriction_is_milder_than_imprisonment():
    assert pen({"kind": "restriction", "max": 7, "unit": "years"}).severity_key() < \
        pen({"kind": "imprisonment", "max": 1, "unit": "years"}).severity_key()


def test_sanction_kind_imprisonment_compares_maximum_then_minimum_then_alternatives():
    six = pen({"kind": "imprisonment", "max": 6, "unit": "years"})
    two = pen({"kind": "imprisonment", "max": 2, "unit": "years"})
    assert two.severity_key() < six.severity_key()
    assert pen({"kind": "imprisonment", "min": 3, "max": 8, "unit": "years"}).severity_key() > \
        pen({"kind": "imprisonment", "max": 8, "unit": "years"}).severity_key()
    with_fine = pen({"kind": "fine", "max": 500, "unit": "MCI"}, {"kind": "imprisonment", "max": 6, "unit": "years"})
    assert with_fine.severity_key() < six.severity_key()


def test_sanction_kind_life_is_harsher_than_any_term_and_death_harsher_than_life():
    life = pen({"kind": "imprisonment", "min": 15, "max": 20, "unit": "years"}, {"kind": "life"})
    assert life.severity_key() > pen({"kind": "imprisonment", "min": 15, "max": 20, "unit": "years"}).severity_key()
    assert pen({"kind": "death"}, {"kind": "life"}).severity_key() > life.severity_key()


def test_sanction_kind_additional_sanctions_are_not_compared():
    """Decision 0013: the sources do not always record confiscation, so it does not decide."""
    bare = pen({"kind": "imprisonment", "max": 8, "unit": "years"})
    mand = pen({"kind": "imprisonment", "max": 8, "unit": "years"}, {"kind": "confiscation", "additional": True})
    assert mand.severity_key() == bare.severity_key()
    assert convert("235", from_code="1997").results[0].penalty_change == "same"


# -- lex mitior inside an uncertain in-force window -------------------------------------------------

def test_lex_mitior_inside_the_uncertain_window_is_given_for_both_readings():
    f = classify(RIOT_CALL)["findings"][0]
    assert (f["article"], f["part"]) == ("241", "3")
    lm = f["lex_mitior"]
    assert lm["uncertain"] is True and lm["milder"] == "uncertain"
    assert [r["milder"] for r in lm["readings"]] == ["1997", "2014"]
    assert [r["old"]["text"] for r in lm["readings"]] == ["restr. <=2 or <=3", "fine 200-500 MCI, restr. <=7, or <=6"]
    before = classify(dict(RIOT_CALL, date="2013-07-10"))["findings"][0]["lex_mitior"]
    assert before["milder"] == "1997" and "uncertain" not in before
    out = lawbook_cli("classify", "-", stdin=json.dumps(RIOT_CALL))
    assert "lex mitior: UNCERTAIN, both readings" in out and "if restr. <=2 or <=3 applied" in out


@pytest.fixture()
def invented(tmp_path):
    """The bundled rulebook with Constitutional Law 121-V given an exact in-force day, 25 July 2013."""
    return rulebook_with_law_in_force(tmp_path, "law-2013-121-V", "2013-07-25")


def test_lex_mitior_window_mechanism_on_an_invented_rulebook(invented):
    out = json.loads(lawbook_cli("classify", "-", "--format", "json", "--rules", str(invented), stdin=json.dumps(RIOT_CALL)))
    lm = out["findings"][0]["lex_mitior"]
    assert lm["milder"] == "1997" and "uncertain" not in lm  # 20 July is before the invented in-force day
    later = dict(RIOT_CALL, date="2013-07-26")
    out = json.loads(lawbook_cli("classify", "-", "--format", "json", "--rules", str(invented), stdin=json.dumps(later)))
    assert out["findings"][0]["lex_mitior"]["milder"] == "2014"


# -- 1997 233 and 170: the text of Law 295 is read, not projected back ---------------------------------

def test_1997_233_and_170_penalties_from_2002_are_sourced_not_projected():
    for part, text in (("1", "4-10"), ("4", "15-20, death, or life")):
        p = article("233", code="1997", as_of="2005-01-01")["parts"][int(part) - 1]["penalty"]
        assert p["text"] == text and p["confidence"] == "confirmed"
    rb = rulebook.load()
    a233 = next(a for a in rb.records("articles") if (a.code, a.number) == ("1997", "233"))
    assert {"cc-S43", "cc-S4", "cc-S37"} <= {s.id for s in a233.part("1").penalties[1].sources}
    a170 = next(a for a in rb.records("articles") if (a.code, a.number) == ("1997", "170"))
    later = a170.part("1").penalties[1]
    assert later.confidence == "confirmed" and {"cc-S41", "cc-S42", "cc-S1"} <= {s.id for s in later.sources}
    assert article("233", code="1997", as_of="2001-01-01")["parts"][0]["penalty"]["text"] == "3-8"


# -- missing penalties: 1997 172 and 235 ---------------------------------------------------------------

def test_1997_172_original_2000_and_2011_sanctions():
    def texts(day):
        return {p["part"]: (p.get("penalty") or {}).get("text") for p in article("172", code="1997", as_of=day)["parts"]}
    assert texts("1999-01-01")["2"] == "arrest 3-6 months or <=3 (+ disq. <=3 opt.)"
    assert texts("1999-01-01")["4"] == "3-6 + disq. <=3"
    assert texts("2005-01-01")["1"] == "arrest 4-6 months or <=5 (+ disq. opt.)"
    assert texts("2005-01-01")["4"] == "<=8 + disq. <=3"
    assert texts("2014-06-01")["4"] == "3-8 + disq. <=3"
    assert texts("2014-06-01")["2"] == "restr. <=3 or <=3 (+ disq. <=3 opt.)"


def test_1997_235_before_2011():
    def texts(day):
        return {p["part"]: (p.get("penalty") or {}).get("text") for p in article("235", code="1997", as_of=day)["parts"]}
    assert texts("1999-01-01")["1"] == "<=5"
    assert texts("2005-01-01") == {"1": "<=6", "2": "5-10 (+ conf. opt.)", "3": "3-8", "4": "8-15 (+ conf. opt.)"}
    assert texts("2013-01-01")["1"] == "7-12 + conf."


# -- qualified parts go to qualified parts ----------------------------------------------------------

def test_233_1_part_2_counterparts_are_qualified_parts():
    got = {(c.article, c.part) for c in convert("233-1 ч.2", from_code="1997").results}
    assert got == {("256", "2"), ("174", "2"), ("179", "2"), ("180", "2")}
    got1 = {(c.article, c.part) for c in convert("233-1 ч.1", from_code="1997").results}
    assert got1 == {("256", "1"), ("174", "1"), ("179", "1"), ("180", "1")}


def test_every_qualified_1997_part_maps_to_a_qualified_2014_part():
    """A part-to-part row never sends a 1997 part above 1 to a 2014 part 1 (the 233-1 p2 mistake)."""
    rb = rulebook.load()
    for m in rb.records("mappings"):
        if m.from_ is None or m.from_.part in (None, "1"):
            continue
        for t in m.to:
            assert t.part != "1", m.id


# -- participation in an organisation banned for terrorism before 2015 ---------------------------------

def test_participation_in_terrorism_banned_org_before_2015_says_the_1997_code_had_no_article():
    case = {"id": "x", "date": "2012-05-01", "facts": [{"kind": "organisation_activity", "role": "participate",
                                                       "org_type": "court_banned", "banned_for": "terrorism"}]}
    res = classify(case)
    assert res["findings"] == []
    assert any("had no article" in n and "337-1 covered bans for extremism only" in n and "cc-S3" in n for n in res["notes"])
    case["facts"][0]["org_type"] = "terrorist_group"
    res = classify(case)
    assert [(f["article"], f["part"]) for f in res["findings"]] == [("233-2", "2")]
    assert not any("had no article" in n for n in res["notes"])


# -- Aktobe, 5 June 2016 ------------------------------------------------------------------------------

def test_aktobe_5_june_2016_before_the_evening_announcement_is_uncertain():
    out = json.loads(lawbook_cli("threat", "--as-of", "2016-06-05T12:00", "--region", "Aktobe", "--format", "json"))
    assert out["uncertain"] is True and out["level"] == "critical"
    assert any("evening" in n and "no sourced hour" in n for n in out["notes"])
    nxt = json.loads(lawbook_cli("threat", "--as-of", "2016-06-06T09:00", "--region", "Aktobe", "--format", "json"))
    assert nxt["level"] == "critical" and not nxt.get("uncertain")


# -- laws 290-IV and 295: the disagreement on their clause is recorded ----------------------------------

def test_laws_290_IV_and_295_clause_disagreement_is_recorded():
    rb = rulebook.load()
    laws = {law.number: law for law in rb.records("laws")}
    for number in ("290-IV", "295"):
        law = laws[number]
        assert law.in_force is None and law.in_force_latest is None  # no window is claimed
        assert "10 days after first official publication" in law.note or "ten" in law.note
    assert "DISAGREEMENT" in laws["290-IV"].note and "DISAGREEMENT" in laws["295"].note
    for art in ("166-1", "233-1", "233-2"):
        a = next(x for x in rb.records("articles") if (x.code, x.number) == ("1997", art))
        assert "10 days after first official publication" not in (a.note or "").replace("said ''10 days", "")
        assert "not known" in a.amendments[0].effect


# -- rulebook check: a period that starts before its law took effect ------------------------------------

def test_rulebook_check_fails_a_period_starting_before_its_law_took_effect(tmp_path):
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    f = root / "codes" / "2014" / "172.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("2016-12-22", "2016-12-27"), encoding="utf-8")
    errs = [str(e) for e in rulebook.Rulebook(root).check()]
    assert any("2016-12-27" in e and "before that law could take effect" in e and "28-VI" in e for e in errs), errs[:3]
    r = subprocess.run([sys.executable, "-m", "lawbook", "rulebook", "check", "--rules", str(root)],
                       capture_output=True, text=True)
    assert r.returncode != 0 and "2016-12-27" in (r.stdout + r.stderr)


# -- the mechanisms through the command line on invented rulebooks (--rules) ------------------------------

def test_entry_into_force_mechanism_through_the_cli_on_an_invented_rulebook(tmp_path):
    """Law 28-VI given an exact in-force day (20 January 2017): the boundary moves with the data."""
    root = rulebook_with_law_in_force(tmp_path, "law-2016-28-VI", "2017-01-20")
    before = json.loads(lawbook_cli("article", "172", "--code", "2014", "--as-of", "2017-01-19", "--format", "json", "--rules", str(root)))
    after = json.loads(lawbook_cli("article", "172", "--code", "2014", "--as-of", "2017-01-20", "--format", "json", "--rules", str(root)))
    assert before["penalty"]["text"] == "3-7" and "uncertain" not in before
    assert after["penalty"]["text"] == "5-9" and "uncertain" not in after


def test_derived_direction_mechanism_through_the_cli_on_an_invented_rulebook(tmp_path):
    """Raise the invented 2014 art. 405 p2 to 8 years: the 337-1 p2 row turns from lowered to raised."""
    assert "penalty: lowered" in lawbook_cli("convert", "337-1 ч.2", "--from", "1997")
    root = tmp_path / "rules"
    shutil.copytree(RULES, root)
    f = root / "codes" / "2014" / "405.yaml"
    text = f.read_text(encoding="utf-8")
    i = text.index("- number: '2'")
    j = text.index("    - kind: imprisonment\n      max: 2\n", i)
    text = text[:j] + "    - kind: imprisonment\n      max: 8\n" + text[j + len("    - kind: imprisonment\n      max: 2\n"):]
    f.write_text(text, encoding="utf-8")
    out = lawbook_cli("convert", "337-1 ч.2", "--from", "1997", "--rules", str(root))
    assert "penalty: raised" in out or "penalty: mixed — raised" in out


def test_1997_172_parts_map_to_185_parts_and_part_3_has_no_counterpart():
    got = {(c.article, c.part) for c in convert("172", from_code="1997").results}
    assert got == {("185", None)}
    c = convert("172", from_code="1997").results[0]
    assert c.parts == [{"from": "1", "to": "1"}, {"from": "2", "to": "2"}, {"from": "4", "to": "3"}]
    assert c.penalty_change == "mixed" and "raised" in c.penalty_change_detail
    assert convert("172 ч.3", from_code="1997").results == []


def test_1997_238_240_242_1_and_236_sanctions_read_from_the_texts():
    def texts(num, day):
        return {p["part"]: (p.get("penalty") or {}).get("text") for p in article(num, code="1997", as_of=day)["parts"]}
    assert texts("238", "2005-01-01")["2"] == "5-12, conf. (opt.)" and texts("238", "2012-01-01")["2"] == "7-12, conf. (opt.)"
    assert texts("240", "2005-01-01") == {"1": "5-10", "2": "8-12 + conf.", "3": "10-15 + conf."}
    assert texts("242-1", "2014-09-01")["1"] == "fine <=1000 MCI, restr. <=1, or <=1"
    p2 = article("236", code="1997", as_of="2005-01-01")["parts"][1]["penalty"]
    assert p2["text"] == "restr. <=3, arrest <=6 months, or <=3" and p2["confidence"] == "confirmed"


def test_1997_165_and_166_before_their_amendments():
    a = article("165", code="1997", as_of="2005-01-01")["parts"]
    assert [p["penalty"]["text"] for p in a] == ["10-15, conf. (opt.)", "<=20, death or life (each + conf. opt.)"]
    assert article("166", code="1997", as_of="1999-01-01")["penalty"]["text"] == "10-15, conf. (opt.)"


def test_1997_164_figures_of_2011_came_with_490_IV_or_502_IV_not_393_IV():
    def p1(day):
        return article("164", code="1997", as_of=day)["parts"][0]
    assert p1("2011-06-01")["penalty"]["text"] == "fine <=1000 MCI, corr. labour <=2, or <=5"
    inside = article("164", code="1997", as_of="2011-11-25")
    assert inside["uncertain"] is True
    assert [r["text"] for r in inside["parts"][0]["penalty_readings"]] == ["fine <=1000 MCI, corr. labour <=2, or <=5",
                                                                          "fine <=1000 MCI, corr. labour <=2, or <=7"]
    assert p1("2011-12-20")["penalty"]["text"] == "fine <=1000 MCI, corr. labour <=2, or <=7"


# Articles later laws added to the 2014 Code (rules/codes/contents/cc2014.yaml, added; source gc-S3): a number the
# 1997 Code also had is the 2014 Code's own article once the law added it, not the old number of another offence.
def test_a_number_a_later_law_gave_the_2014_code_is_not_read_as_the_1997_article():
    from lawbook.classification import classify_text

    oil = classify_text("В январе 2026 года в Атырау возбуждено уголовное дело по статье 233-1 УК РК в отношении "
                        "водителя бензовоза, перевозившего нефтепродукты без документов.")
    assert oil["code"] == "2014" and oil["findings"] == []  # 2014 art. 233-1 (oil products) is not covered
    old = classify_text("In 2013 he was charged under Article 233-1 of the Criminal Code for posting jihadist videos.")
    assert [(f["code"], f["article"]) for f in old["findings"]] == [("1997", "233-1")]
    # charged in 2016 under a number then only the 1997 Code had: the acts fell under that Code (before 2015)
    later = classify_text("In 2016 he was charged under Article 233-1 of the Criminal Code for posting jihadist videos.")
    assert [(f["code"], f["article"]) for f in later["findings"]] == [("1997", "233-1")]


def test_the_added_articles_are_suffixed_dated_after_2015_and_sourced():
    rb = rulebook.load()
    (c14,) = [c for c in rb.records("contents") if c.code == "2014" and c.lang == "ru"]
    assert len(c14.added) == 34 and all("-" in a.number and a.law_date.year >= 2015 for a in c14.added)
    assert {a.source for a in c14.added} == {"gc-S3"} and "gc-S3" in {s.id for s in rb.records("sources")}
    assert {a.number: a.title for a in c14.added}["115-1"] == "Сталкинг"


def test_the_excluded_articles_are_dated_sourced_and_named_by_convert():
    # the 13 articles later laws excluded from the 2014 Code (cc2014.yaml, excluded; gc-S3): the death penalty
    # (art. 47) by Law 29.12.2021 No. 89-VII, defamation (art. 130) by Law 26.06.2020 No. 349-VI
    from conftest import run_cli

    rb = rulebook.load()
    (c14,) = [c for c in rb.records("contents") if c.code == "2014" and c.lang == "ru"]
    gone = {x.number: x for x in c14.excluded}
    assert len(gone) == 13 and {x.source for x in c14.excluded} == {"gc-S3"}
    assert all(x.law_date.year >= 2017 for x in c14.excluded) and all(n in c14.titles for n in gone)
    assert (gone["47"].law, str(gone["47"].law_date)) == ("Law 29.12.2021 No. 89-VII", "2021-12-29")
    assert c14.titles["47"] == "Смертная казнь"
    rc, _out, err = run_cli("convert", "130", "--from", "2014")
    assert rc == 2 and "'Клевета' (excluded by Law 26.06.2020 No. 349-VI)" in err and len(err.splitlines()) == 1


def test_hooliganism_is_the_1997_codes_257_and_the_2014_codes_293():
    # gc-S1, gc-S2 (titles 'Хулиганство'), kk-S1, kk-S2 ('Бұзақылық'): the 1997 Code's art. 257 is hooliganism, the
    # 2014 Code's art. 257 a terrorist group; a number read with its quoted title takes the code the title names
    from lawbook.classification import classify_text
    from lawbook.conversion import convert

    assert [r.article for r in convert("257", from_code="1997").results] == ["293"]
    r = classify_text("In 2012 he was convicted under Article 257 (hooliganism) and Article 164 of the Criminal Code.")
    assert sorted((f["code"], f["article"]) for f in r["findings"]) == [("1997", "164"), ("1997", "257")]
    r = classify_text("В 2019 году его осудили по ст. 293 УК РК за хулиганство и по ст. 273 за ложное сообщение о теракте.")
    assert sorted((f["code"], f["article"]) for f in r["findings"]) == [("2014", "273"), ("2014", "293")]
    # hooliganism alone is an ordinary crime: described, not a finding; petty (administrative) hooliganism is no crime
    r = classify_text('Criminal case under article 257 of the Criminal Code "hooliganism" has been opened in 2013.')
    assert r["findings"] == [] and [f["article"] for f in r["also_described"]] == ["257"]
    r = classify_text('In 2026 the group was charged under Article 174 for "inciting discord". Authorities first pursued '
                      'administrative charges, including "hooliganism," imposing fines.')
    assert [f["article"] for f in r["findings"]] == ["174"]


def test_a_criminal_community_is_not_an_organised_group():
    # rules/codes/1997/235.yaml (parts 2-3 until Law 502-IV, cc-S35), 235-1.yaml (gp-S2), 2014/263.yaml (gp-S9):
    # a criminal community is 1997 235 p2/p3 before 2011-12-14, 235-1 after, and 2014 263; an organised group is 262
    from lawbook.classification import classify_text

    def found(text):  # alone, organised crime is described (outside the field), not a finding: both are read here
        res = classify_text(text)
        return sorted((f["code"], f["article"], f.get("part")) for f in res["findings"] + res["also_described"])

    assert found("In 2008 he set up a criminal community in Almaty.") == [("1997", "235", "2")]
    assert found("Он осуждён за участие в преступном сообществе, действовавшем в 2012 году.") == [("1997", "235-1", None)]
    assert found("Суд признал его виновным в создании преступного сообщества в 2019 году.") == [("2014", "263", "1")]
    assert found("Ол 2020 жылы қылмыстық қоғамдастық құрды деп айыпталды.") == [("2014", "263", "1")]
    assert found("В 2019 году он создал организованную преступную группу.") == [("2014", "262", "1")]
    # transnational: 2014 265 (community), 264 (group); financing any of them: 266
    assert found("In 2016 he was convicted of creating a transnational criminal community.") == [("2014", "265", None)]
    assert found("In 2016 he was convicted of financing a transnational criminal community.") == [("2014", "266", None)]


def test_an_armed_gang_is_banditry():
    # rules/codes/2014/268.yaml «Бандитизм» (cc-S7), 1997 237: creating or leading a band p1, taking part p2
    from lawbook.classification import classify_text

    def found(text):
        res = classify_text(text)
        return sorted((f["code"], f["article"], f.get("part")) for f in res["findings"] + res["also_described"])

    assert found("In 2016 he was convicted of setting up and controlling an armed gang of about 100 gunmen.") == [
        ("2014", "268", "1")]
    assert found("В 2013 году он осуждён за создание банды и руководство ею.") == [("1997", "237", "1")]
    assert found("Ол 2018 жылы банда құрамына кіріп, шабуылдарға қатысты.") == [("2014", "268", "2")]
    assert found("В 2017 году на него напала банда грабителей.") == []
    # beside an offence of the field it is a finding
    res = classify_text("In 2016 he was convicted of preparing a violent seizure of power and of setting up an armed gang.")
    assert {f["article"] for f in res["findings"]} >= {"179", "268"}
