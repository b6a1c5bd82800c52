"""A query shaped like a person's name: two to four capitalised words, none generic, none in
capitals. A person's name that shares one word with an alias ("Aidar Bozkurt") is not the
organisation's; screening caps such a match below the threshold.

>>> from lawbook.screening import index
>>> _person_shaped(index()._words("Aidar Bozkurt")), _person_shaped(index()._words("ISIS Bozkurt"))
(True, False)
"""
from __future__ import annotations

import re

from .. import normalise as N
from .query import NATIONALITY_WORDS as _NATIONALITY


#: A part of a name in quotation marks, as organisations' names are written in running text («Толибон»).
_QUOTED_PART = re.compile(r"[«\"“„][^«»\"“”„]*[»\"”“]")


def _quoted(name: str) -> bool:
    """Whether ``name`` writes part of itself in quotation marks, as an organisation's name in running text is
    written («Ҳайати «Толибон»», "the Taliban's delegation"), and the words outside the quotes are no person's name.
    A name quoted whole (a field of a table) or a person's nickname in quotes («Алексей «Бозкурт» Иванов») is not.

    >>> _quoted("Ҳайати «Толибон»"), _quoted("Aidar Bozkurt"), _quoted("«Aidar Bozkurt»")
    (True, False, False)
    >>> _quoted("Алексей «Бозкурт» Иванов")
    False
    """
    parts = _QUOTED_PART.findall(name)
    if not parts or (len(parts) == 1 and parts[0] == name.strip()):
        return False
    outside = _QUOTED_PART.sub(" ", name)
    return not _person_like([_person_word(w, N.fold_word(w)) for w in N._WORD_RE.findall(outside)])


def _person_shaped(words) -> bool:
    """Two to four capitalised words (not abbreviations), none of them generic: a person's name.

    >>> from lawbook.screening import index
    >>> _person_shaped(index()._words("Aidar Bozkurt")), _person_shaped(index()._words("Bozkurt party"))
    (True, False)
    """
    return _person_like([_person_word(w.raw, w.fold) for w in words])


def _person_word(raw: str, fold: str) -> bool | None:
    """None for a word that does not start with a letter, else whether it may be part of a
    person's name: capitalised, not in capitals, and not a generic word, particle or body word.

    >>> _person_word("Aidar", "aidar"), _person_word("ISIS", "isis"), _person_word("42", "42")
    (True, False, None)
    >>> _person_word("ИГИЛа", "igila")
    False
    """
    if not raw[:1].isalpha():
        return None
    # (an abbreviation, also with a case ending written after it: «ИГИЛа», "ISIS's", is no name)
    return (raw[:1].isupper() and not raw[1:2].isupper()
            and not (N.is_generic(fold) or N.is_particle(fold) or N.is_body_word(fold) or fold in _NATIONALITY))


def _person_like(flags) -> bool:
    """Two to four words that start with a letter (:func:`_person_word` not None), all of them
    possible parts of a person's name."""
    ws = [f for f in flags if f is not None]
    return 2 <= len(ws) <= 4 and all(ws)
