"""A query shaped like a person's name: two to four capitalised words, none generic, none in
capitals. A person's name that shares one word with an alias ("Aidar Bozkurt") is not the
organisation's; screening caps such a match below the threshold.

>>> from lawbook.screening import index
>>> _person_shaped(index()._words("Aidar Bozkurt")), _person_shaped(index()._words("ISIS Bozkurt"))
(True, False)
"""
from __future__ import annotations

from .. import normalise as N


#: Quotation marks: a name written inside them («Толибон», "Bozkurt") is an organisation's, not a person's.
_QUOTES = frozenset("«»\"“”„‘’")


def _quoted(name: str) -> bool:
    """Whether ``name`` holds quotation marks.

    >>> _quoted("Ҳайати «Толибон»"), _quoted("Aidar Bozkurt")
    (True, False)
    """
    return not _QUOTES.isdisjoint(name)


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
    return (raw[:1].isupper() and not (len(raw) > 1 and raw[:2].isupper())
            and not (N.is_generic(fold) or N.is_particle(fold) or N.is_body_word(fold)))


def _person_like(flags) -> bool:
    """Two to four words that start with a letter (:func:`_person_word` not None), all of them
    possible parts of a person's name."""
    ws = [f for f in flags if f is not None]
    return 2 <= len(ws) <= 4 and all(ws)
