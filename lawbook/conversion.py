"""Convert article numbers between the 1997 Criminal Code and the 2014 Code.

The correspondence is one table (``rules/mapping/``) read in both directions:
the 2014 → 1997 direction is derived from the same rows, never kept twice.

>>> r = convert("233-3", from_code="1997")
>>> [(x.article, x.relation) for x in r.results]
[('258', 'same-with-changes')]
>>> [x.article for x in convert("170", from_code="1997").results]
['179', '180']
>>> [x.article for x in convert("179", from_code="2014").results]
['168', '170', '233-1']
>>> convert("182", from_code="2014").results, convert("182", from_code="2014").note[:27]
([], '2014 art. 182 is new: it ha')
>>> convert("999", from_code="1997")
Traceback (most recent call last):
...
lawbook.errors.UnknownArticle: the 1997 Criminal Code has no article 999 in lawbook's rulebook (covered: 24, 96, 103, 125, 162-172, 175, 177-179, 185, 233-242-1, 251-252, 257, 320-321, 334, 336-338, 363-364); the 1997 Code never had it
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from collections import defaultdict
from pydantic import BaseModel, ConfigDict

from . import rulebook as _rulebook
from .errors import BadInput, NotInForce, RulebookError, UnknownArticle
from .models.code import Article, Mapping
from .models.common import least_confident
from .refs import parse_ref

CODES = ("1997", "2014")
OTHER = {"1997": "2014", "2014": "1997"}
FIRST_DAY = dt.date(1998, 1, 1)  # the 1997 Code came into force: lawbook covers no earlier code
BOUNDARY = dt.date(2015, 1, 1)  # the 2014 Code came into force; the 1997 Code left force


def code_on(day: dt.date) -> str:
    """Which code governs acts committed on ``day``.

    >>> code_on(dt.date(2014, 12, 31)), code_on(dt.date(2015, 1, 1))
    ('1997', '2014')
    """
    return "1997" if day < BOUNDARY else "2014"


class Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class Query(Out):
    code: str
    article: str
    part: str | None = None


class Counterpart(Out):
    """One counterpart of the queried article or part in the other code."""

    code: str
    article: str
    part: str | None
    relation: str
    title: dict
    confidence: str
    sources: list[dict]
    note: str | None = None
    limb: str | None = None
    parts: list[dict] = []
    penalty_change: str | None = None  # computed from both articles' penalty data (see row_direction)
    penalty_change_detail: str | None = None
    mapping: list[str] = []


class Conversion(Out):
    """The answer to one conversion query."""

    query: Query
    results: list[Counterpart]
    note: str | None = None
    rulebook: dict

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")


# -- indexes -------------------------------------------------------------------

class CodeIndex:
    """Articles of both codes and the mapping, indexed for look-ups."""

    def __init__(self, rb: _rulebook.Rulebook):
        self.rb = rb
        self.articles: dict[tuple[str, str], Article] = {}
        for a in rb.records("articles"):
            self.articles[(a.code, a.number)] = a
        self.sources = {s.id: s for s in rb.records("sources")}
        self.rows: list[Mapping] = rb.records("mappings")
        self.rows_by_id: dict[str, Mapping] = {m.id: m for m in self.rows}
        self.forward: dict[str, list[Mapping]] = defaultdict(list)
        self.backward: dict[str, list[Mapping]] = defaultdict(list)
        self.new_in_2014: dict[str, Mapping] = {}
        for m in self.rows:
            if m.from_ is None:
                for t in m.to:
                    self.new_in_2014[t.article] = m
                continue
            self.forward[m.from_.article].append(m)
            for t in m.to:
                if m not in self.backward[t.article]:
                    self.backward[t.article].append(m)
        self.memo: dict[tuple, Conversion] = {}
        self.parsed_memo: dict[tuple, Conversion] = {}

    def coverage(self, code: str) -> str:
        nums = sorted((n for c, n in self.articles if c == code), key=article_sort_key)
        return ", ".join(_ranges(nums))

    def article(self, code: str, number: str) -> Article:
        a = self.articles.get((code, number))
        if a is None:
            raise UnknownArticle(
                f"the {code} Criminal Code has no article {number} in lawbook's rulebook "
                f"(covered: {self.coverage(code)}){self._table_says(code, number)}")
        return a

    def added_on(self, code: str, number: str):
        """The date of the law that added article ``number`` to ``code`` after its table of contents
        (``rules/codes/contents``: ``added``), else ``None``.

        >>> from lawbook import rulebook
        >>> ix = index(rulebook.load())
        >>> ix.added_on("2014", "233-1"), ix.added_on("1997", "233-1")
        (datetime.date(2025, 7, 16), None)
        """
        got = self._added().get((code, number))
        return got.law_date if got is not None else None

    def _added(self) -> dict:
        """``(code, number)`` → the added article's record (``rules/codes/contents``: ``added``)."""
        return self.rb.cached("contents-added", lambda: {(c.code, x.number): x for c in self.rb.records("contents")
                                                         for x in c.added})

    def excluded_by(self, code: str, number: str):
        """The record of the later law that excluded article ``number`` from ``code`` (``rules/codes/contents``:
        ``excluded``), else ``None``.

        >>> from lawbook import rulebook
        >>> ix = index(rulebook.load())
        >>> ix.excluded_by("2014", "130").law, ix.excluded_by("2014", "174")
        ('Law 26.06.2020 No. 349-VI', None)
        """
        table = self.rb.cached("contents-excluded", lambda: {(c.code, x.number): x for c in self.rb.records("contents")
                                                             for x in c.excluded})
        return table.get((code, number))

    def contents(self, lang: str = "ru") -> dict[str, dict[str, str]]:
        """Code → article number → title in ``lang``, from the codes' tables of contents, with the articles
        later laws added ("233-1" is also the 2014 Code's since Law 16.07.2025 No. 210-VIII).

        >>> from lawbook import rulebook
        >>> index(rulebook.load()).contents()["2014"]["115-1"]
        'Сталкинг'
        """
        tables = self.rb.cached("contents-tables", lambda: {(c.code, c.lang): {**c.titles, **{a.number: a.title
                                                                                              for a in c.added}}
                                                             for c in self.rb.records("contents")})
        return {code: t for (code, tl), t in tables.items() if tl == lang}

    def _table_says(self, code: str, number: str) -> str:
        """What the codes' tables of contents say of a number lawbook does not cover: its title there, or that
        only the other code has it (``rules/codes/contents``, with the articles later laws added).

        >>> from lawbook import rulebook
        >>> index(rulebook.load())._table_says("1997", "115-1")
        "; the 1997 Code never had it; the 2014 Code's art. 115-1 is 'Сталкинг' (added by Law 16.07.2025 No. 210-VIII)"
        >>> index(rulebook.load())._table_says("2014", "130")
        "; its table of contents titles it 'Клевета' (excluded by Law 26.06.2020 No. 349-VI); the 1997 Code's art. 130 is 'Оскорбление'"
        """
        tables = self.contents()

        def added(c: str) -> str:
            got, gone = self._added().get((c, number)), self.excluded_by(c, number)
            return ((f" (added by {got.law})" if got is not None else "")
                    + (f" (excluded by {gone.law})" if gone is not None else ""))

        other = "2014" if code == "1997" else "1997"
        mine, theirs = tables.get(code, {}).get(number), tables.get(other, {}).get(number)
        out = ""
        if mine:
            out += f"; its table of contents titles it {mine[:80]!r}" + added(code)
        elif code in tables:
            out += f"; the {code} Code never had it"
        if theirs:
            out += f"; the {other} Code's art. {number} is {theirs[:80]!r}" + added(other)
        return out

    def merged_sources(self, records) -> list[dict]:
        """The sources of several records, each once, in order of first citation."""
        out, seen = [], set()
        for r in records:
            for src in self.source_list(r.sources):
                if src["id"] not in seen:
                    seen.add(src["id"])
                    out.append(src)
        return out

    def source_list(self, refs) -> list[dict]:
        out = []
        for ref in refs:
            s = self.sources.get(ref.id)
            d = {"id": ref.id, "title": s.title if s else None, "url": s.url if s else None}
            if ref.supports:
                d["supports"] = ref.supports
            out.append(d)
        return out


