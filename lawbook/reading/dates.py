"""Dates in accounts, English, Russian and Kazakh, with what each is the date
of: the acts, an arrest, a charge, a trial or verdict, a publication.

``acts_dates`` picks the date (or range) of the acts: a date whose sentence
speaks of the acts wins; then a date with no role; dates of arrest, charge,
trial or verdict only bound the acts from above, and are used (with a note)
when nothing else dates them. A range ("between 2008 and 2011", "с июля 2024
по апрель 2025", "2013–2015 жылдары") gives the first and the last day: a
continuing act is committed on its last day.

>>> [(d.value.isoformat(), d.precision) for d in find_dates("2016 жылғы 5 маусымда Ақтөбеде")]
[('2016-06-05', 'day')]
>>> [(d.value.isoformat(), d.precision) for d in find_dates("2014 жылдың қарашасында, 2023 жылдың 19 наурызы")]
[('2014-11-01', 'month'), ('2023-03-19', 'day')]
>>> r = acts_dates("In 2012 he handed out leaflets. He was arrested on 3 May 2013.")
>>> r["date"].isoformat(), r["basis"]
('2012-01-01', 'acts')
>>> r = acts_dates("между 2008 и 2011 годами он распространял листовки")
>>> r["date"].isoformat(), r["date_to"].isoformat()
('2008-01-01', '2011-12-31')
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..conversion import FIRST_DAY

MONTHS = {
    # English
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
    # Russian stems
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8, "сентябр": 9,
    "октябр": 10, "ноябр": 11, "декабр": 12,
    # Kazakh
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7, "тамыз": 8,
    "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
_EN_M = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_RU_M = r"(?:январ[ьяеюё]\w*|феврал[ьяеюё]\w*|март\w*|апрел[ьяеюё]\w*|ма[йяею]\w*|июн[ьяеюё]\w*|июл[ьяеюё]\w*|август\w*|сентябр[ьяеюё]\w*|октябр[ьяеюё]\w*|ноябр[ьяеюё]\w*|декабр[ьяеюё]\w*)"
_KK_M = r"(?:қаңтар\w*|ақпан\w*|наурыз\w*|сәуір\w*|мамыр\w*|маусым\w*|шілде\w*|тамыз\w*|қыркүйек\w*|қазан\w*|қараша\w*|желтоқсан\w*)"
_Y = r"(19[89]\d|20[0-4]\d)"
_NB = r"(?<![\w.\-/])"
_NA = r"(?![\w\-/]|\.\d)"

#: Acts named right after a year ("2013 sermons", "2011 Zhanaozen riots").
_ACTS_AFTER = (r"\s+(?:[A-Z][\w\-]+\s+)?(?:riots?|unrest|protests?|clashes|attacks?|bombings?|shootings?|sermons?|"
               r"posts?|videos?|speech(?:es)?|lectures?|rall(?:y|ies)|plot|uprising|massacre)\b")

_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(_NB + r"(\d{4})-(\d{2})-(\d{2})" + _NA), "ymd"),
    (re.compile(_NB + r"(\d{1,2})[./](\d{1,2})[./](\d{4})" + _NA), "dmy"),
    (re.compile(_NB + r"(\d{1,2})\s+(" + _EN_M + r"),?\s+" + _Y + _NA, re.I), "d_m_y"),
    (re.compile(r"\b(" + _EN_M + r")\s+(\d{1,2}),?\s+" + _Y + _NA, re.I), "m_d_y"),
    (re.compile(_NB + r"(\d{1,2})\s+(" + _RU_M + r")\s+" + _Y, re.I), "d_m_y"),
    # Kazakh: "2016 жылғы 5 маусымда", "2016 жылы 5 маусымда", "5 маусым 2016"
    (re.compile(_NB + _Y + r"\s*(?:ж\.|жылғы|жылы|жылдың)?\s*(\d{1,2})\s*[-–]?\s*(" + _KK_M + r")", re.I), "y_d_m"),
    (re.compile(_NB + r"(\d{1,2})\s+(" + _KK_M + r")\s+" + _Y, re.I), "d_m_y"),
    (re.compile(_NB + _Y + r"\s*(?:ж\.|жылғы|жылы|жылдың)?\s*(" + _KK_M + r")", re.I), "y_m"),
    (re.compile(r"\b(" + _EN_M + r")\s+(?:of\s+)?" + _Y + _NA, re.I), "m_y"),
    (re.compile(r"(?<![\w])(" + _RU_M + r")\s+" + _Y, re.I), "m_y"),
    (re.compile(r"(?<![\w])(" + _KK_M + r")\s+" + _Y, re.I), "m_y"),
    (re.compile(_NB + _Y + r"(?:\s*(?:года|году|год|г\.|жылы|жылғы|жылдары|жылдан|жылға|жылдың|ж\.)|(?=\s*[-–]\s*(?:19|20)\d\d))", re.I), "y"),
    # a year before the acts it dates: "his 2013 sermons", "the 2011 Zhanaozen riots" (see _ACTS_YEAR)
    (re.compile(r"\b(?:his|her|their|the)\s+" + _Y + r"(?=" + _ACTS_AFTER + ")"), "y"),
    (re.compile(r"\b(?:in|since|during|from|until|by|of|early|late|mid|в|с|по|до|к)\s+(?:the\s+)?(?:spring\s+|summer\s+|autumn\s+|fall\s+|winter\s+|early\s+|late\s+)?" + _Y + _NA, re.I), "y_pre"),
]
_RANGE = [
    re.compile(r"\b(?:between|from)\s+(?:\w+\s+){0,2}?" + _Y + r"\s+(?:and|to|until|till)\s+(?:\w+\s+){0,2}?" + _Y + _NA, re.I),
    re.compile(r"(?<![\w])(?:между|с|со)\s+(?:\w+\s+){0,1}?" + _Y + r"\s*(?:года?\s+)?(?:и|по|до)\s+(?:\w+\s+){0,1}?" + _Y, re.I),
    re.compile(_NB + _Y + r"\s*[-–—]\s*" + _Y + r"(?:\s*(?:годах|годы|гг\.|жылдары|жж\.))?", re.I),
    re.compile(_NB + _Y + r"\s*(?:жылдан|ж\.)\s+(?:\w+\s+){0,1}?" + _Y + r"\s*(?:жылға|жылдар|ж\.)", re.I),
    # with months: «2014 жылдың қарашасынан 2015 жылдың наурызына дейін», «… қараша айынан … наурыз айына дейін»
    re.compile(_NB + _Y + r"\s*(?:жылдың|жылғы)\s+(?:\w+\s+)?\w+(?:нан|нен|дан|ден|тан|тен)\s+" + _Y
               + r"\s*(?:жылдың|жылғы)\s+(?:\w+\s+)?\w+\s+дейін", re.I),
    # two years named together for acts done in both: "in 2014 and 2015", «в 2014 и 2015 годах», «2014 және 2015
    # жылдары» (a continued act is committed on its last day, as a range is)
    re.compile(r"\b(?:in|during|throughout)\s+(?:both\s+)?" + _Y + r"\s*(?:and|&)\s*" + _Y + _NA, re.I),
    re.compile(r"(?<![\w])(?:в|на\s+протяжении)\s+" + _Y + r"\s*(?:и|,)\s*" + _Y + r"\s*(?:годах|годов|гг\.)", re.I),
    re.compile(_NB + _Y + r"\s*(?:және|мен|,)\s*" + _Y + r"\s*(?:жылдары|жж\.)", re.I),
]

#: A start with no end: a continuing act ("a member since 2010", "с 2012 года", "2015 жылдан бері"); the end is
#: a later date of the acts the account gives, failing one the first step of the proceedings (the arrest), where it
#: gives one (see :func:`acts_dates`).
_OPEN_START = [
    re.compile(r"\b(?:since|starting\s+(?:in|from))\s+(?:\w+\s+)?" + _Y + _NA, re.I),
    re.compile(r"\bfrom\s+(?:\w+\s+)?" + _Y + r"\s+on(?:wards?)?\b", re.I),
    re.compile(r"(?<![\w])(?:начиная\s+с|с)\s+(?:\w+\s+)?" + _Y + r"\s*(?:года|г\.)(?!\s*(?:и|по|до)\s)", re.I),
    re.compile(_NB + _Y + r"\s*(?:жылдан|ж\.)\s+(?:бері|бастап)", re.I),
    # "from 2013 until his arrest": the arrest ends the acts
    re.compile(r"\bfrom\s+(?:\w+\s+)?" + _Y + r"\s+(?:until|till|up\s+to|to)\s+(?:his|her|their|the)\s+"
               r"(?:arrest|detention)", re.I),
    re.compile(r"(?<![\w])с\s+(?:\w+\s+)?" + _Y + r"\s*(?:года|г\.)?\s+(?:и\s+)?(?:до|по)\s+(?:(?:момента|дня)\s+)?"
               r"(?:его|её|ее|их)?\s*(?:задержани|арест)", re.I),
]
#: A start whose acts go on "to the present": they run to the time of writing, so to the latest date the account
#: gives, whatever its role (see :func:`acts_dates`).
_TO_THE_PRESENT = [
    re.compile(r"\b(?:from|since)\s+(?:\w+\s+)?" + _Y + r"\s+(?:(?:to|until|till)\s+(?:the\s+present(?:\s+day)?|"
               r"this\s+day|today|now|date)|onwards?\s+to\s+the\s+present)\b", re.I),
    re.compile(r"(?<![\w])(?:начиная\s+)?с\s+(?:\w+\s+)?" + _Y + r"\s*(?:года|г\.)?\s+(?:по|до)\s+"
               r"(?:настоящ\w+\s+(?:время|времени|момента)|сей\s+день|сегодняшн\w+\s+д\w+)", re.I),
    re.compile(_NB + _Y + r"\s*(?:жылдан|ж\.)\s+(?:бері\s+|бастап\s+)?(?:қазірге|бүгінге|осы\s+күнге)\s+дейін", re.I),
]


def find_open_start(text: str) -> tuple[int, int, int] | None:
    """The first open start of a continuing act: ``(year, start, end)``.

    >>> find_open_start("He had been a member of the movement since 2010 and was arrested in 2016.")[0]
    2010
    >>> find_open_start("From 1995 on he allegedly passed information to foreign services.")[0]
    1995
    >>> find_open_start("С 2012 года он состоял в группе.")[0], find_open_start("Ол 2015 жылдан бері топта болған.")[0]
    (2012, 2015)
    >>> find_open_start("between 2008 and 2011") is None, find_open_start("с 2010 по 2012 год") is None
    (True, True)
    """
    best = None
    for rx in _OPEN_START + _TO_THE_PRESENT:
        m = rx.search(text)
        if m:
            year = next(int(g) for g in m.groups() if g)
            if best is None or m.start() < best[1]:
                best = (year, m.start(), m.end())
    return best


@dataclass
class FoundDate:
    """A date in the text: its first day, precision, span and words; ``relative`` when the text tells it
    relative to when it was written ("last year")."""

    value: dt.date
    precision: str  # day, month, year
    start: int
    end: int
    text: str
    relative: bool = False

    @property
    def last_day(self) -> dt.date:
        if self.precision == "year":
            return dt.date(self.value.year, 12, 31)
        if self.precision == "month":
            return dt.date(self.value.year, self.value.month,
                           calendar.monthrange(self.value.year, self.value.month)[1])
        return self.value


def month_number(word: str) -> int:
    """The month a month word names (English, Russian or Kazakh, any case form).

    >>> month_number("маусымда"), month_number("мая"), month_number("Sept")
    (6, 5, 9)
    """
    w = word.lower().rstrip(".")
    best = None
    for stem, n in MONTHS.items():
        if w.startswith(stem) and (best is None or len(stem) > len(best[0])):
            best = (stem, n)
    if best is None or (best[0] == "ма" and w[:3] not in ("май", "мая", "мае", "маю")):
        raise ValueError(word)
    return best[1]


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, most precise first where two overlap, in text order."""
    found: list[FoundDate] = []
    for rx, form in _PATTERNS:
        for m in rx.finditer(text):
            g = m.groups()
            try:
                if form == "ymd":
                    d, p = dt.date(int(g[0]), int(g[1]), int(g[2])), "day"
                elif form == "dmy":
                    d, p = dt.date(int(g[2]), int(g[1]), int(g[0])), "day"
                elif form == "d_m_y":
                    d, p = dt.date(int(g[2]), month_number(g[1]), int(g[0])), "day"
                elif form == "m_d_y":
                    d, p = dt.date(int(g[2]), month_number(g[0]), int(g[1])), "day"
                elif form == "y_d_m":
                    d, p = dt.date(int(g[0]), month_number(g[2]), int(g[1])), "day"
                elif form == "y_m":
                    d, p = dt.date(int(g[0]), month_number(g[1]), 1), "month"
                elif form == "m_y":
                    d, p = dt.date(int(g[1]), month_number(g[0]), 1), "month"
                else:
                    d, p = dt.date(int(g[-1]), 1, 1), "year"
            except ValueError:
                continue
            found.append(FoundDate(d, p, m.start(), m.end(), m.group(0)))
    rank = {"day": 0, "month": 1, "year": 2}
    found.sort(key=lambda f: (rank[f.precision], f.start))
    kept: list[FoundDate] = []
    starts: list[int] = []  # kept dates never overlap, so sorted by start they are sorted by end too
    for f in found:
        i = bisect.bisect_left(starts, f.start)
        if (i > 0 and kept[i - 1].end > f.start) or (i < len(kept) and kept[i].start < f.end):
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return kept


