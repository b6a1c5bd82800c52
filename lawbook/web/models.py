"""Request and response models of the HTTP API.

Responses carry exactly the keys of the matching ``--format json`` output
(they are built by the same functions); the models name the keys every
answer has and let the rest through (``extra="allow"``), so the OpenAPI
schema documents them without a second definition of each result.

>>> ClassifyRequest.model_validate({"text": "In 2003 ..."}).text
'In 2003 ...'
"""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

OPEN = ConfigDict(extra="allow")
CLOSED = ConfigDict(extra="forbid")


class Stamp(BaseModel):
    """The rulebook an answer comes from."""

    model_config = OPEN
    edition: str
    sha256: str


class Answer(BaseModel):
    model_config = OPEN
    rulebook: Stamp


class ErrorOut(BaseModel):
    """Every error: the CLI's one-line message."""

    error: str = Field(examples=["the 1997 Criminal Code has no article 999 in lawbook's rulebook"])


ERRORS = {code: {"model": ErrorOut} for code in (400, 404, 413, 422, 503)}


# ---- convert, article, cite ---------------------------------------------------------
class ConvertOut(Answer):
    query: dict
    results: list[dict]
    note: Optional[str] = None
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{
        "query": {"code": "1997", "article": "233-3", "part": None},
        "results": [{"code": "2014", "article": "258", "part": None, "relation": "same-with-changes"}],
        "note": None, "rulebook": {"edition": "2026-…", "sha256": "…"}}]})


class ArticleOut(Answer):
    code: str
    article: str
    as_of: str
    title: dict
    parts: list[dict]
    sources: list[dict]


class CiteRequest(BaseModel):
    model_config = CLOSED
    text: str = Field(description="The document: plain text, Markdown or HTML.",
                      examples=["In 2003 he was convicted under Article 164 of the Criminal Code."])
    date: Optional[str] = Field(None, description="Date of the events (YYYY-MM-DD): decides bare citations.",
                                examples=["2003-05-01"])
    html: Optional[bool] = Field(None, description="Read the text as HTML (default: by its first characters).")
    published: Optional[str] = Field(None, description="When the text was written (YYYY, YYYY-MM or YYYY-MM-DD): "
                                     "before the 2014 Code was signed (3 July 2014), citations nothing else decides "
                                     "are of the 1997 Code.", examples=["2009-04"])


class CiteOut(Answer):
    citations: list[dict]
    summary: dict


# ---- ban lists and screening ------------------------------------------------------------
class BanlistOut(Answer):
    as_of: str
    designation: Optional[str] = None
    count: int
    organisations: list[dict]


class ChangesOut(Answer):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    from_: str = Field(alias="from")
    to: str
    added: list[dict]
    removed: list[dict]
    events: list[dict]


class ScreenRequest(BaseModel):
    """One ``name``, or a list of ``names`` (at most the server's limit)."""

    model_config = CLOSED
    name: Optional[str] = Field(None, examples=["Хизб ут-Тахрир"])
    names: Optional[list[str]] = Field(None, examples=[["HuT", "ISIS"]])
    as_of: Optional[str] = Field(None, examples=["2004-01-01"])
    threshold: Optional[str] = Field(None, description="Score 0..1 at or above which a match is banned.",
                                     examples=["0.8"])

    @model_validator(mode="after")
    def _one_of(self):
        if (self.name is None) == (self.names is None):
            raise ValueError("give either name or names")
        return self


class ScreenOut(Answer):
    query: str
    as_of: str
    banned: bool
    threshold: float
    matches: list[dict]


class ScreenBatchOut(Answer):
    results: list[ScreenOut]


# ---- threat levels ------------------------------------------------------------------------
class ThreatOut(Answer):
    as_of: str
    level: Optional[str] = None
    colour: Optional[str] = None


class HistoryOut(Answer):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    region: Optional[dict] = None
    entries: list[dict]


class AssessRequest(BaseModel):
    """A situation: plain ``text`` (English or Russian), or ``situation``, a mapping of facts."""

    model_config = CLOSED
    text: Optional[str] = Field(None, examples=["Intelligence confirms a group is preparing an attack on a mall."])
    situation: Optional[dict[str, Any]] = None

    @model_validator(mode="after")
    def _one_of(self):
        if (self.text is None) == (self.situation is None):
            raise ValueError("give either text or situation")
        return self


class AssessOut(Answer):
    level: Optional[str] = None
    criterion: Optional[dict] = None
    met_by: list[dict]
    notes: list[str]


# ---- classification ------------------------------------------------------------------------
class ClassifyRequest(BaseModel):
    """An account (``text``, with an optional ``date``) or a structured ``case``."""

    model_config = CLOSED
    text: Optional[str] = Field(None, examples=[
        "In March 2012 a man in Shymkent handed out leaflets of Hizb ut-Tahrir."])
    date: Optional[str] = Field(None, description="Date of the acts (YYYY-MM-DD) when the account gives none.")
    published: Optional[str] = Field(None, description="When the account was written or published (YYYY, YYYY-MM "
                                     "or YYYY-MM-DD): the acts are no later, so an account that gives no date is "
                                     "read as of that day instead of today.", examples=["2012-04"])
    explain: bool = Field(False, description="Accepted for symmetry with --explain: the JSON always has the trace.")
    id: Optional[str] = Field(None, max_length=200)
    case: Optional[dict[str, Any]] = Field(None, examples=[
        {"id": "x", "date": "2013-05-01", "facts": [{"kind": "financing", "target": "terrorism"}]}])

    @model_validator(mode="after")
    def _one_of(self):
        if (self.text is None) == (self.case is None):
            raise ValueError("give either text or case")
        return self


class ClassifyOut(Answer):
    id: str
    event_date: str
    code: str
    findings: list[dict]
    organisations: list[dict]
    notes: list[str]


# ---- exercises, rulebook, health --------------------------------------------------------------
class ExerciseSummary(BaseModel):
    model_config = OPEN
    id: str
    set: str
    level: str
    title: str


class ExerciseOut(ExerciseSummary):
    question: str


class CheckRequest(BaseModel):
    model_config = CLOSED
    answer: str = Field(examples=["258"])
    explain: bool = False


class CheckOut(BaseModel):
    model_config = OPEN
    id: str
    answer: str
    correct: bool
    normalised: str


class RulebookOut(Answer):
    edition: str
    sha256: str
    counts: dict


class HealthOut(Answer):
    status: Literal["ok"]
    workers: int