def index(rb: _rulebook.Rulebook | None = None) -> CodeIndex:
    """The articles and mapping of ``rb`` (default: the bundled rulebook),
    indexed. A rulebook other than the bundled one (``--rules``,
    ``$LAWBOOK_RULES``) has its cross-references checked once, on first use
    (:func:`check_rulebook`, about 10 ms): a mapping to a missing article or
    overlapping penalty windows raise the first error, with its file:line."""
    rb = rb or _rulebook.load()
    ix = rb.cached("code-index", lambda: CodeIndex(rb))
    state = rb.cached("code-index-check", dict)
    if "error" not in state:
        state["error"] = None  # set first: the check itself uses the index
        if rb.root.resolve() != _bundled_rules():
            errors = check_rulebook(rb)
            state["error"] = errors[0] if errors else None
    if state["error"] is not None:
        raise state["error"]
    return ix


def _bundled_rules():
    """The rulebook shipped with lawbook (its own tests check it in full)."""
    here = Path(__file__).resolve().parent
    return (here / "_rules") if (here / "_rules").is_dir() else (here.parent / "rules")


def article_sort_key(number: str) -> tuple:
    """``"233-3"`` sorts after ``"233"`` and before ``"234"``.

    >>> sorted(["234", "233-3", "233", "233-10"], key=article_sort_key)
    ['233', '233-3', '233-10', '234']
    """
    head, _, tail = number.partition("-")
    return (int(head) if head.isdigit() else 0, int(tail) if tail.isdigit() else 0, number)


