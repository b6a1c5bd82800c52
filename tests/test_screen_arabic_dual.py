"""«طالبان» after an Arabic preposition, or with «ل» or «ب» written onto it, is the Taliban: the dual "two students"
would be «طالبين» there (lawbook/screening/mentions.py, _after_an_arabic_preposition; names rounds 19 and 33's dev
sides). The nominative dual and Persian's plural "students" stay unread."""
from __future__ import annotations

import pytest

from lawbook.screening import index


@pytest.mark.parametrize("line", ["رئيس المكتب السياسي لطالبان", "بحكم الحركة المتشدد وبموجب اتفاق مع طالبان"])
def test_taliban_after_a_preposition_is_banned(line):
    r = index().screen(line, as_of="2021-08-01")
    assert r.banned and r.matches[0]["id"] == "org-taliban"


@pytest.mark.parametrize("line", ["كرّمت الجامعة طالبان متفوقان", "نجح طالبان في الامتحان", "طالبان جامعيان",
                                  "کمک به طالبان دانشگاه"])
def test_two_students_and_persian_students_are_not(line):
    assert not index().screen(line, as_of="2021-08-01").banned
