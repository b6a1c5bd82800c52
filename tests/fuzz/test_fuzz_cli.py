"""Generated inputs through every command's parsers (issue 14, point 3): the
result is always exit 0 or 2, never a traceback or an ``error: internal:``
line, stderr is one line on exit 2, and ``--format json`` output parses.

A short profile runs with the suite (``LAWBOOK_FUZZ_EXAMPLES``, default 40 per
test, well under a minute); ``LAWBOOK_FUZZ_EXAMPLES=100000 pytest -m fuzz
tests/fuzz`` is the long run (never in .ci/run).
"""
from __future__ import annotations

import contextlib
import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from lawbook.cli import main

N = int(os.environ.get("LAWBOOK_FUZZ_EXAMPLES", "150"))
SETTINGS = settings(max_examples=N, deadline=None, suppress_health_check=list(HealthCheck), derandomize=N <= 100)
pytestmark = pytest.mark.fuzz

# text that looks like what users paste: letters of the three languages, digits, punctuation, marks
ALPHABET = st.characters(blacklist_categories=("Cs",), min_codepoint=1, max_codepoint=0x2FFF)
LEGAL_BITS = ["ст. 233-3 ч. 2", "Article 174", "174-бабы", "part 9 of Article 405", "1997", "2014", "УК РК",
              "Hizb ut-Tahrir", "ИГИЛ", "حزب التحرير", "\u200f", "\u200d", "«", "»", "-", "—", "\n", "  ", "١٦٤",
              "１６４", "2016 жылы", "в марте 2012 года", "between 2008 and 2011", "bomb", "nothing was found"]
TEXT = st.lists(st.one_of(st.text(ALPHABET, max_size=20), st.sampled_from(LEGAL_BITS)), max_size=12).map("".join)
DATE = st.one_of(st.dates().map(str), st.text(ALPHABET, max_size=12), st.sampled_from(
    ["9999-12-31", "0001-01-01", "2015-01-01", "2014-12-31", "2016-06-05T12:00", "2022-01-24T23:59+06:00",
     "2011-02-30", "20120301", ""]))


def run(args, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    real_stdin = os.sys.stdin
    try:
        data = (stdin or "").encode("utf-8", "surrogatepass")
        os.sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main(list(args))
                code = 0
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
    finally:
        os.sys.stdin = real_stdin
    return code, out.getvalue(), err.getvalue()


def check(code, out, err, json_out=False):
    assert code in (0, 2), (code, err[-500:])
    assert "Traceback" not in err and "error: internal:" not in err, err[-500:]
    if code == 2:
        assert len(err.strip().split("\n")) == 1, err
    if json_out and code == 0 and out.strip():
        for line in out.strip().split("\n") if out.lstrip().startswith("{") and "\n{" in out else [out]:
            json.loads(line)


@SETTINGS
@given(ref=TEXT, code=st.sampled_from(["1997", "2014", "1998", ""]))
def test_convert(ref, code):
    check(*run(["convert", "--from", code, "--format", "json", "--", ref]), json_out=True)


@SETTINGS
@given(ref=TEXT, code=st.sampled_from(["1997", "2014"]), as_of=DATE)
def test_article(ref, code, as_of):
    check(*run(["article", "--code", code, "--as-of", as_of, "--format", "json", "--", ref]), json_out=True)


@SETTINGS
@given(text=TEXT, date=st.one_of(st.none(), DATE))
def test_cite(text, date):
    check(*run(["cite", "-", "--format", "json"] + (["--date", date] if date is not None else []), stdin=text),
          json_out=True)


@SETTINGS
@given(name=TEXT, as_of=DATE)
def test_screen(name, as_of):
    check(*run(["screen", "--as-of", as_of, "--format", "json", "--", name]), json_out=True)


@SETTINGS
@given(text=TEXT, date=st.one_of(st.none(), DATE))
def test_classify_text(text, date):
    check(*run(["classify", "-", "--text", "--format", "json"] + (["--date", date] if date is not None else []),
               stdin=text), json_out=True)


@SETTINGS
@given(body=st.one_of(TEXT, st.sampled_from(["id: x\ndate: 2012-01-01\nfacts: [{kind: financing}]\n",
                                             "{", "[]", "id: [1\n", "date: 2011-02-30\n", "a: 1\na: 2\n"])))
def test_classify_case_yaml(body):
    check(*run(["classify", "-", "--format", "json"], stdin=body), json_out=True)


@SETTINGS
@given(as_of=DATE, region=st.one_of(st.just(""), TEXT, st.sampled_from(["Almaty", "Aktobe", "Pavlodar", "kz"])))
def test_threat(as_of, region):
    check(*run(["threat", "--as-of", as_of, "--region", region, "--format", "json"]), json_out=True)
