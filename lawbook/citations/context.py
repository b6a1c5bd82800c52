"""The document context a code is decided from, read once into small indexes: the codes a text names ("the
old Criminal Code", "УК РК 2014 года"), its sentence ends, and its years with their roles (a code's own date,
a bound such as "until 2015", an act's, a birth year).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Iterator

from ..conversion import code_on
from ..textscan import finditer
from .patterns import _AMOUNT_UNIT, _BESIDE, _BOUNDS, _CC_NAMED, _CODE_1997, _CODE_2014, _CODE_STATE, _CODE_WORDS, _FORMS


_YEAR = re.compile(r"(?=\d)(?:(?<![\d.\-/])|(?<=[^\W\d_]-))(?:\d{1,2}[./]\d{1,2}[./])?(19[89]\d|20[0-4]\d)(?![\d])"
                   rf"(?![ \t\u00a0]*+(?i:{_AMOUNT_UNIT}))")


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZА-ЯЁ])|\n")


_BOUND_BEFORE = re.compile("(?:" + "|".join(_BOUNDS["before_prefix"]) + r")\s+(?:\d{1,2}\s+[^\W\d]+,?\s+|[^\W\d]+\s+(?:\d{1,2},\s+)?)?$",
                           re.IGNORECASE)


_BOUND_AFTER = re.compile("(?:" + "|".join(_BOUNDS["after_prefix"]) + r")\s+(?:\d{1,2}\s+[^\W\d]+,?\s+|[^\W\d]+\s+(?:\d{1,2},\s+)?)?$",
                          re.IGNORECASE)


_BOUND_BEFORE_KK = re.compile(r"\s*(?:" + "|".join(_BOUNDS["before_suffix"]) + r")(?![^\W\d])",
                              re.IGNORECASE)


_BOUND_AFTER_KK = re.compile(r"\s*(?:" + "|".join(_BOUNDS["after_suffix"]) + r")(?![^\W\d])",
                             re.IGNORECASE)


def _bound_shift(text: str, start: int, end: int) -> int:
    """-1 when the year at ``text[start:end]`` bounds the time before it ("until 2015"), 1 when the time after it
    ("after 2014"), else 0.

    >>> t = "the Criminal Code in force until 1 January 2015; after 2014; in 2015; 2015 жылға дейін; 2014 жылдан кейін"
    >>> [_bound_shift(t, m.start(), m.end()) for m in _YEAR.finditer(t)]
    [-1, 1, 0, -1, 1]
    >>> _bound_shift("от 5 до 9 лет; с 2010 по 2015 год", 25, 29)
    0
    """
    before = text[max(0, start - 40):start]
    if _BOUND_BEFORE.search(before) or _BOUND_BEFORE_KK.match(text, end):
        return -1
    if _BOUND_AFTER.search(before) or _BOUND_AFTER_KK.match(text, end):
        return 1
    return 0


_CLAUSE_END = re.compile(r"[.!?;]\s|\n")


#: Words without one of which :data:`_CODE_1997` (group ``a``) or ``_CODE_2014`` (group ``b``) cannot
#: match: each of their matches holds one. Where a window holds none, the pattern is not searched.
#: (No two cue words of different groups start at one place, so one pass finds both kinds.)
_CUES = re.compile(r"(?=[12ofpecnпсрбнджеуrк])(?=(?:(?P<a>1997|1998|old|former|previous|earlier|прежн|стар|ранее|бұрынғы|ескі|утративш|repealed|күшін\s+жой)|"
                   # (1998, 2015: the years the codes took effect, which name them in patterns._CODE_NAMED_BY_DATE)
                   r"(?P<b>2014|2015|new|current|present|нов|действующ|жаңа)))", re.IGNORECASE)


class _Cues:
    """Every place (overlaps included) where a cue word of one group starts in a text, found once."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    @staticmethod
    def of(text: str) -> tuple[_Cues, _Cues]:
        c97, c14 = _Cues(), _Cues()
        for m in finditer(_CUES, text):
            which, group = (c97, "a") if m.start("a") >= 0 else (c14, "b")
            which.starts.append(m.start())
            which.ends.append(m.end(group))
        return c97, c14

    def within(self, a: int, b: int) -> bool:
        """Whether a cue word lies wholly in ``text[a:b]``."""
        i = bisect.bisect_left(self.starts, a)
        while i < len(self.starts) and self.starts[i] < b:
            if self.ends[i] <= b:
                return True
            i += 1
        return False