def _ranges(nums: list[str]) -> list[str]:
    """Collapse consecutive article numbers into ranges for messages."""
    out, start, prev = [], None, None
    for n in nums:
        key = article_sort_key(n)
        if start is None:
            start = prev = n
            continue
        pk = article_sort_key(prev)
        if key[0] in (pk[0], pk[0] + 1):
            prev = n
            continue
        out.append(start if start == prev else f"{start}-{prev}")
        start = prev = n
    if start is not None:
        out.append(start if start == prev else f"{start}-{prev}")
    return out


# -- conversion ----------------------------------------------------------------

def check_code(code: str) -> str:
    code = str(code).strip()
    if code not in CODES:
        raise BadInput(f"unknown code {code!r} (use 1997 or 2014)")
    return code


def _relation_of(rows: list[Mapping], targets: set[str], direction: str) -> str:
    rels = {m.relation for m in rows}
    if direction == "forward":
        if len(targets) > 1:
            return "split"
        if "merged" in rels:
            return "merged"
    else:
        if len(targets) > 1:
            return "merged"
        if "split" in rels:
            return "split"
    if rels == {"same"}:
        return "same"
    if len(rels) == 1:
        return next(iter(rels))
    return "same-with-changes"


LAST_1997 = BOUNDARY - dt.timedelta(days=1)


def _versions(ix: CodeIndex, code: str, article: str, part: str | None) -> list:
    art = ix.articles.get((code, article))
    if art is None:
        return []
    if part is not None:
        p = art.part(part)
        return list(p.penalties) if p else []
    return list(art.penalties) if art.penalties else []


def _compare(old, new) -> str:
    ok, nk = old.severity_key(), new.severity_key()
    return "raised" if nk > ok else "lowered" if nk < ok else "same"


def row_direction(ix: CodeIndex, m: Mapping, t) -> dict:
    """How the penalty changed from the 1997 provision of row ``m`` (on its last day,
    31 December 2014) to its 2014 counterpart ``t``, on 1 January 2015 and after each
    later change: computed from the articles' penalty data, never typed.

    >>> r = row_direction(index(), next(m for m in index().forward["337-1"] if m.from_.part == "2"),
    ...                   next(t for t in next(m for m in index().forward["337-1"] if m.from_.part == "2").to))
    >>> r["direction"], r["on"].isoformat()
    ('lowered', '2015-01-01')
    """
    if m.from_ is None:
        return {"direction": "unknown", "why": "new in 2014"}
    if m.from_.part is None and t.part is None and m.relation == "same":
        by_part = _part_for_part(ix, m, t)
        if by_part is not None:
            return by_part
    return _row_direction(ix, m.from_.article, m.from_.part, t.article, t.part)


