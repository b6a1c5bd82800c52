"""An account with no date of its own that names a dated event of ``rules/events`` is classified as of the event's
day (twenty-third session). Wordings from the dev split of corpus/accounts, shortened; near-misses keep today's code."""
from __future__ import annotations

import pytest

from lawbook.classification import classify_text


@pytest.mark.parametrize("text,event,day", [
    # en-2012-zhanaozen-riot-trial-13-jailed-reuters
    ("Thirteen people were jailed on June 4 for rioting in a Kazakh oil town. Twenty four of the 37 defendants "
     "accused of rioting in the town of Zhanaozen were given suspended sentences.", "event/zhanaozen-2011", "2011-12-16"),
    # ru-2012-zhanaozen-riot-trial-opens-aktau-37-accused-rbc
    ("Утром 27 марта в Казахстане начались судебные слушания по делу о массовых беспорядках, произошедших в городе "
     "Жанаозен Мангистауской области.", "event/zhanaozen-2011", "2011-12-16"),
    # ru-2011-atyrau-two-blasts-soldiers-of-caliphate-diapazon
    ("В понедельник в Атырау прогремели два взрыва. Погиб 24-летний террорист. Террористы «Солдаты Халифата» "
     "признались, что таким путём они выразили протест.", "event/atyrau-blasts-2011", "2011-10-31"),
    # en-2011-aktobe-knb-suicide-blast-makhatov-not-terrorism-rferl (round 58, dev), shortened
    ("Kazakh authorities say a man blew himself up today outside the regional headquarters of the security service in "
     "the northwestern city of Aqtobe.", "event/aktobe-knb-blast-2011", "2011-05-17"),
    # ru-2012-taldykorgan-chelakh-arkankergen-life-sentence-docvid
    ("На этой неделе суд Талдыкоргана признал рядового Владислава Челаха виновным в жестокой расправе на заставе "
     "«Арканкерген».", "event/arkankergen-2012", "2012-05-28"),
])
def test_an_undated_account_takes_the_day_of_the_event_it_names(text, event, day):
    res = classify_text(text)
    assert str(res["event_date"]) == day and res["code"] == "1997" and res["date_assumed"]
    assert event in res["notes"][0] and res["uncertain"]


@pytest.mark.parametrize("text", [
    # kk-2022-zhanaozen-activist-dostanov-questioned-critical-videos-neg-alash: the town, its strikes, no 2011 event
    "Ереуілдер мен наразылықтар жиілеген Қазақстанның батысындағы Жаңаөзен қаласында полиция белсендіні тергеген.",
    # the January 2022 events began in Zhanaozen: they are not the 2011 riots
    "He was charged with organising mass riots during the January 2022 events, which began with protests in Zhanaozen.",
    "A school in Zhanaozen received an anonymous bomb threat.",
    # the town's court in a later case, and a later trial named by the town (the forty-third session's review: Zhanaozen
    # activists tried in 2022-2023 for the banned DVK)
    "The Zhanaozen city court fined an activist for an unsanctioned rally.",
    "Zhanaozen trial: the defendants were accused of taking part in the activities of the banned extremist Democratic Choice of Kazakhstan.",
    # the Aktobe attacks of June 2016 were shootings, with no self-detonation
    "Gunmen attacked two gun shops and a military unit in Aktobe, the National Guard said.",
])
def test_the_place_alone_or_a_later_event_does_not_date_an_account(text):
    assert classify_text(text)["code"] == "2014"


def test_a_date_the_account_gives_comes_before_an_event():
    res = classify_text("In 2019 he was convicted of inciting discord over posts about the Zhanaozen events.")
    assert res["event_date"].year == 2019 and not res.get("date_assumed")


@pytest.mark.parametrize("text,case", [
    # en-2013-kozlov-article19-supreme-court-review (dev), shortened
    ("Kozlov, leader of the unregistered political party, Alga, was sentenced for incitement of social hatred and "
     "calling for the violent overthrow of the constitutional order.", "case/kozlov-2011"),
    # ru-2012-kozlov-sapargali-aminov-verdict-svoboda (dev), shortened
    ("Лидер оппозиционной партии «Алга!» Владимир Козлов осужден на 7 с половиной лет заключения с конфискацией "
     "имущества.", "case/kozlov-2011"),
    # kk-2011-sokolova-social-discord (dev), shortened
    ("Мұнайшылардың құқығын қорғаушы тәуелсіз заңгер Наталья Соколоваға әлеуметтік араздықты қоздырды деген айып "
     "тағылды.", "case/sokolova-2011"),
    # en-2008-aliyev-guilty-planning-coup-rferl (dev), shortened
    ("A military court has found the former son-in-law of Kazakh President Nursultan Nazarbaev, Rakhat Aliev, guilty "
     "of planning a coup.", "case/rakhat-aliyev-2007"),
])
def test_an_undated_account_of_a_known_case_takes_its_day(text, case):
    res = classify_text(text)
    assert res["code"] == "1997" and res["date_assumed"] and case in res["notes"][0]


@pytest.mark.parametrize("text", [
    # en-2016-kozlova-drug-case-acquittal-eurasianet-neg (dev): another Kozlov(a), another case
    "A court in Almaty ruled to clear Yulia Kozlova of drug possession charges.",
    "Police in Karaganda detained a man named Kozlov on suspicion of posting calls to terrorism.",
    "A court jailed Ruslan Aliyev for inciting religious discord in a WhatsApp group.",
])
def test_a_namesake_of_a_known_defendant_does_not_date_an_account(text):
    assert classify_text(text)["code"] == "2014"