#: Another article cited after a citation: "ст.273 УК (ст.242 УК 1997 года)", "Article 174 of the CC and Article 164 ...".
_LATER_ARTICLE = re.compile(r"(?<![^\W\d_])(?:ст\.|стать|art|бап|баб|bap|bab)|\d\s*-\s*(?:ба[пб]|ba[pb])", re.IGNORECASE)


def _after_window(text: str, end: int) -> str:
    """The words after a citation in which a code named belongs to it: up to the end of the
    clause, and not past another article once the citation has its own code named
    ("ст.273 УК (ст.242 УК 1997 года)": the 1997 Code is the bracketed article's, not 273's;
    "статьи 164 и статьи 337 УК 1997 года" names one code for both).

    >>> _after_window("ст.273 УК (ст.242 УК 1997 года)) сообщают", 6)
    ' УК ('
    >>> _after_window("статьи 164 и статьи 337 УК РК 1997 года. Далее", 10)
    ' и статьи 337 УК РК 1997 года.'
    """
    return _after_windows(text, end)[0]


def _after_windows(text: str, end: int) -> tuple[str, str]:
    """:func:`_after_window` and the rest of the clause it leaves to the later article."""
    after = text[end:end + 90]
    stop = _CLAUSE_END.search(after)
    if stop:
        after = after[:stop.start() + 1]
    later = _LATER_ARTICLE.search(after)
    if later and _CC_NAMED.search(after, 0, later.start()):
        return after[:later.start()], after[later.start():]
    return after, ""


#: Right before a code named by its year: another state, whose code it is ("Kyrgyzstan, Criminal Code, 1997", "Uzbekistan's
#: Penal Code (1994)"; ``citation_forms.yaml``: ``foreign_states``; citations round 38, dev cit-en-3812).
_STATE_BEFORE_NAME = re.compile(r"(?:" + "|".join(_FORMS["foreign_states"]) + r")\w*(?:['’]s)?\s*,?\s*(?:the\s+)?$",
                                re.IGNORECASE)


def _foreign_named(text: str, pos: int) -> bool:
    """Whether another state is named right before a code's name at ``pos``.

    >>> t = "Kyrgyzstan, Criminal Code, 1997, Article 6."
    >>> _foreign_named(t, t.index("Criminal")), _foreign_named(t.replace("Kyrgyzstan", "Kazakhstan"), 12)
    (True, False)
    """
    return _STATE_BEFORE_NAME.search(text, max(0, pos - 30), pos) is not None


def _explicit_code(text: str, start: int, end: int, cues: tuple[_Cues, _Cues] | None = None,
                   prev: tuple[int, int] | None = None, nxt: tuple[int, int] | None = None) -> tuple[str | None, str]:
    """An explicit mention of a code right after the citation, or just before
    it, in the same sentence and line (``cues``: the cue words of ``text``, read once).

    A mention is a neighbour's rather than this citation's when it lies on the far side of
    that neighbour, or nearer to it (``prev``, ``nxt``: the spans of the citations before and
    after): "ст. 242 УК 1997 года (ныне ст. 273 УК РК)" and "the old Criminal Code Article 164
    and, now, Article 174" do not make 273 and 174 the 1997 Code's, and in "1997 жылғы ...
    кодекстің 164-бабы және 2014 жылғы ... кодекстің 174-бабы" (Kazakh names the code first)
    2014 is 174's, not 164's.
    """
    after, later = _after_windows(text, end)
    beside = ""  # a code named next to the citation but for its neighbour
    if later and any(w in later.lower() for w in _CODE_WORDS):
        m = _CODE_1997.search(later) or _CODE_2014.search(later)
        beside = m.group(0).strip() if m else ""
    b0 = max(0, start - 100)  # Kazakh names the code, with its date, before the number
    while b0 > 0 and start - b0 < 120 and text[b0 - 1].isalnum():
        b0 -= 1  # from the start of the word the reach cuts: «…Уголовном Кодексе РК, который вступил в силу с 1 января
        # 2015 года, предусмотрена даже соответствующая 347-я статья» (round 48, dev cit-ru-4804) is no «оловном …»
    before = text[b0:start]
    cut = max(before.rfind("\n"), *(before.rfind(p + " ") for p in ".!?;"))
    if cut >= 0:
        before = before[cut + 1:]
        b0 += cut + 1
    for window, where, w0 in ((after, "after", end), (before, "before", b0)):
        low = window.lower()
        if not any(w in low for w in _CODE_WORDS):
            continue
        w1 = w0 + len(window)
        m97 = _CODE_1997.search(window) if cues is None or cues[0].within(w0, w1) else None
        m14 = _CODE_2014.search(window) if cues is None or cues[1].within(w0, w1) else None
        hits = [(m.start(), code, m.group(0)) for m, code in ((m97, "1997"), (m14, "2014"))
                if m and not _foreign_named(text, w0 + m.start())]
        mine = [h for h in hits if not (
            # (not across a clause's end: "convicted under Article 164; the new Criminal Code renumbered it as Article
            # 174" names the code of the citation after it, in its own clause)
            where == "before" and prev is not None and _mention_of_prev(w0 + h[0], w0 + h[0] + len(h[2]), start, prev)
            and not (prev[1] <= w0 + h[0] and _CLAUSE_BREAK.search(text, prev[1], w0 + h[0]))
            or where == "after" and nxt is not None and _mention_of_next(w0 + h[0], w0 + h[0] + len(h[2]), end, nxt))]
        if hits and not mine:
            beside = beside or hits[0][2].strip()
        hits = mine
        if hits:
            hits.sort(key=lambda h: h[0] if where == "after" else -h[0])
            pos, code, words = hits[0]
            if where == "after" and pos > 30:
                continue
            return code, f"explicit: the text says {words.strip()!r}"
    if beside:
        return None, f"{_BESIDE} ({beside!r}) is the neighbouring citation's"
    return _explicit_in_list_opening(text, start)


