"""Every exercise's answer key holds against the rulebook, and students can use
``lawbook exercises`` in a terminal.

When the rulebook changes so that an answer key no longer holds, the failing
test is named after the exercise (``test_answer_key[classify-04]``). Rewrite the
expected values with ``lawbook exercises check-all --reset`` and review the diff
of ``docs/exercises/``: if the engine is now right, update the question,
answer and explanation too; if it is wrong, fix the rulebook.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from lawbook import exercises as X

EXERCISES = X.load(ROOT / "docs" / "exercises")


def test_sets_and_levels():
    by_set = {s: [e.id for e in EXERCISES if e.set == s] for s in X.SETS}
    assert {s: len(v) for s, v in by_set.items()} == {"convert": 10, "reports": 7, "screening": 7, "threat": 9,
                                                     "classify": 10}
    for name in X.SETS:
        assert {e.level for e in EXERCISES if e.set == name} == set(X.LEVELS), \
            f"set {name} should run from beginner to advanced"
    for e in EXERCISES:
        assert e.hints and e.sources and e.explanation and e.checks, e.id


@pytest.mark.parametrize("ex", EXERCISES, ids=[e.id for e in EXERCISES])
def test_answer_key(ex):
    """The engine gives what the answer key expects (named by exercise id); a
    check whose command is missing fails too."""
    for check in ex.checks:
        outcome = X.run_check(ex, check)
        assert outcome.ok, outcome.message()


@pytest.mark.parametrize("ex", EXERCISES, ids=[e.id for e in EXERCISES])
def test_expected_agrees_with_the_answer(ex):
    """What the checks expect is what the student's answer says (an article
    and part, none, a colour, a designation, a count)."""
    assert X.disagreements(ex) == []


@pytest.mark.parametrize("eid,expected,problem", [
    ("convert-04", [{"article": "404", "part": "2"}], "the answer says 404 part 1, the check expects 404 part 2"),
    ("convert-05", [["179"]], "the answer says 179, 180, the check expects 179"),
    ("convert-07", [1], "the answer says none, the check expects 1 item(s)"),
    ("classify-06", [0], None),
    ("threat-01", ["yellow"], "the answer says 'red', the check expects 'yellow'"),
    ("threat-03", ["red"], "the answer says 'none', the check expects 'red'"),
    ("screening-01", [True], "the answer says 'no', the check expects banned=True"),
    ("screening-06", [5], "the answer says '4', the check expects 5"),
    ("classify-04", [{"milder": "2014", "new": {"provision": "2014 art. 405 part 1"}}],
     "the answer says 405 part 2, the check expects 405 part 1"),
])
def test_disagreements_are_found(eid, expected, problem):
    ex = next(e for e in EXERCISES if e.id == eid)
    assert X.disagreements(ex, expected) == ([f"{eid}: {problem}"] if problem else [])


@pytest.mark.parametrize("answer,same", [
    ("405 part 2", "ст. 405 ч. 2"), ("405 part 2", "Art. 405, p.2"), ("405 part 2", "405(2)"),
    ("179, 180", "179 and 180"), ("none", "No article"), ("no", "No."), ("yellow", " Yellow "),
])
def test_normalise(answer, same):
    assert X.normalise(answer) == X.normalise(same)


@pytest.mark.parametrize("a,b", [("405 part 2", "405 part 1"), ("405", "405 part 2"), ("179", "179, 180"),
                                 ("yes", "no"), ("1997", "2014")])
def test_normalise_keeps_differences(a, b):
    assert X.normalise(a) != X.normalise(b)


def test_list_json_shape():
    rc, out, err = run_cli("exercises", "list", "--format", "json", check_rc=0)
    rows = json.loads(out)
    assert len(rows) == len(EXERCISES)
    assert all(set(r) == {"id", "set", "level", "title"} for r in rows)
    rc, out, err = run_cli("exercises", "list", "--set", "threat", "--format", "json", check_rc=0)
    assert {r["set"] for r in json.loads(out)} == {"threat"}


def test_list_unknown_set_is_one_line_error():
    rc, out, err = run_cli("exercises", "list", "--set", "nope")
    assert rc == 2 and err.startswith("error: unknown set 'nope'") and err.count("\n") == 1


def test_show_and_check_in_the_terminal():
    rc, out, err = run_cli("exercises", "show", "classify-04", check_rc=0)
    assert "lex mitior" in out.lower() and "Answer with: lawbook exercises check classify-04" in out
    rc, out, err = run_cli("exercises", "check", "classify-04", "337-1 part 2", check_rc=1)
    assert out.startswith("incorrect") and "Hint 1:" in out and "Explanation" not in out
    rc, out, err = run_cli("exercises", "check", "classify-04", "ст. 405 ч. 2", check_rc=0)
    assert out.startswith("correct") and "Explanation:" in out and "Sources:" in out
    rc, out, err = run_cli("exercises", "check", "classify-04", "wrong", "--explain", check_rc=1)
    assert "Answer: 405 part 2" in out and "Explanation:" in out
    rc, out, err = run_cli("exercises", "check", "no-such", "x")
    assert rc == 2 and "no exercise 'no-such'" in err


def test_check_json():
    rc, out, err = run_cli("exercises", "check", "convert-01", "255", "--format", "json", check_rc=0)
    d = json.loads(out)
    assert d["correct"] is True and d["explanation"] and d["sources"]


def test_reset_rewrites_expected_values(tmp_path):
    """--reset puts the engine's answer back into the YAML, cut to the shape of the
    old expected value, and leaves the rest of the file alone."""
    d = tmp_path / "exercises"
    shutil.copytree(ROOT / "docs" / "exercises", d)
    originals = {}
    for name, old, bad in (("convert.yaml", 'expected: ["255"]', 'expected: ["999"]'),
                           ("classify.yaml", '"article": "258", "part": "1"}]', '"article": "999", "part": "1"}]')):
        text = originals[name] = (d / name).read_text(encoding="utf-8")
        assert old in text
        (d / name).write_text(text.replace(old, bad, 1), encoding="utf-8")
    X._CACHE.clear()
    exs = [e for e in X.load(d) if e.id in ("convert-01", "classify-02")]
    assert not any(X.run_check(e, e.checks[0]).ok for e in exs)
    changed = X.reset(exs)
    assert [c[0] for c in changed] == ["convert-01", "classify-02"]
    for name, text in originals.items():
        assert (d / name).read_text(encoding="utf-8") == text
    X._CACHE.clear()


def test_pages_are_generated_from_the_yaml():
    """docs/exercises/<set>.md is what docs/gen_exercises.py makes of the YAML."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_exercises", ROOT / "docs" / "gen_exercises.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    for name, text in gen.render_all(ROOT / "docs" / "exercises").items():
        page = ROOT / "docs" / "exercises" / name
        assert page.is_file(), f"{page} is missing: run python docs/gen_exercises.py"
        assert page.read_text(encoding="utf-8") == text, f"{page} is stale: run python docs/gen_exercises.py"


