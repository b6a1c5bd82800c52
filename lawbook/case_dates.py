r"""The dates of a case a text gives with their role — when the acts took place, when the suspect was
arrested or charged or the case opened, when the verdict was given — read so that a citation with no
evidence of its own can take the code the case falls under (decision 0014, the ninth session).

Only two of them are facts about the code, whatever else the text says:

* acts of 2015 or later fall under the 2014 Code (in force from 1 January 2015; the 1997 Code was
  repealed that day): «Бұл 2025 жылғы 13 қарашада болған оқиғаға қатысты», «События произошли в
  сентябре 2024 года»;
* an arrest, a charge, an opened case or a verdict before 2015 was under the 1997 Code (the 2014 Code
  was not yet in force): "on March 14, 2013, ... Kharlamov was arrested", "Resolution on criminal case
  institution of July 27, 2009", «в 2013 году осуждён».

A verdict of 2015 or later says nothing hard — acts before 2015 were still judged under the 1997 Code
(the Astana LRT verdicts of 2023, round 8) — and neither does the year of a report, a fine or a law.

Each role word is given to the year nearest to it in its sentence, within :data:`REACH` characters, so
"detained on March 28, 2024 ... because of a post of March 4, 2014" dates the arrest 2024, not 2014.
The role words are data (:data:`ROLES`); the years are the caller's (``(position, year)``, without a code's
own date or a birth year: :func:`lawbook.citations.context._document_years`).

>>> def dated(t):
...     return role_dates(t, [(m.start(), int(m.group())) for m in re.finditer(r"20\d\d", t)])
>>> [(r.year, r.role, r.word) for r in dated("On March 14, 2013, the writer was arrested for inciting hatred.")]
[(2013, 'arrest', 'arrested')]
>>> [(r.year, r.role, r.points) for r in dated("События произошли в сентябре 2024 года в Темирском районе.")]
[(2024, 'acts', '2014')]
>>> [r.points for r in dated("Верховный суд в 2018 году вынес приговор.")]  # a verdict after 2014 decides nothing
[None]
>>> [(r.year, r.role) for r in dated("I was detained on March 28, 2024 because of a post of March 4, 2014.")]
[(2024, 'arrest')]
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

#: How far (in characters) a role word may stand from the year it dates, in the same sentence.
REACH = 80

#: The role words, by role, in Russian, Kazakh (Cyrillic and Latin) and English. "acts": the deed or the
#: events; "arrest": an arrest, detention, charge or opened criminal case; "verdict": a conviction,
#: sentence or verdict.
ROLES = {
    "acts": (r"произош\w*|соверш[иеё]н?\w*|случил\w*|имели\s+место|болған\s+оқиға\w*|оқиға\s+болд\w*"
             r"|bolǵan\s+oqıǵa\w*|took\s+place|happened|occurred|committed"),
    "arrest": (r"задерж\w*|арестова\w*|(?:возбужд|заведен)\w*\s+(?:\w+\s+){0,2}?дел\w*"
               r"|уголовн\w+\s+дел\w*\s+(?:был[оа]?\s+)?(?:возбужд|заведен)\w*|предъявлен\w*\s+обвинени\w*"
               r"|обвинени\w*\s+предъявл\w*|ұсталд\w*|ұсталған|қамауға\s+алын\w*|іс\s+қозғал\w*|айып\s+тағыл\w*"
               r"|ustald\w*|arrested|detained|charged|case\s+(?:was\s+)?(?:opened|instituted|initiated|brought)"
               r"|case\s+institution|institution\s+of\s+(?:a\s+)?criminal\s+case"),
    "verdict": (r"осужд\w*|осуж[её]н\w*|приговор\w*|признан\w*\s+виновн\w*|сотталд\w*|сотталған|үкім\w*"
                r"|кінәлі\s+деп\s+таны\w*|sottald\w*|sentenced|convicted|verdict|found\s+guilty"),
}
_ROLE_RX = re.compile(r"(?<![^\W\d_])(?:" + "|".join(f"(?P<{role}>{words})" for role, words in ROLES.items()) + ")",
                      re.IGNORECASE)
_STOP = re.compile(r"[.!?]\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|\n")


@dataclass(frozen=True)
class RoleDate:
    """A year of the text with the role a word near it gives it, and the code it points to (or None)."""

    pos: int
    year: int
    role: str
    word: str

    @property
    def points(self) -> str | None:
        """``'2014'`` for acts of 2015 or later, ``'1997'`` for an arrest, a charge or a verdict before 2015,
        else None (a verdict of 2015 or later, acts before 2015: the code is not settled by the date)."""
        if self.role == "acts":
            return "2014" if self.year >= 2015 else None
        return "1997" if self.year <= 2014 else None


def role_dates(text: str, years: list[tuple[int, int]], only: list[tuple[int, int]] | None = None) -> list[RoleDate]:
    """The ``years`` of ``text`` (``(position, year)``, in text order) that a role word dates, in text order;
    a year two role words date takes the nearer one's role. With ``only`` (some of the years), the role words
    are looked for around those years alone (a role word still goes to the year nearest to it)."""
    best: dict[int, tuple[int, str, str]] = {}
    starts = [ys for ys, _ in years]
    done = 0  # the text searched so far: windows of neighbouring years overlap
    for ys, _ in (years if only is None else only):
        for m in _ROLE_RX.finditer(text, max(done, ys - REACH - 40), min(len(text), ys + REACH + 40)):  # whole words
            got = _nearest_year(text, m, years, starts)
            if got is not None and (got[0] not in best or got[2] < best[got[0]][0]):
                best[got[0]] = (got[2], m.lastgroup, m.group(0))
        done = max(done, min(len(text), ys + REACH + 40) - 40)  # a word cut at the window's end is searched again
    year_of = dict(years)
    return [RoleDate(pos, year_of[pos], role, word) for pos, (_, role, word) in sorted(best.items())]


def _nearest_year(text: str, m: re.Match, years: list[tuple[int, int]],
                  starts: list[int]) -> tuple[int, int, int] | None:
    """``(position, year, distance)`` of the year nearest to a role word, in its sentence and within
    :data:`REACH` characters (``starts``: the years' positions, for a bisection)."""
    best = None
    lo_i = bisect.bisect_left(starts, m.start() - REACH - 12)
    hi_i = bisect.bisect_right(starts, m.end() + REACH)
    for ys, y in years[lo_i:hi_i]:
        lo, hi = (ys, m.start()) if ys < m.start() else (m.end(), ys)
        dist = hi - lo
        if dist > REACH or _STOP.search(text, lo, hi):
            continue
        if best is None or dist < best[2]:
            best = (ys, y, dist)
    return best


#: The months as a dateline writes them, in English, Russian (genitive) and Kazakh, with their numbers.
MONTHS = {m: i + 1 for names in (
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"),
    ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
     "декабря"),
    ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
     "желтоқсан")) for i, m in enumerate(names)}
