"""Deciding a citation's code from the offence it names: its title or heading, the words around it weighed
against both codes' titles and contents, a renumbered title, a term of imprisonment, or a number only one code
has.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from ..conversion import CodeIndex, OTHER, convert_parsed, index  # noqa: F401 (index: the doctests use it)
from ..errors import LawbookError
from .glosses import code_by_english_heading, code_by_gloss
from .patterns import _DASH_TITLE_AFTER, _GENERIC_TITLE_WORDS, _HEADING_AFTER, _NUMBER_WORDS, _SENTENCE_STOP, _TERM_NUM, _TITLE_AFTER


def _is_english(title: str) -> bool:
    """Whether a gloss may be in English: four Latin letters in a row, and no letter outside the English alphabet
    (Cyrillic, Latin-script Kazakh's).

    >>> _is_english("Torture"), _is_english("Пытки"), _is_english("Qaru ústau")
    (True, False, False)
    """
    return bool(_LATIN_WORD.search(title)) and not _NOT_ENGLISH_LETTER.search(title)


_LATIN_WORD = re.compile("[A-Za-z]{4}")
_NOT_ENGLISH_LETTER = re.compile(r"[^\W\d_A-Za-z]")


#: A letter only Latin-script Kazakh has (reading.language.KK_LATIN), lower case.
_KK_LATIN_RX = re.compile("[äğıñöşūü]")


def _title_cues(ix: CodeIndex, window: str, article: str) -> int:
    """The most words of one title of ``article`` whose first four letters (of the base
    form) occur in ``window``: a cheap bound, read before the words are lemmatised, since
    a word shares its base form's beginning ("розни" → "рознь", "terrorism" → "terror")."""
    keys = _title_keys(ix).get(article)
    if not keys:
        return 0
    from ..reading.wordforms import kazakh

    low = window.lower()  # as wordforms.fold does, with str.replace (faster on a long window than translate)
    if "ё" in low:
        low = low.replace("ё", "е")
    if "’" in low:
        low = low.replace("’", "'")
    if _KK_LATIN_RX.search(low):
        low += " " + kazakh(ix.rb).to_cyrillic(low)
    return max(sum(1 for k in ks if k in low) for ks in keys)


def _titles(ix: CodeIndex) -> list[tuple]:
    """``[(code, article, lang, title words)]``: the reading's title index (titles of two words or
    more) and, for a citation's gloss, the one-word titles too ("192 (разбой)": 2014 art. 192 «Разбой»)."""
    def build():
        from ..reading.charges import _title_index

        out = list(_title_index(ix.rb))
        for a in ix.rb.records("articles"):
            for lang in ("en", "ru", "kk"):
                text = getattr(a.title, lang, None)
                words = _title_words_in(ix, text, lang) if text else frozenset()
                if len(words) == 1:
                    out.append((a.code, a.number, lang, words))
        return out

    return ix.rb.cached("cite-titles", build)


def _contents(ix: CodeIndex, lang: str = "ru") -> dict[str, dict[str, str]]:
    """Code → article number → title in ``lang``, from the codes' tables of contents (``rules/codes/contents``), with
    the articles later laws added (:meth:`CodeIndex.contents`)."""
    return ix.contents(lang)


def _contents_title(ix: CodeIndex, code: str, article: str, lang: str = "ru") -> str | None:
    """The title of ``article`` in ``code``'s table of contents, ``None`` when it has no such
    number or the article was excluded (its title is then the exclusion note).

    >>> from lawbook import rulebook
    >>> from lawbook.conversion import index
    >>> ix = index(rulebook.load())
    >>> _contents_title(ix, "2014", "293"), _contents_title(ix, "1997", "293")[:18]
    ('Хулиганство', 'Нарушение режима о')
    >>> _contents_title(ix, "1997", "115-1") is None, _contents_title(ix, "1997", "105") is None
    (True, True)
    """
    title = _contents(ix, lang).get(code, {}).get(article)
    return None if title is None or title.startswith(("Исключен", "Алып тасталды")) else title


def _contents_titles(ix: CodeIndex, article: str) -> list[tuple]:
    """``[(code, article, "ru", title words)]`` of ``article`` in the tables of contents, for the
    codes whose article of that number lawbook does not cover: their titles name them as the
    rulebook's titles name the ones it covers (lemmatised on first use, memoised per article)."""
    memo = ix.rb.cached("cite-contents-titles", dict)
    if article not in memo:
        out = []
        for code in ("1997", "2014"):
            for lang in ("ru", "kk"):
                title = _contents_title(ix, code, article, lang)
                if title and (code, article) not in ix.articles:
                    words = _title_words_in(ix, title, lang)
                    if words:
                        out.append((code, article, lang, words))
        memo[article] = out
    return memo[article]


def _titles_of(ix: CodeIndex, article: str) -> list[tuple]:
    """:func:`_titles` of ``article`` and its tables-of-contents titles."""
    def build():
        out: dict[str, list[tuple]] = {}
        for t in _titles(ix):
            out.setdefault(t[1], []).append(t)
        return out

    return ix.rb.cached("cite-titles-by-article", build).get(article, []) + _contents_titles(ix, article)


def _all_titles(ix: CodeIndex, article: str) -> list[tuple]:
    """The rulebook's title index of ``article`` (titles of two words or more) and its
    tables-of-contents titles, ``[(code, article, lang, title words)]``."""
    def build():
        from ..reading.charges import _title_index

        out: dict[str, list[tuple]] = {}
        for t in _title_index(ix.rb):
            out.setdefault(t[1], []).append(t)
        return out

    return ix.rb.cached("cite-all-titles", build).get(article, []) + _contents_titles(ix, article)


def _title_keys(ix: CodeIndex) -> dict[str, list[frozenset]]:
    """Article number → for each of its titles (both codes, every language), the first four
    letters of each title word."""
    def build():
        out: dict[str, list[frozenset]] = {}
        for _code, art, _lang, tw in _titles(ix):
            out.setdefault(art, []).append(frozenset(w[:4] for w in tw))
        for lang in ("ru", "kk"):  # the words as written: a word shares its base form's start
            for code, titles in _contents(ix, lang).items():
                for art in titles:
                    title = _contents_title(ix, code, art, lang)
                    if title and (code, art) not in ix.articles:
                        keys = frozenset(w[:4] for w in re.findall(r"\w{4,}", title.lower()))
                        out.setdefault(art, []).append(keys)
        return out

    return ix.rb.cached("cite-title-keys", build)


def _code_by_title(ix: CodeIndex, text: str, end: int, article: str) -> tuple[str, str] | None:
    """The code whose article ``article`` has the title quoted right after the citation
    ("174-й статьи УК РК «Возбуждение ... розни»"), with the reason; else ``None``
    (memoised per title and article: the answer depends on nothing else)."""
    m = _TITLE_AFTER.match(text, end) or _HEADING_AFTER.match(text, end) or _DASH_TITLE_AFTER.match(text, end)
    if not m:
        return None
    title = m.group(m.lastindex)
    cued = _title_cues(ix, title, article) >= 1
    # a Kazakh heading ("313-бап. Парақорлыққа делдал болу") may bear another number's title (renumbered)
    kk_heading = m.re is _HEADING_AFTER and text[max(0, end - 3):end].lower() in ("бап", "bap")
    # an English gloss of an offence the rulebook has no English title for ("Article 110 (“Torture”)")
    english = _is_english(title)
    if not cued and not kk_heading and not english:
        return None
    memo = ix.rb.cached("cite-title-memo", dict)
    key = (title, article)
    if key not in memo:
        got = _code_by_title_words(ix, title, article) if cued else None
        if got is None and cued and m.re is _HEADING_AFTER:
            got = _code_by_heading_start(ix, title, article)
        if got is None and kk_heading:
            got = _code_by_renumbered_heading(ix, title, article)
        if got is None and english:
            got = (code_by_english_heading if m.re is _HEADING_AFTER else code_by_gloss)(ix, title, article)
        if len(memo) >= 10_000:
            memo.clear()
        memo[key] = got
    return memo[key]


#: A citation standing alone in brackets after the offence's name: "receiving a bribe (Article 366)", «получение
#: взятки (ст. 366 УК)»; the name runs back to the previous stop, bullet, dash or bracket.
_NAME_BEFORE = re.compile(r"([^\W\d_][^.;:!?()\[\]•\n—–\-]{3,80}?)\s*\(\s*"
                          r"(?:(?:the\s+)?Criminal\s+Code,?\s*|УК(?:\s+РК)?,?\s*|ҚР\s+ҚК\s*|ҚК\s*)?$")
_CLOSED_AFTER = re.compile(r"\s*(?:(?:of\s+(?:the\s+)?)?Criminal\s+Code\s*|УК(?:\s+РК)?\s*|ҚК\s*)?\)")


def _code_by_title_before(ix: CodeIndex, text: str, start: int, end: int, article: str) -> tuple[str, str] | None:
    """The code whose article ``article`` is the offence named right before a citation that stands alone in
    brackets ("receiving a bribe (Article 366)"): the name read as a title after the citation is read.

    >>> from lawbook.rulebook import load
    >>> ix = index(load())
    >>> t = "crimes related to bribes: receiving a bribe (Article 366); giving a bribe (Article 367)."
    >>> _code_by_title_before(ix, t, t.index("Article 366"), t.index("Article 366") + 11, "366")[0]
    '2014'
    >>> _code_by_title_before(ix, t, t.index("Article 366"), t.index("Article 366") + 10, "36") is None
    True
    >>> t = "Defamation (Criminal Code Art. 130): the spreading of deliberately falsified information"
    >>> _code_by_title_before(ix, t, t.index("Art."), t.index("130") + 3, "130")[0]
    '2014'
    """
    if not _CLOSED_AFTER.match(text, end):
        return None
    m = _NAME_BEFORE.search(text, max(0, start - 90), start)
    if not m:
        return None
    name = m.group(1).strip()
    memo = ix.rb.cached("cite-title-before-memo", dict)
    key = (name, article)
    if key not in memo:
        got = _code_by_title_words(ix, name, article) if _title_cues(ix, name, article) >= 1 else None
        if got is None and _is_english(name):
            got = code_by_gloss(ix, name, article)
        if got is not None:
            got = got[0], got[1].replace(" after the citation", " before the citation", 1)
        if len(memo) >= 10_000:
            memo.clear()
        memo[key] = got
    return memo[key]


def _code_by_title_words(ix: CodeIndex, title: str, article: str) -> tuple[str, str] | None:
    from ..reading.language import detect

    lang = detect(title)
    if lang is None:
        return None
    words = _title_words_in(ix, title, lang)
    if not words:
        return None
    if len(words) > 1 and "," in title:
        # a gloss that names the offence, then how it was done: "293 (Хулиганство, совершённое группой лиц)"
        head = _title_words_in(ix, title.split(",", 1)[0], lang)
        if len(head) == 1 and not any(art == article and tlang == lang and len(words & tw) >= 2
                                      for _c, art, tlang, tw in _all_titles(ix, article)):
            words = head
    if len(words) == 1:
        # a one-word gloss, "Article 233 (terrorism)": a word of a short title of that number in one
        # code, and the other code cannot be meant
        codes = {code for code, art, tlang, tw in _titles_of(ix, article)
                 if art == article and tlang == lang and words <= tw and len(tw) <= 2}
        if len(codes) != 1:
            return None
        code = codes.pop()
        why = _other_code_excluded(ix, code, article, words, lang)
        if why is None:
            return None
        return code, f"title: the word after the citation ({title[:40]!r}) is of the title of {code} art. {article}; {why}"
    titles = [(code, tw) for code, art, tlang, tw in _titles_of(ix, article) + _all_titles(ix, article)
              if art == article and tlang == lang and tw]
    # two words at least, and one of them not the law's common words: "Қазақстан Республикасының мына заң актілеріне"
    # (an amending law's own article) names no article 1 «Қазақстан Республикасының қылмыстық заңнамасы»
    codes = {code for code, tw in titles if len(words & tw) >= 2 and len(words & tw) / len(words) >= 0.65
             and (words & tw) - _GENERIC_TITLE_WORDS}
    if len(codes) == 1 and any(c not in codes and tw <= words for c, tw in titles):
        # the gloss holds the other code's whole title of that number: "188 (Кража чужого имущества)" shares two words
        # with the 1997 Code's 188 (careless destruction of "чужого имущества") and is the 2014 Code's "Кража" — round
        # 14's untuned wrong code; the shared words tell nothing then
        return None
    if len(codes) == 1:
        code = codes.pop()
        return code, f"title: the words after the citation ({title[:60]!r}) are the title of {code} art. {article}"
    return None


def _title_words_in(ix: CodeIndex, text: str, lang: str) -> frozenset:
    """The base forms of ``text``'s words in ``lang`` as titles are compared (the account reading's
    ``_title_words``, with the rulebook's Kazakh morphology).

    >>> from lawbook.rulebook import load
    >>> sorted(_title_words_in(index(load()), "Пропаганда терроризма", "ru"))
    ['пропаганда', 'терроризм']
    """
    from ..reading.charges import _title_words
    from ..reading.wordforms import kazakh

    return _title_words(text, lang, kazakh(ix.rb))


def _ru_title(ix: CodeIndex, code: str, article: str) -> frozenset | None:
    """The base forms of the Russian title of ``code``'s article ``article`` (the rulebook's, else its table of
    contents'); ``None`` when the code has no article of that number or it was excluded."""
    rec = ix.articles.get((code, article))
    t = getattr(rec.title, "ru", None) if rec else _contents_title(ix, code, article)
    return _title_words_in(ix, t, "ru") if t else None


def _ru_title_words(ix: CodeIndex, code: str, article: str) -> frozenset:
    """:func:`_ru_title` without the law's common words: what tells whether two codes' articles of a number are
    one offence."""
    words = _ru_title(ix, code, article)
    return (words - _GENERIC_TITLE_WORDS) if words else frozenset()


def _excluded_there(ix: CodeIndex, code: str, article: str) -> str | None:
    """Why ``article`` of ``code`` cannot be the other code's when the other code's table of contents gives that
    number an exclusion note and the title of ``code``'s article, word for word, to another number there: the other
    code holds the offence under that number, so its excluded number was never it. The 1997 Code's art. 189 was
    excluded in 2011; its table gives "Присвоение или растрата вверенного чужого имущества", the 2014 Code's title of
    189, to art. 176. Tables only, no law beyond them (decision 0014, the round-10 section).

    >>> from lawbook import rulebook
    >>> from lawbook.conversion import index
    >>> ix = index(rulebook.load())
    >>> _excluded_there(ix, "2014", "189").startswith("the 1997 Code's art. 189 was excluded")
    True
    >>> _excluded_there(ix, "2014", "189").endswith("gives that offence's title to art. 176")
    True
    >>> _excluded_there(ix, "2014", "293") is None  # the 1997 Code's 293 is another offence, not excluded
    True
    """
    other = OTHER[code]
    note = _contents(ix).get(other, {}).get(article)
    if note is None or _contents_title(ix, other, article) is not None:
        return None
    mine = _ru_title_words(ix, code, article)
    if not mine:
        return None
    index_ = ix.rb.cached(f"cite-title-words-{other}", lambda: {
        a: _ru_title_words(ix, other, a) for a in _contents(ix).get(other, {})})
    moved = sorted(a for a, words in index_.items() if a != article and words == mine)
    if not moved:
        return None
    return (f"the {other} Code's art. {article} was excluded ({note[:40]!r} …); its table of contents gives that "
            f"offence's title to art. {', '.join(moved)}")


def _code_by_heading_start(ix: CodeIndex, heading: str, article: str) -> tuple[str, str] | None:
    """A heading printed as a code prints it, with the article's text run on after its title ("172-бап. Шетелдік
    қарулы қақтығыстарға қатысу Қазақстан Республикасы азаматының ...", "367-бап. Пара беру 1. ..."): the code whose
    title of that number (two words or more, in any language) the heading begins with, when only one code's does and
    the two codes' Russian titles of that number share no word (words in another language could name either code's
    article otherwise). A title of the 2014 Code printed word for word after its number is that article's heading.

    >>> from lawbook.rulebook import load
    >>> ix = index(load())
    >>> _code_by_heading_start(ix, "Пара беру 1", "367")[0]
    '2014'
    >>> _code_by_heading_start(ix, "Қажеттi қорғаныс шегiнен шығу кезiнде жасалған кiсi өлтiру", "99") is None
    True
    """
    words = re.findall(r"[^\W\d_]+", heading)[:14]
    codes = set()
    for code, art, lang, tw in _all_titles(ix, article):
        if art != article or len(tw) < 2:
            continue
        for k in range(len(tw), min(len(words), len(tw) + 3) + 1):  # the title's words, and a few short ones between
            if tw <= _title_words_in(ix, " ".join(words[:k]), lang):
                codes.add(code)
                break
    if len(codes) != 1:
        return None
    code = codes.pop()
    mine, theirs = _ru_title_words(ix, code, article), _ru_title_words(ix, OTHER[code], article)
    if not mine or not theirs or mine & theirs:
        return None
    return code, (f"title: the heading after the citation ({heading[:40]!r}) begins with the title of {code} art. "
                  f"{article}; the {OTHER[code]} Code's art. {article} is another offence "
                  f"({(_contents_title(ix, OTHER[code], article) or '')[:50]!r})")


#: A renumbered heading's title: the share of a title's words the heading's first words hold, and of the two
#: Russian titles' words (the 1997 Code's of the heading's number, the 2014 Code's of the other number) they share.
_RENUMBERED_SHARE = 0.8


def _kk_contents_words(ix: CodeIndex) -> list[tuple[str, frozenset]]:
    """``[(article, title words)]`` of the 2014 Code's Kazakh table of contents (titles of three words or more)."""
    def build():
        out = []
        for art, title in _contents(ix, "kk").get("2014", {}).items():
            if not title.startswith(("Исключен", "Алып тасталды")):
                words = _title_words_in(ix, title, "kk")
                if len(words) >= 3:
                    out.append((art, words))
        return out

    return ix.rb.cached("cite-kk-2014-contents-words", build)


def _code_by_renumbered_heading(ix: CodeIndex, heading: str, article: str) -> tuple[str, str] | None:
    """A heading of the 1997 Code in Kazakh whose own Kazakh title (kk-S2) does not decide it ("99-бап. Қажеттi
    қорғаныс шегiнен шығу кезiнде жасалған кiсi өлтiру"): it begins with the 2014 Code's Kazakh title of another
    number (102), whose Russian title is the 1997 Code's Russian title of the heading's number (the offence
    renumbered), and not with the 2014 Code's title of its own number. Both tables of contents say so; no word is weighed beyond them.

    >>> from lawbook.rulebook import load
    >>> ix = index(load())
    >>> _code_by_renumbered_heading(ix, "Қажеттi қорғаныс шегiнен шығу кезiнде жасалған кiсi өлтiру", "99")[0]
    '1997'
    >>> _code_by_renumbered_heading(ix, "Қажеттi қорғаныс шегiнен шығу кезiнде жасалған адам өлтiру", "102") is None
    True
    """
    ru_own = _contents_title(ix, "1997", article, "ru")
    if not ru_own:
        return None
    words = re.findall(r"[^\W\d_]+", heading)[:16]
    share = _RENUMBERED_SHARE
    upto = _title_words_in(ix, " ".join(words), "kk")

    def begins(tw: frozenset) -> bool:
        return (len(tw & upto) >= share * len(tw)
                and len(tw & _title_words_in(ix, " ".join(words[:len(tw) + 3]), "kk")) >= share * len(tw))

    own = _contents_title(ix, "2014", article, "kk")
    if own and begins(_title_words_in(ix, own, "kk")):
        return None
    ru_words = _title_words_in(ix, ru_own, "ru")
    hits = []
    for other, tw in _kk_contents_words(ix):
        if other == article or not begins(tw):
            continue
        ru_other = _contents_title(ix, "2014", other, "ru")
        rw = _title_words_in(ix, ru_other, "ru") if ru_other else frozenset()
        if rw and len(rw & ru_words) >= share * max(len(rw), len(ru_words)):
            hits.append(other)
    if len(hits) != 1:
        return None
    return "1997", (f"title: the heading after the citation ({heading[:40]!r}) begins with the 2014 Code's Kazakh "
                    f"title of art. {hits[0]}, whose Russian title is the 1997 Code's of art. {article} "
                    f"({ru_own[:50]!r}): the offence renumbered; the 2014 Code's art. {article} is another")


def _code_by_renumbered_words(ix: CodeIndex, window: str, article: str) -> tuple[str, str] | None:
    """Kazakh words around a citation that hold, every word, the 2014 Code's Kazakh title of another number whose
    Russian title is the 1997 Code's Russian title of the cited number — the offence renumbered —, while the two
    codes' Russian titles of the cited number share no word and the words do not name the 2014 Code's own title of
    it (four fifths of a title's words, as for headings): the 1997 Code's article, as :func:`_code_by_renumbered_heading` reads a heading ("Қылмыстық кодексінің
    103-бабының 1-бөлігінің ... денсаулыққа қасақана ауыр зиян келтірудің": the 2014 Code's 106, the 1997 Code's
    103; the 2014 Code's 103 is a homicide). Written before the 1997 Code's Kazakh table of contents was in the
    rulebook; both tables of contents say so (decision 0014, the round-10 section).

    >>> from lawbook.rulebook import load
    >>> ix = index(load())
    >>> _code_by_renumbered_words(ix, "кодексінің 103-бабы бойынша денсаулыққа қасақана ауыр зиян келтіргені үшін", "103")[0]
    '1997'
    >>> _code_by_renumbered_words(ix, "кодексінің 106-бабы бойынша денсаулыққа қасақана ауыр зиян келтіргені үшін", "106") is None
    True
    """
    cands = _renumbered_candidates(ix, article)
    if not cands or not _KK_LETTER.search(window):
        return None
    low = window.lower().replace("i", "і")  # a cheap bound first: the first four letters of enough of a title's
    # words (a Latin "i" often stands for the Kazakh "і" in code texts: "кiсi өлтiру")
    if not any(sum(w[:4] in low for w in tw) >= _RENUMBERED_SHARE * len(tw) for _, tw in cands):
        return None
    from ..reading.language import detect

    if detect(window) != "kk":
        return None
    words = _title_words_in(ix, window, "kk")
    own_kk = _contents_title(ix, "2014", article, "kk")
    own_words = _title_words_in(ix, own_kk, "kk") if own_kk else frozenset()
    if own_words and len(own_words & words) * 2 >= len(own_words):
        return None
    hits = [other for other, tw in cands if len(tw & words) >= _RENUMBERED_SHARE * len(tw)]
    if len(hits) != 1:
        return None
    return "1997", (f"subject, renumbered title: the words around the citation hold the 2014 Code's Kazakh title of "
                    f"art. {hits[0]}, whose Russian title is the 1997 Code's of art. {article} "
                    f"({_contents_title(ix, '1997', article)[:50]!r}): the offence renumbered; the 2014 Code's art. "
                    f"{article} is another ({(_contents_title(ix, '2014', article) or '')[:40]!r})")


#: A letter Kazakh has and Russian has not (Cyrillic): a window without one is not read for a renumbered title.
_KK_LETTER = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _renumbered_candidates(ix: CodeIndex, article: str) -> list[tuple[str, frozenset]]:
    """The 2014 Code's Kazakh titles (their words) of other numbers whose Russian title is the 1997 Code's Russian
    title of ``article``, when the two codes' Russian titles of ``article`` share no word; read once per article."""
    memo = ix.rb.cached("cite-renumbered-candidates", dict)
    if article not in memo:
        out = []
        ru_own = _contents_title(ix, "1997", article, "ru")
        own97, own14 = _ru_title_words(ix, "1997", article), _ru_title_words(ix, "2014", article)
        if ru_own and "-" not in article and own97 and own14 and not own97 & own14:
            ru_words = _title_words_in(ix, ru_own, "ru")
            for other, tw in _kk_contents_words(ix):
                ru_other = _contents_title(ix, "2014", other, "ru") if other != article else None
                rw = _title_words_in(ix, ru_other, "ru") if ru_other else frozenset()
                if rw and len(rw & ru_words) >= _RENUMBERED_SHARE * max(len(rw), len(ru_words)):
                    out.append((other, tw))
        memo[article] = out
    return memo[article]


def _other_code_excluded(ix: CodeIndex, code: str, article: str, words: frozenset, lang: str) -> str | None:
    """Why a citation of ``article`` whose words name that article of ``code`` cannot be of the
    other code (its article of that number has a title without those words, or the offence
    has another number there), or ``None`` when it could be."""

    other = OTHER[code]
    if (other, article) in ix.articles or (lang == "ru" and _contents_title(ix, other, article)):
        if (other, article) not in ix.articles:  # its title from the table of contents: the law's common words
            words = (words - _GENERIC_TITLE_WORDS) or words  # ("отбывания наказания") are no offence of its own
        if any(len(words & tw) >= min(2, len(words)) for c, art, tlang, tw in _titles_of(ix, article)
               if c == other and art == article and tlang == lang):
            return None
        if (other, article) in ix.articles:
            return f"the {other} Code's art. {article} is another offence"
        why = f"the {other} Code's art. {article} is another offence ({_contents_title(ix, other, article)[:50]!r}, its table of contents)"
        try:
            moved = sorted({r.article for r in convert_parsed(code, article, None, ix).results} - {article})
        except LawbookError:
            moved = []
        return why + (f"; the {other} Code numbers that offence {', '.join(moved)}" if moved else "")
    if other == "1997" and article not in _contents(ix).get("1997", {}):
        return "the 1997 Code never had an article of that number (its table of contents)"
    moved = _excluded_there(ix, code, article)
    if moved:
        return moved
    if lang != "ru" and (other, article) not in ix.articles and _contents_title(ix, other, article):
        # words in another language: the two codes' Russian titles of that number tell whether they are one offence
        mine, theirs = _ru_title_words(ix, code, article), _ru_title_words(ix, other, article)
        if mine and theirs and not mine & theirs:
            return (f"the {other} Code's art. {article} is another offence "
                    f"({_contents_title(ix, other, article)[:50]!r}, its table of contents)")
        if mine and len(mine & theirs) * 2 >= len(mine):
            # the other code's title of that number holds half or more of this one's own words ("Убийство" and
            # "Убийство, совершенное при превышении пределов необходимой обороны", both art. 99): words in another
            # language may name either (decision 0014, round 7)
            return None
    try:
        moved = {r.article for r in convert_parsed(code, article, None, ix).results}
    except LawbookError:
        return None
    if article in moved:
        return None
    return (f"the {other} Code numbers that offence {', '.join(sorted(moved))}" if moved
            else f"the {other} Code has no counterpart of that offence")


def _around(text: str, start: int, end: int, reach: int = 250) -> tuple[int, int]:
    """The ``reach`` characters on each side of ``text[start:end]``, within its line
    (paragraph): the sentence and its neighbours, where a report says what the article punishes."""
    line_start = text.rfind("\n", max(0, start - reach), start) + 1
    a = max(line_start, start - reach)
    line_end = text.find("\n", end, end + reach)
    return a, (line_end if line_end != -1 else min(len(text), end + reach))


def _other_lists(raw: list[tuple]) -> list[tuple]:
    """For each raw citation ``(start, end, article, part, list_id)``, the spans of the nearest
    citations before and after it that belong to other lists (``None`` where there is none),
    in one pass each way.

    >>> _other_lists([(0, 1, "1", None, 0), (2, 3, "2", None, 0), (5, 6, "3", None, 1)])
    [(None, (5, 6)), (None, (5, 6)), ((2, 3), None)]
    """
    before: list = []
    for k, r in enumerate(raw):
        before.append(None if k == 0 else raw[k - 1][:2] if raw[k - 1][4] != r[4] else before[k - 1])
    after: list = [None] * len(raw)
    for k in range(len(raw) - 2, -1, -1):
        after[k] = raw[k + 1][:2] if raw[k + 1][4] != raw[k][4] else after[k + 1]
    return list(zip(before, after))


def _own_words(text: str, start: int, end: int, prev: tuple[int, int] | None,
               nxt: tuple[int, int] | None) -> tuple[int, int]:
    """:func:`_around`, cut at the neighbouring citations of other lists (``prev``, ``nxt``: their
    spans): the words beyond a neighbour are its own. In a code's text each heading follows its
    number ("99-бап. Қажеттi қорғаныс шегiнен шығу кезiнде жасалған кiсi өлтiру ... 102-бап.
    Өзiн-өзi өлтiруге дейiн жеткізу"): the words of the 99 heading must not name an offence for
    102 (decision 0014, round 7); the words between two citations ("получение взятки (ст. 366);
    - дача взятки (ст. 367)") stay with both.

    >>> t = "99-бап. Кiсi өлтiру. 101-бап. Абайсызда. 102-бап. Өзiн-өзi өлтiруге жеткізу"
    >>> a, b = _own_words(t, 41, 48, (21, 28), None); t[a:b]
    '. Абайсызда. 102-бап. Өзiн-өзi өлтiруге жеткізу'
    """
    a, b = _around(text, start, end)
    if prev is not None:
        a = max(a, prev[1])
    if nxt is not None:
        b = min(b, nxt[0])
    return a, b


#: A later sentence's reference back to the article cited ("этой статьи", "данной статьей", "this article", "осы бап",
#: "аталған бап"): its words may gloss it.
_ANAPHOR = re.compile(r"(?<![^\W\d_])(?:(?:эт|данн)\w*\s+стать\w*|this\s+article|(?:осы|бұл|аталған)\s+бап\w*)",
                      re.IGNORECASE)


#: How far after a citation, in its paragraph, such a reference may stand.
_ANAPHOR_REACH = 700


def _anaphor_end(text: str, after: int, nxt: tuple[int, int] | None) -> int | None:
    """The end of the sentence that refers back to the article cited ("... очередная жертва этой статьи,
    регламентирующей наказание за возбуждение различных форм розни.") when one stands after ``after`` in its
    paragraph, within :data:`_ANAPHOR_REACH` characters and before the next citation of another list (``nxt``).

    >>> t = "174-я статья стала известной. Очередная жертва этой статьи, регламентирующей наказание за рознь, отпущена."
    >>> t[_anaphor_end(t, 29, None) - 9:_anaphor_end(t, 29, None)]
    'отпущена.'
    >>> _anaphor_end("174-я статья стала известной.\\nПо этой статье осуждены многие.", 29, None) is None
    True
    """
    stop = text.find("\n", after)
    stop = min(len(text) if stop < 0 else stop, after + _ANAPHOR_REACH, nxt[0] if nxt else len(text))
    seg = text[after:stop]
    if "тать" not in seg and "rticle" not in seg and "бап" not in seg:
        return None  # a cheap test first: the pattern has no literal to start from
    m = _ANAPHOR.search(text, after, stop)
    if m is None:
        return None
    end = _SENTENCE_STOP.search(text, m.end(), stop)
    return end.start() + 1 if end else stop


#: A reference back to the acts told before the citation's sentence ("По данному факту возбуждено уголовное дело по
#: статье 339", «Аталған дерек ҚР ҚК-нің 335-бабы бойынша тіркелді», "on this fact a criminal case was opened").
_BACK_TO_FACT = re.compile(r"(?<![^\W\d_])(?:по\s+(?:данному|этому|указанному|настоящему|сему)\s+(?:факту|случаю|делу)"
                           r"|по\s+факт(?:у|ам)\s+(?:случивш|произошедш|выявлен)\w*"
                           r"|(?:аталған|осы|бұл|көрсетілген)\s+(?:дерек|факт|оқиға)\w*"
                           # ("in the case of …" is too common a phrase: only "this case", "that case")
                           r"|(?:on|over|into)\s+(?:this|that|the)\s+(?:fact|incident)\b"
                           r"|(?:on|in|into)\s+(?:this|that)\s+case\b)", re.IGNORECASE)

#: How far before the citation's sentence the acts it refers back to may be told.
_BACK_REACH = 800


def _back_to_fact_start(text: str, start: int, own_start: int, prev: tuple[int, int] | None) -> int | None:
    """Where the acts begin that the citation's sentence refers back to ("По данному факту возбуждено уголовное дело
    по статье 339 УК РК", the fish told two paragraphs before): up to :data:`_BACK_REACH` characters before the
    sentence (``own_start``), after the previous citation of another list (``prev``); None when the sentence, before
    the citation at ``start``, holds no such reference.

    >>> t = "Он выловил тайменя, занесенного в Красную книгу. По данному факту возбуждено дело по статье 339 УК РК."
    >>> _back_to_fact_start(t, t.index("статье"), t.index("По"), None)
    0
    >>> _back_to_fact_start("Возбуждено дело по статье 339 УК РК.", 18, 0, None) is None
    True
    """
    if _BACK_TO_FACT.search(text, own_start, start) is None:
        return None
    lo = max(0, own_start - _BACK_REACH)
    if prev is not None:
        lo = max(lo, prev[1])
    return lo if lo < own_start else None


def _code_by_subject(ix: CodeIndex, text: str, a: int, b: int, article: str) -> tuple[str, str] | None:
    """The code whose article ``article`` the words of ``text[a:b]`` (around the
    citation) name, with the reason; else ``None``.

    "статье 255 УК РК, минимальное наказание за акт терроризма" names 2014 art. 255
    (Act of terrorism): the words share two or more words, and at least a quarter,
    of that article's title. It decides only when the other code cannot be meant:
    its article of that number has a title the words do not name as well, or,
    when lawbook does not cover it, the offence has another number there (the 1997
    Code's act of terrorism is art. 233, so a 1997 "art. 255" is another offence).
    Memoised per sentence and article."""
    window = text[a:b]
    if _title_cues(ix, window, article) < 2:
        return None
    memo = ix.rb.cached("cite-subject-memo", dict)
    key = (window, article)
    if key not in memo:
        if len(memo) >= 5_000:
            memo.clear()
        memo[key] = _code_by_subject_words(ix, window, article)
    return memo[key]


def _key_pattern(ix: CodeIndex, article: str):
    """A pattern for the places where a word may begin with a key of :func:`_title_keys` (memoised)."""
    memo = ix.rb.cached("cite-key-patterns", dict)
    if article not in memo:
        keys = set().union(*_title_keys(ix).get(article, [frozenset()]))
        memo[article] = (re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(map(re.escape, keys), key=len, reverse=True))
                                    + ")") if keys else None)
    return memo[article]


