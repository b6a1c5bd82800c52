"""Errors over HTTP: the CLI's messages as ``{"error": …}``.

- a :class:`~lawbook.errors.LawbookError` the user caused → 400 (404 when the
  thing asked for does not exist: an article, an exercise, a place);
- FastAPI's validation errors → 422, one line, not its ``{"detail"}``;
- over the time budget → 503; anything unexpected → 500 (logged with its
  traceback, never disguised as a 400, and never echoing the request).

>>> status_of(__import__("lawbook.errors", fromlist=["x"]).UnknownArticle("no article 999"))
404
"""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import LawbookError, UnknownArticle, UnknownPlace

log = logging.getLogger("lawbook.web")


class OverBudget(Exception):
    """The request ran past its time budget."""


class TooMany(LawbookError):
    """More items in one request than the limit allows (413)."""


def status_of(exc: LawbookError) -> int:
    from ..exercises import UnknownExercise

    if isinstance(exc, TooMany):
        return 413
    if isinstance(exc, (UnknownArticle, UnknownPlace, UnknownExercise)):
        return 404
    if type(exc).__name__ == "UnknownOrganisation":
        return 404
    return 400


def one_line(msg: str) -> str:
    return " ".join(str(msg).split())


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors()[:3]:
        loc = ".".join(str(x) for x in e.get("loc", ()) if x not in ("body", "query", "path"))
        parts.append(f"{loc}: {e.get('msg')}" if loc else str(e.get("msg")))
    return one_line("; ".join(parts)) or "invalid request"


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""

    @app.exception_handler(LawbookError)
    async def lawbook_error(request: Request, exc: LawbookError):
        return JSONResponse({"error": one_line(str(exc))}, status_code=status_of(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return JSONResponse({"error": _validation_message(exc)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"no such page: {request.url.path}"
        return JSONResponse({"error": one_line(msg)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(OverBudget)
    async def over_budget(request: Request, exc: OverBudget):
        return JSONResponse({"error": one_line(str(exc) or "the request ran past its time budget")},
                            status_code=503)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        log.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
        return JSONResponse({"error": f"internal: {type(exc).__name__} (please report it)"}, status_code=500)
