"""The numbers screening runs by: the threshold, the report floor, the weights and the sizes of
its memos (docs/decisions/0003-ban-list-dates-and-screening.md).

>>> DEFAULT_THRESHOLD, REPORT_FLOOR, GENERIC_WEIGHT, MISSING_FACTOR
(0.8, 0.5, 0.25, 0.9)
"""
from __future__ import annotations

#: A match at or above this score, of an organisation banned on the day, sets ``banned``.
DEFAULT_THRESHOLD = 0.80
#: Matches below this score are not reported at all.
REPORT_FLOOR = 0.5
#: Two organisations matched at or above this score in a phrase of several words: each may be named whole in it
#: ("the East Turkistan Liberation Organization and Aum Shinrikyo"), so the names are also read as running text
#: and the one named first comes first, rather than the shorter name the extra words weigh on less.
TWO_NAMES_FLOOR = 0.6
#: At most this many matches per query.
MAX_MATCHES = 10
#: Longest name accepted (characters).
MAX_NAME_CHARS = 1000
#: Weight of a generic word ("party", "Islamic", "движение") inside an alias.
GENERIC_WEIGHT = 0.25
#: Penalty factor when a word of the alias is missing from the query.
MISSING_FACTOR = 0.9

_CACHE_LIMIT = 300_000
#: Entries of the per-word and per-token memos (emptied when full: memory stays bounded).
_MEMO_LIMIT = 100_000
