"""Names of the banned organisations as Kazakh-language sources write them, and
ordinary Kazakh and Russian names and phrases that must not be read as a banned
organisation. Each Kazakh form below was seen in a stored source cited on the
alias (rules/sources/banlist-names.yaml, ban-N84…ban-N94)."""
from __future__ import annotations

import pytest

from lawbook.rulebook import load
from lawbook.screening import index


@pytest.fixture(scope="module")
def rb():
    return load()


@pytest.fixture(scope="module")
def ix(rb):
    return index(rb)


def banned_as(ix, q, day):
    r = ix.screen(q, as_of=day)
    return r.matches[0]["id"] if r.banned else None


# (query as a Kazakh source writes it, organisation, a day the ban is in force)
KAZAKH = [
    ("ДАИШ лаңкестік тобы", "org-islamic-state", "2020-01-01"),                     # ban-N85
    ("ДАИШ – өзін «Ислам мемлекеті» деп атап жүрген лаңкестік ұйым", "org-islamic-state", "2020-01-01"),  # ban-N84
    ("«Ислам мемлекеті» террористік ұйымы", "org-islamic-state", "2020-01-01"),
    ("Аль-Каиданың бұрынғы басшысы", "org-al-qaeda", "2020-01-01"),                # ban-N88
    ("«Йакын Инкар» ұйымы", "org-yakyn-inkar", "2022-01-05"),                        # ban-N90
    ("«Таблиги Джамаат» экстремистік ұйымы", "org-tablighi-jamaat", "2022-01-05"),  # ban-N90
    ("Күрдістан жұмысшылар партиясы", "org-kurdish-peoples-congress", "2020-01-01"),  # ban-N91
    ("Халифат сарбаздары", "org-jund-al-khilafah", "2020-01-01"),
    ("Хизб ут-Тахрир ұйымының мүшелері", "org-hizb-ut-tahrir", "2020-01-01"),          # ban-N92
]


@pytest.mark.parametrize("q,org,day", KAZAKH)
def test_kazakh_forms_sources_write(ix, q, org, day):
    assert banned_as(ix, q, day) == org


@pytest.mark.parametrize("org,name,lang,source", [
    ("org-islamic-state", "ДАИШ", "kk", "ban-N84"),
    ("org-islamic-state", "ДАИШ", "ru", "ban-N86"),
    ("org-islamic-state", "ИГИЛ", "ru", "ban-N87"),
    ("org-al-qaeda", "Аль-Каида", "kk", "ban-N88"),
    ("org-al-qaeda", "Аль-Каеда", "ru", "ban-N89"),
    ("org-yakyn-inkar", "Йакын Инкар", "kk", "ban-N90"),
    ("org-tablighi-jamaat", "Таблиги Джамаат", "kk", "ban-N90"),
    ("org-kurdish-peoples-congress", "Күрдістан жұмысшылар партиясы", "kk", "ban-N91"),
    ("org-hizb-ut-tahrir", "Хизб ут-Тахрир", "kk", "ban-N92"),
    ("org-islamic-state", "ИГ", "kk", "ban-N93"),
    ("org-jabhat-al-nusra", "Джабхат ан-Нусра ли-Ахли аш-Шам", "ru", "ban-N94"),
])
def test_each_added_name_cites_a_listed_source(rb, org, name, lang, source):
    orgs = {o.id: o for o in rb.records("organisations")}
    sources = {s.id for s in rb.records("sources")}
    aliases = [a for a in orgs[org].names if a.name == name and a.lang == lang]
    assert len(aliases) == 1 and source in [r.id for r in aliases[0].sources] and source in sources


def test_daish_is_a_confirmed_alias_now(ix):
    # was "unverified, not seen in a source"; Tengrinews writes «ДАИШ (организация запрещена в РК)»
    m = ix.screen("ДАИШ", as_of="2020-01-01").matches[0]
    assert (m["id"], m["alias_confidence"]) == ("org-islamic-state", "confirmed")


NOT_BANNED = [
    # the words of the names alone
    "ислам", "Ислам", "қозғалыс", "қозғалысы", "партия", "партиясы", "мемлекет", "мемлекеті",
    "жұмысшылар партиясы", "Күрдістан", "Жамағат", "мешіт жамағаты", "Бауырлар", "Сарбаздар", "Инкар", "Йакын",
    # religious bodies and mosques
    "Қазақстан мұсылмандары діни басқармасы", "Духовное управление мусульман Казахстана",
    "Әзірет Сұлтан мешіті", "Нұр Астана мешіті", "Хазрет Султан мечеть", "Ислам мәдениеті орталығы",
    "Нұр-Мүбарак Египет ислам мәдениеті университеті", "Ислам банкі", "Исламский банк развития",
    "Организация исламского сотрудничества",
    # people
    "Ислам Каримов", "Ислам Әбішев", "Исламбек Салжанов", "Қасым-Жомарт Тоқаев", "Айдар Бозқұртов",
    "Серік Ахметов", "Ерлан Инкарбеков", "Инкар Сейітова", "Бозкурт Ахметов", "Талибжан", "Халифа Алтай",
    # registered parties and public bodies
    "Аманат партиясы", "Партия «Аманат»", "Ақ жол демократиялық партиясы", "Ауыл партиясы", "Respublica партиясы",
    "Қазақстан халық партиясы", "Жалпыұлттық социал-демократиялық партия", "Нұр Отан",
    "Қазақстан коммунистік халық партиясы", "Қазақстан жұмысшылар партиясы", "Жаңа Қазақстан",
    # places and states
    "Өзбекстан Республикасы", "Шығыс Қазақстан облысы", "Түркістан облысы", "Шығыс Түркістан",
    "Ирак Республикасы", "Сирия Араб Республикасы", "Исламская республика Иран", "Сұр қасқыр",
]


@pytest.mark.parametrize("q", NOT_BANNED)
def test_ordinary_kazakh_and_russian_names_are_not_banned(ix, q):
    assert ix.screen(q, as_of="2026-01-01").banned is False


@pytest.mark.parametrize("name", ["Ислам мемлекеттері ынтымақтастығы ұйымы", "Ислам мемлекеттері",
                                  "Ислам мемлекеттерінің сыртқы істер министрлері", "исламские государства"])
def test_islamic_states_in_the_plural_is_not_islamic_state(ix, name):
    # the plural (Islamic states) names countries, not the organisation (lawbook/screening/words.py: other_number)
    assert ix.screen(name, as_of="2026-01-01").banned is False


@pytest.mark.parametrize("name", ["Ислам мемлекеті", "Ислам мемлекетінің", "Исламского государства", "ИГИЛ"])
def test_islamic_state_in_the_singular_is_still_banned(ix, name):
    assert ix.screen(name, as_of="2026-01-01").banned is True
