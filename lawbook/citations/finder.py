"""The citation finder: the text read in one script and with ASCII digits, the raw citations found, and each
one's code decided from its own words and then from the whole document (:func:`find_citations`, :func:`cite`);
also :func:`iter_chunks` for long streams and :func:`own_date_years` for readers of an account's dates.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Iterator

from .. import rulebook as _rulebook
from ..case_dates import role_dates
from ..conversion import CodeIndex, OTHER, code_on, index
from ..textscan import finditer, release
from .patterns import _BESIDE, _CYR, _FORMS
from .model import Citation
from .acts import foreign_document
from .offence_read import code_by_offence_read
from .offences import code_by_offence
from .items import code_by_item_letter, code_by_item_number
from .context import (
    _Cues, _document_years, _explicit_code, _SentenceEnds, _year_near, _year_of_another_clause, _YearMarks, _Years
)
from .titles import (
    _anaphor_end, _around, _back_to_fact_start, _code_by_one_word_title, _code_by_renumbered_words, _code_by_subject,
    _code_by_term,
    _code_by_title, _code_by_title_before,
    _contents_title, _other_lists, _own_words, _unique_code, codes_having
)
from .scan import _raw_citations, _titled_heading
from .era import code_by_penalty
from .deciding import (
    _OWN_STRONG,
    _counterparts, _decide_by_cited_together, _decide_by_dateline, _decide_by_era_name, _decide_by_named_event,
    _decide_by_procedure,
    _decide_by_renumbered_pair, _decide_by_role_date, _decide_by_same_article, _decide_by_same_sentence,
    _decide_from_document,
    _decide_headings_by_code_text, _document_mentions, _Drafts, _later_years_of_trials_only, _lean, _lean_alone,
    _share_lists, _years_near_undecided
)


#: Words without one of which no term is quoted: their places are found once per text (see find_citations).
_TERM_CUE = re.compile(r"лет|year|жыл", re.IGNORECASE)


#: A mention naming the code in force when the text was written, and nothing else of it ("current", "действующий"): not
#: "2014", "new", "нового".
_CURRENT_ONLY = re.compile(r"^(?!.*(?:2014|new|нов|жаңа)).*(?:current|present|действующ)", re.IGNORECASE)
_NEW_ONLY = re.compile(r"^(?!.*2014).*(?:new|нов|жаңа)", re.IGNORECASE)

#: The new code or law itself said to come into force or be adopted in a year: "the new law comes into force with
#: effect from 1998", «новый кодекс вступает в силу с 1 января 1998 года», «жаңа кодекс 1998 жылдан бастап күшіне
#: енеді» (the noun and its verb a few words apart: "the new code replaces the old one, which came into force in 1998"
#: dates the old one).
_NEW_CODE_DATED = re.compile(
    r"(?<![^\W\d_])(?:new|нов\w*|жаңа)\s+(?:[\w-]+\s+){0,2}?(?:law|code|кодекс\w*|закон\w*|заң\w*)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:comes?|came|will\s+come|enters?|entered|is\s+to\s+come)\s+into\s+(?:force|effect)"
    r"|(?:was|is|will\s+be)\s+adopted|вступ\w*\s+в\s+(?:силу|действие)|принят\w*)[^.;\n]{0,40}?\b(1997|1998|2014|2015)\b"
    r"|(?<![^\W\d_])жаңа\s+(?:[\w-]+\s+){0,2}?(?:кодекс\w*|заң\w*)\s+(?:\w+\s+){0,2}?(1997|1998|2014|2015)\b[^.;\n]{0,40}?"
    r"(?:күшіне\s+ен\w*|қабылдан\w*)", re.IGNORECASE)


def _new_code_of(text: str) -> str | None:
    """The code a text's "new criminal code" means when the text dates the new code or law itself, its adoption or
    entry into force (1997-1998: the 1997 Code; 2014-2015: the 2014 Code), or None.

    >>> _new_code_of("Article 121 in the new criminal code punishes it. The new law comes into force with effect from 1998.")
    '1997'
    >>> _new_code_of("The new code replaces the old one, which came into force in 1998.") is None
    True
    >>> _new_code_of("Kazakhstan has not ratified the Rome Statute, adopted in 1998.") is None
    True
    """
    years = {int(m.group(1) or m.group(2)) for m in _NEW_CODE_DATED.finditer(text)}
    codes = {"1997" if y < 2014 else "2014" for y in years}
    return codes.pop() if len(codes) == 1 else None


@lru_cache(maxsize=1)
def _odd_digit() -> re.Pattern:
    """A digit other than 0-9 (``str.isdigit``: full-width, Arabic-Indic, superscript ...) of the
    Basic Multilingual Plane, or any character beyond it (listed once, in 3 ms; searched in 4 ms a MB)."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x80, 0x10000) if chr(c).isdigit())
                      + "\U00010000-\U0010ffff]")


