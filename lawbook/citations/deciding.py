"""Deciding codes across a document: counterparts in the other code, drafts and their leans, and each way a
citation's code is settled from the whole text (a role's date, the dateline, the same article or sentence,
articles cited together, a renumbering pair, procedure).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from ..case_dates import RoleDate, dateline, role_dates
from ..conversion import CodeIndex, OTHER, convert_parsed, index  # noqa: F401 (index: the doctests use it)
from ..errors import LawbookError
from .patterns import (
    _AGAIN_REACH, _BESIDE, _CODE_1997, _CODE_2014, _CODE_WORDS, _COMMENTARY_BEFORE, _FORMS, _GENERIC_TITLE_WORDS,
    _HEADING, _HEADING_AFTER, _SPECIAL_PART_FROM, _TITLE_AFTER
)
from .spans import _sentence_of
from .model import Citation
from .context import _Cues, _Years, _foreign_named
from .titles import _ru_title_words, _title_words_in
from .scan import _heading_start


def _counterparts(ix: CodeIndex, code: str, article: str, part: str | None) -> tuple[list[dict], str | None]:
    """The counterparts of one reading and the conversion's note (memoised per code, article
    and part; each call gets its own copies)."""
    memo = ix.rb.cached("cite-counterparts-memo", dict)
    key = (code, article, part)
    got = memo.get(key)
    if got is None:
        got = _counterparts_uncached(ix, code, article, part)
        if len(memo) < 100_000:
            memo[key] = got
    return [dict(x) for x in got[0]], got[1]


def _counterparts_uncached(ix: CodeIndex, code: str, article: str, part: str | None) -> tuple[list[dict], str | None]:
    if part and "," in part:  # "parts 1 and 2": each part's counterparts, once each
        out, notes = [], []
        for p in part.split(","):
            cps, note = _counterparts_uncached(ix, code, article, p)
            out += [c for c in cps if c not in out]
            if note and note not in notes:
                notes.append(note)
        return out, "; ".join(notes) or None
    try:
        conv = convert_parsed(code, article, part, ix)
    except LawbookError as exc:
        return [], str(exc)
    out = [{"code": r.code, "article": r.article, "part": r.part, "relation": r.relation,
            "title": r.title.get("en")} for r in conv.results]
    return out, conv.note


#: Evidence that names a code by itself, wherever the citation stands.
_STRONG = ("explicit", "number", "subject", "title", "term", "offence", "form")
#: The strong evidence of the number or the citation's own words (not a code named beside it): a date of the text that
#: points to the other code is noted beside it, as a date of a verdict or report.
_OWN_STRONG = tuple(k for k in _STRONG if k != "explicit")


#: A draft code named (``citation_forms.yaml``: ``draft_words``): within :data:`_DRAFT_REACH` characters before a
#: citation, a number only the 2014 Code has may be the draft's own (round 7: the 2013 draft's 400, 403, 404), so
#: it leans instead of deciding (kind ``draft-number``).
_DRAFT = re.compile("(?=[" + "".join(sorted({c for w in _FORMS["draft_words"] for c in (w[0].lower(), w[0].upper())}))
                    + "])(?:" + "|".join(re.escape(w) for w in _FORMS["draft_words"]) + ")", re.IGNORECASE)


_DRAFT_REACH = 1500


#: A cheap test before the draft words are searched (``citation_forms.yaml``: ``draft_stems``).
_DRAFT_STEMS = tuple(_FORMS["draft_stems"])


class _Drafts:
    """The draft-code mentions of a text, read once on first use.

    >>> d = _Drafts("The draft criminal code adds Article 404.")
    >>> d.before(29, 40).group(0), d.before(0, 3)
    ('draft criminal code', None)
    """

    def __init__(self, text: str):
        self.text, self.found = text, None

    def before(self, start: int, end: int) -> re.Match | None:
        """The last mention before ``end`` and within :data:`_DRAFT_REACH` characters of ``start``."""
        if self.found is None:
            t = self.text  # a cheap test first: the stems of the draft words (citation_forms.yaml)
            self.found = (list(_DRAFT.finditer(t)) if any(w in t for w in _DRAFT_STEMS) else [])
            self.starts = [m.start() for m in self.found]
        i = bisect.bisect_left(self.starts, end) - 1
        return self.found[i] if i >= 0 and self.found[i].start() >= start - _DRAFT_REACH else None


def _lean(cit: Citation, leans: list[tuple[str, str, str]]) -> None:
    """Add ``leans`` (``(kind, code, reason)``, kinds of :data:`_SOFT`) to the citation's; decide its code
    when two kinds point to one code and none to the other, else leave it undecided with a reason that
    says which way the evidence leans (a reason of :data:`_BESIDE` keeps its head).

    >>> c = Citation((0, 5), "ст. 1", "1", None)
    >>> _lean(c, [("subject", "2014", "subject: the words around it name 2014 art. 1")])
    >>> c.code, c.code_reason[:44]
    (None, 'unknown: the evidence leans to the 2014 Code')
    >>> _lean(c, [("document-years", "2014", "document: every year the document mentions (2016) ...")])
    >>> c.code, c.code_reason.split(':')[0]
    ('2014', 'agree')
    """
    cit.leans.extend(leans)
    codes = {code for _, code, _ in cit.leans}
    kinds = sorted({k for k, _, _ in cit.leans})
    said = "; ".join(r for _, _, r in cit.leans)
    if len(codes) == 1 and len(kinds) >= 2 and "draft-number" not in kinds:
        cit.code = codes.pop()
        cit.code_reason = f"agree: {' and '.join(kinds)} point to the {cit.code} Code — {said}"
        return
    if len(codes) == 1:
        why = (f"the evidence leans to the {next(iter(codes))} Code — {said}; alone, this kind of evidence has "
               f"given wrong codes on fresh text, so both readings are given")
    else:
        why = ("the evidence leans both ways — " + "; ".join(f"{c} by {k} ({r})" for k, c, r in cit.leans)
               + "; both readings are given")
    cit.code_reason = (cit.code_reason.split("; the evidence lean")[0] + "; " + why
                       if cit.code_reason.startswith(_BESIDE) else "unknown: " + why)


#: The kinds of soft evidence whose lone lean is named in the answer (``leans_to``) when nothing else decides a citation
#: and every lean points to one code. On the dev sides of the fresh batches 9-18, scored before any change for them,
#: such leans were right 35 times of 35 (27 "document-years", 8 "subject"); on the test split, measured once, 14 of
#: 19: so they stay undecided ("unknown" is not "likely"; decision 0014, the seventeenth session).
_NAMED_LEAN_KINDS = frozenset({"subject", "document-years"})


def _later_years_of_trials_only(text: str, years: list[tuple[int, int]], opens_document: bool) -> bool:
    """Whether the text has years from 2015 on and every one dates a verdict, an arrest or (when ``text``
    opens the document) its dateline: such years do not date the acts.

    >>> _later_years_of_trials_only("Convicted in 2023.", [(13, 2023)], True)
    True
    >>> _later_years_of_trials_only("The posts of 2016.", [(13, 2016)], True)
    False
    """
    later = [y for y in years if y[1] >= 2015]
    if not later:
        return False
    roles = {r.pos: r.role for r in role_dates(text, years, later)}
    line = dateline(text) if opens_document else None  # the document's own date
    roles.update({pos: "dateline" for pos, _ in later if line and 0 <= pos - line[0] <= 30})
    return all(roles.get(pos) in ("verdict", "arrest", "dateline") for pos, _ in later)


#: A sentence that states what the law provides, and one that tells of a person's case (``citation_forms.yaml``:
#: ``law_statement``; ``charge_context`` and ``case_events``).
_LAW_STATEMENT = re.compile("|".join(_FORMS["law_statement"]), re.IGNORECASE)
_CASE_WORDS = re.compile("|".join(_FORMS["charge_context"] + _FORMS["case_events"]), re.IGNORECASE)


def _states_the_law(text: str, cit: Citation) -> bool:
    """Whether the citation's sentence states what the law provides and tells of no person's case: such a
    sentence speaks of the code in force when the text was written.

    >>> t = "The bill provides for amendments to articles 50 and 63 of the Criminal Code."
    >>> _states_the_law(t, Citation((t.index("50"), t.index("50") + 2), "50", "50", None))
    True
    >>> t = "He was charged under Article 174, which provides for up to seven years."
    >>> _states_the_law(t, Citation((t.index("174"), t.index("174") + 3), "174", "174", None))
    False
    """
    a, b = _sentence_of(text, *cit.span)
    return _LAW_STATEMENT.search(text, a, b) is not None and _CASE_WORDS.search(text, a, b) is None


def _lean_alone(cit: Citation, trial_years_only: bool = False, text: str | None = None) -> None:
    """Name in ``leans_to`` the code an undecided citation's soft evidence all points to, its code
    staying ``None`` with both readings. The document's years count for the 2014 Code only when one of
    them is not a verdict's, an arrest's or the document's own dateline (``trial_years_only``): a
    verdict of 2023 may judge acts of 2012 (round 8's wrong codes).

    >>> c = Citation((0, 5), "ст. 1", "1", None)
    >>> _lean(c, [("document-years", "2014", "document: every year the document mentions (2016) ...")])
    >>> _lean_alone(c); c.code, c.leans_to
    (None, '2014')
    >>> c = Citation((0, 5), "ст. 1", "1", None)
    >>> _lean(c, [("subject", "2014", "s"), ("document-years", "1997", "d")])
    >>> _lean_alone(c); c.leans_to is None
    True
    """
    codes = {code for _, code, _ in cit.leans}
    kinds = {kind for kind, _, _ in cit.leans}
    if len(codes) != 1 or not kinds <= _NAMED_LEAN_KINDS or cit.code_reason.startswith(_BESIDE):
        return
    if trial_years_only and codes == {"2014"} and "document-years" in kinds:
        return
    if any(r.startswith("subject, long title") for _, _, r in cit.leans):
        return  # three words of a long title: no record on fresh text yet
    cit.leans_to = codes.pop()
    if kinds == {"document-years"} and text is not None and _states_the_law(text, cit):
        # the law as the text states it: the code in force when it was written, which its years date
        said = "; ".join(r for _, _, r in cit.leans)
        cit.code, cit.leans_to = cit.leans_to, None
        cit.code_reason = (f"agree: statement and document-years point to the {cit.code} Code — statement: the sentence "
                           f"states what the law provides and tells of no case, so it speaks of the code in force when "
                           f"the text was written; {said}")


#: A mention of a code that names it whatever the date of the text ("the 1997 Code", "the old Criminal Code",
#: "нового УК"); "current" and "действующий" are left out: they name the code in force when the text was written.
_TIMELESS_MENTION = re.compile(r"current|present|действующ|ранее действовавш", re.IGNORECASE)


#: A code named as a version of the law, to compare it with another ("(ҚР ҚК 1997 жылғы редакциясында айтарлықтай
#: мөлшер қарастырылмаған)": the 1997 version had no 'significant size'; "в редакции 1997 года", "the 1997 version"):
#: a comparison between the codes, not the document's code, so it decides no citation elsewhere (decision 0014, round 7).
_VERSION_MENTION = re.compile(r"\W{0,3}(?:жылғы\s+|года\s+|г\.\s+)?(?:редакци|нұсқа|version|edition)"
                              r"|(?:редакци\w*|version|edition)\W{1,3}(?:\w+\W+){0,2}$", re.IGNORECASE)


def _document_mentions(text: str, cues: tuple[_Cues, _Cues], offset: int = 0) -> list[tuple[int, str, str]]:
    """``(position, code, words)`` for each explicit mention of a code anywhere in ``text``
    ("In 2014, Kazakhstan adopted a new criminal code", "по старому УК"), found only
    around the cue words read once (see :class:`_Cues`).

    >>> t = "In 2014, Kazakhstan adopted a new criminal code. It punishes defamation."
    >>> [(p, c) for p, c, _ in _document_mentions(t, _Cues.of(t))]
    [(30, '2014')]
    """
    out, seen = [], set()
    for group, pattern, code in ((cues[0], _CODE_1997, "1997"), (cues[1], _CODE_2014, "2014")):
        for pos in group.starts:
            a, b = max(0, pos - 40), min(len(text), pos + 60)
            low = text[a:b].lower()
            if not any(w in low for w in _CODE_WORDS):
                continue
            for m in pattern.finditer(text, a, b):
                if (m.start() in seen or not m.start() <= pos < m.end() or _TIMELESS_MENTION.search(m.group(0))
                        or _foreign_named(text, m.start())):
                    continue
                if (_VERSION_MENTION.match(text, m.end(), m.end() + 30)
                        or _VERSION_MENTION.search(text, max(0, m.start() - 30), m.start())):
                    continue
                seen.add(m.start())
                out.append((m.start() + offset, code, m.group(0).strip()))
    return sorted(out)


def _counterpart_of(ix: CodeIndex | None, d: Citation, article: str) -> bool:
    """Whether ``article`` is the number of decided ``d``'s offence in the other code (1997 art. 164 for 2014 art.
    174): then the two are one offence's old and new numbers, and ``d``'s code is not ``article``'s."""
    return (ix is not None and d.code is not None and article != d.article
            and article in {x.get("article") for x in _counterparts(ix, d.code, d.article, None)[0]})


