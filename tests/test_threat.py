"""Threat levels: every declaration bracketed at its start and end, the
January 2022 cascade, regions covering their cities, history, SVG, and bad input."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import ROOT, run_cli, run_json
from lawbook.dates import parse_moment
from lawbook.errors import BadDate, UnknownPlace
from lawbook.threat import assess, threat_history, threat_level


def _ids(r):
    return {d["id"] for k in ("declarations", "ato", "within") for d in r[k]}


def _records(rb, kinds=("level", "ato")):
    return [d for d in rb.records("declarations") if d.kind in kinds]


def _minute(moment: str, delta: int) -> str:
    m = parse_moment(moment)
    return (m + dt.timedelta(minutes=delta)).isoformat(timespec="minutes")


def _day(moment: str, delta: int) -> str:
    m = parse_moment(moment)
    m = m.date() if isinstance(m, dt.datetime) else m
    return (m + dt.timedelta(days=delta)).isoformat()


def _has_time(moment):
    return isinstance(parse_moment(moment), dt.datetime)


def test_every_declaration_is_bracketed(rb):
    lifted = {t for d in rb.records("declarations") for t in d.lifts}
    checked = 0
    for d in _records(rb):
        place = d.regions[0]
        if _has_time(d.from_):  # the minute before its start, its start
            assert d.id not in _ids(threat_level(_minute(d.from_, -1), place)), (d.id, "before start")
            assert d.id in _ids(threat_level(d.from_, place)), (d.id, "at start")
        else:  # the day before, the day itself (time of day not recorded)
            assert d.id not in _ids(threat_level(_day(d.from_, -1), place)), (d.id, "day before start")
            r = threat_level(d.from_, place)
            assert d.id in _ids(r), (d.id, "start day")
        if d.to is None or d.id in lifted:
            continue
        if _has_time(d.to):  # the minute before its end, its end
            r = threat_level(_minute(d.to, -1), place)
            assert d.id in _ids(r), (d.id, "minute before end")
            assert d.id not in _ids(threat_level(d.to, place)), (d.id, "at end")
        else:
            assert d.id in _ids(threat_level(d.to, place)), (d.id, "end day")
            assert d.id not in _ids(threat_level(_day(d.to, 1), place)), (d.id, "day after end")
        checked += 1
    assert checked >= 15


@pytest.mark.parametrize("as_of,place,level", [
    ("2016-06-04", "Aktobe", None),                      # before anything
    ("2016-06-05", "Aktobe", "critical"),                # red set that evening
    ("2016-06-05", "Astana", None),                      # nationwide yellow starts 6 Jun
    ("2016-06-06", "Astana", "moderate"),
    ("2016-06-12", "Aktobe", "critical"),                # red lowered during 12 Jun
    ("2016-06-13", "Aktobe", "moderate"),
    ("2016-07-18T12:19", "Almaty", "moderate"),
    ("2016-07-18T12:20", "Almaty", "critical"),
    ("2016-07-18T17:08", "Almaty", "critical"),
    ("2016-07-18T17:09", "Almaty", "moderate"),
    ("2017-01-15T23:59", "Oskemen", "moderate"),
    ("2017-01-16T00:00", "Oskemen", None),
    ("2017-01-15T23:59", "Uralsk", "moderate"),          # local midnight in UTC+5 too
    ("2017-01-16T00:00", "Uralsk", None),
    ("2022-01-06", "Almaty", None),                      # decided 6 Jan, in force from 7 Jan
    ("2022-01-07", "Aktau", "critical"),                 # nationwide red covers every city
    ("2022-01-12", "Kostanay region", "critical"),
    ("2022-01-14", "Kostanay region", None),
    ("2022-01-14", "Nur-Sultan", "high"),
    ("2022-01-25T23:59", "Almaty", "critical"),          # the Almaty cascade, red -> orange
    ("2022-01-26T00:00", "Almaty", "high"),
    ("2022-02-06T23:59", "Almaty", "high"),
    ("2022-02-07T00:00", "Almaty", None),
    ("2022-01-25T23:59", "Taraz", "critical"),           # a city inside Zhambyl region
    ("2022-01-26T00:00", "Taraz", "high"),
    ("2022-01-30", "Talgar district", "high"),
    ("2022-01-30", "Taldykorgan", "high"),
    ("2022-01-30", "Balkhash", None),
    ("2022-01-20", "Balkhash", "moderate"),
    ("2022-01-20", "Karaganda", None),                   # Balkhash only, not the region's capital
    ("2022-01-28", "West Kazakhstan", None),             # end not recorded: past the 14-day term
    ("2023-11-08T16:00", "Uralsk", None),                # an exercise is not a declaration
    ("2024-07-02T00:00", "Astana", None),
    ("2024-07-02T00:01", "Astana", "moderate"),
    ("2024-07-04T23:58", "Kokshetau", "moderate"),
    ("2024-07-04T23:59", "Kokshetau", None),
    ("2024-07-03", "Akmola region", None),
    ("2020-01-01", "Shymkent", None),
])
def test_level_at_place_and_moment(as_of, place, level):
    assert threat_level(as_of, place)["level"] == level


def test_region_covers_its_cities_and_reports_parts_within(rb):
    r = threat_level("2016-06-07", "Aktobe region")
    assert r["level"] == "moderate" and [d["id"] for d in r["within"]] == ["T2016-01"]
    assert threat_level("2016-06-07", "Aktobe")["level"] == "critical"
    r = threat_level("2022-01-30", "Almaty region")
    assert r["level"] is None and {d["id"] for d in r["within"]} == {"T2022-12"}


def test_offsets_and_local_time():
    # 00:00 +06:00 is 23:00 +05:00 the day before in Uralsk; read in Almaty's own zone
    assert threat_level("2022-01-25T18:00+00:00", "Almaty")["level"] == "high"
    assert threat_level("2022-01-25T17:59+00:00", "Almaty")["level"] == "critical"
    r = threat_level("2024-07-03T10:00", "Astana")
    assert r["region"]["zone"] == "Asia/Almaty" and "UTC+05:00" in " ".join(r["notes"])


def test_names_in_force_and_flags():
    r = threat_level("2022-01-14", "Astana")
    assert r["region"]["name"] == "Nur-Sultan"
    r = threat_level("2022-01-20", "Shymkent")
    assert r["level"] == "high" and r["declarations"][0]["end_unknown"] is True
    assert any("end not recorded" in n for n in r["notes"])
    r = threat_level("2024-07-03", "Almaty")
    assert r["declarations"][0]["partial"] is True
    assert threat_level("2022-01-10", "Jetisu region")["level"] == "critical"  # via Almaty region


def test_nationwide_answer_lists_each_place_once():
    r = threat_level("2022-01-14")
    got = {e["id"]: e["level"] for e in r["regions"]}
    assert got["almaty"] == "critical" and got["astana"] == "high" and got["balkhash"] == "moderate"
    assert "kz" not in got and r["level"] == "critical"
    assert [e["id"] for e in threat_level("2016-06-07")["regions"]] == ["aktobe", "kz"]
    assert threat_level("2019-01-01")["regions"] == []


def test_history_and_svg(rb):
    h = threat_history(date_from="2022-01-01", date_to="2022-12-31")
    ids = [e["id"] for e in h["entries"]]
    assert ids[0] == "T2022-01" and "T2022-13" in ids and "T2016-02b" not in ids and "X2023-01" not in ids
    h = threat_history("Almaty")
    assert {"T2016-03", "T2022-01", "T2022-11", "T2024-01", "ATO-2022-02"} <= {e["id"] for e in h["entries"]}
    rc, out, err = run_cli("threat", "history", "--format", "svg", check_rc=0)
    assert out.startswith("<svg") and "T2022-11" in out


@pytest.mark.parametrize("situation,level", [
    ("An explosion went off at a police station in Aktobe; the attackers are still at large and have threatened more attacks.", "critical"),
    ("Intelligence confirming that a group is preparing an attack on a shopping centre was received.", "high"),
    ("Unverified reports say that an attack may be possible in the city.", "moderate"),
    ("A man robbed a jewellery shop; police say there is no terrorist element.", None),
    ("Ограбление ювелирного магазина в Караганде, признаков терроризма нет.", None),
    ("У здания акимата прогремел взрыв, погибли двое; нападавшие скрылись.", "critical"),
    ("Получена подтвержденная информация о готовящемся теракте в торговом центре.", "high"),
    ("Поступила непроверенная информация о возможном теракте на вокзале.", "moderate"),
])
def test_assess_text(situation, level):
    a = assess(situation)
    assert a["level"] == level, a
    assert a["criterion"] is not None or level is None
    if level:
        assert a["met_by"] and a["met_by"][0]["evidence"]


def test_assess_yaml_quotes_the_criterion():
    a = assess({"act_committed": True, "further_attacks": "confirmed", "where": "Almaty", "when": "2016-07-18"})
    assert a["level"] == "critical" and "both conditions hold" in a["reading"]
    assert "совершенном акте терроризма" in a["criterion"]["text"]["ru"]
    assert a["in_force_then"]["level"] == "critical"
    assert assess({"terrorist": True, "information": "unconfirmed"})["level"] == "moderate"
    assert assess({"terrorist": False})["level"] is None


def test_cli_assess_and_errors(tmp_path):
    f = tmp_path / "s.yaml"
    f.write_text("act_committed: false\ninformation: confirmed\n", encoding="utf-8")
    assert run_json("threat", "assess", str(f), "--format", "json")["level"] == "high"
    rc, out, err = run_cli("threat", "assess", "-", "--text", input="Unverified reports of a possible attack.".encode())
    assert rc == 0 and "moderate" in out
    f.write_text("information: maybe\n", encoding="utf-8")
    rc, out, err = run_cli("threat", "assess", str(f))
    assert rc == 2 and err.count("\n") == 1 and "information" in err


def test_cli_json_keys(rb):
    d = run_json("threat", "--as-of", "2016-06-07", "--region", "Актобе", "--format", "json")
    assert {"as_of", "region", "level", "colour", "declarations", "ato", "rulebook"} <= set(d)
    assert d["region"]["id"] == "aktobe" and d["level"] == "critical" and d["colour"] == "red"
    assert d["rulebook"] == rb.stamp()
    assert {"id", "level", "regions", "from", "to", "declared_by", "sources"} <= set(d["declarations"][0])
    d = run_json("threat", "--as-of", "2022-01-14", "--format", "json")
    assert d["region"] is None and d["regions"]


@pytest.mark.parametrize("args,needle", [
    (("threat", "--as-of", "2022-02-30", "--region", "Almaty"), "impossible --as-of"),
    (("threat", "--as-of", "2022-01-26T25:00", "--region", "Almaty"), "impossible --as-of"),
    (("threat", "--as-of", "yesterday"), "malformed --as-of"),
    (("threat", "--as-of", "2016-06-07", "--region", "Aktobbe"), "closest known: Aktobe"),
    (("threat", "history", "--from", "2022-02-01", "--to", "2022-01-01"), "is before"),
])
def test_bad_input_is_one_line_exit_2(args, needle):
    rc, out, err = run_cli(*args)
    assert rc == 2 and needle in err and err.count("\n") == 1, err


def test_api_errors():
    with pytest.raises(UnknownPlace):
        threat_level("2016-06-07", "Atlantis")
    with pytest.raises(BadDate):
        threat_level("2016-13-01", "Almaty")


def test_rulebook_check_reports_end_before_start(tmp_path):
    import shutil

    copy = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", copy)
    p = copy / "threat-levels/declarations/T2022-11.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace('to: "2022-02-07T00:00+06:00"', 'to: "2022-01-20T00:00+06:00"'),
                 encoding="utf-8")
    q = copy / "threat-levels/declarations/T2022-13.yaml"
    q.write_text(q.read_text(encoding="utf-8").replace('from: "2022-01-26T00:00+06:00"', 'from: "2022-01-26T00:00+05:00"'),
                 encoding="utf-8")
    rc, out, err = run_cli("rulebook", "check", str(copy))
    assert rc == 2
    assert "threat-levels/declarations/T2022-11.yaml:6: to: end 2022-01-20T00:00+06:00 is not after the start" in err
    assert "T2022-13.yaml:5: from:" in err and "offset does not match" in err
    rc, out, err = run_cli("threat", "--as-of", "2022-01-30", "--region", "Almaty", "--rules", str(copy))
    assert rc == 2 and err.count("\n") == 1 and "T2022-11.yaml:6" in err
    p.write_text(p.read_text(encoding="utf-8").replace('to: "2022-01-20T00:00+06:00"', 'to: "2022-02-30T00:00+06:00"'),
                 encoding="utf-8")
    rc, out, err = run_cli("rulebook", "check", str(copy))
    assert rc == 2 and "T2022-11.yaml:6: to: " in err and "impossible" in err


def test_assess_rejects_broken_or_empty_yaml(tmp_path):
    from conftest import run_cli

    bad = tmp_path / "a.yaml"
    bad.write_text("terrorist: [\n", encoding="utf-8")
    rc, out, err = run_cli("threat", "assess", str(bad))
    assert rc == 2 and out == "" and f"{bad}:2: malformed YAML" in err
    rc, out, err = run_cli("threat", "assess", "-", input=b"")
    assert rc == 2 and "empty input" in err


def test_assess_text_negated_threat_meets_no_level():
    from lawbook.threat import assess

    for text in ("The police confirmed there is no threat of an attack.", "Полиция подтвердила, что угрозы теракта нет."):
        assert assess(text)["level"] is None, text


def test_pavlodar_january_2022_end_not_found_is_uncertain_not_absent():
    """Issue 13 point 6: T2022-07's end was not found; after its ten-day term and before
    the day the sources show it had ended, the level is uncertain, not absent."""
    from lawbook import threat_level

    for day in ("2022-01-23", "2022-01-24", "2022-01-25"):
        r = threat_level(day, region="Pavlodar")
        assert r["level"] == "moderate" and r["uncertain"] is True, day
    assert threat_level("2022-01-20", region="Pavlodar")["uncertain"] is False
    assert threat_level("2022-01-26", region="Pavlodar")["level"] is None


def test_level_ranks_and_colours_come_from_the_data(tmp_path):
    """Issue 14 point 4: threat.py and svg.py read ranks and colours from levels.yaml."""
    import shutil
    from pathlib import Path

    from lawbook import rulebook as rbmod
    from lawbook.svg import timeline_svg
    from lawbook.threat import level_colours, level_ranks

    rules = Path(__file__).resolve().parent.parent / "rules"
    root = tmp_path / "rules"
    shutil.copytree(rules, root)
    f = root / "threat-levels" / "levels.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("colour: orange", "colour: red"), encoding="utf-8")
    rb = rbmod.Rulebook(root)
    assert level_ranks(rb) == {"moderate": 1, "high": 2, "critical": 3}
    assert level_colours(rb)["high"] == "red"
    assert "red high" in timeline_svg(rules=root)
