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
    assert rc != 0 and "no 'expected' block" in out