def _share_lists(lists: dict[int, list[Citation]], ix: CodeIndex | None = None) -> None:
    """"Articles 164 and 337-1": an undecided citation of a list takes the code one of its numbers decides — not
    when its number is that one's counterpart in the other code ("Articles 164 and 174 (incitement to hatred)": the
    old and the new number of one offence, side by side; fifteenth session's probes).

    >>> from lawbook.citations import find_citations

    >>> [(c.article, c.code) for c in find_citations("Articles 164 and 174 (incitement to hatred) were used.")]
    [('164', None), ('174', '2014')]
    """
    for group in lists.values():
        decided = next((c for c in group if c.code and not c.code_reason.startswith("unknown")), None)
        for c in group:
            if c.code is None and decided is not None and _counterpart_of(ix, decided, c.article):
                continue
            if c.code is None and decided is not None:
                c.code = decided.code
                c.code_reason = f"list: cited together with art. {decided.article} ({decided.code_reason})"


#: Between two citations, a word saying the second is the first's number in the other code: "Article 174 (formerly
#: Article 164)", "ст. 174 УК РК (бывшая ст. 164 УК)", "174-бабы (бұрынғы 164-бап)" (group ``old``: the second is the
#: 1997 Code's); "Article 164 (now Article 174)", "ст. 164 УК РК (ныне ст. 174)" (group ``new``). No digit, stop or
#: other word of a sentence between: brackets, a dash or a comma, the code's name, the article word.
_PAIR_BETWEEN = re.compile(
    r"(?:[\s,(\[–—-]|(?:of\s+the\s+)?(?:criminal\s+code|уголовн\w*\s+кодекс\w*|УК|ҚК|РК|ҚР|қылмыстық\s+кодекс\w*))*"
    r"(?:(?P<old>formerly|previously|former|ex-|бывш\w*|ранее|прежн\w*|бұрынғы|ескі)"
    r"|(?P<new>now|currently|ныне|теперь|сейчас|қазіргі|қазір))"
    r"(?:[\s:–—-]|(?:the\s+)?(?:[Aa]rticles?|ст\.|стать\w*))*$", re.IGNORECASE)