def _window_words(ix: CodeIndex, window: str, article: str, lang: str) -> set[str]:
    """The base forms of the words of ``window`` that may be words of a title of ``article``:
    only the words that begin as a title word's base form does are lemmatised (see
    :func:`_title_cues`), which keeps a long window cheap. The words are found by one search
    of the folded window for the title words' beginnings (Kazakh: word by word, each
    written in Cyrillic first); each is checked to start a word as the tokeniser cuts it."""
    from ..reading.charges import _TITLE_STOP
    from ..reading.wordforms import _FOLD, _TOKEN, base_form, fold, kazakh

    kk = kazakh(ix.rb)
    out = set()
    folded = window.lower().translate(_FOLD)
    pattern = _key_pattern(ix, article)
    if pattern is None:
        return out
    if lang == "kk" or len(folded) != len(window):
        keys = set().union(*_title_keys(ix).get(article, [frozenset()]))
        lengths = sorted({len(k) for k in keys})
        words = [m.group(0) for m in _TOKEN.finditer(window)]
        forms = [kk.to_cyrillic(fold(w)) if lang == "kk" else fold(w) for w in words]  # once a word, not once a length
        tokens = [w for w, f in zip(words, forms) if any(f[:n] in keys for n in lengths)]
    else:
        tokens = []
        for m in pattern.finditer(folded):
            i = m.start()
            if i >= 2 and window[i - 1] in "-'’" and window[i - 2].isalnum():
                continue  # inside a hyphenated word: the tokeniser keeps it whole
            t = _TOKEN.match(window, i)
            if t:
                tokens.append(t.group(0))
    for w in tokens:
        key = base_form(w, lang, kk)
        if key not in _TITLE_STOP and not key.isdigit():
            out.add(key)
    return out