_CYR_TO_LAT = {ord(c): lat for c, lat in _FORMS["homoglyphs"].items()}


_LAT_TO_CYR = {ord(lat): c for c, lat in _FORMS["homoglyphs"].items()}


#: A run of Latin letters touching a Cyrillic letter: a word of both scripts (see :func:`_one_script`).
_MIXED = re.compile(rf"(?=[A-Za-z])(?:(?<![A-Za-z])[A-Za-z]++(?=[{_CYR}])|(?<=[{_CYR}])[A-Za-z]++)")


_WORD_CHARS = re.compile(rf"[A-Za-z{_CYR}]+")


def _one_script(text: str) -> str:
    """Each word written in both scripts read in its majority's letters: the look-alikes of the other script
    (``citation_forms.yaml``: ``homoglyphs``) replaced one character for one, so spans are unchanged.

    >>> _one_script("under аrticle 174; 174-бaбы; ч. 2 cт. 274; Kaspi банк")
    'under article 174; 174-бабы; ч. 2 ст. 274; Kaspi банк'
    """
    if text.isascii() or _MIXED.search(text) is None:
        return text
    out, last = [], 0
    for m in _MIXED.finditer(text):
        w = _WORD_CHARS.match(text, _word_start(text, m.start()))
        if w is None or w.start() < last:
            continue
        word = w.group(0)
        latin = sum(ch.isascii() for ch in word)
        table = _CYR_TO_LAT if latin * 2 > len(word) else _LAT_TO_CYR
        out += [text[last:w.start()], word.translate(table)]
        last = w.end()
    return "".join(out) + text[last:]


def _word_start(text: str, pos: int) -> int:
    """The start of the letters' run ``pos`` is in."""
    while pos and (text[pos - 1].isalpha()):
        pos -= 1
    return pos


#: Numbers of articles lawbook covers that a bare citation does not take for the Criminal Code's without the code
#: named: failing to report and concealing a crime (2014 arts. 434, 432; 1997 arts. 364, 363), covered since the
#: thirty-ninth session for reading accounts, share their numbers with the Administrative Offences Code's petty
#: hooliganism (art. 434), which reports cite far more often («434-бап. Ұсақ бұзақылық», «по статье 434» of an
#: administrative arrest); as before they were covered, such a number counts where its sentence names the Criminal Code.
_NOT_ALONE = frozenset({"432", "434", "363", "364"})


def _ascii_digits(text: str) -> str:
    """:func:`lawbook.refs.ascii_digits`, reading each distinct character once
    (a long Cyrillic text has a few hundred of them) when the text has such a digit at all.

    >>> _ascii_digits("ст. ۱۷۴ и ²"), _ascii_digits("ст. 174")
    ('ст. 174 и 2', 'ст. 174')
    """
    if text.isascii() or _odd_digit().search(text) is None:
        return text
    odd = {ch for ch in set(text) if ch.isdigit() and not ch.isascii()}
    if not odd:
        return text
    return text.translate({ord(ch): str(unicodedata.digit(ch)) for ch in odd})


def _renumbered(text: str, ix: CodeIndex, raw: list) -> dict[int, tuple[str, str]]:
    """Add to ``raw`` (in place, in text order) the numbers of the renumbering notes in ``text``
    (:mod:`lawbook.renumbering`) that no citation found already covers; return their codes and
    reasons by start. A note pairs a 1997 number with the 2014 number of the same offence, so
    each number's code is the note's, not a guess (decision 0014, round 8)."""
    from ..renumbering import renumbered

    forced = {}
    spans = [(f[0], f[1]) for f in raw]
    for start, end, article, code, why in renumbered(text, lambda c, n: _contents_title(ix, c, n)):
        if not any(start < b and a < end for a, b in spans):
            raw.append((start, end, article, None, start))
            forced[start] = (code, why)
    if forced:
        raw.sort(key=lambda f: (f[0], -f[1]))
    return forced


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def _arabic_kazakh_in_cyrillic(text: str, rb: _rulebook.Rulebook | None) -> str:
    """Kazakh in the Arabic script (as Kazakhs in China write it) read in Cyrillic letters, one for one, so the
    citation patterns read «346-بابى» as «346-бабы»; any other text is returned as it is.

    >>> _arabic_kazakh_in_cyrillic("قىلمىستىق كودەكستىڭ 346-بابى", None)
    'қылмыстық кодекстың 346-бабы'
    >>> _arabic_kazakh_in_cyrillic("محكمة 346", None)  # Arabic, not Kazakh
    'محكمة 346'
    """
    from ..reading.language import detect
    from ..reading.wordforms import kazakh

    if detect(text[:20000]) != "kk":
        return text
    return kazakh(rb).arabic_text(text)