def _part_for_part(ix: CodeIndex, m: Mapping, t) -> dict | None:
    """A "same" row recorded article to article whose articles have parts (the parts
    line up, docs/codes.md): each part is compared with the part of the same number.
    ``None`` when the articles have no parts or share none."""
    old_art, new_art = ix.articles.get(("1997", m.from_.article)), ix.articles.get(("2014", t.article))
    if old_art is None or new_art is None or old_art.penalties or new_art.penalties:
        return None
    numbers = [p.number for p in old_art.parts if new_art.part(p.number) is not None
               and any(v.in_force(LAST_1997) for v in p.penalties)]
    if not numbers:
        return None
    each = [(n, _row_direction(ix, m.from_.article, n, t.article, n)) for n in numbers]
    known = [(n, r) for n, r in each if r["direction"] != "unknown"]
    if not known:
        return None
    steps = [dict(s, text=f"p{n} {s['text']}", old=f"p{n} {r['old']}") for n, r in known for s in r["steps"]]
    kinds = {s["direction"] for s in steps}
    first = known[0][1]
    return {"direction": next(iter(kinds)) if len(kinds) == 1 else "mixed", "on": first["on"],
            "first": first["first"], "steps": steps, "old": "; ".join(f"p{n} {r['old']}" for n, r in known),
            "part_for_part": [n for n, _ in known],
            "unverified": any(r["unverified"] for _, r in known)}


def _row_direction(ix: CodeIndex, old_article: str, old_part: str | None, new_article: str,
                   new_part: str | None) -> dict:
    """:func:`row_direction` for one 1997 provision and one 2014 provision."""
    olds = _versions(ix, "1997", old_article, old_part)
    old = next((v for v in olds if v.in_force(LAST_1997)), None)
    news = sorted((v for v in _versions(ix, "2014", new_article, new_part) if v.valid_to is None or v.valid_to > BOUNDARY),
                  key=lambda v: v.valid_from or BOUNDARY)
    if old is None or not news:
        return {"direction": "unknown", "why": "a penalty of one side is not in the rulebook"}
    from .inforce import start_of

    steps = []
    for v in news:
        day = max(v.valid_from or BOUNDARY, BOUNDARY)
        earliest, latest, law = start_of(ix.rb, day) if day > BOUNDARY else (day, day, None)
        label = (f"{earliest}" if earliest == latest else f"between {earliest} and {latest or '?'}") + \
            (f", Law {law.number}" if law is not None else "")
        steps.append({"from": day, "in_force": label, "direction": _compare(old, v), "text": v.text,
                      "confidence": v.confidence})
    first = steps[0]
    kinds = {s["direction"] for s in steps}
    direction = first["direction"] if len(kinds) == 1 else "mixed"
    return {"direction": direction, "on": first["from"], "first": first["direction"], "steps": steps,
            "old": old.text, "unverified": any(s["confidence"] == "unverified" for s in steps) or old.confidence == "unverified"}


def _counterpart(ix: CodeIndex, code: str, article: str, part: str | None, rows: list[Mapping],
                 relation: str, part_pairs: list[dict], limb: str | None = None) -> Counterpart:
    art = ix.articles.get((code, article))
    title = {"en": art.title.en, "ru": art.title.ru} if art else {"en": None, "ru": None}
    if art and art.title.kk:
        title["kk"] = art.title.kk
    confidence = least_confident(m.confidence for m in rows)
    notes = []
    for m in rows:
        if m.note and m.note not in notes:
            notes.append(m.note)
    sources = ix.merged_sources(rows)
    changes, details = set(), []
    for m in rows:
        for t in m.to:
            if code == "1997" or t.article == article:
                r = row_direction(ix, m, t)
                if r["direction"] != "unknown":
                    changes.add(r["direction"])
                    steps = "; ".join(f"{st['direction']} from {st['in_force']} ({st.get('old', r['old'])} → {st['text']})"
                                      + (" [unverified]" if st["confidence"] == "unverified" else "")
                                      for st in r["steps"])
                    details.append(steps)
                elif m.penalty_change:  # typed only where the penalties are not both in the rulebook
                    changes.add(m.penalty_change)
    change = next(iter(changes)) if len(changes) == 1 else ("mixed" if changes else None)
    detail = " | ".join(dict.fromkeys(details)) or None
    return Counterpart(code=code, article=article, part=part, relation=relation, title=title,
                       confidence=confidence, sources=sources, note="; ".join(notes) or None,
                       limb=limb, parts=part_pairs, penalty_change=change, penalty_change_detail=detail,
                       mapping=[m.id for m in rows])