def test_reset_refuses_a_value_that_contradicts_the_answer(tmp_path, capsys):
    """After a rule change the engine's value no longer says what the answer
    says: --reset names it and leaves the file alone."""
    d = tmp_path / "exercises"
    shutil.copytree(ROOT / "docs" / "exercises", d)
    text = (d / "convert.yaml").read_text(encoding="utf-8")
    assert "answer: \"255\"" in text or "answer: '255'" in text or "answer: 255" in text
    for old in ("answer: \"255\"", "answer: '255'", "answer: 255"):
        text = text.replace(old, "answer: \"256\"", 1)
    text = text.replace('expected: ["255"]', 'expected: ["256"]', 1)
    (d / "convert.yaml").write_text(text, encoding="utf-8")
    X._CACHE.clear()
    ex = next(e for e in X.load(d) if e.id == "convert-01")
    assert ex.answer == "256" and X.disagreements(ex) == []
    refused = []
    assert X.reset([ex], refused) == []
    assert refused == [("convert-01", ["256"], ["255"])]
    assert "refuse convert-01" in capsys.readouterr().err
    assert (d / "convert.yaml").read_text(encoding="utf-8") == text
    X._CACHE.clear()


def test_reset_writes_only_inside_a_git_checkout(tmp_path):
    d = tmp_path / "exercises"
    shutil.copytree(ROOT / "docs" / "exercises", d)
    before = {p.name: p.read_bytes() for p in d.iterdir()}
    rc, out, err = run_cli("exercises", "check-all", "--reset", env={"LAWBOOK_EXERCISES": str(d)})
    assert rc == 2 and "not one (an installed copy is never rewritten)" in err
    assert {p.name: p.read_bytes() for p in d.iterdir()} == before
    rc, out, err = run_cli("exercises", "check-all", "--reset", "--set", "convert", env={"LAWBOOK_RULES": str(d)})
    assert rc == 2 and "refuses --rules and $LAWBOOK_RULES" in err


def test_check_all_unknown_set_and_rules_option():
    rc, out, err = run_cli("exercises", "check-all", "--set", "nope")
    assert rc == 2 and err == "error: unknown set 'nope' (sets: convert, reports, screening, threat, classify)\n"
    rc, out, err = run_cli("exercises", "--rules", str(ROOT / "rules"), "check-all", "--set", "threat")
    assert rc == 0 and out.splitlines()[-1] == "9 passed, 0 failed"
    rc, out, err = run_cli("exercises", "--rules", str(ROOT / "docs"), "check-all", "--set", "threat")
    assert rc == 1 and out.splitlines()[-1] == "0 passed, 9 failed"