def codes_signed(rb: _rulebook.Rulebook) -> dict[str, dt.date]:
    """The day each code was signed, from its edition's act ("Code No. 226-V of 3 July 2014",
    ``rules/codes/editions.yaml``) and that act's record in ``rules/codes/laws.yaml``.

    >>> codes_signed(_rulebook.load())
    {'1997': datetime.date(1997, 7, 16), '2014': datetime.date(2014, 7, 3)}
    """
    def build() -> dict[str, dt.date]:
        signed = {law.number: law.signed for law in rb.records("laws")}
        out = {}
        for e in rb.records("codes"):
            m = re.search(r"No\.\s*(\S+)", e.act)
            if m and m.group(1) in signed:
                out[e.code] = signed[m.group(1)]
        return out
    return rb.cached("codes-signed", build)


def _number_exists(ix: CodeIndex, article: str, latest_year: int | None = None) -> bool:
    """Whether either code has, or has had, an article numbered ``article``: the rulebook's articles, the codes'
    tables of contents and the articles later laws added to them (``rules/codes/contents``); an article a later law
    added only from that law's year on, when ``latest_year`` (the text's latest year) is given.

    >>> ix = index(_rulebook.load())
    >>> _number_exists(ix, "115-1"), _number_exists(ix, "233-3"), _number_exists(ix, "174-1")
    (True, True, False)
    >>> _number_exists(ix, "115-1", latest_year=2018), _number_exists(ix, "115-1", latest_year=2025)
    (False, True)
    """
    for c in codes_having(ix, article):
        added = ix.added_on(c, article)
        if latest_year is None or added is None or added.year <= latest_year:
            return True
    return False


def _exists_in(text: str, ix: CodeIndex):
    """``exists(number)`` for the scan (:func:`_number_exists` as of the latest year ``text`` mentions, read on first
    need: only a Kazakh number written with a slash asks)."""
    latest: list = []

    def exists(article: str) -> bool:
        if not latest:
            latest.append(max((y for _, y in _document_years(text, _YearMarks(text))), default=None))
        return _number_exists(ix, article, latest[0])
    return exists


