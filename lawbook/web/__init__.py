"""lawbook over HTTP: a JSON API for other systems and a page for people.

``create_app()`` builds the FastAPI app: the JSON endpoints
(:mod:`lawbook.web.api`), the page (:mod:`lawbook.web.pages`), errors as
``{"error"}`` (:mod:`lawbook.web.errors`), per-request limits
(:mod:`lawbook.web.limits`) and the classification workers
(:mod:`lawbook.web.pool`). ``lawbook serve`` runs it on uvicorn, bound to
127.0.0.1 unless told otherwise. Needs the ``web`` extra
(``pip install 'lawbook[web]'``).

>>> from fastapi.testclient import TestClient
>>> with TestClient(create_app(workers=0)) as client:
...     client.get("/convert", params={"ref": "233-3", "from": "1997"}).json()["results"][0]["article"]
'258'
"""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
log = logging.getLogger("lawbook.web")


def create_app(rules_path=None, workers: int = 2, limits=None, cors_origins=()):
    """The app. ``workers`` classification processes (0: in this process);
    ``limits`` a :class:`~lawbook.web.limits.Limits` (default: from the
    environment); ``cors_origins`` the origins allowed to call it from a
    browser (none by default)."""
    import anyio
    from fastapi import FastAPI
    from fastapi.staticfiles import StaticFiles

    from .. import __version__
    from ..rulebook import load
    from . import api, errors, pages
    from .limits import BodyLimit, Limits
    from .pool import ClassifyPool

    limits = limits or Limits.from_env()
    rb = load(rules_path)
    pool = ClassifyPool(workers, rules_path)

    @asynccontextmanager
    async def lifespan(app):
        await anyio.to_thread.run_sync(_warm, rb)
        await anyio.to_thread.run_sync(pool.start)
        try:
            yield
        finally:
            pool.stop()

    app = FastAPI(title="lawbook", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Kazakhstan's counter-terrorism and counter-extremism criminal law as versioned, "
                              "sourced rules, over HTTP. Every answer carries the rulebook's edition and hash. "
                              "Not legal advice.")
    app.state.rb, app.state.pool, app.state.limits = rb, pool, limits
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["content-type"])
    app.add_middleware(BodyLimit, limit=limits.max_body_bytes)
    app.add_middleware(AccessLog)
    return app


class AccessLog:
    """ASGI middleware: one line per request with the method, the path and the
    status only — query strings and bodies (accounts can be sensitive) are never logged."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not log.isEnabledFor(logging.INFO):
            return await self.app(scope, receive, send)
        t0 = time.perf_counter()
        status = [0]

        async def watch(msg):
            if msg["type"] == "http.response.start":
                status[0] = msg["status"]
            await send(msg)

        try:
            await self.app(scope, receive, watch)
        finally:
            log.info("%s %s %d %.1f ms", scope["method"], scope["path"], status[0], (time.perf_counter() - t0) * 1000)


def _warm(rb) -> None:
    """Build the indexes once, before the first request (they are shared, read-only)."""
    import importlib

    from ..conversion import index as convert_index
    from ..threat import index as threat_index

    convert_index(rb)
    importlib.import_module("lawbook.screening").index(rb)
    threat_index(rb)
