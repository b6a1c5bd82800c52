"""The web page: server-rendered forms over the same functions as the API.

``/`` classifies an account, ``/ui/convert``, ``/ui/cite``, ``/ui/screen``, ``/ui/threat``,
``/ui/banlist`` and ``/ui/exercises`` do the rest; ``/docs`` is the API's
Swagger page from the bundled assets. Every page shows the rulebook's edition
and hash and "not legal advice", in English, Russian or Kazakh (``?lang=``,
remembered in a cookie). Errors are shown on the form, with status 400/404.
"""
from __future__ import annotations

import importlib
import json
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..errors import BadInput, LawbookError
from . import HERE
from .errors import OverBudget, one_line, status_of
from .i18n import LANGUAGES, NAMES, pick_language, t

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(HERE / "templates"))

NAV = [("/", "nav_classify"), ("/ui/convert", "nav_convert"), ("/ui/cite", "nav_cite"), ("/ui/screen", "nav_screen"),
       ("/ui/threat", "nav_threat"), ("/ui/banlist", "nav_banlist"), ("/ui/exercises", "nav_exercises"),
       ("/docs", "nav_api")]

EXAMPLE = "In March 2012 a man in Shymkent handed out leaflets of Hizb ut-Tahrir."


def render(request: Request, template: str, status: int = 200, **ctx) -> HTMLResponse:
    lang = pick_language(request.query_params.get("lang"), request.cookies.get("lang"),
                         request.headers.get("accept-language"))
    params = {k: v for k, v in request.query_params.items() if k != "lang"}

    def switch(code):
        return request.url.path + "?" + urlencode(params | {"lang": code})

    ctx |= {"request": request, "lang": lang, "t": lambda key: t(lang, key), "nav": NAV,
            "stamp": request.app.state.rb.stamp(), "languages": [(c, NAMES[c], switch(c)) for c in LANGUAGES],
            "path": request.url.path}
    resp = templates.TemplateResponse(request, template, ctx, status_code=status)
    if request.query_params.get("lang") in LANGUAGES:
        resp.set_cookie("lang", lang, max_age=365 * 86400, samesite="lax")
    return resp


def _failure(exc: Exception) -> tuple[str, int]:
    if isinstance(exc, LawbookError):
        return one_line(str(exc)), status_of(exc)
    if isinstance(exc, OverBudget):
        return one_line(str(exc)), 503
    raise exc


@router.get("/", response_class=HTMLResponse)
async def classify_form(request: Request):
    return render(request, "classify.html", text="", date="", published="", example=EXAMPLE)


@router.post("/", response_class=HTMLResponse)
async def classify_page(request: Request):
    from . import models as M
    from .api import run_classify
    from .highlight import segments

    form = await request.form()
    text, date = str(form.get("text") or ""), str(form.get("date") or "").strip()
    published = str(form.get("published") or "").strip()
    ctx = {"text": text, "date": date, "published": published, "example": EXAMPLE}
    try:
        if not text.strip():
            raise BadInput("give an account to classify")
        res = json.loads(await run_classify(request, M.ClassifyRequest(text=text, date=date or None,
                                                                           published=published or None)))
    except (LawbookError, OverBudget) as exc:
        msg, status = _failure(exc)
        return render(request, "classify.html", status, error=msg, **ctx)
    facts = {f.get("fact_id"): f for f in res.get("facts", [])}
    return render(request, "classify.html", res=res, segments=segments(text, res), facts=facts, **ctx)


async def _call(request: Request, fn, *args, **kw):
    from .api import budget

    return await budget(request, fn, *args, **kw)


async def _answer(request: Request, template: str, ctx: dict, fn, *args, **kw):
    """Render ``template`` with ``fn(*args, **kw).to_dict()`` as ``res``, or with
    the error's one line and status when it fails (or runs over its budget)."""
    try:
        res = (await _call(request, fn, *args, **kw)).to_dict()
    except (LawbookError, OverBudget) as exc:
        msg, status = _failure(exc)
        return render(request, template, status, error=msg, **ctx)
    return render(request, template, res=res, **ctx)


@router.get("/ui/convert", response_class=HTMLResponse)
async def convert_page(request: Request, ref: str = ""):
    from ..conversion import convert

    code = request.query_params.get("from") or "1997"
    ctx = {"ref": ref, "code": code if code in ("1997", "2014") else "1997"}
    if not ref:
        return render(request, "convert.html", **ctx)
    return await _answer(request, "convert.html", ctx, convert, ref, from_code=ctx["code"], rulebook=request.app.state.rb)


CITE_EXAMPLE = ("В 2012 году его осудили по ч. 1 ст. 164 УК РК. "
                "In 2019 she was sentenced under Article 174, part 2.")


