"""Issue 13, "done when": each mechanism on a small invented rulebook passed with --rules
(tests/data/invented-rulebook: Law INV-1 signed 2016-03-01, in force between 2016-03-12 and
2016-04-11; art. 900 of each code). No answer can be special-cased for the bundled law."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TINY = Path(__file__).resolve().parent / "data" / "invented-rulebook"


def run(*args, rules=TINY):
    return subprocess.run([sys.executable, "-m", "lawbook", *args, "--rules", str(rules)], capture_output=True, text=True)


def article_json(day, rules=TINY):
    r = run("article", "900", "--code", "2014", "--as-of", day, "--format", "json", rules=rules)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_invented_entry_into_force_the_old_penalty_applies_before_the_law_could_take_effect():
    a = article_json("2016-03-05")
    assert a["penalty"]["text"] == "<=2" and "uncertain" not in a and "2016-03-12" in a["penalty_note"]


def test_invented_uncertain_window_gives_both_readings_and_ends_on_the_latest_day():
    a = article_json("2016-03-20")
    assert a["uncertain"] is True and [p["text"] for p in a["penalty_readings"]] == ["<=2", "<=8"]
    a = article_json("2016-04-11")
    assert a["penalty"]["text"] == "<=8" and "uncertain" not in a


def test_invented_exact_in_force_day_is_a_sharp_boundary(tmp_path):
    root = tmp_path / "rules"
    shutil.copytree(TINY, root)
    laws = root / "codes" / "laws.yaml"
    laws.write_text(laws.read_text(encoding="utf-8").replace("  in_force_earliest: 2016-03-12\n  in_force_latest: 2016-04-11\n",
                                                              "  in_force: 2016-03-15\n"), encoding="utf-8")
    assert article_json("2016-03-14", rules=root)["penalty"]["text"] == "<=2"
    a = article_json("2016-03-15", rules=root)
    assert a["penalty"]["text"] == "<=8" and "uncertain" not in a


def test_invented_direction_is_derived_from_the_penalties_with_the_law_window():
    r = run("convert", "900", "--from", "1997", "--format", "json")
    assert r.returncode == 0, r.stderr
    c = json.loads(r.stdout)["results"][0]
    assert c["penalty_change"] == "mixed"
    assert c["penalty_change_detail"].startswith("lowered from 2015-01-01")
    assert "raised from between 2016-03-12 and 2016-04-11, Law INV-1" in c["penalty_change_detail"]


@pytest.mark.parametrize("edit, message", [
    # a period dated after the law's signing but before it could take effect
    (("codes/2014/900.yaml", "2016-03-01", "2016-03-05"), "before that law could take effect"),
    # a typed direction the penalties contradict
    (("mapping/invented.yaml", "  relation: same\n", "  relation: same\n  penalty_change: raised\n"),
     "contradicts the articles' penalties"),
])
def test_invented_rulebook_check_fails_a_bad_period_or_direction(tmp_path, edit, message):
    assert run("rulebook", "check").returncode == 0
    root = tmp_path / "rules"
    shutil.copytree(TINY, root)
    f = root / edit[0]
    f.write_text(f.read_text(encoding="utf-8").replace(edit[1], edit[2]), encoding="utf-8")
    r = run("rulebook", "check", rules=root)
    assert r.returncode != 0 and message in (r.stdout + r.stderr), r.stdout + r.stderr


def _with_second_law(tmp_path, latest_law="2016-06-01"):
    root = tmp_path / "rules"
    shutil.copytree(TINY, root)
    laws = root / "codes" / "laws.yaml"
    laws.write_text(laws.read_text(encoding="utf-8") + """- id: law-inv-2
  title: A second invented amending law
  number: INV-2
  signed: 2016-06-01
  in_force: 2016-06-20
  confidence: unverified
  sources: [inv-S1]
""", encoding="utf-8")
    art = root / "codes" / "2014" / "900.yaml"
    art.write_text(art.read_text(encoding="utf-8").replace("- valid_from: 2016-03-01\n",
                                                          f"- valid_from: 2016-03-01\n  latest_law: {latest_law}\n"), encoding="utf-8")
    return root


def test_invented_text_that_came_with_one_of_two_laws_is_uncertain_until_the_later_took_effect(tmp_path):
    root = _with_second_law(tmp_path)
    assert article_json("2016-03-05", rules=root)["penalty"]["text"] == "<=2"
    a = article_json("2016-05-01", rules=root)
    assert a["uncertain"] is True and [p["text"] for p in a["penalty_readings"]] == ["<=2", "<=8"]
    assert "INV-1" in a["penalty_note"] and "INV-2" in a["penalty_note"]
    a = article_json("2016-06-20", rules=root)
    assert a["penalty"]["text"] == "<=8" and "uncertain" not in a
    assert run("rulebook", "check", rules=root).returncode == 0


def test_invented_rulebook_check_fails_a_latest_law_no_law_was_signed_on(tmp_path):
    root = _with_second_law(tmp_path, latest_law="2016-06-02")
    r = run("rulebook", "check", rules=root)
    assert r.returncode != 0 and "latest_law 2016-06-02" in (r.stdout + r.stderr)
