"""Plain-text accounts → facts: kept for existing imports; the reading lives
in :mod:`lawbook.reading`.

>>> ex = extract("In March 2012 a man in Shymkent handed out leaflets of Hizb ut-Tahrir.")
>>> ex["date"].isoformat()
'2012-03-01'
"""
from __future__ import annotations

from .reading import MAX_TEXT, read as extract  # noqa: F401
from .reading.dates import find_dates  # noqa: F401