def _whole_title_of_another_offence(ix: CodeIndex, code: str, article: str, got: tuple) -> bool:
    """Words in a language only one code's titles are in (English, Kazakh) may still decide when they hold the
    whole title — four fifths of its words, three words or more — of ``code``'s article, and the two codes'
    Russian titles of that number share no word: the other code's article of the number is another offence, which
    such words do not describe. Round 7's wrong codes of this kind were two common words of a longer title
    ("адам", "жасалған"); a whole title is the title the text prints (decision 0014, the round-10 section)."""
    n, share, _ = got
    if n < 3 or share < _RENUMBERED_SHARE:
        return False
    mine, theirs = _ru_title_words(ix, code, article), _ru_title_words(ix, OTHER[code], article)
    return bool(mine and theirs and not mine & theirs)


#: English stems of words common to many offences' titles (a person, to commit, an act, illegal, an offence, liability,
#: public; the Russian and Kazakh ones are in patterns._GENERIC_TITLE_WORDS): two of a title's other words are the
#: offence's own.
_COMMON_TITLE_STEMS = frozenset({"person", "commit", "act", "illeg", "unlaw", "offenc", "offens", "liabil", "crime",
                                 "punish", "deliber", "intent", "public", "use", "other", "certain", "special"})


def _distinct_words_of_another_offence(ix: CodeIndex, code: str, article: str, shared: frozenset) -> bool:
    """Words weighed against one code's titles (English) decide when two of them or more are the offence's own, not
    the law's common ones, and the two codes' Russian titles of that number share no word: the other code's article
    of the number is another offence, which they do not describe ("convicted under Article 174 for inciting religious
    discord": the 1997 Code's 174 is evading mobilisation). Round 7's wrong codes of this kind were two common words
    of a longer title ("адам", "жасалған"), which do not count here.

    >>> from lawbook import rulebook
    >>> from lawbook.conversion import index
    >>> ix = index(rulebook.load())
    >>> _distinct_words_of_another_offence(ix, "2014", "174", frozenset({"incit", "discord", "religi"}))
    True
    >>> _distinct_words_of_another_offence(ix, "2014", "174", frozenset({"incit", "person"}))
    False
    """
    if len(shared - _GENERIC_TITLE_WORDS - _COMMON_TITLE_STEMS) < 2:
        return False
    mine, theirs = _ru_title_words(ix, code, article), _ru_title_words(ix, OTHER[code], article)
    return bool(mine and theirs and not mine & theirs)