@router.api_route("/ui/cite", methods=["GET", "POST"], response_class=HTMLResponse)
async def cite_page(request: Request):
    """The citations in a pasted text (or HTML), each with its code, the reason and its counterparts."""
    from ..cli.cite_cmd import cite_json
    from ..dates import parse_date, parse_published
    from ..htmltext import looks_like_html

    ctx = {"text": "", "date": "", "published": "", "example": CITE_EXAMPLE}
    if request.method == "GET":
        return render(request, "cite.html", **ctx)
    form = await request.form()
    text = str(form.get("text") or "")
    ctx |= {"text": text, "date": str(form.get("date") or "").strip(),
            "published": str(form.get("published") or "").strip()}
    try:
        if not text.strip():
            raise BadInput("give a text to read citations from")
        day = parse_date(ctx["date"], "date") if ctx["date"] else None
        written = parse_published(ctx["published"], "published") if ctx["published"] else None
        html = looks_like_html(text[:512])
        res = await _call(request, cite_json, text, day, request.app.state.rb, html, written)
    except (LawbookError, OverBudget) as exc:
        msg, status = _failure(exc)
        return render(request, "cite.html", status, error=msg, **ctx)
    marked = None if html else cite_segments(text, res["citations"])
    return render(request, "cite.html", res=res, marked=marked, **ctx)


def cite_segments(text: str, citations: list[dict]) -> list[tuple[str, dict | None]]:
    """The text cut into plain pieces and citations, in order (spans as ``lawbook cite`` gives them).

    >>> cite_segments("under Article 164 now", [{"span": [6, 17], "code": "1997"}])
    [('under ', None), ('Article 164', {'span': [6, 17], 'code': '1997'}), (' now', None)]
    """
    out, pos = [], 0
    for c in sorted(citations, key=lambda c: c["span"][0]):
        s, e = c["span"]
        if s < pos or not 0 <= s < e <= len(text):
            continue
        if s > pos:
            out.append((text[pos:s], None))
        out.append((text[s:e], c))
        pos = e
    if pos < len(text):
        out.append((text[pos:], None))
    return out


@router.get("/ui/screen", response_class=HTMLResponse)
async def screen_page(request: Request, name: str = "", as_of: str = ""):
    ctx = {"name": name, "as_of": as_of}
    if not name:
        return render(request, "screen.html", **ctx)
    from ..dates import parse_date

    ix = importlib.import_module("lawbook.screening").index(request.app.state.rb)
    try:
        day = parse_date(as_of, "as_of") if as_of else None
    except LawbookError as exc:
        msg, status = _failure(exc)
        return render(request, "screen.html", status, error=msg, **ctx)
    return await _answer(request, "screen.html", ctx, ix.screen, name, day)


@router.get("/ui/threat", response_class=HTMLResponse)
async def threat_page(request: Request, region: str = "", as_of: str = ""):
    from ..threat import threat_level

    ctx = {"region": region, "as_of": as_of}
    if not region and not as_of:
        return render(request, "threat.html", **ctx)
    try:
        res = await _call(request, threat_level, as_of or None, region=region or None, rules=request.app.state.rb)
    except (LawbookError, OverBudget) as exc:
        msg, status = _failure(exc)
        return render(request, "threat.html", status, error=msg, **ctx)
    svg = "/threat/history?" + urlencode({"format": "svg"} | ({"region": region} if region else {}))
    return render(request, "threat.html", res=res, svg=svg, **ctx)


@router.get("/ui/banlist", response_class=HTMLResponse)
async def banlist_page(request: Request, as_of: str = "", designation: str = "", changes_from: str = "",
                       changes_to: str = ""):
    ix = importlib.import_module("lawbook.screening").index(request.app.state.rb)
    desig = designation if designation in ("terrorist", "extremist") else None
    ctx = {"as_of": as_of, "designation": desig or "", "changes_from": changes_from, "changes_to": changes_to}
    try:
        res = (await _call(request, ix.banlist, as_of or None, desig)).to_dict()
        changes = None
        if changes_from and changes_to:
            changes = await _call(request, ix.changes, changes_from, changes_to, desig)
    except (LawbookError, OverBudget) as exc:
        msg, status = _failure(exc)
        return render(request, "banlist.html", status, error=msg, **ctx)
    return render(request, "banlist.html", res=res, changes=changes, **ctx)


@router.get("/ui/exercises", response_class=HTMLResponse)
async def exercises_page(request: Request, set: str = ""):
    from ..exercises import SETS, listing

    chosen = set if set in SETS else None
    return render(request, "exercises.html", rows=listing(chosen), sets=SETS, chosen=chosen or "")


@router.api_route("/ui/exercises/{exercise_id}", methods=["GET", "POST"], response_class=HTMLResponse)
async def exercise_page(request: Request, exercise_id: str):
    from ..cli.exercises_cmd import check_json
    from ..exercises import get

    try:
        ex = get(exercise_id)
    except LawbookError as exc:
        msg, status = _failure(exc)
        return render(request, "exercises.html", status, error=msg, rows=[], sets=(), chosen="")
    result, answer = None, ""
    if request.method == "POST":
        form = await request.form()
        answer = str(form.get("answer") or "")
        if answer.strip():
            result = check_json(ex, answer)
    return render(request, "exercise.html", ex=ex, result=result, answer=answer)


@router.get("/docs", response_class=HTMLResponse)
async def docs(request: Request):
    return render(request, "docs.html")
