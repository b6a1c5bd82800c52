"""Kinds of wording found by probing in the forty-seventh session (issue 10): each case is a kind the reading missed
or misread, read now by data in rules/lexicon, with near misses in the same words that must read otherwise (several
of them found by the session's review). The sentences are the engineer's probes in the sources' kinds of wording
(news, police and prosecutors' releases, monitors), kept out of the corpus; the anonymous-call case comes from round
136's dev accounts."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    # an anonymous call, letter or e-mail about a bomb is a hoax's mark (ru, en, kk)
    ("Пассажиров эвакуируют со всех станций метро. «Поступил анонимный звонок о заминировании метрополитена», — "
     "сказала представитель ДВД.", ["273"]),
    ("The school received an anonymous email saying explosives had been placed in the building.", ["273"]),
    ("Мектепке анонимді хат келіп, ғимаратқа бомба қойылғаны хабарланды.", ["273"]),
    # a Kazakh threat of a school shooting in the first person, written in a chat
    ("2024 жылы жасөспірім мектепте атыс ұйымдастырамын деп Telegram-да жазған.", ["273"]),
    # Kazakh recruiting into the Islamic State named in its Kazakh form, and prosecuted for recruiting
    ("2018 жылы ол «Исламдық мемлекетке» адам тартқан, деп хабарлады ҰҚК баспасөз қызметі.", ["259"]),
    ("Ол 2019 жылы жастарды террористік ұйымға тартқаны үшін қылмыстық жауапкершілікке тартылды.", ["259"]),
    # Russian preparation by seeking people, and a recruiter named with the organisation in any case
    ("Задержанный гражданин по заданию куратора из Сирии подыскивал лиц для совершения теракта.", ["24", "255"]),
    ("Вербовщику ИГИЛ в 2019 году дали 8 лет лишения свободы.", ["259"]),
    # praise done for money is still praise; "material support" in a Kazakh court is financing
    ("В 2019 году он за деньги распространял видео, прославляющие шахидов.", ["256"]),
    ("In 2019 a resident of Shymkent was sentenced to 7 years for providing material support to ISIS fighters in "
     "Syria.", ["258"]),
    ("According to the Justice Department of Mangystau region, in 2018 he was sentenced to 5 years for propaganda of "
     "terrorism.", ["256"]),
])
def test_kinds_read(found, text, want):
    assert set(want) <= set(found(text))


@pytest.mark.parametrize("text, not_want", [
    # prosecuted (passive «жауапқа тартылды») for taking part is no recruiting
    ("2019 жылы ол «Ислам мемлекеті» ұйымына қатысқаны үшін жауапқа тартылды.", ["259"]),
    # the recruiter who named the account is another person; money sent «для поддержки» is no praise
    ("В 2024 году женщина перечислила 500 тысяч тенге на счет, указанный вербовщиком, для поддержки боевиков.",
     ["256", "259"]),
    # an anonymous source is no anonymous caller; police acting on an anonymous call found real explosives
    ("An anonymous source told reporters that the bomb had been planted by the group.", ["273"]),
    ("In 2019, acting on an anonymous call, police found explosives in the apartment and arrested two men.", ["273"]),
    ("В 2019 году по анонимному звонку полиция обнаружила в квартире взрывчатку и задержала двоих.", ["273"]),
    # a journalist's report about someone else's shooting
    ("2024 жылы журналист Telegram арнасында колледжде оқушыларды атып өлтірген студент туралы жазды.", ["273"]),
    # a US federal case
    ("On January 19th, in federal district court in New York, a 21-year-old citizen of Kazakhstan pleaded guilty to "
     "conspiring to provide material support to ISIL.", ["258", "24"]),
    # an agency's call to be vigilant in the fight against terrorism
    ("2018 жылы ҰҚК азаматтарды терроризмге қарсы күресте сақ болуға шақырды.", ["256", "179"]),
    # a lawyer's word that his client was never a member
    ("The lawyer of the accused said in 2018 that his client had never been a member of any extremist organisation.",
     ["405"]),
])
def test_near_misses_read_otherwise(found, text, not_want):
    assert not set(not_want) & set(found(text))


def test_the_right_reading_beside_the_near_miss(found):
    # the same money, sent by the account's subject, is financing
    assert "258" in found("В 2024 году женщина перечислила 500 тысяч тенге на счет, указанный вербовщиком, "
                          "для поддержки боевиков.")
    # an earlier drill beside a real hoax leaves the hoax (the session's review: a drill told after a report is not
    # read as its scenario)
    assert "273" in found("Мужчина позвонил в полицию и сообщил о бомбе в ТРЦ, ничего не нашли. Его задержали. "
                          "Накануне в ТРЦ прошли антитеррористические учения.")