def _decide_by_renumbered_pair(cits: list[Citation], text: str, ix: CodeIndex, offset: int = 0) -> None:
    """Two neighbouring citations linked as one offence's numbers in the two codes ("Article 174 (formerly Article
    164)", "ст. 164 УК РК (ныне ст. 174)") take the 1997 Code for the old number and the 2014 Code for the new one, when
    the rulebook's correspondence pairs them (1997 art. 164 → 2014 art. 174): the writer says which is the former
    number, and the law says the two are one offence. Else nothing is decided (fifteenth session's probes).

    >>> from lawbook.citations import find_citations

    >>> [(c.article, c.code) for c in find_citations("He was charged under Article 174 (formerly Article 164).")]
    [('174', '2014'), ('164', '1997')]
    >>> [(c.article, c.code) for c in find_citations("по ст. 164 УК РК (ныне ст. 174)")]
    [('164', '1997'), ('174', '2014')]
    >>> [(c.article, c.code) for c in find_citations("He was charged under Article 174 (formerly Article 337).")]
    [('174', None), ('337', None)]
    """
    for first, second in zip(cits, cits[1:]):
        between = text[first.span[1] - offset:second.span[0] - offset]
        if len(between) > 60 or not between.strip():
            continue
        m = _PAIR_BETWEEN.match(between)
        if m is None:
            continue
        old, new = (second, first) if m.group("old") else (first, second)
        if old.code not in (None, "1997") or new.code not in (None, "2014") or (old.code and new.code):
            continue
        cps, _ = _counterparts(ix, "1997", old.article, None)
        if new.article not in {x.get("article") for x in cps}:
            continue
        word = (m.group("old") or m.group("new")).strip()
        for c, code, other in ((old, "1997", new), (new, "2014", old)):
            if c.code is None:
                c.code = code
                c.code_reason = (f"renumbered-pair: {word!r} links art. {new.article} and art. {old.article}, which the "
                                 f"rulebook's correspondence pairs (1997 art. {old.article} → 2014 art. {new.article}); "
                                 f"this is the {code} Code's")
                c.leans = []


#: How far (in characters, in one paragraph) a case's dated event may stand from a citation it decides.
_ROLE_DATE_REACH = 600


def _open_to(c: Citation, code: str) -> bool:
    """An undecided citation whose own evidence does not lean away from ``code``, and beside which no code is
    named for a neighbour (its own evidence decides it, see :data:`_BESIDE`)."""
    return (c.code is None and not c.code_reason.startswith(_BESIDE)
            and all(lc == code for _, lc, _ in c.leans) and not _draft_numbered(c))


