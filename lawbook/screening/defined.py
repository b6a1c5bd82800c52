"""Abbreviations a text defines: "An inertial measurement unit (IMU) is …", "Profil Kandydata na Kierowcę (PKK)".

A text that spells a phrase out and puts its initials in brackets after it says what the abbreviation stands for
there: "IMU" is then the inertial measurement unit, not the Islamic Movement of Uzbekistan, and "PKK" a driver's
profile, not the Kurdistan Workers' Party (names round 39's dev side). The phrase's initials are read back from the
bracket, small function words ("na", "of", "the") skipped when their letter is not wanted; the screening then asks
whether the phrase itself names the organisation the abbreviation matched.

>>> defined_abbreviations("An inertial measurement unit (IMU) is a device that provides information")
{'IMU': 'inertial measurement unit'}
>>> defined_abbreviations("Profil Kandydata na Kierowcę (PKK) jest to elektroniczny dokument")
{'PKK': 'Profil Kandydata na Kierowcę'}
>>> defined_abbreviations("the Islamic Movement of Uzbekistan (IMU) and the Taliban")
{'IMU': 'Islamic Movement of Uzbekistan'}
>>> defined_abbreviations("He was detained (IMU) yesterday"), defined_abbreviations("no brackets here")
({}, {})
"""
from __future__ import annotations

import re

#: Letters in brackets (two to six, Latin or Cyrillic capitals) after a run of words.
_BRACKETED = re.compile(r"\(\s*([A-ZА-ЯЁ]{2,6})\s*\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")

#: Short words a spelt-out phrase may hold without giving a letter to its abbreviation.
_SMALL = frozenset("of the and for in on a an to na de la le les du des der die das und i w z и в по на для".split())


def defined_abbreviations(text: str) -> dict[str, str]:
    """``{abbreviation: the phrase it stands for}`` for each bracketed abbreviation whose letters are the initials of
    the words just before it."""
    out = {}
    if "(" not in text:
        return out
    for m in _BRACKETED.finditer(text):
        abbr = m.group(1)
        words = [w.group(0) for w in _WORD.finditer(text, max(0, m.start() - 200), m.start())]
        phrase = _spelt_out_before(words, abbr)
        if phrase:
            out[abbr] = phrase
    return out


def _spelt_out_before(words: list[str], abbr: str) -> str | None:
    """The words ending ``words`` whose initials spell ``abbr`` (small words skipped), or ``None``."""
    want = abbr.lower()
    k = len(want)
    taken = []
    for w in reversed(words):
        if k == 0:
            break
        if w[0].lower() == want[k - 1]:
            taken.append(w)
            k -= 1
        elif w.lower() in _SMALL and taken:
            taken.append(w)
        else:
            return None
    if k:
        return None
    return " ".join(reversed(taken))