def find_ranges(text: str) -> list[tuple[FoundDate, FoundDate]]:
    """Year ranges: ``(first, last)`` with the years as year-precision dates.

    >>> [(a.value.year, b.value.year) for a, b in find_ranges("2014 жылдың қарашасынан 2015 жылдың наурызына дейін")]
    [(2014, 2015)]
    """
    out = []
    for rx in _RANGE:
        for m in rx.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            if a < b <= a + 30:
                out.append((FoundDate(dt.date(a, 1, 1), "year", m.start(), m.end(), m.group(0)),
                            FoundDate(dt.date(b, 1, 1), "year", m.start(), m.end(), m.group(0))))
    return out


#: A year that names the acts it stands before ("his 2013 sermons", "the 2011 Zhanaozen riots"): the date of
#: the acts whatever else its sentence tells ("jailed in 2016 for his 2013 sermons").
_ACTS_YEAR = re.compile(r"(?:in\s+)?(?:his|her|their|the)\s+" + _Y + r"(?=" + _ACTS_AFTER + ")")

#: Words that make a date the date of something other than the acts, by language-neutral stems.
_ROLE_WORDS = {
    "arrest": r"arrest|detain|detention|apprehend|задерж|арест|ұсталд|ұстал|қамауға",
    "charge": r"charg|indict|accus|обвин|предъяв|айыпта|айып",
    "trial": r"trial|court|judge|hearing|суд(?!ьб)|процесс|заседан|сот",
    "verdict": r"sentenc|convict|verdict|jail|prison|fined|приговор|осужд|осуди|лишени|сотталд|жаза|бас бостандығ",
    "publication": r"report(?:ed)?\s+on|published|said on|told|сообщил|сообщает|заявил|хабарлад|мәлімдеді",
}
_ROLE_RX = {k: re.compile(v, re.I) for k, v in _ROLE_WORDS.items()}
#: A date of birth: right after "born (on)", "родился", "туған", or right before "года рождения", "г.р.", "жылы туған".
_BIRTH_BEFORE = re.compile(r"(?:\bborn(?:\s+on|\s+in)?|родил(?:ся|ась|ись)|родивш\w*(?:\s+в)?|уроженец|уроженка)\W{0,3}$", re.I)
#: «г.р.» and «ж.т.» in small letters: "2013 г. Р. Ахметов" is a date and a name's initial.
_BIRTH_AFTER = re.compile(r"^\W{0,3}(?:(?:год(?:а|ов)?\s+)?рождения|(?:жылы\s+)?(?:туған|дүниеге\s+кел)|(?-i:г\.\s?р\.|ж\.\s?т\.))",
                          re.I)