_MONTH = "(?P<month>" + "|".join(MONTHS) + ")"
#: A weekday and a comma before a date alone on its line ("Thursday, 10 July 2003", «четверг, 10 июля 2003»).
_WEEKDAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница"
            r"|суббота|воскресенье|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі),[ \t]*)?")
#: A dateline, the date a text gives itself where it opens: a place, then the date and a dash ("New York, July 16,
#: 2002—", as CPJ and wire items print it); or a day, month and year followed by the time ("Kazakhstan Materials 27
#: January 2007 10:23", "13 февраля 2026, 11:43", as news sites print their items' date). Read in the text's first
#: :data:`DATELINE_REACH` characters only: a date and a time further on may be any event's.
DATELINES = (
    r"^\W{0,5}(?:[^\W\d_][\w.'’ -]{1,40},\s*)?" + _MONTH + r"\s+(?P<day>\d{1,2}),\s+(?P<year>(?:19|20)\d\d)\s*[—–-]",
    r"(?<!\d)(?P<day>\d{1,2})\s+" + _MONTH + r"\s+(?P<year>(?:19|20)\d\d)\s*(?:г\.|года|жылы|ж\.)?\s*,?\s+\d{1,2}:\d\d(?!\d)",
    # a place, then the day before the month, and a dash, a bracket or a stop: "ALMATY, 14 March 2009 (Forum 18 News
    # Service) –", "Астана, 3 октября 2008 года. Суд ..." (fifteenth session's probes: only the month-first form was read)
    r"^\W{0,5}[^\W\d_][\w.'’ -]{1,40},\s*(?P<day>\d{1,2})\s+" + _MONTH + r"\s+(?P<year>(?:19|20)\d\d)"
    r"\s*(?:г\.|года|жылы|ж\.)?\s*(?:[—–-]|\(|\.(?=\s))",
    # a line that is a date alone, as a page prints its own date under its title ("Human Rights Watch\nJuly 16,
    # 2009\n"), or a verdict's date and place ("ПРИГОВОР ...\n\n12 мая 2009 года г. Алматы")
    # (also after the weekday: "Thursday, 10 July 2003" heads a CACI Analyst item, round 29 of the citations, dev)
    r"(?m)^[ \t]*" + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2}),\s+(?P<year>(?:19|20)\d\d)[ \t]*$",
    r"(?m)^[ \t]*" + _WEEKDAY + r"(?P<day>\d{1,2})\s+" + _MONTH + r"\s+(?P<year>(?:19|20)\d\d)[ \t]*(?:г\.|года|жыл\w*|ж\.)?"
    r"[ \t]*(?:(?:г\.|город|гор\.|қ\.|қаласы)[ \t]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*[ \t]*)?$",
)
DATELINE_REACH = 200
_DATELINE_RX = [re.compile(rx, re.IGNORECASE) for rx in DATELINES]


