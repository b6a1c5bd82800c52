"""Replay every saved fuzzing input (issue 14, point 3): the seeds and every
crash, hang or blow-up ``scripts/fuzz_atheris.py`` found, kept in
``tests/fuzz/inputs/<target>/``. Each must now be answered (or refused with a
``LawbookError``) without any other exception, within a few seconds.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.fuzz.targets import TARGETS

INPUTS = Path(__file__).parent / "inputs"
CASES = sorted((t, p) for t in TARGETS for p in (INPUTS / t).glob("*") if p.is_file())


def test_every_target_has_seeds():
    assert {t for t, _ in CASES} == set(TARGETS)


@pytest.mark.parametrize("target,path", CASES, ids=[f"{t}/{p.name}" for t, p in CASES])
def test_replay(target, path):
    # CPU time of this process, not the wall clock: a hang (a pattern that backtracks on a run of spaces) shows
    # whatever else the machine runs, and a loaded machine does not make a sound input fail
    t = time.process_time()
    TARGETS[target](path.read_bytes())
    took = time.process_time() - t
    assert took < 10, f"{path.name} took {took:.1f} s of CPU (a hang when found)"


def test_a_target_tells_a_crash_from_a_refusal(monkeypatch):
    """A LawbookError is the parser's answer; any other exception escapes the
    target, which is what the fuzzer counts as a crash."""
    from lawbook import refs
    from lawbook.errors import BadReference

    def refuse(text):
        raise BadReference("no")

    def crash(text):
        raise ValueError("boom")

    monkeypatch.setattr(refs, "parse_ref", refuse)
    TARGETS["ref"](b"164")
    monkeypatch.setattr(refs, "parse_ref", crash)
    with pytest.raises(ValueError, match="boom"):
        TARGETS["ref"](b"164")