#: The rest of an abbreviation the date's own text ends in: "1990 г." + "р." (г.р.), "1986 ж." + "т." (ж.т.).
_BIRTH_ABBREVIATION_END = re.compile(r"(?<=г\.)\s?р\.|(?<=ж\.)\s?т\.")
#: Kazakh "1986 жылғы" before one person ("1986 жылғы қала тұрғыны", "1999 жылғы жігіт"): the person's year of birth;
#: before people ("2013 жылғы тұрғындар наразылығы", the residents' protest of 2013) it dates an event.
_BIRTH_KK_PERSON = re.compile(r"^\s+(?:\w+\s+)?(?:тұрғын|азамат(?!тық)|жігіт|әйел|келіншек|бойжеткен|жасөспірім|"
                              r"ер\s+адам|күдікті|зейнеткер|студент|оқушы)(?![лдт][ае]р)\w*", re.I)
#: The least age at which lawbook's codes hold anyone liable: 14 for the gravest offences, 16 otherwise (art. 15 of
#: the 1997 and the 2014 Codes).
_AGE_OF_LIABILITY = 14


#: Another event the acts are likened to, right before its date: "a terrorist attack similar to the attacks of 11
#: September 2001", «теракт по аналогии с событиями 11 сентября 2001 года» (round 109, a dev account dated 2001 by it).
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:similar to|like|reminiscent of|modell?ed on|akin to|in the manner of|as (?:in|during))\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:attacks?|bombings?|events?|tragedy|massacre|explosions?|blasts?)\s+(?:of|on|in)"
    r"|(?:по аналогии с|подобн\w*|наподобие|по образцу|так(?:ой|ая|ие|же) как|такие,? как)\s+(?:\w+\s+){0,2}"
    r"(?:теракт\w*|атак\w*|событи\w*|взрыв\w*|трагеди\w*))\W{0,3}$", re.I)