def _code_by_subject_words(ix: CodeIndex, window: str, article: str) -> tuple[str, str] | None:
    covered = [c for c in ("1997", "2014") if (c, article) in ix.articles or _contents_title(ix, c, article)]
    if not covered:
        return None
    from ..reading.language import detect

    lang = detect(window)
    if lang is None:
        return None
    words = _window_words(ix, window, article, lang)
    # a word of the window may share only its stem with the title's word ("национальностей",
    # base "национальность", for the title's "национальной"): seven letters in common count
    stems = {w[:7] for w in words if len(w) >= 7}
    score: dict[str, tuple[int, float, frozenset]] = {}
    weighed = set()  # the codes with a title of that number in the words' language
    for code, art, tlang, tw in _all_titles(ix, article):
        if art != article or tlang != lang:
            continue
        weighed.add(code)
        shared = frozenset(t for t in tw if t in words or (len(t) >= 7 and t[:7] in stems))
        got = (len(shared), len(shared) / len(tw), shared)
        if got[:2] > score.get(code, (0, 0.0))[:2]:
            score[code] = got
    # two words and a quarter of a title; or three of a long title's own words (not the law's common ones) where the
    # other code's title of that number shares none ("ДТП, совершенным водителями в состоянии опьянения ... ст. 346 ...
    # управление" names the 2014 Code's fourteen-word title of art. 346, dev cit-ru-704) — which only leans, below
    named = [c for c, (n, share, w) in score.items()
             if n >= 2 and (share >= 0.25 or (len(w - _GENERIC_TITLE_WORDS) >= 3
                                               and not score.get(OTHER[c], (0, 0.0, frozenset()))[0]))]
    if len(named) == 2:  # the words name both titles: the one they name whole, or twice as much, wins
        named.sort(key=lambda c: -score[c][1])
        if not (score[named[0]][1] >= 0.5 and score[named[0]][1] >= 2 * score[named[1]][1]):
            return None
        named = named[:1]
    if len(named) != 1:
        return None
    code = named[0]
    other_n, other_share, _ = score.get(OTHER[code], (0, 0.0, frozenset()))
    if other_n >= 2 and not (score[code][1] >= 0.5 and score[code][1] >= 2 * other_share):
        return None
    if other_share >= 1.0 and score[code][1] < 1.0:
        return None  # the words hold the other code's whole title of that number ("кража" beside "чужого имущества")
    why = _other_code_excluded(ix, code, article, score[code][2], lang)
    if why is None:
        return None
    rec = ix.articles.get((code, article))
    if rec is None and not score[code][2] - _GENERIC_TITLE_WORDS:
        return None  # only the law's common words: "срок наказания ... приговор" names no one article
    title = (getattr(rec.title, lang, None) or rec.title.en) if rec else _contents_title(ix, code, article)
    shared = ", ".join(sorted(score[code][2]))
    # words weighed against one code's titles only (a code with no table in the words' language: English; Kazakh
    # before the 1997 Code's Kazakh table, kk-S2, came in the twentieth session) may not decide alone: that is how
    # round 7's wrong codes came (decision 0014, round 8)
    if lang == "ru" and _excluded_there(ix, code, article):
        weighed.add(OTHER[code])  # the other code's Russian table was read: that number is excluded there
    head = "subject" if weighed == {"1997", "2014"} else "subject, one code's titles"
    if head == "subject" and score[code][1] < 0.25:
        head = "subject, long title"  # three words of a long title, under a quarter of it: new, untested on fresh text,
        # so it leans (decision 0014, thirteenth session)
    if head != "subject" and _whole_title_of_another_offence(ix, code, article, score[code]):
        head = "subject, whole title"
    elif head == "subject, one code's titles" and _distinct_words_of_another_offence(ix, code, article, score[code][2]):
        head = "subject, distinct words"
    return code, (f"{head}: the words around the citation ({shared}) name {code} art. {article} "
                  f"({title[:60]!r}); {why}")


