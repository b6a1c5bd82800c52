"""Classification in worker processes.

durable-rules keeps one host per process and its C core has no locking, so
the engine runs behind a process-wide lock (``lawbook.engine``). A web server
that classified in its own process would serve one account at a time and let
one slow account hold up every other request; here each classification goes
to a pool of worker processes (``lawbook serve --workers N``), started when
the app starts, each with its own rulebook and engine, warmed up with one
account so the first request is not slow. ``workers=0`` classifies in the
server process (behind the engine's lock), for tests and small machines.

Workers are started with ``spawn``: the server has threads by then, and a
forked copy of a locked lock would hang.
"""
from __future__ import annotations

import asyncio
import concurrent.futures as cf
import functools
import multiprocessing as mp
from concurrent.futures.process import BrokenProcessPool

from .errors import OverBudget

_WORKER: dict = {}

WARM_UP = {"label": "warm-up", "kind": "text", "id": "warm-up", "date": None,
           "text": "In March 2012 a man in Shymkent handed out leaflets of Hizb ut-Tahrir."}


def _init(rules_path) -> None:
    from ..rulebook import load

    _WORKER["rb"] = load(rules_path)


def classify_job(job: dict, rb=None) -> dict:
    """Classify one job (see :func:`lawbook.cases.run_job`) into the JSON
    ``lawbook classify --format json`` prints; bad input is an error record.

    >>> classify_job({"label": "x", "kind": "case", "path": "case", "text": None,
    ...               "data": {"id": "x", "date": "2013-05-01",
    ...                        "facts": [{"kind": "financing", "target": "terrorism"}]}})["findings"][0]["article"]
    '233-3'
    """
    from ..cases import run_job
    from ..rulebook import load
    from ..yamlio import to_plain

    return to_plain(run_job(job, rb or _WORKER.get("rb") or load()))


def _work(job: dict) -> tuple[str, str | None]:
    """In a worker: the result already as JSON text (the server only writes it), and its error if any."""
    from ..cli.common import to_json

    res = classify_job(job)
    return to_json(res), res.get("error")


def _local(job: dict, rb) -> tuple[str, str | None]:
    from ..cli.common import to_json

    res = classify_job(job, rb)
    return to_json(res), res.get("error")


class ClassifyPool:
    """``await pool.run(job, timeout)`` classifies in a worker process."""

    def __init__(self, workers: int = 2, rules_path=None):
        self.workers = workers
        self.rules_path = rules_path
        self._ex: cf.ProcessPoolExecutor | None = None

    def start(self) -> None:
        if self.workers <= 0:
            return
        self._ex = cf.ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                          initializer=_init, initargs=(self.rules_path,))
        for f in [self._ex.submit(_work, WARM_UP) for _ in range(self.workers)]:
            f.result(timeout=300)

    def stop(self) -> None:
        """Stop the workers now (an account still being classified is abandoned)."""
        if self._ex is not None:
            procs = list((self._ex._processes or {}).values())
            self._ex.shutdown(wait=False, cancel_futures=True)
            for p in procs:
                p.terminate()
            for p in procs:
                p.join(timeout=10)
            self._ex = None

    async def run(self, job: dict, timeout: float, rb=None) -> tuple[str, str | None]:
        """``(json_text, error)``: the result as ``--format json`` prints it, and
        its error message when the input was bad."""
        loop = asyncio.get_running_loop()
        if self._ex is None:
            fut = loop.run_in_executor(None, functools.partial(_local, job, rb))
        else:
            fut = loop.run_in_executor(self._ex, _work, job)
        try:
            return await asyncio.wait_for(fut, timeout)
        except asyncio.TimeoutError:
            raise OverBudget(f"the classification ran past the time budget of {timeout:g} s") from None
        except BrokenProcessPool:
            # a worker died (a crash in the engine's C core): start a fresh pool, report a 500
            self.stop()
            self.start()
            raise RuntimeError("a classification worker died; the pool was restarted") from None