def _draft_numbered(c: Citation) -> bool:
    """A citation whose number may be a draft code's own: no evidence of the enacted codes decides it."""
    return any(k == "draft-number" for k, _, _ in c.leans)


def _years_near_undecided(cits: list[Citation], years: _Years, offset: int = 0) -> list[tuple[int, int]]:
    """The document's years within reach of an undecided citation: the only ones whose role is read."""
    out: dict[int, int] = {}
    for c in cits:
        if c.code is None:
            start = c.span[0] - offset
            lo = bisect.bisect_left(years.positions, start - _ROLE_DATE_REACH)
            hi = bisect.bisect_right(years.positions, start + _ROLE_DATE_REACH)
            out.update(years.years[lo:hi])
    return sorted(out.items())


def _decide_by_role_date(cits: list[Citation], text: str, dated: list[RoleDate], years: list[tuple[int, int]],
                         offset: int = 0) -> None:
    """An undecided citation takes the code a date of the case settles (:mod:`lawbook.case_dates`: acts of 2015
    or later, the 2014 Code; an arrest, charge, opened case or verdict before 2015, the 1997 Code) when such a
    date stands in its paragraph within :data:`_ROLE_DATE_REACH` characters and every such date there points to
    that one code, and no year there falls on the other side of 1 January 2015 ("detained on March 28, 2024 ...
    because of a post of March 4, 2014": a typo, or two cases; "Arrested in 2013, he was tried again in 2016");
    the reason names the nearest, its role word and its distance. When every year of the document falls before 2015,
    a date pointing to the 1997 Code counts within reach across its paragraph's break too.

    >>> from lawbook.citations import find_citations

    >>> t = "Kharlamov was charged under Article 164. On March 14, 2013, he was arrested for inciting hatred."
    >>> [(c.code, c.code_reason.split(':')[0]) for c in find_citations(t)]
    [('1997', 'role-date')]
    >>> t = "Суд рассмотрел дело по части 3 статьи 106 Уголовного кодекса. События произошли в сентябре 2024 года."
    >>> [(c.code, c.code_reason.split(",")[0]) for c in find_citations(t)]
    [('2014', "role-date: the acts of 2024 ('произошли')")]
    """
    if not any(r.points for r in dated):
        return
    dated_at = [r.pos for r in dated]
    years_at = [pos for pos, _ in years]
    before_2015 = all(y < 2015 for _, y in years)
    for c in cits:
        if c.code is not None:
            continue
        start = c.span[0] - offset
        lo = max(text.rfind("\n", 0, start) + 1, start - _ROLE_DATE_REACH)  # its paragraph, within reach
        hi = text.find("\n", start)
        hi = start + _ROLE_DATE_REACH if hi == -1 else min(hi, start + _ROLE_DATE_REACH)
        near = dated[bisect.bisect_left(dated_at, lo):bisect.bisect_right(dated_at, hi)]
        codes = {r.points for r in near if r.points}
        around = years[bisect.bisect_left(years_at, lo):bisect.bisect_right(years_at, hi)]
        if not codes and before_2015:
            # across a paragraph's break, within reach, when every year of the document falls before 2015: an arrest,
            # charge or verdict dated so was under the 1997 Code whichever paragraph tells it ("sentenced ... on 8 August
            # 2009 ...\n...\nThe sentence was based in articles 172 and 339", dev cit-en-1405); not the other way (a
            # verdict of 2023 may judge acts of 2013 under the 1997 Code, round 8)
            lo, hi = max(0, start - _ROLE_DATE_REACH), start + _ROLE_DATE_REACH
            near = dated[bisect.bisect_left(dated_at, lo):bisect.bisect_right(dated_at, hi)]
            codes = {r.points for r in near if r.points}
            around = years[bisect.bisect_left(years_at, lo):bisect.bisect_right(years_at, hi)]
        sides = {y >= 2015 for _, y in around}  # every year there on one side of 1 January 2015
        if len(codes) != 1 or len(sides) != 1:
            if codes:
                c.code_reason += ("; the years around it fall on both sides of 1 January 2015 ("
                                  + ", ".join(sorted({str(y) for _, y in around})) + ")")
            continue
        code = codes.pop()
        if not _open_to(c, code):
            continue
        r = min((r for r in near if r.points), key=lambda r: abs(r.pos - start))
        what = ("acts of 2015 or later fall under the 2014 Code" if code == "2014"
                else "the 2014 Code was not in force before 2015")
        c.code = code
        c.code_reason = (f"role-date: the {r.role} of {r.year} ({r.word!r}), {abs(r.pos - start)} characters away: "
                         f"{what}")


#: A code's own text opening with the code's name and date: "Code of the Republic of Kazakhstan dated July 16, 1997 №
#: 167", "LAW No. 167 of 16 JULY 1997 OF THE REPUBLIC OF KAZAKHSTAN THE CRIMINAL CODE", "Кодекс Республики Казахстан от 3
#: июля 2014 года № 226-V": the day and number of the 1997 Code (16 July 1997, No. 167) or the 2014 Code (3 July 2014,
#: No. 226-V), read in the text's first :data:`_CODE_TEXT_REACH` characters; the first named is the text's (the page of
#: the 1997 Code names the 2014 Code after it, as the one that repealed it).
_CODE_TEXT_HEAD = re.compile(
    r"(?P<c1997>(?:July\s+16,\s+|16\s+(?:July|июля)\s+)1997(?:\s*(?:года|г\.))?\s*(?:№|No\.?|N)\s*167\b"
    r"|(?:№|No\.?|N)\s*167\s+of\s+16\s+July\s+1997|16\.07\.1997\s*(?:№|N)\s*167\b|1997\s+жылғы\s+16\s+шілдедегі\s+(?:№|N)\s*167\b)"
    r"|(?P<c2014>(?:July\s+3,\s+|3\s+(?:July|июля)\s+)2014(?:\s*(?:года|г\.))?\s*(?:№|No\.?)\s*226-V\b"
    r"|03\.07\.2014\s*(?:№|N)\s*226-V\b|2014\s+жылғы\s+3\s+шілдедегі\s+№\s*226-V\b)", re.IGNORECASE)