#: A term of imprisonment a text quotes: "от 5 до 9 лет", "from 2 to 7 years", "5-10 years", "бес жылдан он жылға дейін"
#: is left out (Kazakh number words are not read); "5 жылдан 10 жылға дейін" is read.
_TERM = re.compile(r"(?:\bот|\bfrom|\bbetween)\s+" + _TERM_NUM + r"\s+(?:до|to|and)\s+" + _TERM_NUM
                   + r"\s+(?:лет|года|years)|\b(\d{1,2})\s*[-–—]\s*(\d{1,2})\s+(?:лет|года|years)"
                   r"|\b(\d{1,2})\s+жылдан\s+(\d{1,2})\s+жылға", re.IGNORECASE)


def _terms(window: str) -> set[tuple[int, int]]:
    """The terms of imprisonment ``window`` quotes, as (min, max) years.

    >>> sorted(_terms("от 5 до 9 лет с конфискацией; от двух до семи лет; 7-12 years"))
    [(2, 7), (5, 9), (7, 12)]
    """
    out = set()
    for m in _TERM.finditer(window):
        lo, hi = [g for g in m.groups() if g is not None]
        lo, hi = (int(x) if x.isdigit() else _NUMBER_WORDS[x.lower()] for x in (lo, hi))
        if 0 < lo < hi:
            out.add((lo, hi))
    return out