def convert(ref: str, from_code: str = "1997", rulebook: _rulebook.Rulebook | None = None) -> Conversion:
    """Counterparts of an article (or part) of one code in the other.

    ``ref`` takes the usual forms: ``233-3``, ``233-3 p.2``, ``233-3(2)``,
    ``art. 233-3 part 2``, ``ст. 233-3 ч. 2``, ``ч.2 ст.233-3``.
    """
    ix = index(rulebook)
    key = (ref, from_code)
    hit = ix.memo.get(key)
    if hit is not None:
        return hit
    code = check_code(from_code)
    article, part = parse_ref(ref)
    result = convert_parsed(code, article, part, ix)
    if len(ix.memo) < 100_000:
        ix.memo[key] = result
    return result


def convert_parsed(code: str, article: str, part: str | None, ix: CodeIndex) -> Conversion:
    """:func:`convert` for an already parsed reference (memoised per code,
    article and part: the answer depends only on them and the rulebook)."""
    key = (code, article, part)
    hit = ix.parsed_memo.get(key)
    if hit is None:
        hit = _convert_parsed(code, article, part, ix)
        if len(ix.parsed_memo) < 100_000:
            ix.parsed_memo[key] = hit
    return hit


def _convert_parsed(code: str, article: str, part: str | None, ix: CodeIndex) -> Conversion:
    art = ix.article(code, article)
    unchecked = None
    if part is not None and art.part(part) is None:
        if art.parts_encoded:
            have = ", ".join(p.number for p in art.parts) or "none: it is a one-part article"
            raise UnknownArticle(f"article {article} of the {code} Criminal Code has no part {part} (parts: {have})")
        unchecked = f"the rulebook does not record the parts of {code} art. {article}: part {part} is not checked"
    query = Query(code=code, article=article, part=part)
    stamp = ix.rb.stamp()
    if code == "1997":
        results, note = _forward(ix, article, part)
    else:
        results, note = _backward(ix, article, part)
    note = "; ".join(x for x in (note, unchecked) if x) or None
    return Conversion(query=query, results=results, note=note, rulebook=stamp)


def _forward(ix: CodeIndex, article: str, part: str | None):
    rows = ix.forward.get(article, [])
    if not rows:
        return [], f"1997 art. {article}: no 2014 counterpart is recorded in the rulebook"
    if all(m.relation == "decriminalised" for m in rows):
        return [], "; ".join(m.note or "decriminalised" for m in rows)
    if part is not None:
        exact = [m for m in rows if m.from_.part == part]
        note = None
        if not exact:
            exact = [m for m in rows if m.from_.part is None]
            note = f"the correspondence is recorded for the whole of art. {article}, not part by part"
        if not exact:
            return [], f"1997 art. {article} part {part}: no 2014 counterpart is recorded"
        out = []
        for m in exact:
            for t in m.to:
                out.append(_counterpart(ix, "2014", t.article, t.part, [m], m.relation,
                                        [], m.limb.en if m.limb else None))
        return out, note
    # article level: collapse part rows per target article
    by_target: dict[str, list[Mapping]] = defaultdict(list)
    for m in rows:
        for t in m.to:
            if m not in by_target[t.article]:
                by_target[t.article].append(m)
    out = []
    for target in sorted(by_target, key=article_sort_key):
        trows = by_target[target]
        pairs = []
        for m in trows:
            for t in m.to:
                if t.article == target:
                    pairs.append({"from": m.from_.part, "to": t.part})
        relation = _relation_of(rows, set(by_target), "forward")
        limbs = [m.limb.en for m in trows if m.limb]
        out.append(_counterpart(ix, "2014", target, None, trows, relation, pairs,
                                "; ".join(dict.fromkeys(limbs)) or None))
    return out, None


