"""Kinds of wording found by probing in the forty-seventh session (issue 10): each case is a kind the reading missed
or misread, read now by data in rules/lexicon, with a near miss in the same words that must read otherwise. The
sentences are the engineer's probes in the sources' kinds of wording (news, police and prosecutors' releases,
monitors), kept out of the corpus; the anonymous-call and drill cases come from round 136's dev accounts."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    # an anonymous call, letter or e-mail about a bomb is a hoax's mark (ru, en, kk)
    ("Пассажиров эвакуируют со всех станций метро. «Поступил анонимный звонок о заминировании метрополитена», — "
     "сказала представитель ДВД.", ["273"]),
    ("The school received an anonymous email saying explosives had been placed in the building.", ["273"]),
    ("Мектепке анонимді хат келіп, ғимаратқа бомба қойылғаны хабарланды.", ["273"]),
    # a Kazakh threat of a school shooting written in a chat
    ("2024 жылы жасөспірім мектепте атыс ұйымдастырамын деп Telegram-да жазған.", ["273"]),
    # Kazakh recruiting into the Islamic State named in its Kazakh form, and Russian preparation by seeking people
    ("2018 жылы ол «Исламдық мемлекетке» адам тартқан, деп хабарлады ҰҚК баспасөз қызметі.", ["259"]),
    ("Задержанный гражданин по заданию куратора из Сирии подыскивал лиц для совершения теракта.", ["24", "255"]),
])
def test_kinds_read(found, text, want):
    assert set(want) <= set(found(text))


@pytest.mark.parametrize("text, not_want", [
    # a bomb report that turns out to be a drill
    ("Сообщение о якобы заложенном взрывном устройстве поступило на телефонную службу «102». Пассажиры были "
     "эвакуированы. В метрополитене прошли учения.", ["273"]),
    # prosecuted (passive «жауапқа тартылды») for taking part is no recruiting
    ("2019 жылы ол «Ислам мемлекеті» ұйымына қатысқаны үшін жауапқа тартылды.", ["259"]),
    # the recruiter who named the account is another person; money sent «для поддержки» is no praise
    ("В 2024 году женщина перечислила 500 тысяч тенге на счет, указанный вербовщиком, для поддержки боевиков.",
     ["256", "259"]),
    # an anonymous source is no anonymous caller
    ("An anonymous source told reporters that the bomb had been planted by the group.", ["273"]),
    # a US federal case
    ("On January 19th, in federal district court in New York, a 21-year-old citizen of Kazakhstan pleaded guilty to "
     "conspiring to provide material support to ISIL, according to the Justice Department's press release.",
     ["258", "24"]),
])
def test_near_misses_read_otherwise(found, text, not_want):
    assert not set(not_want) & set(found(text))


def test_the_right_reading_beside_the_near_miss(found):
    # the same money, sent by the account's subject, is financing
    assert "258" in found("В 2024 году женщина перечислила 500 тысяч тенге на счет, указанный вербовщиком, "
                          "для поддержки боевиков.")
    # the drill's sentence alone, with no bomb reported, reads nothing either way
    assert found("В метрополитене прошли учения.") == []