def _article_terms(ix: CodeIndex, code: str, article: str) -> set[tuple[int, int]]:
    """The (min, max) years of imprisonment any part of an article has had, by the rulebook."""
    art = ix.articles.get((code, article))
    if art is None:
        return set()
    pens = list(art.penalties or []) + [pen for part in art.parts or [] for pen in part.penalties or []]
    return {(int(s.min), int(s.max)) for pen in pens for s in pen.sanctions
            if s.kind == "imprisonment" and s.unit == "years" and s.min and s.max}


def _code_by_term(ix: CodeIndex, text: str, a: int, b: int, article: str,
                  cues: list[int] | None = None) -> tuple[str, str] | None:
    """The code whose article ``article`` has the term of imprisonment quoted around the citation
    ("санкция статьи 256 УК предусматривает ... от 5 до 9 лет": 2014 art. 256 part 1), when the
    other code cannot be meant (its article of that number has no such term, or the offence has
    another number there); else ``None``."""
    if cues is not None:
        i = bisect.bisect_left(cues, a)
        if i == len(cues) or cues[i] >= b:
            return None
    window = text[a:b]
    quoted = _terms(window)
    if not quoted:
        return None
    codes = [c for c in ("1997", "2014") if quoted & _article_terms(ix, c, article)]
    if len(codes) != 1:
        return None
    code = codes[0]
    other = OTHER[code]
    if (other, article) in ix.articles:
        why = f"the {other} Code's art. {article} has no such term"
    else:
        why = _other_code_excluded(ix, code, article, frozenset(), "en")
        if why is None:
            return None
    lo, hi = sorted(quoted & _article_terms(ix, code, article))[0]
    return code, (f"term: the text quotes {lo} to {hi} years of imprisonment, a term of {code} art. {article}; {why}")