def _backward(ix: CodeIndex, article: str, part: str | None):
    rows = ix.backward.get(article, [])
    new = ix.new_in_2014.get(article)
    if not rows:
        if new is not None:
            why = f" ({new.note})" if new.note else ""
            return [], f"2014 art. {article} is new: it has no predecessor in the 1997 Code{why}"
        return [], f"2014 art. {article}: no 1997 predecessor is recorded in the rulebook"
    if part is not None:
        exact = [m for m in rows if any(t.article == article and t.part == part for t in m.to)]
        note = None
        if not exact:
            exact = [m for m in rows if any(t.article == article and t.part is None for t in m.to)]
            note = f"the correspondence is recorded for the whole of art. {article}, not part by part"
        if not exact:
            return [], f"2014 art. {article} part {part}: no 1997 predecessor is recorded"
        out = [_counterpart(ix, "1997", m.from_.article, m.from_.part, [m], m.relation, [],
                            m.limb.en if m.limb else None) for m in exact]
        return out, note
    by_source: dict[str, list[Mapping]] = defaultdict(list)
    for m in rows:
        by_source[m.from_.article].append(m)
    out = []
    for src in sorted(by_source, key=article_sort_key):
        srows = by_source[src]
        pairs = [{"from": m.from_.part, "to": t.part} for m in srows for t in m.to if t.article == article]
        relation = _relation_of(rows, set(by_source), "backward")
        limbs = [m.limb.en for m in srows if m.limb]
        out.append(_counterpart(ix, "1997", src, None, srows, relation, pairs,
                                "; ".join(dict.fromkeys(limbs)) or None))
    note = None
    if new is not None:
        note = f"2014 art. {article} is partly new ({new.note or 'no full predecessor'})"
    return out, note


# -- articles ------------------------------------------------------------------

def article(ref: str, code: str = "1997", as_of: dt.date | str | None = None,
            rulebook: _rulebook.Rulebook | None = None) -> dict:
    """An article as of a date: title, parts in force with their penalties,
    validity and sources. Raises :class:`NotInForce` when it was not in force.

    >>> a = article("233-4", code="1997", as_of="2012-06-01")
    >>> a["article"], a["in_force"]
    ('233-4', True)
    >>> article("233-4", code="1997", as_of="2011-06-01")
    Traceback (most recent call last):
    ...
    lawbook.errors.NotInForce: art. 233-4 of the 1997 Criminal Code was not in force on 2011-06-01 (in force 2011-12-14 to 2015-01-01)
    """
    from .dates import parse_date, today

    ix = index(rulebook)
    code = check_code(code)
    number, part = parse_ref(ref)
    art = ix.article(code, number)
    day = parse_date(as_of, "--as-of") if as_of is not None else today()
    from .inforce import article_start

    if not art.in_force(day):
        raise NotInForce(f"art. {number} of the {code} Criminal Code was not in force on {day} "
                         f"(in force {art.valid_from} to {art.valid_to or 'now'})")
    start_state, start_note = article_start(ix.rb, art, day)
    if start_state == "not yet":
        raise NotInForce(f"art. {number} of the {code} Criminal Code was not in force on {day}: {start_note}")
    from .inforce import penalty_readings

    parts = []
    uncertain = False
    for p in art.parts:
        if part is not None and p.number != part:
            continue
        pr = penalty_readings(ix.rb, p.penalties, day)
        uncertain = uncertain or pr["uncertain"]
        parts.append({
            "part": p.number, "summary": p.summary.en, "in_force": p.in_force(day),
            "valid_from": p.valid_from, "valid_to": p.valid_to,
            "penalty": _penalty_dict(pr["penalty"]),
            **({"uncertain": True, "penalty_readings": [_penalty_dict(x) for x in pr["readings"]]} if pr["uncertain"] else {}),
            **({"penalty_note": pr["note"]} if pr["note"] else {}),
        })
    if part is not None and not parts:
        if not art.parts_encoded:
            raise UnknownArticle(f"the rulebook does not record the parts of art. {number} of the {code} Criminal "
                                 f"Code, so it has nothing on part {part}; ask for the whole article")
        raise UnknownArticle(f"article {number} of the {code} Criminal Code has no part {part}")
    if part is not None and not parts[0]["in_force"]:
        raise NotInForce(f"art. {number} part {part} of the {code} Criminal Code was not in force on {day}")
    apr = penalty_readings(ix.rb, art.penalties, day)
    pen = apr["penalty"]
    uncertain = uncertain or apr["uncertain"]
    title = art.title_on(day)
    path, line = ix.rb.where(art)
    note = art.note
    if start_state == "uncertain":
        note = start_note + " " + (note or "")
        uncertain = True
    elif art.start_uncertain_on(day):
        note = (f"In force from {art.valid_from} is {art.valid_from_confidence}: the exact in-force day is not "
                f"known, so {day} may fall before it. " + (note or ""))
    return {
        "code": code, "article": number, "part": part, "as_of": day,
        "id": art.id, "title": title.model_dump(exclude_none=True),
        "in_force": True, "valid_from": art.valid_from, "valid_to": art.valid_to,
        "parts": parts, "penalty": _penalty_dict(pen),
        **({"penalty_readings": [_penalty_dict(x) for x in apr["readings"]]} if apr["uncertain"] else {}),
        **({"penalty_note": apr["note"]} if apr["note"] else {}),
        **({"uncertain": True} if uncertain else {}),
        "confidence": art.confidence, "note": note,
        "valid_from_confidence": art.valid_from_confidence,
        "sources": ix.source_list(art.sources), "file": f"{path}:{line}",
        "rulebook": ix.rb.stamp(),
    }