def _explicit_in_list_opening(text: str, start: int) -> tuple[str | None, str]:
    """An explicit mention of one code in the line that opens the list a citation's line is an item of, as an
    amending law writes it ("1. In the Criminal Code of Kazakhstan of July 3, 2014:\\nin Article 316: ...";
    :func:`lawbook.citations.acts._list_opening`), when that line names no other act after it.

    >>> _explicit_in_list_opening("1. В Уголовный кодекс Республики Казахстан от 3 июля 2014 года:\\nв статье 316:", 70)
    ('2014', "explicit: the line opening the list says 'Уголовный кодекс Республики Казахстан от 3 июля 2014 года'")
    >>> _explicit_in_list_opening("Текст.\\nв статье 316:", 10)
    (None, '')
    """
    from .acts import _ANOTHER_ACT_AFTER_CC, _list_opening

    line = text.rfind("\n", 0, start) + 1
    lo = _list_opening(text, line) if line else line
    if lo == line:
        return None, ""
    opening = text[lo:text.find("\n", lo)]
    hits = [(m, code) for m, code in ((_CODE_1997.search(opening), "1997"), (_CODE_2014.search(opening), "2014")) if m]
    if len(hits) != 1 or _ANOTHER_ACT_AFTER_CC.search(opening[hits[0][0].end():].lower()):
        return None, ""
    m, code = hits[0]
    return code, f"explicit: the line opening the list says {m.group(0).strip()!r}"


def _mention_of_prev(ms: int, me: int, start: int, prev: tuple[int, int]) -> bool:
    """Whether the mention ``text[ms:me]`` before a citation at ``start`` is rather the one
    before it (``prev``): it comes before that citation, or follows it more closely than it
    precedes this one.

    >>> _mention_of_prev(10, 20, 30, (0, 9))  # "ст. 242 УК 1997 года (ныне ст. 273"
    True
    >>> _mention_of_prev(15, 40, 45, (0, 9))  # "164-бабы және 2014 жылғы ... кодексінің 174-бабы"
    False
    >>> _mention_of_prev(0, 17, 40, (18, 29))  # "old Criminal Code Article 164 and, now, Article 174"
    True
    """
    p_start, p_end = prev
    return p_start >= me or (ms >= p_end and ms - p_end <= start - me)


def _mention_of_next(ms: int, me: int, end: int, nxt: tuple[int, int]) -> bool:
    """Whether the mention ``text[ms:me]`` after a citation ending at ``end`` is rather the
    next one's (``nxt``): it comes before that citation and nearer to it (Kazakh word order).

    >>> _mention_of_next(14, 48, 8, (53, 61))  # "164-бабы және 2014 жылғы ... кодекстің 174-бабы"
    True
    >>> _mention_of_next(9, 16, 8, (24, 31))  # "ст. 242 УК 1997 года (ныне ст. 273"
    False
    """
    n_start, _ = nxt
    return n_start >= me and n_start - me < ms - end


