"""One line and exit 2 for bad input; quiet exits (issue 14, point 2)."""
from __future__ import annotations

import subprocess
import sys

import pytest


def run(*args, stdin=None, env=None):
    import os

    e = dict(os.environ)
    e.pop("LAWBOOK_DEBUG", None)
    e.update(env or {})
    p = subprocess.run([sys.executable, "-m", "lawbook", *args], input=stdin, capture_output=True, text=True, env=e)
    return p.returncode, p.stdout, p.stderr


def test_no_arguments_prints_help_on_stdout():
    rc, out, err = run()
    assert rc == 0 and out.startswith("Usage: lawbook") and err == ""


@pytest.mark.parametrize("as_of", ["9999-12-31", "9999-12-31T23:59+00:00", "0001-01-01T00:00", "0001-01-01"])
@pytest.mark.parametrize("region", [None, "Almaty"])
def test_threat_answers_any_date_of_the_calendar(as_of, region):
    rc, out, err = run("threat", "--as-of", as_of, *(["--region", region] if region else []))
    assert rc == 0 and "internal" not in err and out


def test_threat_history_over_the_whole_calendar():
    for fmt in ("text", "json", "svg"):
        rc, out, err = run("threat", "history", "--from", "0001-01-01", "--to", "9999-12-31", "--format", fmt)
        assert rc == 0 and err == ""