_CODE_TEXT_REACH = 250


def _decide_headings_by_code_text(cits: list[Citation], text: str) -> None:
    """The undecided headings of a text that opens as one code's own text take that code: "Code of the Republic of
    Kazakhstan dated July 16, 1997 № 167 ... Article 1. Criminal Legislation ..." is the 1997 Code's art. 1, though
    both codes give it that title. Hard evidence, as the title printed as a code prints it is: it outranks the leaning
    kinds (the 2014 Code's art. 467 cited in the page's footnote leaned the heading to the 2014 Code). Only headings:
    the text may cite the other code's articles ("see paragraph 3 of Article 467").

    >>> from lawbook.citations import find_citations

    >>> t = "Code of the Republic of Kazakhstan dated July 16, 1997 № 167.\\n\\nArticle 2. Objectives of the Criminal Code\\n1. The objectives"
    >>> [(c.article, c.code, c.code_reason.split(':')[0]) for c in find_citations(t)]
    [('2', '1997', 'code-text')]
    >>> t = "Code of the Republic of Kazakhstan dated 13 December 1997 № 206.\\n\\nArticle 2. Objectives of the Criminal Code\\n1. The objectives"
    >>> [c.code for c in find_citations(t)]
    [None]
    """
    m = _CODE_TEXT_HEAD.search(text, 0, _CODE_TEXT_REACH)
    if m is None:
        return
    code = "1997" if m.group("c1997") else "2014"
    for c in cits:
        a, b = c.span
        if (c.code is None and not c.code_reason.startswith(_BESIDE) and not _draft_numbered(c)
                and _HEADING.match(text, b) and _heading_start(text, a)):
            c.code = code
            c.code_reason = (f"code-text: the text opens as the {code} Code's own ({m.group(0)!r}), and this is "
                             f"one of its headings")
            c.leans = []


#: The day the 2014 Code was adopted: a text dated before it cannot cite it (only its draft, which names itself).
_CODE_2014_ADOPTED = dt.date(2014, 7, 3)


def _decide_by_dateline(cits: list[Citation], text: str) -> None:
    """An undecided citation takes the 1997 Code when the text opens with a dateline before 3 July 2014, the day the
    2014 Code was adopted ("New York, July 16, 2002—", :func:`lawbook.case_dates.dateline`): a text written then
    cites the Code in force. Not when the text speaks of a draft code (its numbers are the draft's) or names the
    new or 2014 Code, nor when a citation of it was decided for the 2014 Code (the text then speaks of the new
    Code). A dateline of 2015 or later settles nothing: such a text may cite either code.

    >>> from lawbook.citations import find_citations

    >>> t = "New York, July 16, 2002—A journalist wrote of corruption.\\n\\nUnder Article 318 of the Criminal Code, he faces a fine."
    >>> [(c.code, c.code_reason.split(':')[0]) for c in find_citations(t)]
    [('1997', 'dateline')]
    >>> t = "New York, July 16, 2013—Parliament met.\\n\\nThe draft criminal code's Article 174 would replace Article 164."
    >>> [(c.code, c.leans_to) for c in find_citations(t)]  # 164 leans to the 1997 Code by the years of 2013
    [(None, None), (None, '1997')]
    """
    got = dateline(text)
    if got is None or got[1] >= _CODE_2014_ADOPTED or any(c.code == "2014" for c in cits):
        return
    if _DRAFT.search(text) or _CODE_2014.search(text):
        return
    pos, date = got
    for c in cits:
        if _open_to(c, "1997"):
            c.code = "1997"
            c.code_reason = (f"dateline: the text is dated {date.isoformat()}, before the 2014 Code was adopted "
                             f"(3 July 2014); {abs(c.span[0] - pos)} characters away")


#: The kinds of evidence a citation may lend to another one (not the document's alone, nor another lend; "agree" holds a
#: kind of the citation's own words beside the document's, as its reason says).
_LENDING = ("explicit", "number", "title", "term", "offence", "offence read", "form", "subject", "date-in-text",
            "role-date", "agree")


def _lender(c: Citation) -> bool:
    return bool(c.code) and c.code_reason.split(":")[0] in _LENDING


#: A year, which may start another part of a story ("in 1997, when they introduced Article 120").
_A_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _same_stretch(text: str, d: Citation, c: Citation, offset: int = 0) -> bool:
    """Whether citations ``d`` and ``c`` stand in one stretch of text for :func:`_decide_by_same_article`: no blank
    line between them, or paragraphs with no year between them (a news story's paragraphs go on about the same
    article; a year starts another part of the story, "in 1997, when they introduced Article 120").

    >>> from lawbook.citations.model import Citation
    >>> a, b = Citation((0, 11), "Article 274", "274", None), Citation((40, 51), "Article 274", "274", None)
    >>> _same_stretch("Article 274 of the Criminal Code.\\n\\nAbolish Article 274.", a, b)
    True
    >>> _same_stretch("Article 274 of the Criminal Code.\\n\\n1997 Article 274.", a, b)
    False
    """
    lo, hi = min(d.span[0], c.span[0]) - offset, max(d.span[0], c.span[0]) - offset
    return text.find("\n\n", lo, hi) == -1 or _A_YEAR.search(text, lo, hi) is None