_STOP_BEFORE_CAPITAL = re.compile(r"[.!?]\s+(?=[A-ZА-ЯЁ])")
_CLAUSE_BREAK = re.compile(r"[;!?]|\.\s")


class _SentenceEnds:
    """Where :data:`_SENTENCE_END` matches end, found once per text, so that the
    start of a citation's sentence is a look-up, not a re-scan.

    ``last_before(lo, start)`` is the end of the last match of
    ``_SENTENCE_END.finditer(text, lo, start + 1)`` (else ``lo``): the matches
    are a line break, or a stop with the spaces after it when a capital
    follows; two stops never overlap, and a line break inside a stop's spaces
    ends before that stop does, so the last end is the greatest end of a
    stop starting at ``lo`` or later whose capital is at ``start`` or before,
    or of a line break in ``[lo, start]``.
    """

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _STOP_BEFORE_CAPITAL.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def last_before(self, lo: int, start: int) -> int:
        best = lo
        i = bisect.bisect_right(self.ends, start) - 1
        if i >= 0 and self.starts[i] >= lo:
            best = self.ends[i]
        nl = self.text.rfind("\n", lo, start + 1)
        if nl >= 0 and nl + 1 > best:
            best = nl + 1
        return best


#: After a year, an act's number: "2007 No. 1", "31.03.2017 № 3", "2012 года № 7", "2016 № 446-V" (the day and month
#: of a Kazakh date may stand between: "2008 жылғы 27 ақпандағы N 2").
_ACT_NUMBER_AFTER = re.compile(r"\s*+(?:(?:года|г\.|жылғы|ж\.|jylǵy)\s*+)?(?:\d{1,2}\s++\w+?(?:дағы|дегі)\s++)?"
                               r"(?:№|Nº|No\.?\s*+(?=\d)|N\s*+(?=\d))\s*+\d")  # possessive: no backtracking on spaces


#: After a year, or a list of years: a birth year ("1995 және 1998 жылдары туған", "1956 года рождения", "2001 г.р.").
_BIRTH_WORDS = ("туған", "туылған", "рождения", "г.р.", "г. р.")


_BIRTH_AFTER = re.compile(r"(?:\s*(?:,|және|мен|и|and)\s*(?:19|20)\d\d)*\s*(?:-?го\s+)?"
                          r"(?:жылдары|жылы|жылғы|года|годов|г\.)\s*(?:туған|туылған|рождения|р\.)", re.IGNORECASE)


#: What may stand between the two years of a period: "from 2010 to 2020", "2010–2020", «с 2010 по 2020 год»,
#: «2010-2020 жылдар», "between 2010 and 2020".
_RANGE_BETWEEN = re.compile(r"\s*(?:года?|г\.|жылдан|жыл)?\s*(?:-|–|—|\bto\b|\btill\b|\buntil\b|\band\b|\bпо\b|\bдо\b|\bдейін\b)\s*$",
                            re.IGNORECASE)
_RANGE_OPENS = re.compile(r"(?:\bfrom|\bbetween|(?<![^\W\d_])(?:с|от))\s+$", re.IGNORECASE)


def _spanning_period_starts(text: str, starts: list, ends: list, years: list) -> set[int]:
    """The starts of the first years of periods across both codes' times ("from 2010 to 2020", whose end stays): no
    date of an act or of the text. (A year that opens a time running to the text's day, "since 1998", is left as it
    is: it is also when acts, membership or custody began, «С 2010 года он состоял в …», which dates them.)

    >>> t = "Legal since 1998. The Concept for the period from 2010 to 2020. In 2012 he was jailed."
    >>> ms = list(_YEAR.finditer(t))
    >>> sorted(_spanning_period_starts(t, [m.start() for m in ms], [m.end() for m in ms], [int(m.group(1)) for m in ms]))
    [50]
    """
    out = set()
    for i, (s, e, y) in enumerate(zip(starts, ends, years)):
        if i + 1 < len(starts) and starts[i + 1] - e < 16 and _RANGE_BETWEEN.match(text[e:starts[i + 1]]):
            if (y < 2015) != (years[i + 1] < 2015) and (_RANGE_OPENS.search(text[max(0, s - 12):s])
                                                        or text[e:starts[i + 1]].strip() in "-–—"):
                out.add(s)  # (its end stays: the text tells of the period to then, «с 2010 по 2015 год … осуждены»)
    return out