def test_duplicate_yaml_keys_are_errors_with_file_and_line(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("id: x\ndate: 2012-01-01\ndate: 2013-01-01\nfacts: []\n", encoding="utf-8")
    rc, out, err = run("classify", str(p))
    assert rc == 2 and out == "" and err.strip() == f"error: {p}:3: malformed YAML: duplicate key 'date' (first on line 2)"


def test_classify_stdin_errors_go_to_stderr():
    rc, out, err = run("classify", "-", stdin="\n")
    assert rc == 2 and out == "" and err.startswith("error:") and len(err.strip().splitlines()) == 1


def test_a_full_disk_is_one_line():
    rc, out, err = subprocess.run(f"{sys.executable} -m lawbook banlist > /dev/full", shell=True,
                                  capture_output=True, text=True).returncode, "", ""
    assert rc == 2


def test_a_closed_pipe_ends_quietly():
    p = subprocess.run(f"{sys.executable} -m lawbook banlist --format csv | head -1 >/dev/null; "
                       f"echo ${{PIPESTATUS[0]}}", shell=True, capture_output=True, text=True, executable="/bin/bash")
    assert p.stdout.strip() == "0" and p.stderr == ""


def test_unexpected_failures_are_one_line_and_debug_reraises(monkeypatch):
    import lawbook.cli as cli

    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli.cli, "main", boom)
    with pytest.raises(SystemExit) as e:
        cli.main(["convert", "164"])
    assert e.value.code == 2
    monkeypatch.setenv("LAWBOOK_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main(["convert", "164"])


def test_other_digits_and_out_of_range_numbers():
    rc, out, err = run("convert", "１６４", "--from", "1997")
    assert rc == 0 and "art. 164" in out
    rc, out, err = run("convert", "١٦٤", "--from", "1997")
    assert rc == 0 and "art. 164" in out
    rc9, _, err9 = run("convert", "9999", "--from", "1997")
    rc0, _, err0 = run("convert", "0", "--from", "1997")
    assert rc9 == rc0 == 2 and "has no article 9999" in err9 and "has no article 0" in err0


def test_check_without_expected_is_not_a_pass(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("id: x\ndate: 2012-01-01\nfacts: []\n", encoding="utf-8")
    rc, out, err = run("classify", str(p), "--check")
    assert rc == 2 and out == ("ERROR x: no 'expected' block to check against\n"
                               "checked 1 case(s): 0 as expected, 0 differ, 1 errors\n")


def test_jsonl_too_deep_or_too_long_numbers_are_reported_and_the_batch_goes_on(tmp_path):
    """Found by scripts/fuzz_long.py: a record nested 10⁵ deep or holding a
    5,000-digit number stopped the whole batch with an internal error."""
    p = tmp_path / "b.jsonl"
    good = '{"id": "2", "text": "In March 2012 a man in Shymkent handed out leaflets of Hizb ut-Tahrir."}'
    p.write_text("[" * 100_000 + "]" * 100_000 + "\n" + good + "\n" + "[" * 3000 + "\n"
                 + '{"id": ' + "9" * 5000 + ', "text": "x"}\n', encoding="utf-8")
    rc, out, err = run("classify", str(p), "--format", "jsonl")
    rows = [__import__("json").loads(ln) for ln in out.splitlines()]
    assert rc == 2 and "internal" not in err and len(err.strip().splitlines()) == 1
    assert [r.get("line") for r in rows] == [1, None, 3, 4]
    assert "nested too deeply" in rows[0]["error"] and "nested too deeply" in rows[2]["error"]
    assert "4300 digits" in rows[3]["error"]
    assert [(f["article"], f["part"]) for f in rows[1]["findings"]][:1] == [("337-1", "2")]


def test_convert_batch_truncates_echoes_and_reports_errors_as_text():
    long_line = "9" * 50_000
    rc, out, err = run("convert", "-", "--format", "text", stdin=f"164\nzzz\n{long_line}\n")
    assert rc == 2 and err == "error: 2 of 3 line(s) could not be converted (each error is in the output, in input order)\n"
    assert out.startswith("1997 Criminal Code, art. 164\n  → 2014 art. 174:")
    errors = [ln for ln in out.splitlines() if ln.startswith("line ")]
    assert errors[0] == ("line 2: 'zzz': error: malformed article reference 'zzz' "
                         "(try '233-3', '233-3 p.2', 'ст. 233-3 ч. 2')")
    assert errors[1].startswith("line 3: '" + "9" * 200 + "… (truncated; the line has 50,000 ch.)': error: ")
    assert len(out) < 2_000 and "{" not in out
    rc, out, err = run("convert", "-", stdin=f"{long_line}\n")
    row = __import__("json").loads(out)
    assert rc == 2 and row["line"] == 1 and len(row["query"]) < 300 and row["query"].startswith("9" * 200 + "…")


def _interrupted_batch(tmp_path, sig, fmt, jobs=2, group=None):
    """Start a classify batch, wait for its first output, send ``sig`` (SIGINT
    to the whole process group, as Ctrl-C does; SIGTERM to the parent, or to the
    whole group with ``group=True``, as ``kill -- -PGID`` does)."""
    import json
    import os
    import signal
    import time

    batch = tmp_path / "batch.jsonl"
    text = "In March 2012 a man in Shymkent handed out leaflets of Hizb ut-Tahrir calling for a caliphate."
    batch.write_text("".join(json.dumps({"id": str(i), "text": text}) + "\n" for i in range(20_000)),
                     encoding="utf-8")
    cache = tmp_path / "cache"
    env = dict(os.environ, LAWBOOK_CACHE=str(cache))
    env.pop("LAWBOOK_DEBUG", None)

    def default_signals():
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # a background job may inherit SIGINT ignored

    p = subprocess.Popen([sys.executable, "-m", "lawbook", "classify", str(batch), "--format", fmt,
                          "--jobs", str(jobs)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                         start_new_session=True, preexec_fn=default_signals)
    first = b""
    while b"\n" not in first:  # raw reads: a buffered readline would keep bytes communicate() then misses
        chunk = os.read(p.stdout.fileno(), 1 << 16)
        assert chunk, p.stderr.read()
        first += chunk
    if group:
        # output not read meanwhile: the parent blocks writing it, and the workers
        # block sending results, some of them in the middle of one
        time.sleep(3)
    if sig == signal.SIGINT or group:
        os.killpg(p.pid, sig)
    else:
        p.send_signal(sig)
    rest, err = p.communicate(timeout=60)
    out = (first + rest).decode("utf-8")
    left = subprocess.run(["pgrep", "-s", str(p.pid)], capture_output=True, text=True).stdout.split()
    return p.returncode, out, err.decode("utf-8"), sorted(cache.rglob("*.tmp")), left


def test_ctrl_c_during_a_parallel_batch_stops_quietly_and_keeps_whole_lines(tmp_path):
    import json
    import signal

    rc, out, err, tmps, left = _interrupted_batch(tmp_path, signal.SIGINT, "jsonl")
    assert rc == 130 and err == "error: interrupted\n"
    rows = [json.loads(ln) for ln in out.splitlines()]
    assert 1 <= len(rows) < 20_000 and [r["id"] for r in rows] == [str(i) for i in range(len(rows))]
    assert tmps == [] and left == []


def test_sigterm_during_a_parallel_batch_closes_the_json_array(tmp_path):
    import json
    import signal

    rc, out, err, tmps, left = _interrupted_batch(tmp_path, signal.SIGTERM, "json")
    assert rc == 143 and err == "error: terminated\n"
    rows = json.loads(out)
    assert 1 <= len(rows) < 20_000 and [r["id"] for r in rows] == [str(i) for i in range(len(rows))]
    assert tmps == [] and left == []


def test_sigterm_to_the_whole_group_of_a_parallel_batch_stops_it(tmp_path):
    """Workers killed by the group's SIGTERM (some in the middle of sending a
    result) left the parent waiting for ever on the pool's queue (about one run
    in two with 8 workers)."""
    import json
    import signal

    for fmt in ("jsonl", "json"):
        rc, out, err, tmps, left = _interrupted_batch(tmp_path, signal.SIGTERM, fmt, jobs=8, group=True)
        assert rc == 143 and err == "error: terminated\n", (fmt, rc, err[-500:])
        rows = [json.loads(ln) for ln in out.splitlines()] if fmt == "jsonl" else json.loads(out)
        assert 1 <= len(rows) < 20_000 and [r["id"] for r in rows] == [str(i) for i in range(len(rows))]
        assert tmps == [] and left == []


def test_empty_ban_lists_and_a_bad_edition_are_one_line(tmp_path):
    import shutil
    from pathlib import Path

    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", rules)
    shutil.rmtree(rules / "banlists")
    (rules / "banlists").mkdir()
    env = {"LAWBOOK_CACHE": str(tmp_path / "cache")}
    rc, out, err = run("rulebook", "check", "--rules", str(rules), env=env)
    assert rc == 2 and f"{rules / 'banlists'}: no organisation: the ban lists are empty" in out + err
    for args in (["screen", "Taliban"], ["banlist", "--as-of", "2020-01-01"]):
        rc, out, err = run(*args, "--rules", str(rules), env=env)
        assert rc == 2 and err == f"error: {rules / 'banlists'}: no organisation: the ban lists are empty\n", args
    (rules / "EDITION").write_bytes(b"\xff\xfe2026\n")
    rc, out, err = run("convert", "164", "--rules", str(rules), env=env)
    assert rc == 2 and err == f"error: {rules / 'EDITION'}: not valid UTF-8 (the edition date, YYYY-MM-DD)\n"


def test_a_jsonl_date_that_is_a_number_names_the_record_and_field(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text('{"id": "a", "date": 20120301, "text": "In March 2012 a man in Shymkent handed out leaflets."}\n',
                 encoding="utf-8")
    rc, out, err = run("classify", str(p), "--format", "jsonl")
    row = __import__("json").loads(out)
    assert rc == 2 and row["error"] == f"{p}:1: malformed date '20120301' (expected YYYY-MM-DD)"


def test_a_rulebook_mapping_to_a_missing_article_is_refused_on_load(tmp_path):
    """It printed "2014 art. 999 part 1: None"; now every command that uses the
    mapping names the broken row, and rulebook check lists it."""
    import shutil
    from pathlib import Path

    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parent.parent / "rules", rules)
    f = rules / "mapping" / "ch04-05-state-security.yaml"
    text = f.read_text(encoding="utf-8")
    old = "- id: kz/map/cc1997-cc2014/164/1\n  from:\n    article: '164'\n    part: '1'\n  to:\n  - article: '174'\n"
    assert old in text
    f.write_text(text.replace(old, old.replace("'174'", "'999'")), encoding="utf-8")
    env = {"LAWBOOK_CACHE": str(tmp_path / "cache")}
    want = "mapping/ch04-05-state-security.yaml:116: to: points to 2014 art. 999, which has no record"
    for args in (["convert", "164 ч.1"], ["convert", "165"], ["cite", "-"]):
        rc, out, err = run(*args, "--rules", str(rules), stdin="ст. 165 УК РК 1997 года", env=env)
        assert rc == 2 and err == f"error: {want}\n", args
    rc, out, err = run("rulebook", "check", "--rules", str(rules), env=env)
    assert rc == 2 and want in out + err and "1 problem(s)" in err


def test_a_fact_span_over_1000_characters_is_cut_not_refused():
    from lawbook.classification import classify

    r = classify({"id": "x", "date": "2016-05-05",
                  "facts": [{"kind": "financing", "target": "terrorism", "span": "a" * 1500}]})
    assert [(f["article"], f["part"]) for f in r["findings"]] == [("258", "1")]
    assert r["facts"][0]["span"] == "a" * 999 + "…"


@pytest.mark.parametrize("text", [
    "Le tribunal a condamné l'homme à cinq ans de prison pour propagande du terrorisme en 2019.",
    "El tribunal condenó al hombre a cinco años por propaganda del terrorismo.",
    "Суд Бішкека засудив чоловіка за пропаганду тероризму у 2019 році.",
    "Бишкек сотунун өкүмү менен ал 2019-жылы терроризмди пропагандалаганы үчүн соттолду.",
])
def test_an_account_in_a_near_language_is_refused_not_read(text):
    from lawbook.classification import classify_text
    from lawbook.errors import BadInput
    with pytest.raises(BadInput, match="not in English, Russian or Kazakh"):
        classify_text(text)