def _decide_by_same_article(cits: list[Citation], text: str, offset: int = 0) -> None:
    """An undecided citation of a Special Part article takes the code of the same article cited again nearby (within
    :data:`_AGAIN_REACH` characters, no blank line between) and decided by its own evidence, when no citation of that
    number in the text was decided for the other code.

    >>> from lawbook.citations import find_citations

    >>> t = "Наказания по 174 статье УК РК участились. В 2017 году по статье 174 УК РК зарегистрировано 1039 дел."
    >>> [(c.code, c.code_reason.split(':')[0]) for c in find_citations(t)]
    [('2014', 'again'), ('2014', 'date-in-text')]
    """
    by_article: dict[str, list[Citation]] = {}  # in text order
    for c in cits:
        by_article.setdefault(c.article, []).append(c)
    codes_of = {a: {d.code for d in group if d.code} for a, group in by_article.items()}
    at_of = {a: [d.span[0] for d in group] for a, group in by_article.items()}
    for c in cits:
        number = c.article.split("-")[0]
        if c.code is not None or not number.isdigit() or int(number) < _SPECIAL_PART_FROM:
            continue
        codes = codes_of[c.article]
        group, at = by_article[c.article], at_of[c.article]
        lenders = [d for d in group[bisect.bisect_left(at, c.span[0] - _AGAIN_REACH):
                                    bisect.bisect_right(at, c.span[0] + _AGAIN_REACH)]
                   if d is not c and _lender(d) and _same_stretch(text, d, c, offset)]
        if len(codes) != 1 or not lenders or not _open_to(c, lenders[0].code):
            continue
        d = min(lenders, key=lambda d: abs(d.span[0] - c.span[0]))
        c.code = d.code
        c.code_reason = (f"again: art. {c.article} is cited again {abs(d.span[0] - c.span[0])} characters away, "
                         f"decided by {d.code_reason.split(':')[0]} ({d.code_reason})")


#: Words that set two codes side by side in one sentence ("ст.273 УК (ст.242 УК 1997 года)", "the old Criminal
#: Code Article 164 and, now, Article 174"): there the sentence's citations need not share a code.
_CONTRAST = re.compile(r"(?<![^\W\d_])(?:ранее|прежн\w*|стар\w*|ныне|теперь|до\s+этого|вместо|бывш\w*|бұрын\w*|ескі"
                       r"|қазір\w*|жаңа|нов\w*|old|former\w*|previous\w*|now|new|instead|replac\w*|1997|2014)",
                       re.IGNORECASE)


def _decide_by_same_sentence(cits: list[Citation], text: str, offset: int = 0, years: _Years | None = None,
                             ix: CodeIndex | None = None) -> None:
    """An undecided citation takes the code every other citation of its sentence was decided for by its own
    evidence (not a mention of a code: that is local), when the sentence does not set two codes side by side
    (:data:`_CONTRAST`): «получение, дача взятки … (статьи 366, 367 и 368 УК), присвоение … (пункт 2 часть 3
    статьи 189 УК)» — one enumeration of the offences of one code.

    >>> from lawbook.citations import find_citations

    >>> t = "К ним относятся: получение взятки (статья 366 УК), присвоение (часть 3 статьи 189 УК)."
    >>> [(c.article, c.code, c.code_reason.split(':')[0]) for c in find_citations(t)]
    [('366', '2014', 'title'), ('189', '2014', 'same-sentence')]
    """
    at = [d.span[0] - offset for d in cits]  # in text order
    for c in cits:
        if c.code is not None:
            continue
        a, b = _sentence_of(text, c.span[0] - offset, c.span[1] - offset)
        others = [d for d in cits[bisect.bisect_left(at, a):bisect.bisect_left(at, b)] if d is not c]
        decided = [d for d in others if d.code and not _counterpart_of(ix, d, c.article)]
        lenders = [d for d in decided if _lender(d)]
        codes = {d.code for d in decided}
        if (len(codes) != 1 or not lenders or any(d.code_reason.startswith("explicit") for d in decided)
                or _CONTRAST.search(text, a, b)):
            continue
        if years is not None and len({y >= 2015 for _, y in years.years[bisect.bisect_left(years.positions, a):
                                                                          bisect.bisect_left(years.positions, b)]}) > 1:
            continue  # its years fall under both codes: "В 2012 году ... по ст. 164 УК РК, а в 2018 году ... по ст. 174"
        code = codes.pop()
        if not _open_to(c, code):
            continue
        d = min(lenders, key=lambda d: abs(d.span[0] - c.span[0]))
        c.code = code
        c.code_reason = (f"same-sentence: cited in one sentence with art. {d.article}, decided by "
                         f"{d.code_reason.split(':')[0]} ({d.code_reason})")


def _decide_from_document(cits: list[Citation], years: _Years, mentions: list[tuple[int, str, str]] = ()) -> None:
    """An undecided citation takes the code that the strong evidence elsewhere in the
    document (an explicit mention of a code anywhere in it, a number or an offence one code
    only has) points to, when all of it points to one code and the document's years do not
    straddle 1 January 2015; the nearest such evidence is named in the reason, with its distance."""
    strong = [(c.span[0], c.code, f"art. {c.article} ({c.code_reason.split(':')[0]})") for c in cits
              if c.code and c.code_reason.split(":")[0] in _STRONG]
    strong = sorted(strong + [(p, code, f"the mention {words!r}") for p, code, words in mentions])
    codes = {code for _, code, _ in strong}
    undecided = [c for c in cits if c.code is None]
    if not undecided or not strong:
        return
    if len(codes) > 1:
        for c in undecided:
            c.code_reason += ("; the document points to both codes by strong evidence ("
                              + ", ".join(f"{code}: {what}" for _, code, what in strong[:4]) + ")")
        return
    if len(years.sides) > 1:
        return
    code = codes.pop()
    pos = [p for p, _, _ in strong]  # in text order
    for c in undecided:
        i = bisect.bisect_left(pos, c.span[0])
        near = min(strong[max(0, i - 1):i + 1], key=lambda x: abs(x[0] - c.span[0]))
        _lean(c, [("document-strong", code,
                   f"document: elsewhere in the document the strong evidence points to the {code} Code only; "
                   f"nearest: {near[2]}, {abs(near[0] - c.span[0])} characters away")])