def dateline(text: str) -> tuple[int, dt.date] | None:
    """``(position, date)`` of the dateline the text opens with, or None.

    >>> dateline("New York, July 16, 2002—In the latest instance of harassment ...")
    (10, datetime.date(2002, 7, 16))
    >>> dateline("OSCE calls for abolishment of insult laws\\n\\nKazakhstan Materials 27 January 2007 10:23 (UTC +04:00)")[1]
    datetime.date(2007, 1, 27)
    >>> dateline("On 27 January 2007 the court met.") is None  # a date without its time is not a dateline
    True
    >>> dateline("Астана, 3 октября 2008 года. Суд района Сарыарка вынес приговор.")
    (8, datetime.date(2008, 10, 3))
    >>> dateline("He said, 3 October 2008 was the day.") is None  # not where the text opens
    True
    >>> dateline("Human Rights Watch\\nJuly 16, 2009\\n\\nThe court convicted him.")[1]
    datetime.date(2009, 7, 16)
    >>> dateline("ПРИГОВОР\\n\\n12 мая 2009 года г. Алматы\\n\\nСуд признал ...")[1]
    datetime.date(2009, 5, 12)
    >>> dateline("The court met.\\nOn July 16, 2009 he was detained.") is None  # a date inside a sentence
    True
    >>> dateline("Thursday, 10 July 2003\\n\\nKAZAKH PRESIDENT SIGNS BILL")[1]  # after the weekday
    datetime.date(2003, 7, 10)
    """
    head = text[:DATELINE_REACH]
    for rx in _DATELINE_RX:
        m = rx.search(head)
        if m:
            try:
                return m.start("month") if m.start("month") < m.start("day") else m.start("day"), dt.date(
                    int(m.group("year")), MONTHS[m.group("month").lower()], int(m.group("day")))
            except ValueError:  # no such day
                continue
    return None
