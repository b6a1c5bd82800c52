"""Banned organisations named in an account, found by the screening index
(every script and spelling the ban lists hold), as of the date of the acts.

The person's relation to an organisation (a follower, a member, attending its
meetings, spreading its materials, acting for it) comes from the lexicon's
``organisation_activity`` frames; :func:`lawbook.reading.read` links the two.
"""
from __future__ import annotations

import datetime as dt

from .. import rulebook as _rulebook


def mentions(rb: _rulebook.Rulebook, text: str, date: dt.date | None) -> list[dict]:
    """``[{start, end, text, name, id}]`` for every listed organisation named in ``text``."""
    from ..screening import index as screening_index

    return [{"start": m.start, "end": m.end, "text": m.text, "name": m.name, "id": m.id}
            for m in screening_index(rb).find_mentions(text, as_of=date)]