def is_compared_date(text: str, d: FoundDate) -> bool:
    """Whether ``d`` dates another event the account likens the acts to, not the acts.

    >>> likened = ["They planned an attack similar to the attacks of 11 September 2001 in the USA.",
    ...            "Они готовили теракт по аналогии с событиями 11 сентября 2001 года."]
    >>> own = ["He took part in the attacks of 5 June 2016 in Aktobe.",
    ...        "Следствие квалифицировало произошедшее как теракт 5 июня 2016 года."]   # «как»: "as"
    >>> [[is_compared_date(t, d) for d in find_dates(t)] for t in likened + own]
    [[True], [True], [False], [False]]
    """
    return _COMPARED_BEFORE.search(text, max(0, d.start - 70), d.start) is not None


def is_birth_date(text: str, d: FoundDate) -> bool:
    """Whether ``d`` is somebody's date of birth, not a date of the case.

    >>> t = "M, born on June 23, 1991 in Turkestan region, was charged in 2025."
    >>> [is_birth_date(t, d) for d in find_dates(t)]
    [True, False]
    >>> t = "Житель Шымкента 1991 года рождения осужден в 2025 году."
    >>> [is_birth_date(t, d) for d in find_dates(t)]
    [True, False]
    >>> t = "Задержан житель Уральска, 1990 г.р., распространявший ложную информацию."
    >>> [is_birth_date(t, d) for d in find_dates(t)]
    [True]
    >>> t = "Хабар түсіруші 2012 жылы дүниеге келген 3 сынып оқушысы екен."
    >>> [is_birth_date(t, d) for d in find_dates(t)]
    [True]
    >>> t = "Кеше полиция 1986 жылғы қала тұрғынын ұстады. 2020 жылғы оқиға."
    >>> [is_birth_date(t, d) for d in find_dates(t)]
    [True, False]

    «2013 жылғы» before a person, when the text's later years are too near for
    the person to have been born then, dates the events:

    >>> t = "2013 жылғы күдіктінің әрекеттері 2016 жылы терроризмді насихаттау деп танылды."
    >>> [is_birth_date(t, d) for d in find_dates(t)]
    [False, False]
    """
    after = text[d.end:d.end + 30]
    return bool(_BIRTH_BEFORE.search(text, max(0, d.start - 20), d.start)
                or _BIRTH_AFTER.match(after)
                or _BIRTH_ABBREVIATION_END.match(text, d.end, d.end + 4)
                or (d.text.endswith("жылғы") and _BIRTH_KK_PERSON.match(after) and _old_enough(text, d)))


