"""Every answer of :func:`lawbook.conversion.convert` for one rulebook, computed
once and kept in the cache, so ``lawbook convert`` answers without importing
pydantic or parsing a record.

The table holds, for each article of both codes and each of its parts, the
answer exactly as :meth:`~lawbook.conversion.Conversion.to_dict` gives it. It is
kept by :meth:`lawbook.rulebook.Rulebook.keep_derived`: JSON, keyed by the
rulebook's content hash and a hash of lawbook's code, read only from a cache
directory that is the user's own. It is made only after the rulebook's
cross-references passed (:func:`lawbook.conversion.index`). A query that is not
in it (an error, a code given as `` 1997``) goes the long way, so every answer and
every error message is the one :func:`~lawbook.conversion.convert` gives.

>>> answer("337-1 ч.2", "1997")["results"][0]["article"]
'405'
>>> answer("164 p.2", "1997") == __import__("lawbook").convert("164 p.2", from_code="1997").to_dict()
True
"""
from __future__ import annotations

from . import rulebook as _rulebook
from .refs import parse_ref

#: The name the table is kept under in the cache.
NAME = "convert-answers"


def _key(code: str, article: str, part: str | None) -> str:
    return f"{code}|{article}|{part or ''}"


def answer(ref: str, from_code: str = "1997", rulebook: _rulebook.Rulebook | None = None) -> dict:
    """``convert(ref, from_code, rulebook).to_dict()``, from the table when it holds the answer."""
    rb = rulebook or _rulebook.load()
    state = rb.cached(NAME, dict)
    if "table" not in state:
        state["table"] = rb.derived(NAME) if rb.caching() else None
    table = state["table"]
    if isinstance(table, dict) and from_code in ("1997", "2014"):
        hit = table.get(_key(from_code, *parse_ref(ref)))
        if isinstance(hit, dict):
            return hit
    from .conversion import convert

    got = convert(ref, from_code=from_code, rulebook=rb).to_dict()
    if table is None and rb.caching():
        state["table"] = build(rb)
        rb.keep_derived(NAME, state["table"])
    return got


def build(rb: _rulebook.Rulebook) -> dict:
    """The answer for each article of both codes, whole and part by part (the
    rulebook's cross-references are checked first, as on any conversion)."""
    from .conversion import convert_parsed, index
    from .errors import LawbookError

    ix = index(rb)
    table = {}
    for (code, number), art in ix.articles.items():
        for part in [None, *(p.number for p in art.parts)]:
            try:
                table[_key(code, number, part)] = convert_parsed(code, number, part, ix).to_dict()
            except LawbookError:  # not kept: asked again, it raises the same error the long way
                continue
    return table
