"""Events an account names without a date ("rioting in the town of Zhanaozen", «взрывы в Атырау»): the dated
events of ``rules/events``, which date an account that gives no date of its own acts
(:func:`lawbook.classification._assumed_date`).

>>> from lawbook import rulebook
>>> rb = rulebook.load()
>>> [(e.id, words) for e, words in named_events("Twenty four of the 37 defendants accused of rioting in the town of Zhanaozen", rb)]
[('event/zhanaozen-2011', 'rioting in the town of Zhanaozen')]
>>> named_events("Protests began in Zhanaozen and spread during the January 2022 events.", rb)
[]
>>> named_events("A school in Zhanaozen received a bomb threat.", rb)
[]
"""
from __future__ import annotations

import re

from . import rulebook as _rulebook


def _compiled(rb: _rulebook.Rulebook) -> list[tuple]:
    def build():
        out = []
        for e in rb.records("events"):
            rx = re.compile("|".join(f"(?:{p})" for p in e.patterns), re.IGNORECASE)
            out.append((e, rx, re.compile(e.unless, re.IGNORECASE) if e.unless else None))
        return out

    return rb.cached("events-compiled", build)


def named_events(text: str, rb: _rulebook.Rulebook) -> list[tuple]:
    """``[(event, the words that name it)]`` for every event of the rulebook ``text`` names, in the rulebook's order;
    an event whose ``unless`` words the text holds is left out, and one none of whose anchors it holds is not tried."""
    return [(event, m.group(0)) for event, m in _matches(text, rb)]


def _matches(text: str, rb: _rulebook.Rulebook):
    """``(event, the first match that names it)`` for each event ``text`` names, in the rulebook's order."""
    low = text.lower()
    for event, rx, unless in _compiled(rb):
        if not any(a in low for a in event.anchors):
            continue
        m = rx.search(text)
        if m and not (unless and unless.search(text)):
            yield event, m


def event_spans(text: str, rb: _rulebook.Rulebook) -> list[tuple]:
    """``[(event, start, end)]`` for the first place ``text`` names each event of the rulebook (as
    :func:`named_events` finds them), in the order they stand in the text.

    >>> from lawbook import rulebook
    >>> [(e.id, s) for e, s, _ in event_spans("In 2012 Vladimir Kozlov was jailed.", rulebook.load())]
    [('case/kozlov-2011', 8)]
    """
    return sorted(((event, m.start(), m.end()) for event, m in _matches(text, rb)), key=lambda x: x[1])
