"""lawbook.workers.ordered_map: results in input order, and a worker that dies
or a parent that stops never leaves anything waiting."""
from __future__ import annotations

import multiprocessing
import os
import signal

import pytest

from lawbook.errors import LawbookError
from lawbook.workers import ordered_map


def _square(x):
    return x * x


def _die_on_7(x):
    if x == 7:
        os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer or a crash in the engine would
    return x


def _fail_on_3(x):
    if x == 3:
        raise ValueError("three")
    return x


def _big(x):
    return "x" * 1_000_000


def test_results_come_in_input_order():
    assert list(ordered_map(_square, range(100), jobs=3, chunk=4)) == [x * x for x in range(100)]
    assert list(ordered_map(_square, [], jobs=3)) == []


def _children():
    return {p.pid for p in multiprocessing.active_children()}


def test_a_worker_that_dies_is_an_error_not_a_hang():
    # multiprocessing.Pool loses the task of a dead worker and waits for its result for ever
    before = _children()
    got = []
    with pytest.raises(LawbookError, match="a worker process stopped unexpectedly"):
        for x in ordered_map(_die_on_7, range(40), jobs=2, chunk=2):
            got.append(x)
    assert got == list(range(6))
    assert _children() <= before


def test_an_exception_in_a_worker_is_raised_in_its_place():
    before = _children()
    got = []
    with pytest.raises(ValueError, match="three"):
        for x in ordered_map(_fail_on_3, range(10), jobs=2, chunk=1):
            got.append(x)
    assert got == [0, 1, 2] and _children() <= before


def test_stopping_early_kills_workers_blocked_sending_big_results():
    before = _children()
    results = ordered_map(_big, range(1000), jobs=4, chunk=2)
    assert len(next(results)) == 1_000_000
    assert len(_children() - before) == 4
    results.close()  # the other workers are blocked writing 2 MB each to their pipes
    assert _children() <= before