class _YearMarks:
    """Every match of :data:`_YEAR` in a text, found once.

    ``between(a, b)`` is what ``_YEAR.finditer(text, a, b)`` gives when the
    text at ``b`` is a sentence or line end (or the text's end): a year never
    spans such a place, a match cannot start inside another (the look-behind
    forbids a digit, dot or dash before it, and sees before ``a``), and the
    look-ahead after a year sees the same non-digit with or without the
    bound. Elsewhere the caller searches the text itself.
    """

    def __init__(self, text: str):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.years: list[int] = []
        for m in finditer(_YEAR, text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.years.append(int(m.group(1)))
        #: where a year bounds a time before or after it ("until 2015"): its shift, read into ``years``
        self.shift: dict[int, int] = {}
        for i, (s, e) in enumerate(zip(self.starts, self.ends)):
            if (k := _bound_shift(text, s, e)):
                self.shift[s] = k
                self.years[i] += k
        #: where a year is a code's own date ("the Criminal Code of 3 July 2014"), not an event
        self.own: set[int] = set()
        #: where a year opens a period across both codes' times (see below): not the document's date, though an
        #: account's acts may begin then
        self.spanning: set[int] = set()
        self.law: set[int] = set()
        #: where a year is an act's own date, its number after it ("of May 11, 2007 No. 1", "от 29 декабря 2012
        #: года № 7", "2008 жылғы 27 ақпандағы N 2"): the act's adoption, not the date of its text's version
        self.act: set[int] = {s for s, e in zip(self.starts, self.ends) if _ACT_NUMBER_AFTER.match(text, e)}
        if self.starts:
            for m in finditer(_CODE_DATE, text):  # in text order, not overlapping
                i = bisect.bisect_left(self.starts, m.start())
                while i < len(self.starts) and self.starts[i] < m.end():
                    self.own.add(self.starts[i])
                    i += 1
            for m in _CODE_NUMBER_DATE.finditer(text) if "226-V" in text else ():  # "03.07.2014": day and month first
                i = bisect.bisect_right(self.ends, m.start())
                while i < len(self.starts) and self.starts[i] < m.end():
                    self.own.add(self.starts[i])
                    i += 1
            for word in _BIRTH_WORDS:  # a person's birth year dates no act (plain searches: the words are rare)
                at = text.find(word)
                while at != -1:
                    i = bisect.bisect_left(self.ends, at - 40)
                    while i < len(self.ends) and self.ends[i] <= at:
                        if _BIRTH_AFTER.match(text, self.ends[i]):
                            self.own.add(self.starts[i])
                        i += 1
                    at = text.find(word, at + 1)
            #: where a year is a law's own date ("the 2011 Religion Law", "Закона РК от 11 октября 2011 года № 483-IV",
            #: "закон 2005 года", "2011 жылғы 11 қазандағы «...» Заңы"): the law's adoption, not an event of the case
            self.law: set[int] = set()
            low = text.lower()
            if ("law" in low or "закон" in low or "заң" in low or " act" in low or "report" in low or "review" in low
                    or "survey" in low or "decree" in low or "resolution" in low or "постановлени" in low):
                for m in finditer(_LAW_DATE, text):
                    if _AMENDING.search(text, max(0, m.start() - 60), m.end() + 120):
                        continue  # a law amending a code: its date tells which code it amended (the 1997 Code in 2011)
                    i = bisect.bisect_left(self.starts, m.start())
                    while i < len(self.starts) and self.starts[i] < m.end():
                        self.law.add(self.starts[i])
                        i += 1
            for start, year in zip(self.starts, self.years):
                seg = text[max(0, start - 60):start]
                if start not in self.own and ("едакц" in seg or "силу" in seg or "into" in seg or "effect" in seg):
                    m = _CODE_DATE_BEFORE.search(text, max(0, start - 60), start)
                    if m and (not m.group("force") or year in (1998, 2015)):
                        self.own.add(start)
            #: where a year opens a period across both codes' times ("for the period from 2010 to 2020", «2010-2020
            #: жылдар»): no date of an act or of the text (round 55, dev cit-en-5535)
            self.spanning = _spanning_period_starts(text, self.starts, self.ends, self.years)

    def between(self, a: int, b: int) -> Iterator[tuple[int, int, int]]:
        i = bisect.bisect_left(self.starts, a)
        while i < len(self.starts) and self.ends[i] <= b:
            yield self.starts[i], self.ends[i], self.years[i]
            i += 1


def _years_between(text: str, a: int, b: int, marks: _YearMarks | None, bound_clean: bool):
    if marks is not None and bound_clean:
        return marks.between(a, b)
    return ((m.start(), m.end(), int(m.group(1)) + _bound_shift(text, m.start(), m.end())) for m in _YEAR.finditer(text, a, b))


#: Where a sentence's clause ends: a semicolon, a colon, or a comma before a contrasting or adding conjunction ("..., а
#: в 2018 году", "..., while in 2018", "..., and in 2018").
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:а|но|тогда как|однако|while|whereas|but|and\s+in|and\s+on|ал|бірақ)(?![^\W\d_])",
                           re.IGNORECASE)