def codes_having(ix: CodeIndex, article: str) -> list[str]:
    """The codes whose records or table of contents hold ``article`` (the articles later laws added included).

    >>> from lawbook import rulebook
    >>> from lawbook.conversion import index
    >>> ix = index(rulebook.load())
    >>> codes_having(ix, "174"), codes_having(ix, "233-2"), codes_having(ix, "170-3")
    (['1997', '2014'], ['1997'], [])
    """
    return [c for c in ("1997", "2014") if (c, article) in ix.articles or article in _contents(ix).get(c, {})]


def _unique_code(ix: CodeIndex, article: str, latest_year: int | None = None) -> str | None:
    """The one code that can have ``article``: a suffixed number one code only has had (the
    1997 Code's table of contents keeps every number it ever had; the 2014 Code's, the
    articles later laws added: "115-1" is a 2014 number, "233-2" a 1997 one, while "233-1"
    is both codes' since Law 16.07.2025 No. 210-VIII added oil-product trafficking to the
    2014 Code), or a plain number above the other code's last article (the 1997 Code ends
    at art. 393, so "405" is a 2014 number). A suffixed number neither table lists ("Article 170-3", the Kazakh
    SSR's code of a text of 1993) is no code's: nothing decides it.

    >>> from lawbook import rulebook
    >>> from lawbook.conversion import index
    >>> ix = index(rulebook.load())
    >>> _unique_code(ix, "233-2"), _unique_code(ix, "405"), _unique_code(ix, "174"), _unique_code(ix, "115-1")
    ('1997', '2014', None, '2014')
    >>> _unique_code(ix, "233-1") is None, _unique_code(ix, "233-1", latest_year=2015), _unique_code(ix, "170-3")
    (True, '1997', None)
    """
    if "-" not in article:
        if not article.isdigit():
            return None
        last = ix.rb.cached("code-last-articles", lambda: {e.code: e.last_article for e in ix.rb.records("codes")})
        possible = [c for c in ("1997", "2014") if last.get(c) is None or int(article) <= last[c]]
        return possible[0] if len(possible) == 1 else None
    had = codes_having(ix, article)
    if len(had) == 2 and latest_year is not None:
        # a number a later law gave one code after every year the text mentions was not yet that code's ("In 2015 he
        # was convicted under Article 233-1": the 2014 Code's 233-1 dates from 2025)
        had = [c for c in had if (ix.added_on(c, article) or dt.date.min).year <= latest_year]
    if len(had) == 1:
        return had[0]
    return None