def _covered_title_words(ix: CodeIndex, code: str, article: str, lang: str) -> frozenset:
    """The base forms of the rulebook's title of ``code`` art. ``article`` in ``lang`` (empty when
    lawbook does not cover it or has no title in that language)."""
    def build():
        out: dict[tuple, frozenset] = {}
        for a in ix.rb.records("articles"):
            for tl in ("en", "ru", "kk"):
                t = getattr(a.title, tl, None)
                if t:
                    out[(a.code, a.number, tl)] = _title_words_in(ix, t, tl)
        return out

    return ix.rb.cached("cite-covered-title-words", build).get((code, article, lang), frozenset())


def _gloss_names_another(ix: CodeIndex, text: str, end: int, code: str, article: str,
                         start: int | None = None) -> bool:
    """Whether the title printed right after a citation (a gloss in quotes or brackets, or a
    heading's title: "Comment to article 190. Illegal entrepreneurship") names another offence
    than the one lawbook covers as ``code`` art. ``article``: the title's words and the rulebook's
    title of that article in the same language share no word (nor a word's first five letters).
    Used where the covered code is only assumed (articles cited together), never to decide.

    >>> from lawbook import rulebook
    >>> ix = index(rulebook.load())
    >>> t = "Comment to article 190. Illegal entrepreneurship of the Criminal Code"
    >>> _gloss_names_another(ix, t, 22, "2014", "190", start=11)
    True
    >>> t = "осуждены по ст. 190 ч.2. Один из них получил 8 лет"
    >>> _gloss_names_another(ix, t, 23, "2014", "190", start=12)
    False
    >>> t = "article 190 (fraud committed by a group)"
    >>> _gloss_names_another(ix, t, 11, "2014", "190")
    False
    """
    from ..reading.language import detect

    m = _TITLE_AFTER.match(text, end)
    if not m and start is not None and (_heading_start(text, start)
                                        or _COMMENTARY_BEFORE.search(text, max(0, start - 24), start)):
        m = _HEADING_AFTER.match(text, end)  # a heading's title, not the next sentence ("ст. 256 ч.2. Один из них ...")
    if not m:
        return False
    title = m.group(m.lastindex)
    lang = detect(title)
    if lang is None:
        return False
    words = _title_words_in(ix, title, lang) - _GENERIC_TITLE_WORDS
    own = _covered_title_words(ix, code, article, lang)
    if not words or not own:
        return False
    stems = {w[:5] for w in words}
    return not (words & own) and not any(w[:5] in stems for w in own)


#: Title words too general to make two articles one subject (beside :data:`_GENERIC_TITLE_WORDS`).
_GENERAL_SUBJECT_WORDS = frozenset((
    "другой", "иной", "использование", "использовать", "организация", "деятельность", "участие", "создание",
    "руководство", "путем", "иметь", "содержание", "содержать", "средство", "предмет", "действие", "объединение",
    "группа", "лишенный", "особый", "обязанность", "исполнение", "имущество", "право", "государственный",
))


def _coherent_there(ix: CodeIndex, code: str, articles: list[str]) -> bool:
    """Whether two of ``articles`` share a word of their Russian titles under ``code`` (its table of contents for
    the articles lawbook does not cover), beyond the law's common words: one subject in that code's numbering.

    >>> from lawbook.rulebook import load
    >>> ix = index(load())
    >>> _coherent_there(ix, "1997", ["259", "262"]), _coherent_there(ix, "1997", ["174", "256"])
    (True, False)
    """
    seen: set[str] = set()
    for a in articles:
        words = _ru_title_words(ix, code, a) - _GENERAL_SUBJECT_WORDS
        if words & seen:
            return True
        seen |= words
    return False


def _decide_by_cited_together(cits: list[Citation], ix: CodeIndex, years: _Years, text: str = "",
                              offset: int = 0) -> None:
    """An undecided citation takes the code under which lawbook covers every article the document
    cites that it covers under one code only, when there are at least two such articles, none of
    them points the other way, no citation was decided for the other code, and the document's years
    do not all fall under the other code. "по статьям 174 и 256" are incitement and propaganda of
    terrorism in the 2014 Code; under the 1997 numbering they would be two offences outside
    counter-terrorism and -extremism law cited side by side (decision 0014).

    >>> from lawbook.citations import find_citations

    >>> cs = find_citations("осуждены по ст. 256 ч.2 и ст. 174 ч.2 УК РК")
    >>> [(c.article, c.code, c.code_reason.split(':')[0]) for c in cs]
    [('256', '2014', 'cited-together'), ('174', '2014', 'cited-together')]
    >>> [c.code for c in find_citations("статья 174, а до этого статья 164")]
    [None, None]
    """
    lean: dict[str, str] = {}
    for c in cits:
        in97, in14 = ("1997", c.article) in ix.articles, ("2014", c.article) in ix.articles
        if in97 != in14:
            lean[c.article] = "1997" if in97 else "2014"
    codes = set(lean.values())
    if len(lean) < 2 or len(codes) != 1:
        return
    code = codes.pop()
    if years.sides == {OTHER[code]} or any(c.code == OTHER[code] for c in cits):
        return
    if _coherent_there(ix, OTHER[code], sorted(lean)):
        # under the other code's numbering the articles are one subject too ("ч. 2 ст. 259 и ч. 1 ст. 262 УК РК": the
        # 1997 Code's drug trafficking and drug cultivation, as well as the 2014 Code's recruitment and organised group;
        # fifteenth session's probes): being cited together then tells neither code
        return
    if text and any(c.article in lean and _gloss_names_another(ix, text, c.span[1] - offset, code, c.article,
                                                             c.span[0] - offset)
                    for c in cits):
        # the writer's own title names another offence than the one lawbook covers under that number (round 15's
        # untuned wrong codes: "Comment to article 190. Illegal entrepreneurship", the 1997 Code's 190, with its 191,
        # read as the 2014 Code's fraud and robbery): the articles cited together are then not that code's
        return
    for c in cits:
        if lean.get(c.article) == code and _open_to(c, code):
            others = ", ".join(sorted(a for a in lean if a != c.article)[:4])
            c.code = code
            c.code_reason = (f"cited-together: the document also cites art. {others}; lawbook covers each of its "
                             f"articles under the {code} Code, none under the {OTHER[code]} Code")