def find_citations(text: str, date: dt.date | None = None, rulebook: _rulebook.Rulebook | None = None,
                   offset: int = 0, published: dt.date | None = None) -> list[Citation]:
    """All citations in ``text`` with their code and counterparts (full-width and
    Arabic-Indic digits are read as digits; spans are those of ``text``).

    ``published`` is the last day the text can have been written (its version's, for an act
    amended since): a citation nothing else decides, in a text written after the 1997 Code was
    signed and before the 2014 Code was (16 July 1997, 3 July 2014), is of the 1997 Code, the only
    one that existed, unless a draft code is named before it (whose numbers are its own).

    >>> [c.code for c in find_citations("He was convicted under Article 164.", published=dt.date(2009, 5, 1))]
    ['1997']
    >>> [c.code for c in find_citations("He was convicted under Article 164.", published=dt.date(2016, 5, 1))]
    [None]
    """
    text = shown = _ascii_digits(text)  # one character for one: spans are unchanged
    text = _one_script(text)  # likewise; the citation's text is shown as written
    arabic = False
    if _ARABIC_LETTER.search(text):
        folded = _arabic_kazakh_in_cyrillic(text, rulebook)  # letter for letter: spans unchanged, quotes as written
        arabic, text = folded != text, folded  # (other acts' names are then read in the letters both scripts tell apart)
    ix = index(rulebook)
    out = []
    lists: dict[int, list[Citation]] = {}
    covered = {number for _, number in ix.articles} - _NOT_ALONE
    titled = lambda t, e, a: _code_by_title(ix, t, e, a) is not None  # noqa: E731
    raw = list(_raw_citations(text, covered, titled, heading=lambda t, e, a: _titled_heading(ix, t, e, a),
                              exists=_exists_in(text, ix), arabic=arabic))
    forced = _renumbered(text, ix, raw)  # renumbering notes: their quoted numbers, with the code each is of
    if not raw:  # most accounts cite nothing: the indexes of the text below are not built
        release(text)
        return out
    marks = _YearMarks(text)
    years = _Years(_document_years(text, marks))
    ends = _SentenceEnds(text)
    cues = _Cues.of(text)
    drafts = _Drafts(text)
    term_cues = [m.start() for m in finditer(_TERM_CUE, text)]
    raw_starts = [r[0] for r in raw]
    others = _other_lists(raw)
    abroad = foreign_document(text)
    latest_year = max((y for _, y in years.years), default=None)  # once: a document may hold thousands of years
    one_words: dict[int, tuple[str, str]] = {}  # a citation's one-word title (see _code_by_one_word_title)
    for k, (start, end, article, part, list_id) in enumerate(raw):
        if "-" in article and not _number_exists(ix, article):
            continue  # a suffixed number neither code ever had ("Article 170-3" of the Kazakh SSR's code, in 1993)
        prev = raw[k - 1][:2] if k else None
        nxt = raw[k + 1][:2] if k + 1 < len(raw) else None
        prev_other, next_other = others[k]  # the nearest citations of other lists (see _own_words)
        code, reason = forced.get(start) or _explicit_code(text, start, end, cues, prev, nxt)
        if abroad and (code is None or reason.startswith("explicit")):
            # a document about another state that never names Kazakhstan: its code, not Kazakhstan's, also where it
            # names a code by its year ("Kyrgyzstan, Criminal Code, 1997, Article 6": citations round 38, dev
            # cit-en-3812)
            continue
        current_lean = None
        one_word = None
        if (code == "2014" and reason.startswith("explicit: the text says") and _NEW_ONLY.search(reason[24:])
                and _new_code_of(text) == "1997"):
            # "Article 121 in the new criminal code …; the new law comes into force with effect from 1998" (round 55,
            # dev cit-en-5529, a report of 1997): the code that was new when the text was written, which the text
            # dates by the new code's adoption or entry into force
            code, reason = "1997", (f"explicit-new: the text says {reason[24:]} and dates the new code itself to "
                                    f"1997-1998 (its adoption or entry into force): the 1997 Code")
        if code == "2014" and reason.startswith("explicit: the text says") and _CURRENT_ONLY.search(reason[24:]):
            # "the current Criminal Code", "действующего УК": the code in force when the text was written, which an
            # undated text does not give (a text of 2010 means the 1997 Code); it leans, as the document's mentions
            # leave it out (fifteenth session's probes)
            current_lean = ("current", "2014", f"current: the text says {reason[24:]}, the code in force when it "
                            f"was written, and gives no date of its own")
            code, reason = None, ""
        unique = _unique_code(ix, article, latest_year)
        draft_lean = None
        if code is None and unique and (dm := drafts.before(start, end)):
            draft_lean = ("draft-number", unique, f"draft-number: only the {unique} Code has an article numbered "
                          f"{article}, but a draft code is named {start - dm.start()} characters before "
                          f"('{dm.group(0)}'), whose numbers are its own")
            unique = None
        if code is None and unique:
            # a number only one code has decides for itself: it outranks --date and a nearby year
            code = unique
            reason = (f"number: only the {code} Code has an article numbered {article}"
                      + ("" if "-" in article else " (the 1997 Code ends at art. 393)"))
        if code is None:
            # so does the form: an item lettered in quotes is the 1997 Code's ("п. «и» ч. 2 ст. 96"), a numbered
            # item of a part the 2014 Code's ("п. 1) ч. 2 ст. 99")
            got = code_by_item_letter(text, start, end) or code_by_item_number(text, start, end)
            if got:
                code, reason = got
        if code is None:
            # so does the offence: its title quoted after the citation, the term of imprisonment quoted around
            # it, when the other code's article of that number is another offence
            got = (_code_by_title(ix, text, end, article) or _code_by_title_before(ix, text, start, end, article)
                   or _code_by_term(ix, text, *_around(text, start, end), article, term_cues)
                   or code_by_offence(ix, text, start, end, article))
            if got:
                code, reason = got
        if code is not None and reason.split(":")[0] in _OWN_STRONG:
            pointed = code_on(date) if date is not None else None
            if pointed is None:
                year, _ = _year_near(text, start, end, ends, marks)
                pointed = code_on(dt.date(year, 1, 1)) if year is not None and year >= 1998 else None
            if pointed is not None and pointed != code:
                reason += (f" (the date points to the {pointed} Code: a date of a verdict or report, not of the code "
                           f"cited)")
        if code is None and date is not None:
            code = code_on(date)
            reason = f"date: --date {date} falls under the {code} Code"
        if code is None and published is not None and not draft_lean and not drafts.before(start, end):
            signed = codes_signed(ix.rb)
            if signed.get("1997", dt.date.max) <= published < signed.get("2014", dt.date.min):
                code = "1997"
                reason = (f"written: the text was written by {published} (published), before the 2014 Code was "
                          f"signed on {signed['2014']}; the 1997 Code was the only one")
        leans: list[tuple[str, str, str]] = [draft_lean] if draft_lean and code is None else []
        if current_lean and code is None:
            leans.append(current_lean)
        if code is None:
            year, same_sentence, ypos = _year_near(text, start, end, ends, marks, with_pos=True)
            if year is not None and same_sentence and _year_of_another_clause(text, start, end, ypos, raw_starts):
                year = None
            if year is not None and 1998 <= year:
                by_year = code_on(dt.date(year, 1, 1))
                other = OTHER[by_year]
                if not same_sentence and ypos in marks.act and year < 2015:
                    # an act's adoption before 2015 earlier in the paragraph: its text may be a later version,
                    # citing the 2014 Code (a 2007 resolution "as amended on 11-12-2020", round 10), so it leans
                    leans.append(("act-date", by_year, f"act-date: the year {year} earlier in the paragraph is an "
                                  f"act's own date (its number follows), under the {by_year} Code"))
                # a year from an earlier sentence yields to a number only the other code has
                elif same_sentence or (by_year, article) in ix.articles or (other, article) not in ix.articles:
                    code = by_year
                    where = "in the same sentence" if same_sentence else "earlier in the paragraph"
                    if (k := marks.shift.get(ypos)):  # "until 2015": the time before the year named
                        reason = (f"date-in-text: the year {year - k} {where} bounds the time "
                                  f"{'before' if k < 0 else 'after'} it, which falls under the {code} Code")
                    else:
                        reason = f"date-in-text: the year {year} {where} falls under the {code} Code"
        if code is None:
            # the words around the citation (read after the dates: lemmatising every window costs)
            own = _own_words(text, start, end, prev_other, next_other)
            by_subject = _code_by_subject(ix, text, *own, article)
            if by_subject is None and (far := _anaphor_end(text, end, next_other)) is not None and far > own[1]:
                # a later sentence of its paragraph glosses it as "this article" ("174-я статья ... очередная жертва
                # этой статьи, регламентирующей наказание за возбуждение различных форм розни", dev cit-ru-020): its
                # words count, weighed against both codes' titles only
                got = _code_by_subject(ix, text, own[0], far, article)
                if got and got[1].startswith("subject:"):
                    by_subject = (got[0], "subject, this article:" + got[1][len("subject:"):])
            if by_subject is None and (back := _back_to_fact_start(text, start, own[0], prev_other)) is not None:
                # "По данному факту возбуждено уголовное дело по статье 339", «Аталған дерек … 335-бабы бойынша
                # тіркелді»: the acts told before name the offence; weighed against both codes' titles only
                got = _code_by_subject(ix, text, back, own[1], article)
                if got and got[1].startswith("subject:"):
                    by_subject = (got[0], "subject, the acts told before:" + got[1][len("subject:"):])
            if by_subject and by_subject[1].startswith(("subject:", "subject, whole title:", "subject, distinct words:",
                                                             "subject, this article:", "subject, the acts told before:")):
                code, reason = by_subject  # weighed against both codes' titles in the words' language
            elif by_subject:
                leans.append(("subject", *by_subject))
            if code is None and not (by_subject and by_subject[0] == "2014"):
                got = _code_by_renumbered_words(ix, text[slice(*_own_words(text, start, end, prev_other, next_other))],
                                                article)
                if got:
                    code, reason = got
                    leans = [lean for lean in leans if lean[1] == code]
            if code is None and by_subject is None:
                # a title of one word, the offence's own name («хулиганство … ст. 257»), beside another offence of
                # that number in the other code's table: read after the document's evidence, below
                one_word = _code_by_one_word_title(ix, text, *own, article)
        if code is None and not draft_lean:
            # a sanction quoted with it in a form only one code's General Part allows (a fine in the convict's
            # wages, arrest for months: 1997; arrest for days, correctional labour in an amount: 2014), read after
            # the dates and the words naming its offence, unless a lean points to the other code
            got = code_by_penalty(text, start, end, nxt[0] if nxt else None)
            # (a lean, or a year the document names under the other code, makes it a lean only)
            if got and all(lean[1] == got[0] for lean in leans) and not (years.years and set(years.sides) - {got[0]}):
                code, reason = got
                leans = []
            elif got:
                leans.append(("penalty", got[0], got[1]))
        if code is None and years.years:
            sides = set(years.sides)
            near = years.nearest(start)
            named = years.named
            if len(sides) > 1:
                if not reason.startswith(_BESIDE):
                    reason = f"unknown: the document mentions years under both codes ({named}); both readings are given"
            else:
                side = sides.pop()
                # a year yields to a number only the other code has (among the articles lawbook covers); the
                # years of acts' own dates add nothing to an act-date lean (one piece of evidence, not two)
                acts_only = any(k == "act-date" for k, _, _ in leans) and all(p in marks.act for p in years.positions)
                if not acts_only and ((side, article) in ix.articles or (OTHER[side], article) not in ix.articles):
                    leans.append(("document-years", side,
                                  f"document: every year the document mentions ({named}) falls under the {side} Code; "
                                  f"nearest: {near[1]}, {abs(near[0] - start)} characters away"))
        cit = Citation(span=(start + offset, end + offset), text=shown[start:end], article=article, part=part,
                       code=code, code_reason=reason or "unknown: no mention, date or unique number decides the code")
        if code is None and one_word is not None:
            one_words[id(cit)] = one_word
        if code is None and leans:
            _lean(cit, leans)
        lists.setdefault(list_id, []).append(cit)
        out.append(cit)
    release(text)  # the scans of the text are done
    _share_lists(lists, ix)
    if any(c.code is None for c in out):
        _decide_by_renumbered_pair(out, text, ix, offset)
    if any(c.code is None for c in out):  # the case's dates, its articles cited again and in one sentence
        _decide_by_role_date(out, text, role_dates(text, years.years, _years_near_undecided(out, years, offset)),
                             years.years, offset)
        if offset == 0:  # a dateline or a code's name opens the document, not a later chunk of it
            _decide_by_dateline(out, text)
            _decide_headings_by_code_text(out, text)
        _decide_by_same_article(out, text, offset)
        _decide_by_same_sentence(out, text, offset, years, ix)
        _decide_lists_by_gloss(lists, text, ix, offset)  # after the dates: a list's one word is the weaker evidence
        _share_lists(lists, ix)
    if any(c.code is None for c in out):  # the mentions are read only when a citation is left undecided
        _decide_from_document([c for c in out if not c.code_reason.startswith(_BESIDE)], years,
                              _document_mentions(text, cues, offset))
    if any(c.code is None for c in out):
        _decide_by_cited_together(out, ix, years, text, offset)
    for c in out:
        got = one_words.get(id(c))
        if c.code is None and got and all(lc == got[0] for _, lc, _ in c.leans):
            c.code, c.code_reason = got
    if any(c.code is None for c in out):
        _decide_by_procedure(out, text, years, offset)
    if any(c.code is None for c in out):
        _decide_by_era_name(out, text, years, ix, offset)
    if any(c.code is None for c in out):
        _decide_by_named_event(out, text, years, ix, offset)
    read = False
    for c in out:  # last: the offence its sentence describes, read as an account is (one sentence once)
        if c.code is None and not c.code_reason.startswith(_BESIDE):
            got = code_by_offence_read(ix, text, c.span[0] - offset, c.span[1] - offset, c.article)
            if got and all(lc == got[0] for _, lc, _ in c.leans):
                c.code, c.code_reason = got
                read = True
    if read and any(c.code is None for c in out):  # the same article cited again, a list it opens
        _decide_by_same_article(out, text, offset)
        _share_lists(lists, ix)
    trial_years_only = None  # read on first need
    for cit in out:
        if cit.code is None and cit.leans:
            if trial_years_only is None:
                trial_years_only = _later_years_of_trials_only(text, years.years, offset == 0)
            _lean_alone(cit, trial_years_only, text)
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