def _old_enough(text: str, d: FoundDate) -> bool:
    """Whether someone born in ``d``'s year could answer for the acts by the
    text's latest other year (or the text has no other year).

    >>> t = "1986 жылғы тұрғын 2016 жылы сотталды."
    >>> _old_enough(t, find_dates(t)[0])
    True
    >>> t = "2013 жылғы тұрғын 2016 жылы сотталды."
    >>> _old_enough(t, find_dates(t)[0])
    False
    """
    others = [x.value.year for x in find_dates(text) if x.start != d.start]
    return not others or max(others) >= d.value.year + _AGE_OF_LIABILITY


#: A year that names a code, not a date: "the 1997 Criminal Code", "Criminal Code of 2014", «УК РК 1997 года»,
#: «1997 жылғы Қылмыстық кодекс», «ҚК 2014».
_CODE_BEFORE = re.compile(r"(?:\b(?:criminal|penal)\s+code(?:\s+of\s+(?:the\s+)?(?:republic\s+of\s+)?kazakhstan)?"
                          r"(?:\s+of)?|\bУК(?:\s+РК)?|уголовн\w*\s+кодекс\w*(?:\s+(?:РК|республики\s+казахстан))?"
                          r"|\bҚК(?:\s+ҚР)?|қылмыстық\s+кодекс\w*)\s+(?:от\s+)?$", re.I)