#: A clause set against the one before it: a comma and a contrasting conjunction ("..., а в 2019 году", "..., but").
_CONTRAST_BREAK = re.compile(r",\s*(?:а|но|тогда как|однако|while|whereas|but|ал|бірақ)(?![^\W\d_])", re.IGNORECASE)


def _year_of_another_clause(text: str, start: int, end: int, ypos: int, starts: list[int]) -> bool:
    """Whether the year at ``ypos`` stands in another clause of the sentence than the citation at ``start:end``, set
    against it by a conjunction ("..., а", "..., but"), a clause that cites articles of its own: "Ранее его судили по ст. 164 УК, а в 2019 году — по ст. 174 и 405 УК РК" —
    2019 is 174's and 405's, not 164's (fifteenth session's probes).

    >>> t = "Ранее его судили по ст. 164 УК, а в 2019 году — по ст. 174 и 405 УК РК."
    >>> _year_of_another_clause(t, 20, 27, t.index("2019"), [20, 51, 60])
    True
    >>> t = "In 2009 he was tried, and in 2010 convicted under Article 164."
    >>> _year_of_another_clause(t, 50, 61, t.index("2010"), [50])
    False
    >>> t = "verdict of October 8 2012 (article 235, item 1; article 164, item 3)"  # a list's semicolon sets nothing against
    >>> _year_of_another_clause(t, 48, 59, t.index("2012"), [27, 48])
    False
    """
    if ypos > end:
        brk = _CONTRAST_BREAK.search(text, end, ypos)
        if brk is None:
            return False
        nxt = _CONTRAST_BREAK.search(text, ypos, ypos + 300)
        lo, hi = brk.end(), (nxt.start() if nxt else ypos + 300)
    else:
        brks = [m for m in _CONTRAST_BREAK.finditer(text, ypos, start)]
        if not brks:
            return False
        prev = [m.end() for m in _CONTRAST_BREAK.finditer(text, max(0, ypos - 300), ypos)]
        lo, hi = (prev[-1] if prev else max(0, ypos - 300)), brks[0].start()
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi and starts[i] != start


def _year_near(text: str, start: int, end: int, ends: _SentenceEnds | None = None,
               marks: _YearMarks | None = None, with_pos: bool = False) -> tuple:
    """A year in the same sentence (nearest first), else in the same line in
    the 300 characters before; and whether it was in the same sentence (and, ``with_pos``, where it is)."""
    lo = max(0, start - 300)
    if ends is None:
        ends = _SentenceEnds(text[:start + 1])
    seg_start = ends.last_before(lo, start)
    seg_end_m = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    seg_end = seg_end_m.start() if seg_end_m else min(len(text), end + 300)
    best, best_dist, best_pos = None, None, None
    own = (marks.own | marks.law | marks.spanning) if marks is not None else ()
    found = []
    for ys, ye, year in _years_between(text, seg_start, seg_end, marks, seg_end_m is not None or seg_end == len(text)):
        if start <= ys < end or ys in own:
            continue
        found.append((ys, ye, year))

    def nearest(cands):
        return min(cands, key=lambda f: start - f[1] if f[1] <= start else f[0] - end, default=None)

    got = nearest(found)
    if got is not None and len({y >= 2015 for _, _, y in found if y >= 1998}) > 1:
        # the sentence's years fall under both codes: the nearest decides only when the citation's own clause holds
        # no year of the other code's time ("В 2012 году журналист был осужден по ст. 164 УК РК, а в 2018 году блогер —
        # по ст. 174 УК РК": 2018 is nearer to 164 but the next clause's; "The acts took place in 2013, but the
        # verdict under Article 164 was handed down only in 2016": the clause's year is the verdict's, the nearest the
        # acts' — fifteenth session's probes). Else no year decides.
        lo_c = max([m.end() for m in _CLAUSE_BREAK.finditer(text, seg_start, start)], default=seg_start)
        hi_m = _CLAUSE_BREAK.search(text, end, seg_end)
        hi_c = hi_m.start() if hi_m else seg_end
        mine = nearest([f for f in found if lo_c <= f[0] and f[1] <= hi_c])
        if mine is not None and (mine[2] >= 2015) != (got[2] >= 2015):
            return (None, True, None) if with_pos else (None, True)
    if got is not None:
        best_pos, _, best = got
    if best is not None:
        return (best, True, best_pos) if with_pos else (best, True)
    para = text.rfind("\n", lo, start)
    for ys, _, year in _years_between(text, max(lo, para + 1), seg_start, marks, seg_start > lo or lo == 0):
        if ys not in own:
            best, best_pos = year, ys
    return (best, False, best_pos) if with_pos else (best, False)


