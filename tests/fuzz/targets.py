"""Fuzz targets for the parsers that take untrusted text (issue 14, point 3).

Each target takes raw bytes, as a coverage-guided fuzzer (atheris) hands
them, decodes them as a user's input would be decoded, and calls one parser.
A :class:`~lawbook.errors.LawbookError` is the parser refusing the input — an
answer, not a crash; anything else propagates and is a crash. The same
functions serve ``scripts/fuzz_atheris.py`` (the fuzzer, run for a fixed time)
and ``tests/fuzz/test_fuzz_regressions.py`` (which replays every saved crash
and seed in ``tests/fuzz/inputs/<target>/``).

>>> TARGETS["ref"](b"337-1 \\xd1\\x87.2")  # "337-1 ч.2"
>>> TARGETS["date"](b"9999-12-31T23:59+00:00")
"""
from __future__ import annotations

import datetime as _dt
import io

from lawbook.errors import LawbookError

MAX_INPUT = 64 * 1024  # a target reads at most this many bytes of one input


def _text(data: bytes) -> str:
    return data[:MAX_INPUT].decode("utf-8", "replace")


def _rulebook():
    from lawbook.rulebook import load

    return load()


def fuzz_ref(data: bytes) -> None:
    """REF parsing: ``refs.parse_ref`` and conversion of what it parses."""
    from lawbook.conversion import convert
    from lawbook.refs import parse_ref

    text = _text(data)
    try:
        article, part = parse_ref(text)
        assert isinstance(article, str) and (part is None or isinstance(part, str))
    except LawbookError:
        return
    for code in ("1997", "2014"):
        try:
            convert(text, from_code=code)
        except LawbookError:
            pass


def fuzz_citations(data: bytes) -> None:
    """Citation finding in running text, with and without a date."""
    from lawbook.citations import cite

    text = _text(data)
    for date in (None, _dt.date(2013, 5, 1), _dt.date(2020, 1, 1)):
        try:
            out = cite(text, date=date)
        except LawbookError:
            return
        assert isinstance(out, dict)


def fuzz_date(data: bytes) -> None:
    """Date reading: the CLI's parsers and the dates found in accounts."""
    from lawbook.dates import parse_date, parse_datetime, parse_moment
    from lawbook.reading.dates import acts_dates, find_dates, find_ranges

    text = _text(data)
    for fn in (parse_date, parse_datetime, parse_moment):
        try:
            fn(text)
        except LawbookError:
            pass
    for d in find_dates(text):
        assert 0 <= d.start <= d.end <= len(text) and text[d.start:d.end] == d.text, d
    find_ranges(text)
    acts_dates(text)


def fuzz_extract(data: bytes) -> None:
    """Text extraction: an account read into facts, and HTML read as text."""
    from lawbook.htmltext import html_chunks
    from lawbook.reading import read

    text = _text(data)
    try:
        read(text, rulebook=_rulebook())
    except LawbookError:
        pass
    half = len(text) // 2
    "".join(html_chunks([text[:half], text[half:]]))


def fuzz_case_yaml(data: bytes) -> None:
    """YAML case loading: a case file parsed, checked and classified."""
    from lawbook.cases import load_case_file
    from lawbook.classification import classify

    text = _text(data)
    try:
        case, _ = load_case_file("<fuzz>", text)
        classify(case, _rulebook())
    except LawbookError:
        pass


def fuzz_cite_stream(data: bytes) -> None:
    """Chunked reading of a document (the ``cite`` command's reader)."""
    from lawbook.citations import iter_chunks

    text = _text(data)
    chunks = list(iter_chunks(io.StringIO(text), max_chunk=64))
    assert "".join(chunks) == text and all(len(c) <= 5 * 64 for c in chunks)


TARGETS = {
    "ref": fuzz_ref,
    "citations": fuzz_citations,
    "date": fuzz_date,
    "extract": fuzz_extract,
    "case_yaml": fuzz_case_yaml,
    "cite_stream": fuzz_cite_stream,
}