_CODE_AFTER = re.compile(r"^(?:\s*(?:года?|г\.|жылғы|year's|-?(?:го|ого)|ж\.))?\s+(?:редакци\w+\s+)?"
                         r"(?:(?:criminal|penal)\s+code|УК\b|уголовн\w*\s+кодекс|ҚК\b|қылмыстық\s+кодекс)", re.I)


def is_code_year(text: str, d: FoundDate) -> bool:
    """Whether ``d`` is the year in a code's name ("the 1997 Criminal Code", «УК РК 1997
    года»), not a date of the case.

    >>> t = "В 2016 году его осудили по статье 164 УК РК 1997 года."
    >>> [is_code_year(t, d) for d in find_dates(t)]
    [False, True]
    >>> t = "In 2018 he was charged under article 174 of the 1997 Criminal Code; in 2013 the Criminal Code of 1997 applied."
    >>> [is_code_year(t, d) for d in find_dates(t)]
    [False, True, False, True]
    """
    return d.precision == "year" and bool(_CODE_BEFORE.search(text, max(0, d.start - 60), d.start)
                                          or _CODE_AFTER.match(text[d.end:d.end + 40]))


#: A year in an official gazette's reference to where an act was published: "(Ведомости Парламента Республики
#: Казахстан, 1997 г., № 15-16, ст. 211)", "(Қазақстан Республикасы Парламентiнiң Жаршысы, 1997 ж., № 15-16, …)".
#: The reference gives the year alone, after a comma in the same sentence: "… от 12 мая 2013 г. № 1-234" after
#: "«Ведомости»" is a verdict and its number.
_GAZETTE_BEFORE = re.compile(r"(?:ведомост\w*|жаршы\w*|gazette|vedomosti)[^()\d.;!?]{0,60},\s*$", re.I)
_GAZETTE_AFTER = re.compile(r"^\s*(?:года|г\.|жылғы|ж\.)?\s*,?\s*(?:№|N\s*\d)")


def is_act_date(text: str, d: FoundDate, own: set[int]) -> bool:
    """Whether ``d`` is the date of a code or another act (its adoption, its
    number's date, its publication in a gazette), not a date of the case;
    ``own`` holds the positions of the years :func:`lawbook.citations.own_date_years`
    reads as such.

    >>> from lawbook.citations import own_date_years
    >>> t = ("Он осужден по ст. 164 Уголовного кодекса Республики Казахстан от 16 июля 1997 года (Ведомости "
    ...      "Парламента, 1997 г., № 15-16, ст. 211) в 2010 году.")
    >>> [is_act_date(t, d, own_date_years(t)) for d in find_dates(t)]
    [True, True, False]
    >>> t = "Закон опубликовали «Ведомости». Приговором от 12 мая 2013 г. № 1-234 он осужден."
    >>> [is_act_date(t, d, own_date_years(t)) for d in find_dates(t)]
    [False]
    """
    return (any(d.start <= i < d.end for i in own) or is_code_year(text, d)
            or bool(_CODE_BEFORE.search(text, max(0, d.start - 60), d.start))  # "УК РК от 16 июля 1997 года"
            or bool(d.precision == "year" and _GAZETTE_BEFORE.search(text, max(0, d.start - 80), d.start)
                    and _GAZETTE_AFTER.match(text[d.end:d.end + 12])))


_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)|\n")


def date_role(text: str, d: FoundDate, roles: dict[str, re.Pattern] | None = None) -> str | None:
    """What ``d`` is the date of, from the words of its clause (``None``: the acts or not said)."""
    roles = roles or _ROLE_RX
    s0 = max(text.rfind(".", 0, d.start), text.rfind(";", 0, d.start), text.rfind("\n", 0, d.start)) + 1
    ends = [i for i in (text.find(".", d.end), text.find(";", d.end), text.find("\n", d.end)) if i != -1]
    s1 = min(ends) if ends else len(text)
    near = text[max(s0, d.start - 60): min(s1, d.end + 60)]
    for role in ("verdict", "arrest", "charge", "trial", "publication"):
        if roles[role].search(near):
            return role
    return None