def _decide_lists_by_gloss(lists: dict[int, list[Citation]], text: str, ix: CodeIndex, offset: int = 0) -> None:
    """An English list of articles none of whose numbers is decided, in one sentence ("Bribery of public officials is
    regulated under Articles 366 to 368 of the Kazakhstani Criminal Code"): the code one word of the sentence names
    the title of every number in, weighed against both codes' titles (:func:`glosses.code_by_list_gloss`); not where
    some evidence leans to the other code."""
    from ..reading.language import detect
    from .glosses import code_by_list_gloss
    from .spans import _sentence_of
    from .titles import _is_english

    for group in lists.values():
        if len({c.article for c in group}) < 2 or any(c.code is not None for c in group):
            continue
        a, b = _sentence_of(text, group[0].span[0] - offset, group[-1].span[1] - offset)
        sentence = text[a:b]
        if not _is_english(sentence) or detect(sentence) != "en":
            continue
        got = code_by_list_gloss(ix, sentence, [c.article for c in group])
        if got is None or any(code != got[0] for c in group for _, code, _ in c.leans):
            continue
        for c in group:
            c.code, c.code_reason, c.leans_to = got[0], got[1], None


def cite(text: str, date: dt.date | str | None = None, rulebook: _rulebook.Rulebook | None = None,
         published: dt.date | str | None = None) -> dict:
    """The JSON-shaped answer for a whole text (see :func:`find_citations`); ``published``
    as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (its last day).

    >>> [c["code"] for c in cite("Article 164 was used.", published="2012-03")["citations"]]
    ['1997']
    """
    from ..dates import parse_date, parse_published

    day = parse_date(date, "--date") if date is not None else None
    written = parse_published(published, "published") if published is not None else None
    rb = rulebook or _rulebook.load()
    cits = find_citations(text, day, rb, published=written)
    return {"citations": [c.to_dict() for c in cits], "rulebook": rb.stamp()}