#: A law's own date, not an event of the case (probes, fifteenth session: "charged under Criminal Code Article 174 ...
#: which they claimed violated the 2011 Religion Law" had made 174 the 1997 Code's): the year before a law's name in
#: English ("the 2011 Religion Law", "2005 Law on Countering Extremism") or after it ("the Law of 11 October 2011", "the
#: Religion Law of 2011"), in Russian after it ("Закона РК от 11 октября 2011 года", "закон 2005 года",
#: "Закон «О религиозной деятельности ...» от 11.10.2011"), in Kazakh before it ("2011 жылғы 11 қазандағы «...» Заңы").
#: A code is no law here (its own date is read by _CODE_DATE); nor is a verdict.
_LAW_DATE = re.compile(
    r"(?=[12LlЗзrRnNнН])(?:(?:19|20)\d\d\s++(?:[A-Z][\w’'-]*+\s++){0,3}(?:Law|Act)\b"
    r"|\b(?:Law|Act)\b(?:\s++(?:on|of)\s++(?:[A-Z«\"“][^.;:\n]{0,80}?)?)?\s*+,?\s*+(?:of|dated)\s++"
    r"(?:\d{1,2}\s++[A-Za-z]++\s++|[A-Za-z]++\s++\d{1,2},\s*+)?(?:19|20)\d\d"
    r"|(?<![^\W\d_])[Зз]акон(?:а|у|ом|е)?\s++(?:(?:РК|Республики\s++Казахстан)\s++)?(?:[«\"“][^»\"”]{0,160}[»\"”]\s*+)?"
    r"(?:от\s++(?:\d{1,2}\s++[а-я]++\s++|\d{1,2}\.\d{1,2}\.)?(?:19|20)\d\d|(?:19|20)\d\d\s++г)"
    r"|(?:19|20)\d\d\s++жылғы\s++(?:\d{1,2}\s++\w+?(?:дағы|дегі|тағы|тегі)\s++)?(?:Қазақстан\s++Республикасы(?:ның)?\s++)?"
    r"(?:[«\"“][^»\"”]{0,160}[»\"”]\s*+)?(?:Қазақстан\s++Республикасы(?:ның)?\s++)?Заң"
    # a publication's year: "its 2019 report", "the 2020 annual review" (the year it appeared; the acts it tells of may
    # be years older: "In its 2019 report, Human Rights Watch documented how Article 164 had been used ...")
    r"|(?:19|20)\d\d\s++(?:annual\s++)?(?:report|review|survey)s?\b"
    # a court's regulatory decree by its date ("the regulatory decree “On the practice of …” dated June 29, 2011",
    # «нормативное постановление Верховного суда … от 29 июня 2011 года»; round 55, dev cit-en-5535): its adoption
    r"|\b(?:regulatory|normative)\s++(?:decree|resolution)\b[^.;\n]{0,160}?\b(?:of|dated)\s++"
    r"(?:\d{1,2}\s++[A-Za-z]++\s++|[A-Za-z]++\s++\d{1,2},\s*+)?(?:19|20)\d\d"
    r"|(?<![^\W\d_])нормативн\w*\s++постановлени\w*[^.;\n]{0,160}?\bот\s++(?:\d{1,2}\s++[а-я]++\s++|\d{1,2}\.\d{1,2}\.)?(?:19|20)\d\d)")