def _range_start(start: dt.date, end: dt.date) -> dt.date:
    """The first day of acts that ran from ``start`` to ``end`` that lawbook's codes
    cover: 1 January 1998 for acts that ran into that year; acts that ended before
    it keep their start, and the account is refused as older than the codes.

    >>> _range_start(dt.date(1996, 1, 1), dt.date(2016, 12, 31))
    datetime.date(1998, 1, 1)
    >>> _range_start(dt.date(1996, 1, 1), dt.date(1997, 12, 31))
    datetime.date(1996, 1, 1)
    """
    return max(start, FIRST_DAY) if end >= FIRST_DAY else start


def acts_dates(text: str, extra_roles: list[tuple[int, int, str]] | None = None,
               written: dt.date | None = None, written_precision: str = "day") -> dict | None:
    """The date (and end date) of the acts with the reason, or ``None``.

    ``extra_roles`` are ``(start, end, role)`` spans from the lexicon's
    ``date_role`` cues; a date inside a sentence with such a cue takes it. A
    date whose role is "administrative" (an earlier fine or arrest) or "ban"
    does not date the acts. ``written`` (known to ``written_precision``) is
    when the account was written: dates told relative to it ("last year", «в
    прошлом году») are read too.

    >>> acts_dates("Last year he posted videos.", written=dt.date(2015, 3, 2))["date"]
    datetime.date(2014, 1, 1)
    >>> d = acts_dates("He had been a member of the movement since 2010 and was arrested in 2016.")
    >>> d["date"], d["date_to"], d["basis"]
    (datetime.date(2010, 1, 1), datetime.date(2016, 12, 31), 'range')
    >>> acts_dates("From 2012 on he posted videos. He was arrested in November 2014 and sentenced in 2015.")["date_to"]
    datetime.date(2014, 11, 30)
    >>> acts_dates("From 1995 on he passed information to foreign services.") is None  # may run into 1998 and later
    True
    >>> d = acts_dates("He had been a member since 1996 and was arrested in 2016.")  # lawbook's codes begin in 1998
    >>> d["date"], d["date_to"]
    (datetime.date(1998, 1, 1), datetime.date(2016, 12, 31))
    >>> acts_dates("They posted excerpts of a book written in 1992.") is None
    True
    >>> acts_dates("In 1997 he founded the group; in 2005 he was convicted of calls to seize power.")["date"]
    datetime.date(2005, 1, 1)

    A year before the acts it names dates them, whatever else its sentence tells:

    >>> acts_dates("In 2016 a court sentenced him for his 2013 sermons.")["date"]
    datetime.date(2013, 1, 1)
    >>> acts_dates("Under a 2016 law, he was charged in 2019.")["date"]
    datetime.date(2019, 1, 1)

    Acts done in two years named together, or until the arrest, end on their last day:

    >>> d = acts_dates("In 2014 and 2015 he posted videos calling for jihad.")
    >>> d["date"], d["date_to"]
    (datetime.date(2014, 1, 1), datetime.date(2015, 12, 31))
    >>> acts_dates("From 2013 until his arrest in March 2015 he recruited young men.")["date_to"]
    datetime.date(2015, 3, 31)
    >>> acts_dates("Он в 2014 и 2015 годах распространял материалы.")["date_to"]
    datetime.date(2015, 12, 31)

    Two years of birth named together are no range ("two suspects, born in 1988 and 1991"):

    >>> acts_dates("The suspects, born in 1988 and 1991, were charged in 2024.")["date"]
    datetime.date(2024, 1, 1)
    >>> acts_dates("Подсудимые 1988-1991 годов рождения в 2023 году распространяли листовки.")["date"]
    datetime.date(2023, 1, 1)

    Acts that go on "to the present" run at least to the account's latest date;
    with no later date the start is kept and said to be one:

    >>> acts_dates("Since 2013 to the present he has been a member; a report of 2016 says so.")["date_to"]
    datetime.date(2016, 12, 31)
    >>> acts_dates("С 2012 года по настоящее время он состоит в группе.")["to_present"]
    'С 2012 года по настоящее время'
    """
    dates = find_dates(text)
    if written is not None:
        from .relative_dates import relative_dates
        told = [r for r in relative_dates(text, written, written_precision)
                if not any(d.start < r.end and r.start < d.end for d in dates)]
        dates = sorted(dates + told, key=lambda d: d.start)
    # (two years of birth named together are no range of the acts: "two suspects, born in 1988 and 1991")
    ranges = [(a, b) for a, b in find_ranges(text) if not is_birth_date(text, a) and not is_birth_date(text, b)]
    if not dates and not ranges:
        return None
    tagged = []
    from ..citations import own_date_years
    own = own_date_years(text)
    for d in dates:
        # a date of birth or an act's own date is one whatever its sentence says ("detained a woman born in 1986",
        # "convicted under the Criminal Code of 16 July 1997")
        role = ("birth" if is_birth_date(text, d) else "code" if is_act_date(text, d, own)
                else "compared" if is_compared_date(text, d) else None)
        for a, b, r in () if role else extra_roles or ():
            if (a <= d.start < b) or (a < d.end <= b):
                role = r
                break
        tagged.append((d, role or ("acts" if _ACTS_YEAR.match(text, d.start) else None) or date_role(text, d) or "acts"))
    if ranges:
        first, last = ranges[0]
        return {"date": _range_start(first.value, last.last_day), "date_to": last.last_day, "precision": "year",
                "span": (first.start, first.end),
                "text": first.text, "basis": "range", "all": tagged}
    tagged_all = tagged
    tagged = [t for t in tagged if t[1] not in ("ban", "birth", "code", "administrative", "compared")]
    if not tagged:  # only the date of a ban: the acts came after it, on a day the account does not give
        return None
    acts = [t for t in tagged if t[1] == "acts"]
    opened = find_open_start(text)
    start = opened and next((t[0] for t in tagged if opened[1] <= t[0].start < opened[2]), None)
    later = [t for t in tagged if start and t[0].value.year > start.value.year]
    to_present = bool(opened) and any(rx.match(text, opened[1]) for rx in _TO_THE_PRESENT)
    if later and to_present:
        # acts that go on "to the present" run to the time of writing: at least to the account's latest date
        end = max((d for d, _ in later), key=lambda x: x.value)
        return {"date": _range_start(start.value, end.last_day), "date_to": end.last_day, "precision": start.precision,
                "span": (start.start, start.end), "text": text[opened[1]:opened[2]], "basis": "range",
                "all": tagged_all}
    if later:
        # a continuing act ("a member since 2010") is committed on its last day: a later date of the acts ends it;
        # failing one, the first step of the proceedings (the arrest, else the charge, trial or verdict) stops it,
        # so a verdict given after the arrest does not stretch the acts into a later code
        acts_later = [d for d, role in later if role == "acts"]
        end = max(acts_later, key=lambda x: x.value) if acts_later else min((d for d, _ in later), key=lambda x: x.value)
        return {"date": _range_start(start.value, end.last_day), "date_to": end.last_day, "precision": start.precision,
                "span": (start.start, start.end), "text": text[opened[1]:opened[2]], "basis": "range",
                "all": tagged_all}
    if start and start.value.year < 1998 and all(t[0] is start for t in tagged):
        # "from 1995 on", and no later date: the acts ran into a time the account does not give, perhaps under the
        # 1997 Code; the account is read as undated rather than refused as older than the codes lawbook covers
        return None
    # a year before the 1997 Code came into force dates, in a text, something else far more often than the acts (a
    # book written in 1992, a group founded in 1997, the Soviet years): the later dates bound the acts; with none,
    # the account is read as undated (which says so) rather than refused as older than the codes lawbook covers
    tagged = [t for t in tagged if t[0].value >= FIRST_DAY]
    acts = [t for t in acts if t[0].value >= FIRST_DAY]
    if not tagged:
        return None
    if acts:
        d = acts[0][0]
        return {"date": d.value, "date_to": None, "precision": d.precision, "span": (d.start, d.end),
                "text": d.text, "basis": "acts", "all": tagged_all, "relative": d.relative,
                **({"to_present": text[opened[1]:opened[2]]} if to_present and d is start else {})}
    # only dates of arrest, charge, trial, verdict or publication: the earliest bounds the acts
    d, role = min(tagged, key=lambda t: t[0].value)
    return {"date": d.value, "date_to": None, "precision": d.precision, "span": (d.start, d.end),
            "text": d.text, "basis": role, "all": tagged, "relative": d.relative}
