"""The JSON endpoints: one per command, the same keys as ``--format json``.

Each endpoint calls the function the CLI calls (or the JSON builder the CLI
shares) and returns its dict as is; query parameters are the CLI's long
options with ``_``. Nothing reads a path from the request or writes to disk.
"""
from __future__ import annotations

import asyncio
import functools
from typing import Literal, Optional, Union

from fastapi import APIRouter, Query, Request, Response

from ..cli.common import to_json
from ..errors import BadInput
from . import models as M
from .errors import OverBudget, TooMany

router = APIRouter()

Code = Literal["1997", "2014"]


def out(obj) -> Response:
    """The dict as the CLI prints it with ``--format json`` (keys in the API's order)."""
    return Response(to_json(obj), media_type="application/json")


async def budget(request: Request, fn, *args, **kw):
    """Run ``fn`` in a thread within the request's time budget (503 past it)."""
    limit = request.app.state.limits.timeout_s
    fut = asyncio.get_running_loop().run_in_executor(None, functools.partial(fn, *args, **kw))
    try:
        return await asyncio.wait_for(fut, limit)
    except asyncio.TimeoutError:
        raise OverBudget(f"the request ran past the time budget of {limit:g} s") from None


def _rb(request: Request):
    return request.app.state.rb


def _day(value: Optional[str], option: str):
    from ..dates import parse_date

    return parse_date(value, option) if value else None


# ---- convert, article, cite ----------------------------------------------------------
@functools.lru_cache(maxsize=4096)
def convert_json(rb, ref: str, from_code: str) -> str:
    """``lawbook convert REF --from CODE --format json`` as text. Conversions are
    memoised lookups; their JSON is kept too (the most recent 4,096 REFs)."""
    from ..conversion import convert as api

    return to_json(api(ref, from_code=from_code, rulebook=rb).to_dict())


@router.get("/convert", response_model=M.ConvertOut, responses=M.ERRORS, tags=["convert"],
            summary="Convert an article number to the other Criminal Code")
async def convert(request: Request,
                  ref: str = Query(..., max_length=200, examples=["233-3"], description="233-3, '233-3 p.2', 'ст. 233-3 ч. 2' …"),
                  from_: Code = Query("1997", alias="from", description="The code REF belongs to.")):
    # answered in place: a memoised lookup of a bounded REF costs less than the hop to a thread
    return Response(convert_json(_rb(request), ref, from_), media_type="application/json")


@router.get("/article", response_model=M.ArticleOut, responses=M.ERRORS, tags=["convert"],
            summary="An article (or part) as in force on a date")
async def article(request: Request, ref: str = Query(..., max_length=200, examples=["337-1"]),
                  code: Code = Query(..., examples=["1997"]),
                  as_of: Optional[str] = Query(None, max_length=40, examples=["2010-05-01"])):
    from ..conversion import article as api

    return out(await budget(request, api, ref, code=code, as_of=as_of, rulebook=_rb(request)))


@router.post("/cite", response_model=M.CiteOut, responses=M.ERRORS, tags=["convert"],
             summary="Criminal Code citations in a text, with their counterparts")
async def cite(request: Request, body: M.CiteRequest):
    from ..cli.cite_cmd import cite_json
    from ..htmltext import looks_like_html

    from ..dates import parse_published

    day = _day(body.date, "date")
    written = parse_published(body.published, "published") if body.published else None
    html = looks_like_html(body.text[:512]) if body.html is None else body.html
    return out(await budget(request, cite_json, body.text, day, _rb(request), html, written))


# ---- ban lists and screening ------------------------------------------------------------
def _index(request: Request):
    import importlib

    return importlib.import_module("lawbook.screening").index(_rb(request))


@router.get("/banlist", response_model=M.BanlistOut, tags=["screening"],
            responses=M.ERRORS | {200: {"content": {"application/json": {}, "text/csv": {}, "application/x-ndjson": {}},
                                        "description": "JSON; CSV with format=csv; FollowTheMoney entities, one "
                                                       "per line, with format=ftm."}},
            summary="The organisations banned by Kazakh courts, as of a date (JSON, CSV or FollowTheMoney)")
async def banlist(request: Request, as_of: Optional[str] = Query(None, max_length=40, examples=["2005-01-01"]),
                  designation: Optional[Literal["terrorist", "extremist"]] = None,
                  format: Literal["json", "csv", "ftm"] = "json"):
    ix = _index(request)
    bl = await budget(request, ix.banlist, as_of, designation)
    if format == "csv":
        import io

        from ..cli.banlist_cmd import banlist_csv

        buf = io.StringIO()
        banlist_csv(bl, buf)
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8")
    if format == "ftm":
        from ..ftm import dumps

        sources = {s.id: s for s in ix.rb.records("sources")}
        return Response(dumps(bl.organisations, sources), media_type="application/x-ndjson")
    return out(bl.to_dict())


@router.get("/banlist/changes", response_model=M.ChangesOut, responses=M.ERRORS, tags=["screening"],
            summary="Organisations added and removed between two dates (--changes FROM TO)")
async def banlist_changes(request: Request,
                          from_: str = Query(..., alias="from", max_length=40, examples=["2015-01-01"]),
                          to: str = Query(..., max_length=40, examples=["2024-06-01"]),
                          designation: Optional[Literal["terrorist", "extremist"]] = None):
    return out(await budget(request, _index(request).changes, from_, to, designation))


@router.post("/screen", response_model=Union[M.ScreenOut, M.ScreenBatchOut], responses=M.ERRORS,
             tags=["screening"], summary="Screen one name, or a list of names, as of a date")
