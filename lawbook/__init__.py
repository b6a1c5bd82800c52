"""lawbook: Kazakhstan's counter-terrorism and counter-extremism criminal law
as versioned, sourced rules.

The Python API (each name is imported on first use, so ``import lawbook`` is
cheap):

- :func:`convert` — 1997 ↔ 2014 article numbers;
- :func:`article` — one article as of a date;
- :func:`cite` — citations in running text;
- :func:`screen`, :func:`banlist`, :class:`ScreeningIndex` — court ban lists;
- :func:`threat_level`, :func:`threat_history`, :func:`assess` — threat levels;
- :func:`classify` — described cases → articles and parts;
- :func:`load_rulebook` — the rulebook itself.

>>> import lawbook
>>> lawbook.convert("337-1 ч.2", from_code="1997").results[0].article
'405'
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_API = {
    "convert": "lawbook.conversion:convert",
    "article": "lawbook.conversion:article",
    "cite": "lawbook.citations:cite",
    "screen": "lawbook.screening:screen",
    "ScreeningIndex": "lawbook.screening:ScreeningIndex",
    "banlist": "lawbook.screening:banlist",
    "banlist_changes": "lawbook.screening:banlist_changes",
    "threat_level": "lawbook.threat:threat_level",
    "threat_history": "lawbook.threat:threat_history",
    "assess": "lawbook.threat:assess",
    "classify": "lawbook.classification:classify",
    "classify_text": "lawbook.classification:classify_text",
    "load_rulebook": "lawbook.rulebook:load",
}

__all__ = sorted(_API)


def __getattr__(name):
    spec = _API.get(name)
    if spec is None:
        raise AttributeError(f"module 'lawbook' has no attribute {name!r}")
    mod, _, attr = spec.partition(":")
    value = getattr(importlib.import_module(mod), attr)
    globals()[name] = value
    return value