#: Words of an amendment near a law's date: "Законом РК от 9 ноября 2011 года № 490-IV в статью 164 УК РК внесены
#: изменения" — a law amending the Code tells which code it amended by its date (the 2014 Code was not adopted in 2011),
#: so its year keeps deciding.
_AMENDING = re.compile(r"изменени|дополнени|внесен|редакци|amend|өзгеріс|өзгерт|толықтыр", re.IGNORECASE)


#: A code's own date is its name, not an event: "the Criminal Code of 3 July 2014", "УК РК от 16 июля 1997 года".
# Possessive quantifiers (*+, ++): a run of spaces is taken whole, so a long one cannot make the match backtrack
#: The 2014 Code's date before its number as an act: "ҚР 03.07.2014 № 226-V Кодексімен".
_CODE_NUMBER_DATE = re.compile(r"(?=2)2014\s*+(?:жылғы|года|г\.)?\s*+№\s*+226-V\b")


_CODE_DATE = re.compile(r"(?=[cку12])(?:code|кодекс\w*|ук\s*+рк|ук)\s*+" + _CODE_STATE + r"(?:of|от|№|dated)?\s*+\(?\s*+"
                        r"(?:\d{1,2}\s++\w++\s++|(?:july|июля)\s++\d{1,2},\s*+|\d\d\.07\.)?(?:1997|2014)"
                        r"|(?:1997|2014)\s*+(?:года|г\.|жылғы)?\s*+(?:\d{1,2}\s++\w++\s++)?(?:[\w-]++\s++){0,3}(?:criminal code|кодекс\w*|уголовн\w*)"
                        # "the Criminal Code, which was adopted in 2014", "УК, принятый в 2014 году"
                        r"|(?:criminal code|penal code|кодекс\w*|ук\b)\W{1,3}(?:\w++\W++){0,3}?(?:adopted|enacted|принят\w*|қабылда\w*)"
                        r"\s++(?:in\s++|on\s++|в\s++)?(?:\d{1,2}\s++\w++\s++)?(?:1997|2014)"
                        # "In 2014, Kazakhstan adopted a new criminal code", "в 2014 году был принят новый УК",
                        # "In 2014, the government passed an amendment to the Criminal Code"
                        r"|(?:1997|2014)\W{1,3}(?:\w++\W++){0,4}?(?:adopted|enacted|passed|принят\w*|қабылда\w*)\s++"
                        r"(?:\w++\s++){0,4}?(?:criminal code|penal code|уголовн\w* кодекс\w*|ук\b|қылмыстық кодекс\w*)",
                        re.IGNORECASE)


#: Right before a year (and its day and month): a code's edition or entry into force, "в редакции от 16.07.2009",
#: "вступила в силу с января 2015 года", "came into force on 1 January 2015" (group ``force``: only 1998 and 2015,
#: the years the codes came into force; a verdict enters "в законную силу", which is not this).
_CODE_DATE_BEFORE = re.compile(r"(?:редакци\w*(?:\s+от)?|(?P<force>силу\s+с|(?:came|entered)\s+into\s+(?:force|effect)|took\s+effect)"
                               r"(?:\s+(?:on|in|from))?)\s+(?:\d{1,2}\s+)?(?:[^\W\d]+\s+)?$", re.IGNORECASE)


def _document_years(text: str, marks: _YearMarks | None = None) -> list[tuple[int, int]]:
    """``(position, year)`` for the years 1998–2049 the document mentions, except a code's own date."""
    marks = marks or _YearMarks(text)
    return [(pos, y) for pos, y in zip(marks.starts, marks.years)
            if y >= 1998 and pos not in marks.own and pos not in marks.law and pos not in marks.spanning]


class _Years:
    """The document's years, read once per text: the codes they fall under, their
    names for a reason, and the nearest one to a position (the first of two at
    the same distance)."""

    def __init__(self, years: list[tuple[int, int]]):
        self.years = years
        self.positions = [p for p, _ in years]
        self.sides = {code_on(dt.date(y, 1, 1)) for _, y in years}
        self.named = ", ".join(sorted({str(y) for _, y in years}))

    def nearest(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.positions, pos)
        if i == 0:
            return self.years[0]
        if i == len(self.years):
            return self.years[-1]
        before, after = self.years[i - 1], self.years[i]
        return before if pos - before[0] <= after[0] - pos else after