async def screen(request: Request, body: M.ScreenRequest):
    import importlib

    S = importlib.import_module("lawbook.screening")
    limit = request.app.state.limits.max_names
    if body.names is not None and len(body.names) > limit:
        raise TooMany(f"{len(body.names)} names in one request; the limit is {limit}")
    day = _day(body.as_of, "as_of")
    thr = S._threshold(body.threshold) if body.threshold is not None else None
    ix = _index(request)
    if body.name is not None:
        return out((await budget(request, ix.screen, body.name, day, thr)).to_dict())

    def many():
        return [ix.screen(n, day, thr).to_dict() for n in body.names]

    return out({"results": await budget(request, many), "rulebook": _rb(request).stamp()})


# ---- threat levels ------------------------------------------------------------------------
@router.get("/threat", response_model=M.ThreatOut, responses=M.ERRORS, tags=["threat"],
            summary="The terrorism threat level in force at a place and moment")
async def threat(request: Request,
                 as_of: Optional[str] = Query(None, max_length=40, examples=["2016-06-07"],
                                              description="A day, or a moment (local time of the place)."),
                 region: Optional[str] = Query(None, max_length=200, examples=["Aktobe"])):
    from ..threat import threat_level

    return out(await budget(request, threat_level, as_of, region=region, rules=_rb(request)))


@router.get("/threat/history", response_model=M.HistoryOut, tags=["threat"],
            responses=M.ERRORS | {200: {"content": {"application/json": {}, "image/svg+xml": {}},
                                        "description": "The timeline as JSON, or drawn as SVG (format=svg)."}},
            summary="The timeline of declarations (JSON, or SVG with format=svg)")
async def threat_history(request: Request, region: Optional[str] = Query(None, max_length=200, examples=["Almaty"]),
                         from_: Optional[str] = Query(None, alias="from", max_length=40),
                         to: Optional[str] = Query(None, max_length=40),
                         exercises: bool = False,
                         format: Literal["json", "svg"] = "json"):
    rb = _rb(request)
    if format == "svg":
        from ..svg import timeline_svg

        svg = await budget(request, timeline_svg, region, from_, to, rules=rb)
        return Response(svg, media_type="image/svg+xml")
    from ..threat import threat_history as api

    return out(await budget(request, api, region, from_, to, rules=rb, include_exercises=exercises))


@router.post("/threat/assess", response_model=M.AssessOut, responses=M.ERRORS, tags=["threat"],
             summary="Which level's criterion a described situation meets")
async def threat_assess(request: Request, body: M.AssessRequest):
    from ..threat import assess

    if body.text is not None and not body.text.strip():
        raise BadInput("text: empty: describe a situation")
    situation = body.text if body.text is not None else body.situation
    return out(await budget(request, assess, situation, rules=_rb(request)))


# ---- classification -------------------------------------------------------------------------
def classify_job_of(body: M.ClassifyRequest) -> dict:
    """The job :func:`lawbook.cases.run_job` runs for a request body."""
    if body.date:
        _day(body.date, "date")
    if body.published:
        from ..dates import parse_published

        parse_published(body.published, "published")
    if body.case is not None:
        return {"label": "case", "kind": "case", "data": body.case, "text": None, "path": "case"}
    if not body.text.strip():
        raise BadInput("text: empty: give an account to classify")
    job = {"label": "text", "kind": "text", "id": body.id or "text", "text": body.text, "date": body.date}
    if body.published:
        job["published"] = body.published
    return job


async def run_classify(request: Request, body: M.ClassifyRequest) -> str:
    """The result as JSON text (serialised in the worker); bad input raises :class:`BadInput`."""
    job = classify_job_of(body)
    text, error = await request.app.state.pool.run(job, request.app.state.limits.timeout_s, _rb(request))
    if error:
        raise BadInput(error)
    return text


@router.post("/classify", response_model=M.ClassifyOut, responses=M.ERRORS, tags=["classify"],
             summary="Classify an account or a structured case into articles and parts")
async def classify(request: Request, body: M.ClassifyRequest):
    return Response(await run_classify(request, body), media_type="application/json")


# ---- exercises -------------------------------------------------------------------------------
@router.get("/exercises", response_model=list[M.ExerciseSummary], responses=M.ERRORS, tags=["exercises"],
            summary="The exercises (id, set, level, title)")
async def exercises(set: Optional[Literal["convert", "reports", "screening", "threat", "classify"]] = None):
    from ..exercises import listing

    return out(listing(set))


@router.get("/exercises/{exercise_id}", response_model=M.ExerciseOut, responses=M.ERRORS, tags=["exercises"],
            summary="One exercise: its question (hints and answer on request)")
async def exercise(exercise_id: str, hints: bool = False, answer: bool = False):
    from ..cli.exercises_cmd import show_json
    from ..exercises import get

    return out(show_json(get(exercise_id), hints, answer))


@router.post("/exercises/{exercise_id}/check", response_model=M.CheckOut, responses=M.ERRORS, tags=["exercises"],
             summary="Check an answer (hints when wrong, the explanation when right)")
async def exercise_check(exercise_id: str, body: M.CheckRequest):
    from ..cli.exercises_cmd import check_json
    from ..exercises import get

    return out(check_json(get(exercise_id), body.answer, body.explain))


# ---- rulebook and health -----------------------------------------------------------------------
@router.get("/rulebook", response_model=M.RulebookOut, tags=["service"], summary="Edition, hash and counts")
async def rulebook(request: Request):
    from ..cli.rulebook_cmd import info_json

    return out(info_json(_rb(request)))


@router.get("/health", response_model=M.HealthOut, tags=["service"], summary="The service is up")
async def health(request: Request):
    return out({"status": "ok", "workers": request.app.state.pool.workers, "rulebook": _rb(request).stamp()})