def iter_chunks(stream, max_chunk: int = 1 << 20) -> Iterator[str]:
    """Split a text stream into chunks of about ``max_chunk`` characters, cut at a
    paragraph break, else a line break, else a space (bounded memory, even for a
    document that is one long line). The last chunk is never cut: a document that
    ends without a line break keeps its last words together ("... Article 164").

    >>> import io
    >>> [len(c) for c in iter_chunks(io.StringIO("a b " * 10), max_chunk=8)]
    [8, 8, 8, 8, 8]
    >>> list(iter_chunks(io.StringIO("He was convicted under Article 164."), max_chunk=64))
    ['He was convicted under Article 164.']
    """
    carry = ""
    block = stream.read(max_chunk)
    while block:
        ahead = stream.read(max_chunk)  # (one block read ahead: the end of the stream is not a place to cut)
        text = carry + block
        if not ahead:
            carry = text
            break
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
        block = ahead
    if carry:
        yield carry


#: A court's verdict named before a numbered date ("приговором от 12 мая 2013 г. № 1-234", "verdict of 12 May 2013
#: No. 1-234"), with no law, code or decree named after it: the date of the case, not of an act of law.
_VERDICT_BEFORE = re.compile(r"(?:приговор|үкім|verdict|sentence|judg(?:e)?ment)\w*"
                             r"(?:(?!закон|кодекс|указ|заң|law|code|decree)[^.;!?])*$", re.I)


def own_date_years(text: str) -> set[int]:
    """Where ``text``'s years are a code's or an act's own date ("the Criminal
    Code of 16 July 1997", "Law of 29 December 2012 No. 7"), not an event: the
    positions of those years, for readers of an account's dates. A verdict's
    numbered date is the case's.

    >>> t = "In 2010 he was convicted under Article 164 of the Criminal Code of 16 July 1997."
    >>> sorted(t[i:i + 4] for i in own_date_years(t))
    ['1997']
    >>> t = "Приговором суда от 12 мая 2013 г. № 1-234 он осужден по Закону от 18 февраля 2005 года № 31."
    >>> sorted(t[i:i + 4] for i in own_date_years(t))
    ['2005']
    """
    marks = _YearMarks(text)
    return marks.own | {s for s in marks.act if not _VERDICT_BEFORE.search(text, max(0, s - 50), s)}