def _one_word_titles(ix: CodeIndex, article: str, lang: str) -> dict[str, tuple[str, frozenset]] | None:
    """Both codes' titles of ``article`` in ``lang`` with their words, when they share no word and one of them is
    one word that is not one of the law's common ones; else ``None`` (memoised per number and language)."""
    memo = ix.rb.cached("cite-one-word-titles", dict)
    key = (article, lang)
    if key not in memo:
        titles = {}
        for code in ("1997", "2014"):
            title = _contents_title(ix, code, article, lang)
            if not title:
                break  # both codes' tables in the words' language, or nothing
            titles[code] = (title, frozenset(_title_words_in(ix, title, lang)))
        ok = (len(titles) == 2 and all(w for _, w in titles.values()) and not titles["1997"][1] & titles["2014"][1]
              and any(len(w) == 1 and not w <= _GENERIC_TITLE_WORDS for _, w in titles.values()))
        memo[key] = titles if ok else None
    return memo[key]


def _code_by_one_word_title(ix: CodeIndex, text: str, a: int, b: int, article: str) -> tuple[str, str] | None:
    """The code whose title of ``article`` is one word (tables of contents: «Хулиганство», «Бұзақылық»,
    «Мошенничество») that the words of ``text[a:b]`` (around the citation) name, when the other code's title of
    that number, in the same language, is another offence they do not name; ``None`` otherwise. A title of one
    word is the offence's own name: the two-word floor of :func:`_code_by_subject` never reaches it.

    >>> ix = index()
    >>> t = "Его действия квалифицированы как хулиганство по статье 257 УК."
    >>> _code_by_one_word_title(ix, t, 0, len(t), "257")[0]
    '1997'
    >>> t = "Его действия квалифицированы по статье 257 УК."
    >>> _code_by_one_word_title(ix, t, 0, len(t), "257") is None
    True
    """
    from ..reading.language import detect

    if not any(_one_word_titles(ix, article, lang) for lang in ("ru", "kk")):
        return None  # read before the window's language: most numbers have no one-word title
    window = text[a:b]
    lang = detect(window)
    if lang not in ("ru", "kk"):
        return None
    titles = _one_word_titles(ix, article, lang)
    if titles is None:
        return None
    words = _window_words(ix, window, article, lang)
    named = [c for c, (_, tw) in titles.items() if tw & words]
    if len(named) != 1:
        return None
    code = named[0]
    title, tw = titles[code]
    if len(tw) != 1 or tw <= _GENERIC_TITLE_WORDS:
        return None
    other_title = titles[OTHER[code]][0]
    return code, (f"subject, one-word title: the words around the citation name {code} art. {article} ({title!r}), "
                  f"a title of one word; the {OTHER[code]} Code's art. {article} is another offence "
                  f"({other_title[:50]!r}, its table of contents)")