def _penalty_dict(pen) -> dict | None:
    if pen is None:
        return None
    return {
        "text": pen.text,
        "sanctions": [s.model_dump(exclude_none=True, exclude_defaults=True) | {"kind": s.kind} for s in pen.sanctions],
        "max_imprisonment_years": pen.max_imprisonment_years(),
        "valid_from": pen.valid_from, "valid_to": pen.valid_to,
        "confidence": pen.confidence, "note": pen.note,
    }


# -- rulebook cross-checks -----------------------------------------------------

def _check_directions(rb: _rulebook.Rulebook, ix: CodeIndex) -> list[RulebookError]:
    """A penalty direction typed on a mapping row must not contradict the one the articles' data give."""
    errors = []
    for m in rb.records("mappings"):
        if m.penalty_change is None or m.from_ is None:
            continue
        for t in m.to:
            r = row_direction(ix, m, t)
            if r["direction"] != "unknown" and r["direction"] != m.penalty_change:
                path, line = rb.where(m)
                errors.append(RulebookError(
                    f"penalty_change {m.penalty_change!r} contradicts the articles' penalties "
                    f"({r['direction']}: {'; '.join(s['direction'] + ' from ' + str(s['from']) for s in r['steps'])}); "
                    f"remove it, the direction is computed", path, line, "penalty_change"))
    return errors


def check_rulebook(rb: _rulebook.Rulebook) -> list[RulebookError]:
    """Mappings point to existing articles and parts; windows are ordered and
    do not overlap for one number; penalty windows of a part do not overlap;
    a typed penalty direction agrees with the computed one."""
    from .dates import overlaps

    errors: list[RulebookError] = []
    arts: dict[tuple[str, str], list[Article]] = defaultdict(list)
    for a in rb.records("articles"):
        arts[(a.code, a.number)].append(a)
        path, line = rb.where(a)
        for p in a.parts:
            wins = p.penalties
            for i in range(len(wins)):
                for j in range(i + 1, len(wins)):
                    if overlaps(wins[i].valid_from, wins[i].valid_to, wins[j].valid_from, wins[j].valid_to):
                        errors.append(RulebookError(
                            f"art. {a.number} part {p.number}: penalty windows {i + 1} and {j + 1} overlap",
                            path, line, "parts.penalties"))
    for (code, num), group in arts.items():
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                if overlaps(group[i].valid_from, group[i].valid_to, group[j].valid_from, group[j].valid_to):
                    path, line = rb.where(group[j])
                    errors.append(RulebookError(f"{code} art. {num} has overlapping validity windows", path, line, "valid_from"))
    for m in rb.records("mappings"):
        path, line = rb.where(m)
        ends = []
        if m.from_ is not None:
            ends.append(("1997", m.from_, "from"))
        ends += [("2014", t, "to") for t in m.to]
        for code, ref, field in ends:
            group = arts.get((code, ref.article))
            if not group:
                errors.append(RulebookError(f"points to {code} art. {ref.article}, which has no record", path, line, field))
                continue
            if ref.part is not None and not any(a.part(ref.part) for a in group):
                errors.append(RulebookError(f"points to {code} art. {ref.article} part {ref.part}, which the article does not have", path, line, field))
    if not errors:
        errors.extend(_check_directions(rb, index(rb)))
    return errors