def _other_time_spoken(cits: list[Citation], years: _Years, code: str) -> bool:
    """Whether the document speaks of the time of the code other than ``code``: a year it mentions falls under that
    code, or a citation of it was decided for that code (the guard of the document's weaker evidence: events,
    procedures, names of an era)."""
    other = OTHER[code]
    return other in years.sides or any(c.code == other for c in cits)


def _may_take(c: Citation, code: str, ix: CodeIndex) -> bool:
    """Whether an undecided citation may take ``code`` from the document's weaker evidence: no lean points to the
    other code, it is not a draft's numbering, and the other code alone has its article (among those lawbook covers)
    does not hold."""
    return (c.code is None and all(lc == code for _, lc, _ in c.leans) and not _draft_numbered(c)
            and not ((code, c.article) not in ix.articles and (OTHER[code], c.article) in ix.articles))


def _decide_by_named_event(cits: list[Citation], text: str, years: _Years, ix: CodeIndex, offset: int = 0) -> None:
    """An undecided citation takes the 1997 Code when the document names a dated event or case of the rulebook
    (``rules/events``: the Zhanaozen riots of 2011, the Kozlov case, every one before 2015) and nothing in it speaks
    of the 2014 Code's time: no year it mentions falls under the 2014 Code and no citation of it was decided for
    that Code. As a year from another sentence does, the event yields to a number only the 2014 Code has among the
    articles lawbook covers ("the best-known figure convicted under Article 174 is Vladimir Kozlov": 174 is the 2014
    Code's number for what the 1997 Code had as 164). Evidence of the document, read near the last.

    >>> from lawbook.citations import find_citations
    >>> [c.code for c in find_citations("Наталья Соколова осуждена по статье 164 УК.")]
    ['1997']
    >>> [c.code for c in find_citations("Его, как и Владимира Козлова, осудили по статье 174 УК.")]
    [None]
    """
    if _other_time_spoken(cits, years, "1997"):
        return
    from ..events import event_spans

    events = event_spans(text, ix.rb)
    if not events:
        return
    for c in cits:
        if not _may_take(c, "1997", ix):
            continue
        pos = c.span[0] - offset
        event, s, e = min(events, key=lambda ev: abs(ev[1] - pos))
        c.code = "1997"
        c.code_reason = (f"event: the document names {event.title.en} ({text[s:min(e, s + 60)].strip()!r}, "
                         f"{abs(s - pos)} characters away), under the 1997 Code; nothing in it speaks of the 2014 "
                         f"Code's time")


def _decide_by_procedure(cits: list[Citation], text: str, years: _Years, offset: int = 0) -> None:
    """An undecided citation takes the 2014 Code when the document speaks of a procedure
    only the 2014 codes have ("начато досудебное расследование по ч. 3 ст. 297 УК РК",
    "сотқа дейінгі тергеу амалдары жүргізілуде"; ``era_evidence.yaml``'s procedures), no year it mentions
    falls under the 1997 Code and no citation of it was decided for the 1997 Code. Evidence of the document's time,
    read after its dates, titles and lists, before the names of an era and the named events.

    >>> from lawbook.citations import find_citations

    >>> [c.code for c in find_citations("По данному факту начато досудебное расследование по ч. 3 ст. 297 УК РК.")]
    ['2014']
    >>> [c.code for c in find_citations("В 2012 году начато досудебное расследование по ч. 3 ст. 297 УК РК.")]
    ['1997']
    """
    if _other_time_spoken(cits, years, "2014"):
        return
    from .era import procedure_2014

    m = procedure_2014(text)
    if m is None:
        return
    for c in cits:
        # (unlike a name of an era, a procedure decides even where only the 1997 Code has the article among those
        # lawbook covers: «сотқа дейінгі тергеу … ҚК 337-бабы» is the 2014 Code's 337, outside the field)
        if c.code is None and all(lc == "2014" for _, lc, _ in c.leans) and not _draft_numbered(c):
            c.code = "2014"
            c.code_reason = (f"procedure: the document speaks of {m.group(0)!r}, a procedure of the 2014 codes "
                             f"(in force from 1 January 2015); {abs(m.start() + offset - c.span[0])} characters away")


def _decide_by_era_name(cits: list[Citation], text: str, years: _Years, ix: CodeIndex, offset: int = 0) -> None:
    """An undecided citation takes the code a name of the document points to: one that exists only from a known
    day ("Нур-Султан", 2019-2022; "Turkestan region", from 2018: ``era_evidence.yaml``), whose whole period falls
    under that code, so the text was written then. As for a procedure, only when nothing in the document speaks of
    the other code's time: no year it mentions falls under it, no citation of it was decided for it, no lean points
    to it; and not where only the other code has the article (among those lawbook covers). Evidence of the
    document's time, weaker than its dates: read after the procedures.

    >>> from lawbook.citations import find_citations
    >>> [c.code_reason.split(':')[0] for c in find_citations("Житель Туркестанской области осужден по ч. 1 ст. 294 УК.")]
    ['era']
    >>> [c.code for c in find_citations("В 2012 году житель Туркестанской области осужден по ч. 1 ст. 294 УК.")]
    ['1997']
    """
    from .era import era_names

    names = era_names(text)
    if not names:
        return
    for m, code, entry in names:
        if _other_time_spoken(cits, years, code):
            continue
        other = OTHER[code]
        for c in cits:
            if not _may_take(c, code, ix):
                continue
            c.code = code
            if "date" in entry:  # an event or case
                when = f"of {entry['date']}" + (f" to {entry['until']}" if entry.get("until") else "")
            else:
                when = f"a name in use only from {entry['from']}" + (f" to {entry['until']}" if entry.get("until") else "")
            c.code_reason = (f"era: the document names {' '.join(entry['what'].split())} ({m.group(0)!r}, "
                             f"{abs(m.start() + offset - c.span[0])} characters away), {when}, under the {code} Code; nothing "
                             f"in it speaks of the {other} Code's time (lawbook/citations/era_evidence.yaml)")
