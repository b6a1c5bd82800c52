"""The Criminal Codes as data: articles, parts, penalties, statutory lists and
the 1997 → 2014 correspondence.

Penalties are versioned: each :class:`Penalty` holds the sanctions in force in
its window, so lex mitior can compare the sanction at the date of the acts with
today's.

>>> p = Penalty(sanctions=[Sanction(kind="imprisonment", max=6, unit="years")],
...             confidence="confirmed", sources=["cc-S3"])
>>> p.max_imprisonment_years()
6.0
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from .common import CodeId, Confidence, Disputed, Record, SourceRef, Strict, Text, Window
from .conditions import Condition

SanctionKind = Literal[
    "fine", "corrective_labour", "public_works", "restriction", "arrest", "imprisonment",
    "life", "death", "confiscation", "disqualification", "citizenship", "expulsion",
]
Unit = Literal["years", "months", "days", "hours", "MCI"]

#: How severe each kind of main sanction is, for comparing penalties (higher is harsher).
SEVERITY = {"death": 9, "life": 8, "imprisonment": 7, "restriction": 6, "arrest": 5,
            "corrective_labour": 4, "public_works": 3, "fine": 2,
            "disqualification": 1}  # disqualification only when it is a main sanction (1997 337-1 p1)


class Sanction(Strict):
    """One sanction a part allows: its kind, range and whether it is optional."""

    kind: SanctionKind
    min: float | None = None
    max: float | None = None
    unit: Unit | None = None
    additional: bool = False  # imposed on top of a main sanction (confiscation, disq.)
    optional: bool = False  # the court may or may not impose it
    note: str | None = None

    def in_years(self, value: float | None) -> float | None:
        if value is None:
            return None
        return {"years": 1.0, "months": 1 / 12, "days": 1 / 365, "hours": 1 / (24 * 365)}.get(
            self.unit or "years", 1.0) * value


class Penalty(Window):
    """The sanctions of a part (or a one-part article) in one window of time."""

    sanctions: list[Sanction] = Field(min_length=1)
    text: str | None = None  # the penalty as the source states it, in short
    confidence: Confidence
    sources: list[SourceRef] = Field(min_length=1)
    note: str | None = None
    # The text came with the law signed on ``valid_from`` or, at the latest, with the law signed on
    # this day (the texts in between were not read): until that later law took effect the previous
    # penalty may still have applied (lawbook.inforce.penalty_readings).
    latest_law: dt.date | None = None

    def max_imprisonment_years(self) -> float | None:
        """Longest term of imprisonment allowed (``inf`` when life or death)."""
        best = None
        for s in self.sanctions:
            if s.additional:
                continue
            if s.kind in ("life", "death"):
                return float("inf")
            if s.kind == "imprisonment":
                years = s.in_years(s.max)
                if years is not None and (best is None or years > best):
                    best = years
        return best

    def severity_key(self) -> tuple:
        """A sort key: harsher penalties compare greater (docs/decisions/0013).

        The first difference decides: (1) the harshest main sanction kind the
        court may impose (``SEVERITY``: death > life > imprisonment > restriction
        of liberty > arrest > corrective labour > public works > fine); (2) the
        upper limit of that kind (a term in years, a fine in MCI; life and death
        have none); (3) its lower limit; (4) the mildest main alternative (a law
        that adds a fine beside imprisonment is milder). Additional sanctions
        (confiscation, disqualification) are not compared: the sources do not
        always record them.

        >>> p = lambda *s: Penalty(sanctions=list(s), confidence="confirmed", sources=["x"])
        >>> S = Sanction
        >>> p(S(kind="imprisonment", max=6, unit="years")).severity_key() > p(S(kind="imprisonment", max=2, unit="years")).severity_key()
        True
        """
        main = [s for s in self.sanctions if not s.additional]
        top = max((SEVERITY.get(s.kind, 0) for s in main), default=0)
        tops = [s for s in main if SEVERITY.get(s.kind, 0) == top]

        def size(s: Sanction, value: float | None) -> float:
            if s.kind in ("life", "death"):
                return float("inf")
            if value is None:
                return 0.0
            return float(value) if s.unit == "MCI" else (s.in_years(value) or 0.0)

        top_max = max((size(s, s.max) for s in tops), default=0.0)
        top_min = min((size(s, s.min) for s in tops), default=0.0)
        mildest = min((SEVERITY.get(s.kind, 0) for s in main), default=0)
        return (top, top_max, top_min, mildest)


class Part(Window):
    """A part of an article (часть)."""

    number: str
    summary: Text
    penalties: list[Penalty] = Field(default_factory=list)
    confidence: Confidence | None = None
    sources: list[SourceRef] = Field(default_factory=list)
    note: str | None = None

    def penalty_on(self, day: dt.date) -> Penalty | None:
        for p in self.penalties:
            if p.in_force(day):
                return p
        return None


class TitleVersion(Window):
    """A title the article bore during a window (e.g. 233 "Terrorism" until 2013)."""

    title: Text
    sources: list[SourceRef] = Field(default_factory=list)


class Amendment(Strict):
    """An amending law that matters for this article."""

    law: str  # e.g. "Law 29.11.2011 No. 502-IV"
    date: dt.date
    in_force: dt.date | None = None
    effect: str
    confidence: Confidence = "confirmed"
    sources: list[SourceRef] = Field(default_factory=list)


class Article(Record, Window):
    """An article of one code, with its parts and their penalty history."""

    code: CodeId
    number: str
    chapter: str | None = None
    title: Text
    title_history: list[TitleVersion] = Field(default_factory=list)
    summary: Text | None = None
    parts: list[Part] = Field(default_factory=list)
    penalties: list[Penalty] = Field(default_factory=list)  # one-part articles
    amendments: list[Amendment] = Field(default_factory=list)
    disputed: list[Disputed] = Field(default_factory=list)
    enacted: dt.date | None = None  # date of the law that added it, when in force later
    valid_from_confidence: Confidence = "confirmed"  # how sure the first in-force day is

    def start_uncertain_on(self, day: dt.date) -> bool:
        """True when ``day`` falls in the first 120 days of an article whose
        in-force day is not known exactly (the law's date was used)."""
        return (self.valid_from_confidence != "confirmed" and self.valid_from is not None
                and self.valid_from <= day < self.valid_from + dt.timedelta(days=120))

    @model_validator(mode="after")
    def _parts_unique(self):
        seen = set()
        for p in self.parts:
            if p.number in seen:
                raise ValueError(f"part {p.number} appears twice")
            seen.add(p.number)
        return self

    def penalty_on(self, day: dt.date, part: str | None = None) -> Penalty | None:
        """The penalty in force on ``day``: of ``part``, or of a one-part article."""
        if part is not None:
            p = self.part(part)
            return p.penalty_on(day) if p else None
        return next((pen for pen in self.penalties if pen.in_force(day)), None)

    @property
    def parts_encoded(self) -> bool:
        """Whether the rulebook records this article's parts (or its penalty as a
        one-part article); when it does not, a part a text cites cannot be checked.

        >>> from lawbook import rulebook
        >>> arts = {(a.code, a.number): a for a in rulebook.load().records("articles")}
        >>> arts["2014", "274"].parts_encoded, arts["2014", "273"].parts_encoded, arts["2014", "256"].parts_encoded
        (False, True, True)
        """
        return bool(self.parts or self.penalties)

    def part(self, number: str) -> Part | None:
        for p in self.parts:
            if p.number == number:
                return p
        return None

    def title_on(self, day: dt.date | None) -> Text:
        if day is not None:
            for t in self.title_history:
                if t.in_force(day):
                    return t.title
        return self.title


class ArticleRef(Strict):
    """An article and optionally one part: ``{"article": "233-3", "part": "2"}``."""

    article: str
    part: str | None = None

    def label(self) -> str:
        return f"{self.article}" + (f" part {self.part}" if self.part else "")


Relation = Literal["same", "same-with-changes", "merged", "split", "new", "decriminalised"]


class Mapping(Record):
    """One row of the 1997 → 2014 correspondence.

    ``from_`` is ``None`` for an article new in 2014 (relation ``new``); ``to``
    is empty for one with no criminal counterpart (``decriminalised``).
    """

    from_: ArticleRef | None = Field(default=None, alias="from")
    to: list[ArticleRef] = Field(default_factory=list)
    relation: Relation
    limb: Text | None = None  # which part of the old act goes where, for splits
    limb_when: list[Condition] | None = None  # the limb in fact terms: a finding's facts must meet these
    penalty_change: Literal["raised", "lowered", "same", "mixed"] | None = None
    seed_claim: str | None = None  # what a seed said about this row, when it differs

    @model_validator(mode="after")
    def _shape(self):
        if self.relation == "new" and self.from_ is not None:
            raise ValueError("a 'new' row has no 'from'")
        if self.relation != "new" and self.from_ is None:
            raise ValueError(f"relation {self.relation!r} needs 'from'")
        if self.relation not in ("decriminalised",) and not self.to:
            raise ValueError(f"relation {self.relation!r} needs at least one 'to'")
        return self


class ListEntry(Strict):
    article: str
    parts: list[str] | None = None  # None: every part


class StatutoryList(Record, Window):
    """A list the code itself makes: terrorist crimes, extremist crimes."""

    code: CodeId
    name: Literal["terrorist-crimes", "extremist-crimes"]
    provision: str  # e.g. "art. 3 p.30" or "note 2 to art. 233"
    entries: list[ListEntry]


class CodeEdition(Record, Window):
    """A code as a whole: its act, when it came into force and when it left it."""

    code: CodeId
    act: str
    title: Text
    # the highest article number the code ever had (articles added later take a suffix, "233-1"): a plain
    # number above it is not an article of this code
    last_article: int | None = None


class Law(Strict):
    """An enacting or amending law, once: when it was signed, published and took effect
    (``rules/codes/laws.yaml``). Article and penalty windows that start on a law's signing
    date are read through it (:mod:`lawbook.inforce`): from its in-force day when that is
    known, as uncertain inside ``[in_force_earliest, in_force_latest)`` when only that is."""

    id: str
    title: str
    number: str
    signed: dt.date
    published: dt.date | None = None
    published_in: str | None = None
    entry_into_force_clause: str | None = None
    in_force: dt.date | None = None
    in_force_earliest: dt.date | None = None
    in_force_latest: dt.date | None = None
    confidence: Confidence
    sources: list[SourceRef] = Field(min_length=1)
    used_by: list[str] = Field(default_factory=list)
    note: str | None = None

    @model_validator(mode="after")
    def _dates(self):
        for name in ("published", "in_force", "in_force_earliest", "in_force_latest"):
            v = getattr(self, name)
            if v is not None and v < self.signed:
                raise ValueError(f"{name} {v} is before the law was signed ({self.signed})")
        if self.in_force_earliest and self.in_force_latest and self.in_force_latest < self.in_force_earliest:
            raise ValueError("in_force_latest is before in_force_earliest")
        return self


class AddedArticle(Strict):
    """An article a later law added to a code after the table of contents lawbook holds
    (``rules/codes/contents/cc2014.yaml``: ``added``), with the law that added it."""

    number: str = Field(pattern=r"^\d{1,3}-\d{1,2}$")
    title: str
    law: str
    law_date: dt.date
    source: str
    url: str | None = None  #: the part of the source's text that holds the law's note on the article


class ExcludedArticle(Strict):
    """An article of a code's table of contents that a later law excluded (``rules/codes/contents/cc2014.yaml``:
    ``excluded``), with that law; its title stays the table's."""

    number: str = Field(pattern=r"^\d{1,3}(?:-\d{1,2})?$")
    law: str
    law_date: dt.date  #: the law's date; the exclusion took effect some days later (the source does not date it)
    source: str
    url: str | None = None


class Contents(Record):
    """A code's table of contents: every article number it has had, with its title
    (``rules/codes/contents/``), titles only. It tells which code an article lawbook does not
    cover belongs to when a text names its offence ("ст. 345 ... нарушение правил дорожного
    движения" is the 2014 Code's: the 1997 Code's art. 345 is another offence)."""

    code: CodeId
    lang: Literal["ru", "kk"] = "ru"
    titles: dict[str, str] = Field(min_length=1)
    #: articles added by later laws (numbers with a suffix), each from its law's date
    added: list[AddedArticle] = []
    #: articles later laws excluded, each with its law
    excluded: list[ExcludedArticle] = []
    #: the first article of the Special Part, as the table of contents heads it («ОСОБЕННАЯ ЧАСТЬ»): the articles
    #: before it (the General Part) define no offence, so no one is charged under them
    special_part_from: int | None = None

    @model_validator(mode="after")
    def _numbers(self) -> "Contents":
        import re

        bad = [n for n in self.titles if not re.fullmatch(r"\d{1,3}(?:-\d{1,2})?", n)]
        if bad:
            raise ValueError(f"not article numbers: {', '.join(bad[:5])}")
        twice = [a.number for a in self.added if a.number in self.titles]
        if twice:
            raise ValueError(f"added articles already in the table of contents: {', '.join(twice[:5])}")
        unknown = [a.number for a in self.excluded if a.number not in self.titles and a.number not in
                   {x.number for x in self.added}]
        if unknown:
            raise ValueError(f"excluded articles the table of contents does not have: {', '.join(unknown[:5])}")
        return self
