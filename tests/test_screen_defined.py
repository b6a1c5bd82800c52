"""An abbreviation the text spells out as another phrase is that phrase's, not a listed organisation's (names round 39's
dev side; lawbook/screening/defined.py); spelt out as the organisation's own name, in any language, it stays."""
from __future__ import annotations

import pytest

from lawbook.screening import index


@pytest.mark.parametrize("line", [
    "An inertial measurement unit (IMU) is a device that provides information",
    "Profil Kandydata na Kierowcę (PKK) jest to elektroniczny dokument",
])
def test_an_abbreviation_defined_as_another_phrase_is_not_banned(line):
    r = index().screen(line, as_of="2020-01-01")
    assert not r.banned
    assert any("defines" in (m.get("explanation") or "") for m in r.matches)


@pytest.mark.parametrize("line, org", [
    ("the Islamic Movement of Uzbekistan (IMU) and the Taliban", "org-islamic-movement-of-uzbekistan"),
    ("бойци на Ислямското движение на Узбекистан (ИДУ)", "org-islamic-movement-of-uzbekistan"),
    ("«Робітнича партія Курдистану» (РПК), визнана терористичною в Туреччині", "org-kurdish-peoples-congress"),
    ("Kurdistan Workers' Party (PKK) militants attacked", "org-kurdish-peoples-congress"),
    # defined as another thing, but the organisation is named elsewhere in the text (the session's review)
    ("An inertial measurement unit (IMU) was found in the car of a member of the Islamic Movement of Uzbekistan",
     "org-islamic-movement-of-uzbekistan"),
    ("Profil Kandydata na Kierowcę (PKK) oraz bojownicy Partii Pracujących Kurdystanu", "org-kurdish-peoples-congress"),
])
def test_an_abbreviation_spelt_out_as_the_organisations_name_stays(line, org):
    r = index().screen(line, as_of="2020-01-01")
    assert r.banned and r.matches[0]["id"] == org
