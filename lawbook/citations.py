"""Find Criminal Code citations in running text and decide which code each
belongs to.

A citation starts from an article word (Article, art., ст., статья, бап …),
so bare numbers ("164 people", "in 2014", "page 233") are never taken for
articles. Which code a citation belongs to is decided, in this order, by an
explicit mention ("1997 Criminal Code", "нового УК"), the ``date`` given by the
caller, a year in the text near the citation, a number that only one code has;
otherwise it stays ``None`` with both readings.

>>> cs = find_citations("He was convicted under Article 164 of the Criminal Code in 2003.")
>>> [(c.article, c.part, c.code, c.code_reason.split(':')[0]) for c in cs]
[('164', None, '1997', 'date-in-text')]
>>> [(c.article, c.part) for c in find_citations("по статьям 164 и 337 УК РК; ч. 2 ст. 233-3")]
[('164', None), ('337', None), ('233-3', '2')]
>>> find_citations("164 people came; page 233 of the 2014 report")
[]
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from . import rulebook as _rulebook
from .conversion import OTHER, CodeIndex, code_on, convert_parsed, index
from .errors import LawbookError
from .refs import DASHES, normalise_number

_NUM = rf"\d{{1,3}}(?:[{DASHES}]\d{{1,2}})?(?![\d{DASHES[0]}])"
_PART = r"(?:(?:,\s*|\s+)(?:part|p\.|pt\.?|para\.?|ч\.|часть|части|частью|п\.)\s*(?P<p{n}>\d{{1,2}})(?!\d)|\s*\((?P<q{n}>\d{{1,2}})\))?"
_ART_KW = (r"(?:\b(?:[Aa]rticles?|ARTICLES?|[Aa]rts?\.|[Aa]rt\.)"
           r"|(?<![А-Яа-яЁё])(?:[Сс]т\.|[Сс]тат(?:ья|ьи|ье|ью|ьей|ьёй|ьям|ьями|ьях|ей)))")
_PART_KW = r"(?:(?<![A-Za-z])(?:[Pp]art|[Pp]\.)|(?<![А-Яа-яЁё])(?:[Чч]\.|[Чч]аст(?:ь|и|ью|ям|ями)))"
_SEP = r"\s*(?:,|;|\band\b|\bor\b|\bи\b|\bили\b|&)\s*"

# "Article 164 part 2", "Articles 233-3 and 337", "ст. 233-3 ч. 2", "по статьям 164 и 337"
_ANCHOR = re.compile(_ART_KW + r"\s*(?:№\s*)?(?P<first>" + _NUM + r")")
# "ч. 2 ст. 164", "part 2 of Article 164", "частью 2 статьи 164"
_PART_FIRST = re.compile(_PART_KW + r"\s*(?P<part>\d{1,2})\s*(?:of\s+(?:the\s+)?)?" + _ART_KW + r"\s*(?P<art>" + _NUM + r")")
# Russian, number before the word: "174-я статья", "по 405-й статье", "174-й статьи"
_NUM_FIRST = re.compile(rf"(?<![{DASHES}\d])(?P<art>\d{{1,3}}(?:[{DASHES}]\d{{1,2}})?)\s*[{DASHES}\u2011]\s*(?:я|й|ю|ой|ая|ую)\s+(?:[Сс]тат(?:ья|ьи|ье|ью|ьей|ьёй))")
# Kazakh: "164-бабы", "233-3-бабының 2-бөлігі"
_KK = re.compile(rf"(?<![{DASHES}\d])(?P<art>\d{{1,3}}(?:[{DASHES}]\d{{1,2}})?)\s*(?:-\s*(?:ші|шы|інші|ыншы)\s+|-\s*|\s+)ба[пб]\w*(?:,?\s*(?P<part>\d{{1,2}})\s*-\s*бөлі\w*)?")
_PART_AFTER = re.compile(r"(?:,\s*|\s+)(?:part|p\.|pt\.?|ч\.|часть|части|частью|п\.)\s*(\d{1,2})(?!\d)|\s*\((\d{1,2})\)", re.IGNORECASE)
_NEXT = re.compile(_SEP + r"(?:(?:art\.|ст\.)\s*)?(" + _NUM + r")", re.IGNORECASE)

_CODE_1997 = re.compile(
    r"(?:1997|old|former|previous|earlier|прежн\w*|стар\w*|ранее действовавш\w*|бұрынғы)\s*(?:\w+\s+){0,2}?"
    r"(?:criminal code|penal code|code|cc|уголовн\w*\s+кодекс\w*|ук\b|қылмыстық кодекс\w*)"
    r"|(?:criminal code|уголовн\w*\s+кодекс\w*|ук\s*(?:рк)?)\s*(?:of|от)?\s*(?:16 july |16 июля )?1997",
    re.IGNORECASE)
_CODE_2014 = re.compile(
    r"(?:2014|new|current|present|нов\w*|действующ\w*|жаңа)\s*(?:\w+\s+){0,2}?"
    r"(?:criminal code|penal code|code|cc|уголовн\w*\s+кодекс\w*|ук\b|қылмыстық кодекс\w*)"
    r"|(?:criminal code|уголовн\w*\s+кодекс\w*|ук\s*(?:рк)?)\s*(?:of|от)?\s*(?:3 july |3 июля )?2014(?:\s*(?:года|г\.))?",
    re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d.\-/])(?:\d{1,2}[./]\d{1,2}[./])?(19[89]\d|20[0-4]\d)(?![\d])")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZА-ЯЁ])|\n")



@dataclass
class Citation:
    """One citation found in a text."""

    span: tuple[int, int]
    text: str
    article: str
    part: str | None
    code: str | None = None
    code_reason: str = ""
    counterparts: list[dict] = field(default_factory=list)
    readings: list[dict] = field(default_factory=list)
    note: str | None = None

    def to_dict(self) -> dict:
        d = {"span": list(self.span), "text": self.text, "code": self.code,
             "code_reason": self.code_reason, "article": self.article, "part": self.part,
             "counterparts": self.counterparts}
        if self.readings:
            d["readings"] = self.readings
        if self.note:
            d["note"] = self.note
        return d


#: After a citation: the article belongs to another act, not the Criminal Code.
_OTHER_ACT = re.compile(
    r"\s*,?\s*(?:of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:Constitution|Civil|Labou?r|Tax|Land|Budget|Family|Administrative|"
    r"Criminal[- ]Procedur\w*|Criminal[- ]Executive|Law|Decree|Code\s+(?:of|on)\s+Administrative)|"
    r"(?:Конституци\w*|ГК|ГПК|УПК|УИК|КоАП|КРКоАП|Гражданск\w*|Трудов\w*|Налогов\w*|Земельн\w*|Семейн\w*|"
    r"Уголовно-процессуальн\w*|Уголовно-исполнительн\w*|Кодекс\w* (?:\w+ ){0,3}об административных|Закон\w*|Указ\w*)\b)",
    re.IGNORECASE)


#: Right after a citation: another state's criminal code ("ст. 299 ч.2 УК КР", "Статья 205.4 УК РФ").
_FOREIGN_CODE = re.compile(r"(?:\.\d+)?\s*(?:(?:ч\.|part)\s*\d+\s*)?(?:of\s+the\s+)?(?:УК\s*(?:РФ|КР|РУз|РТ)|"
                           r"Уголовного\s+кодекса\s+(?:Российской|Кыргызской|Республики\s+Узбекистан)|"
                           r"(?:Russian|Kyrgyz|Uzbek)\s+Criminal\s+Code|Criminal\s+Code\s+of\s+the\s+(?:Russian|Kyrgyz))",
                           re.IGNORECASE)
#: Just before a citation: an item of an official gazette ("№ 21, ст.122" in "Ведомости Парламента").
_GAZETTE = re.compile(r"№\s*[\w\-]+(?:\s*,\s*[\w\-]+)*\s*,\s*$")
#: The Criminal Code named in a sentence (a citation of an article lawbook does not cover counts only then).
_CC_NAMED = re.compile(r"criminal code|penal code|\bcc\b|уголовн\w* кодекс\w*|\bук\b|қылмыстық кодекс\w*|\bқк\b",
                       re.IGNORECASE)


def _raw_citations(text: str, covered=None) -> Iterator[tuple[int, int, str, str | None, int]]:
    """Every Criminal Code citation ``(start, end, article, part, list id)``,
    without those of other acts ("Article 1 of the Constitution", "ст. 489
    КоАП"). Citations listed together ("Articles 164 and 337") share a list id.
    With ``covered`` (the article numbers lawbook has), an article outside it
    counts only where its sentence names the Criminal Code: "Article 20" of a
    covenant or "ст. 83" of a gazette is not taken for one."""
    for item in _raw_citations_any(text):
        if _OTHER_ACT.match(text, item[1]):
            continue
        if _FOREIGN_CODE.match(text, item[1]) or _GAZETTE.search(text[max(0, item[0] - 30):item[0]]):
            continue
        if covered is not None and item[2] not in covered:
            a = max(text.rfind(". ", 0, item[0]), text.rfind("\n", 0, item[0])) + 1
            b = min([i for i in (text.find(". ", item[1]), text.find("\n", item[1])) if i != -1] or [len(text)])
            if not _CC_NAMED.search(text, a, b):
                continue
        yield item


def _raw_citations_any(text: str) -> Iterator[tuple[int, int, str, str | None, int]]:
    """Yield ``(start, end, article, part)`` for each citation, in text order."""
    starts: list[int] = []
    ends: list[int] = []
    found = []
    for m in _PART_FIRST.finditer(text):
        found.append((m.start(), m.end(), normalise_number(m.group("art")), str(int(m.group("part"))), m.start()))
        starts.append(m.start())
        ends.append(m.end())

    def taken(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < ends[i]

    for m in _ANCHOR.finditer(text):
        if taken(m.start()):
            continue
        start = m.start()
        pos = m.end("first")
        num = m.group("first")
        while True:
            part = None
            pm = _PART_AFTER.match(text, pos)
            if pm:
                part = str(int(pm.group(1) or pm.group(2)))
                pos = pm.end()
            found.append((start, pos, normalise_number(num), part, m.start()))
            nm = _NEXT.match(text, pos)
            if not nm:
                break
            start, num, pos = nm.start(1), nm.group(1), nm.end(1)
    for m in _NUM_FIRST.finditer(text):
        if taken(m.start()):
            continue
        found.append((m.start(), m.end(), normalise_number(m.group("art")), None, m.start()))
    for m in _KK.finditer(text):
        if taken(m.start()):
            continue
        part = m.group("part")
        found.append((m.start(), m.end(), normalise_number(m.group("art")), str(int(part)) if part else None, m.start()))
    found.sort(key=lambda f: (f[0], -f[1]))
    kept: list = []
    for f in found:  # one citation per span: "Article 164 and ст. 233-3" lists 233-3 once
        if kept and f[0] < kept[-1][1]:
            k = kept[-1]
            kept[-1] = k[:4] + (min(k[4], f[4]),)  # and it stays in the list it continues
            continue
        kept.append(f)
    return iter(kept)


_CODE_WORDS = ("code", "кодекс", "ук", "cc")


_CLAUSE_END = re.compile(r"[.!?;]\s|\n")


def _explicit_code(text: str, start: int, end: int) -> tuple[str | None, str]:
    """An explicit mention of a code right after the citation, or just before
    it, in the same sentence and line."""
    after = text[end:end + 70]
    stop = _CLAUSE_END.search(after)
    if stop:
        after = after[:stop.start() + 1]
    before = text[max(0, start - 40):start]
    cut = max(before.rfind("\n"), *(before.rfind(p + " ") for p in ".!?;"))
    if cut >= 0:
        before = before[cut + 1:]
    for window, where in ((after, "after"), (before, "before")):
        low = window.lower()
        if not any(w in low for w in _CODE_WORDS):
            continue
        m97 = _CODE_1997.search(window)
        m14 = _CODE_2014.search(window)
        hits = [(m.start(), code, m.group(0)) for m, code in ((m97, "1997"), (m14, "2014")) if m]
        if hits:
            hits.sort(key=lambda h: h[0] if where == "after" else -h[0])
            pos, code, words = hits[0]
            if where == "after" and pos > 30:
                continue
            return code, f"explicit: the text says {words.strip()!r}"
    return None, ""


def _year_near(text: str, start: int, end: int) -> tuple[int | None, bool]:
    """A year in the same sentence (nearest first), else in the same line in
    the 300 characters before; and whether it was in the same sentence."""
    lo = max(0, start - 300)
    seg_start = lo
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), start + 1)):
        seg_start = m.end()
    seg_end_m = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    seg_end = seg_end_m.start() if seg_end_m else min(len(text), end + 300)
    best, best_dist = None, None
    for m in _YEAR.finditer(text, seg_start, seg_end):
        if start <= m.start() < end:
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best_dist is None or dist < best_dist:
            best, best_dist = int(m.group(1)), dist
    if best is not None:
        return best, True
    para = text.rfind("\n", lo, start)
    for m in _YEAR.finditer(text, max(lo, para + 1), seg_start):
        best = int(m.group(1))
    return best, False


#: A code's own date is its name, not an event: "the Criminal Code of 3 July 2014", "УК РК от 16 июля 1997 года".
_CODE_DATE = re.compile(r"(?:code|кодекс\w*|ук\s*рк|ук)\s*(?:of|от|№)?\s*(?:\d{1,2}\s+\w+\s+)?(?:1997|2014)"
                        r"|(?:1997|2014)\s*(?:года|г\.|жылғы)?\s*(?:\w+\s+){0,2}(?:criminal code|кодекс\w*|уголовн\w*)",
                        re.IGNORECASE)


def _document_years(text: str) -> list[tuple[int, int]]:
    """``(position, year)`` for the years 1998–2049 the document mentions, except a code's own date."""
    skip = [(m.start(), m.end()) for m in _CODE_DATE.finditer(text)]
    out = []
    for m in _YEAR.finditer(text):
        y = int(m.group(1))
        if y < 1998 or any(a <= m.start() < b for a, b in skip):
            continue
        out.append((m.start(), y))
    return out


_TITLE_AFTER = re.compile(r"[\s,:—–-]*(?:(?:УК|ҚК|Уголовного\s+кодекса|Criminal\s+Code)\s*(?:РК|of\s+Kazakhstan)?[\s,:—–-]*)?"
                          r"(?P<open>\(\s*[«\"“]?|[«\"“])\s*([^»\"”)]{6,160})")


def _code_by_title(ix: CodeIndex, text: str, end: int, article: str) -> tuple[str, str] | None:
    """The code whose article ``article`` has the title quoted right after the citation
    ("174-й статьи УК РК «Возбуждение ... розни»"), with the reason; else ``None``."""
    m = _TITLE_AFTER.match(text, end)
    if not m:
        return None
    from .reading.charges import _title_index, _title_words
    from .reading.language import detect
    from .reading.wordforms import kazakh

    title = m.group(2)
    lang = detect(title)
    if lang is None:
        return None
    words = _title_words(title, lang, kazakh(ix.rb))
    if len(words) < 2:
        return None
    codes = {code for code, art, tlang, tw in _title_index(ix.rb)
             if art == article and tlang == lang and len(words & tw) >= 2 and len(words & tw) / len(words) >= 0.65}
    if len(codes) == 1:
        code = codes.pop()
        return code, f"title: the words after the citation ({title[:60]!r}) are the title of {code} art. {article}"
    return None


def _unique_code(ix: CodeIndex, article: str) -> str | None:
    if "-" not in article:
        return None
    in97 = ("1997", article) in ix.articles
    in14 = ("2014", article) in ix.articles
    if in97 != in14:
        return "1997" if in97 else "2014"
    return None


def _counterparts(ix: CodeIndex, code: str, article: str, part: str | None) -> tuple[list[dict], str | None]:
    try:
        conv = convert_parsed(code, article, part, ix)
    except LawbookError as exc:
        return [], str(exc)
    out = [{"code": r.code, "article": r.article, "part": r.part, "relation": r.relation,
            "title": r.title.get("en")} for r in conv.results]
    return out, conv.note


def find_citations(text: str, date: dt.date | None = None, rulebook: _rulebook.Rulebook | None = None,
                   offset: int = 0) -> list[Citation]:
    """All citations in ``text`` with their code and counterparts (full-width and
    Arabic-Indic digits are read as digits; spans are those of ``text``)."""
    from .refs import ascii_digits

    text = ascii_digits(text)  # one character for one: spans are unchanged
    ix = index(rulebook)
    out = []
    lists: dict[int, list[Citation]] = {}
    covered = {number for _, number in ix.articles}
    years = _document_years(text)
    for start, end, article, part, list_id in _raw_citations(text, covered):
        code, reason = _explicit_code(text, start, end)
        unique = _unique_code(ix, article)
        if code is None and unique:
            # a number only one code has decides for itself: it outranks --date and a nearby year
            code = unique
            reason = f"number: only the {code} Code has an article numbered {article}"
            pointed = code_on(date) if date is not None else None
            if pointed is None:
                year, _ = _year_near(text, start, end)
                pointed = code_on(dt.date(year, 1, 1)) if year is not None and year >= 1998 else None
            if pointed is not None and pointed != code:
                reason += (f" (the date points to the {pointed} Code: a date of a verdict or report, not of the code "
                           f"cited)")
        if code is None and date is not None:
            code = code_on(date)
            reason = f"date: --date {date} falls under the {code} Code"
        if code is None:
            year, same_sentence = _year_near(text, start, end)
            if year is not None and 1998 <= year:
                by_year = code_on(dt.date(year, 1, 1))
                other = OTHER[by_year]
                # a year from an earlier sentence yields to a number only the other code has
                if same_sentence or (by_year, article) in ix.articles or (other, article) not in ix.articles:
                    code = by_year
                    where = "in the same sentence" if same_sentence else "earlier in the paragraph"
                    reason = f"date-in-text: the year {year} {where} falls under the {code} Code"
        if code is None:
            code = _unique_code(ix, article)
            if code:
                reason = (f"number: only the {code} Code has an article numbered {article} among the "
                          f"articles lawbook covers")
        if code is None:
            by_title = _code_by_title(ix, text, end, article)
            if by_title:
                code, reason = by_title
        if code is None and years:
            sides = {code_on(dt.date(y, 1, 1)) for _, y in years}
            near = min(years, key=lambda py: abs(py[0] - start))
            named = ", ".join(sorted({str(y) for _, y in years}))
            if len(sides) > 1:
                reason = f"unknown: the document mentions years under both codes ({named}); both readings are given"
            else:
                side = sides.pop()
                # a year yields to a number only the other code has (among the articles lawbook covers)
                if (side, article) in ix.articles or (OTHER[side], article) not in ix.articles:
                    code = side
                    reason = (f"document: every year the document mentions ({named}) falls under the {code} Code; "
                              f"nearest: {near[1]}, {abs(near[0] - start)} characters away")
        cit = Citation(span=(start + offset, end + offset), text=text[start:end], article=article, part=part,
                       code=code, code_reason=reason or "unknown: no mention, date or unique number decides the code")
        lists.setdefault(list_id, []).append(cit)
        out.append(cit)
    for group in lists.values():  # "Articles 164 and 337-1": a list shares the code one of its numbers decides
        decided = next((c for c in group if c.code and not c.code_reason.startswith("unknown")), None)
        for c in group:
            if c.code is None and decided is not None:
                c.code = decided.code
                c.code_reason = f"list: cited together with art. {decided.article} ({decided.code_reason})"
    for cit in out:
        if cit.code:
            cit.counterparts, cit.note = _counterparts(ix, cit.code, cit.article, cit.part)
        else:
            for c in ("1997", "2014"):
                cps, note = _counterparts(ix, c, cit.article, cit.part)
                reading = {"code": c, "counterparts": cps}
                if note:
                    reading["note"] = note
                cit.readings.append(reading)
    return out


def cite(text: str, date: dt.date | str | None = None, rulebook: _rulebook.Rulebook | None = None) -> dict:
    """The JSON-shaped answer for a whole text (see :func:`find_citations`)."""
    from .dates import parse_date

    day = parse_date(date, "--date") if date is not None else None
    rb = rulebook or _rulebook.load()
    cits = find_citations(text, day, rb)
    return {"citations": [c.to_dict() for c in cits], "rulebook": rb.stamp()}


def annotate(text: str, citations: Iterable[Citation], offset: int = 0) -> str:
    """Reprint ``text`` with each citation followed by its counterpart in brackets."""
    out, pos = [], 0
    for c in citations:
        e = c.span[1] - offset
        out.append(text[pos:e])
        out.append(" " + bracket(c))
        pos = e
    out.append(text[pos:])
    return "".join(out)


def bracket(c: Citation) -> str:
    """``[2014 Code: art. 174]`` and the like."""
    def fmt(cps):
        return ", ".join(f"art. {x['article']}" + (f" part {x['part']}" if x['part'] else "") for x in cps)

    if c.code:
        other = "2014" if c.code == "1997" else "1997"
        if c.counterparts:
            return f"[{other} Code: {fmt(c.counterparts)}]"
        if c.note and "has no article" in c.note:
            return f"[{c.code} Code art. {c.article}: not in lawbook's rulebook]"
        return f"[{other} Code: none recorded]"
    parts = []
    for r in c.readings:
        other = "2014" if r["code"] == "1997" else "1997"
        parts.append(f"if {r['code']} Code → {other}: {fmt(r['counterparts']) or 'none recorded'}")
    return "[code unclear: " + "; ".join(parts) + "]"


def iter_chunks(stream, max_chunk: int = 1 << 20) -> Iterator[str]:
    """Split a text stream into chunks of about ``max_chunk`` characters, cut at a
    paragraph break, else a line break, else a space (bounded memory, even for a
    document that is one long line).

    >>> import io
    >>> [len(c) for c in iter_chunks(io.StringIO("a b " * 10), max_chunk=8)]
    [8, 8, 8, 8, 8]
    """
    carry = ""
    while True:
        block = stream.read(max_chunk)
        if not block:
            break
        text = carry + block
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, max(0, len(text) - max_chunk))
            if cut > 0:
                cut += len(sep)
                break
        if cut <= 0 or len(text) > 4 * max_chunk:
            cut = len(text)
        yield text[:cut]
        carry = text[cut:]
    if carry:
        yield carry
