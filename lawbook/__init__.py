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
    "convert": "lawbook.convert:convert",
    "article": "lawbook.convert:article",
    "cite": "lawbook.citations:cite",
    "screen": "lawbook.screen:screen",
    "ScreeningIndex": "lawbook.screen:ScreeningIndex",
    "banlist": "lawbook.screen:banlist",
    "banlist_changes": "lawbook.screen:banlist_changes",
    "threat_level": "lawbook.threat:threat_level",
    "threat_history": "lawbook.threat:threat_history",
    "assess": "lawbook.threat:assess",
    "classify": "lawbook.classify:classify",
    "classify_text": "lawbook.classify:classify_text",
    "load_rulebook": "lawbook.rulebook:load",
}

__all__ = sorted(_API)

# These three share their names with their modules. Binding them here, after
# importing the modules, keeps ``lawbook.convert`` the function even when
# ``lawbook.convert`` the module has been imported elsewhere.
from .convert import convert  # noqa: E402,F401
from .screen import screen  # noqa: E402,F401
from .classify import classify  # noqa: E402,F401


def __getattr__(name):
    spec = _API.get(name)
    if spec is None:
        raise AttributeError(f"module 'lawbook' has no attribute {name!r}")
    mod, _, attr = spec.partition(":")
    value = getattr(importlib.import_module(mod), attr)
    globals()[name] = value
    return value
