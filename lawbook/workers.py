"""An ordered map over forked worker processes that can be stopped at any moment.

Each worker has a pipe of its own and holds at most one chunk of work: chunk
``i`` goes to worker ``i % jobs``, and the results are read back in input
order. No lock or queue is shared between processes, so a worker that dies,
or is killed in the middle of sending a result, can never leave the parent
waiting on a lock or a half-written message (as ``multiprocessing.Pool`` can):
the parent reads a dead worker's pipe as closed and raises
:class:`~lawbook.errors.LawbookError`; when the parent stops (Ctrl-C, SIGTERM,
an error, a closed output), every worker is killed before it returns.

A worker ignores SIGINT (Ctrl-C reaches the whole process group; the parent
answers it) and dies at once on SIGTERM. It must write no file of its own:
whatever it would cache, the parent loads before the workers are forked.

>>> list(ordered_map(abs, range(-5, 0), jobs=2, chunk=2))
[5, 4, 3, 2, 1]
"""
from __future__ import annotations

import itertools
import os
import signal
from typing import Any, Callable, Iterable, Iterator

from .errors import LawbookError

_STOPS = {signal.SIGINT, signal.SIGTERM}


def ordered_map(func: Callable[[Any], Any], items: Iterable, jobs: int, chunk: int = 16,
                init: Callable | None = None, initargs: tuple = ()) -> Iterator:
    """``map(func, items)`` computed by ``jobs`` forked processes, yielded in
    input order; ``init(*initargs)`` runs once in each worker first. Items are
    read lazily, ``chunk`` at a time."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    workers = []
    # the workers are born with SIGINT and SIGTERM blocked, and let them through
    # once their own handlers are set (_serve)
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        for _ in range(jobs):
            mine, theirs = ctx.Pipe()
            proc = ctx.Process(target=_serve, args=(theirs, func, init, initargs), daemon=True)
            proc.start()
            theirs.close()
            workers.append((proc, mine))
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
        _kill(workers)
        raise
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)  # a stop that came meanwhile is raised here
        chunks = iter(lambda it=iter(items): list(itertools.islice(it, chunk)), [])
        in_flight = 0
        for proc, conn in workers:  # one chunk to each worker
            batch = next(chunks, None)
            if batch is None:
                break
            conn.send(batch)
            in_flight += 1
        turn = 0
        while in_flight:
            proc, conn = workers[turn]
            results = _receive(proc, conn)
            in_flight -= 1
            batch = next(chunks, None)  # the worker waits for its next chunk while these are used
            if batch is not None:
                conn.send(batch)
                in_flight += 1
            yield from results
            turn = (turn + 1) % len(workers)
    finally:
        _kill(workers)


def _receive(proc, conn) -> list:
    try:
        got = conn.recv()
    except (EOFError, OSError):
        proc.join(5)
        raise LawbookError(f"a worker process stopped unexpectedly (exit status {proc.exitcode}); "
                           "try again with --jobs 1") from None
    if isinstance(got, _Failed):
        raise got.exc
    return got


class _Failed:
    """An exception a worker's function raised, sent back to be raised in the parent."""

    def __init__(self, exc: BaseException):
        self.exc = exc


def _serve(conn, func, init, initargs) -> None:
    """A worker's life: handle the signals, run ``init``, then answer each chunk."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)
    if init is not None:
        init(*initargs)
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            os._exit(0)
        try:
            out: Any = [func(item) for item in batch]
        except Exception as exc:  # raised again in the parent, in its place in the output
            out = _Failed(exc)
        try:
            conn.send(out)
        except Exception as exc:  # e.g. a result that cannot be pickled
            conn.send(_Failed(LawbookError(f"a worker could not send its result: {type(exc).__name__}: {exc}")))


def _kill(workers) -> None:
    """Kill every worker (SIGKILL: nothing of theirs is left to save) and reap it."""
    for proc, conn in workers:
        if proc.is_alive():
            proc.kill()
    for proc, conn in workers:
        proc.join()
        conn.close()
