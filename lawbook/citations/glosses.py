"""Deciding a citation's code from an English gloss of the offence ("Article 110 (“Torture”)", "Article 257.
Hooliganism") when the cited number is one lawbook does not cover: the tables of contents give those articles'
titles in Russian and Kazakh only, so the gloss's words are carried to the Russian words titles use for them
(``rules/lexicon/glossary``) and compared with both codes' Russian titles of that number. The glossary says what
a word means, never which article a title belongs to: that comes from the tables of contents.
"""
from __future__ import annotations

import re

from ..conversion import CodeIndex, OTHER, index  # noqa: F401 (index: the doctests use it)
from .patterns import _GENERIC_TITLE_WORDS

#: The share of the gloss's words, or of the title's, the words in common must reach for the gloss to be that
#: title; and the share below which the other code's title of the number counts as another offence.
_GLOSS_SHARE = 0.65
_OTHER_SHARE = 0.5


def glossary(ix: CodeIndex) -> dict[str, frozenset]:
    """English base form → the Russian base forms titles use for it, from ``rules/lexicon/glossary``.

    >>> from lawbook.rulebook import load
    >>> sorted(glossary(index(load()))["tortur"])
    ['истязание', 'пытка']
    """
    def build():
        from .titles import _title_words_in

        out: dict[str, frozenset] = {}
        for g in ix.rb.records("glossaries"):
            for word, targets in g.words.items():
                ru = frozenset().union(*(_title_words_in(ix, t, "ru") for t in targets))
                for key in _title_words_in(ix, word, "en"):
                    out[key] = out.get(key, frozenset()) | ru
        return out

    return ix.rb.cached("cite-glossary", build)


def _never_had(ix: CodeIndex, code: str, article: str) -> bool:
    """Whether ``code`` never had an article of that number (neither in its table of contents nor the rulebook)."""
    from .titles import _contents

    return (code, article) not in ix.articles and article not in _contents(ix).get(code, {})


def _weigh(gl: dict, stems: frozenset, title: frozenset) -> tuple[int, float, float, frozenset]:
    """How much of ``title`` the English ``stems`` name: the stems that name one of its words, their share of the
    stems, the share of the title's words named, and the words named."""
    hit = {s for s in stems if gl.get(s, frozenset()) & title}
    named = frozenset().union(*(gl[s] for s in hit)) & title if hit else frozenset()
    return len(hit), len(hit) / len(stems), len(named) / len(title), named


def code_by_gloss(ix: CodeIndex, gloss: str, article: str) -> tuple[str, str] | None:
    """The code whose Russian title of ``article`` the English ``gloss`` names while the other code's title of that
    number is another offence (or the other code never had the number), with the reason; else ``None``.

    A gloss of two words or more must name two of the title's words, one of them not the law's common words, and
    hold most of the title or be mostly its words; a one-word gloss must be a title of one or two words. The other
    code's title must be named by fewer words and by less than half of either.

    >>> from lawbook.rulebook import load
    >>> ix = index(load())
    >>> code_by_gloss(ix, "Torture", "110")[0]
    '2014'
    >>> code_by_gloss(ix, "Intentional inflicting of serious harm to health", "103")[0]
    '1997'
    >>> code_by_gloss(ix, "Abuse of official authority", "361")[0]
    '2014'
    >>> code_by_gloss(ix, "Murder", "99") is None  # the 1997 Code's 99 is a murder too (exceeding self-defence)
    True
    >>> code_by_gloss(ix, "Rape", "120") is None  # both codes' 120
    True
    """
    from .titles import _contents_title, _ru_title, _title_words_in

    gl = glossary(ix)
    stems = _title_words_in(ix, gloss, "en")
    if not stems or not any(s in gl for s in stems):
        return None
    found = {}
    for code in ("1997", "2014"):
        title = _ru_title(ix, code, article)
        found[code] = (title, _weigh(gl, stems, title) if title else None)
    for code in ("1997", "2014"):
        title, w = found[code]
        if not title or not w:
            continue
        n, of_gloss, of_title, named = w
        if not named - _GENERIC_TITLE_WORDS:
            continue
        if len(stems) == 1:
            if not (n == 1 and len(title) <= 2 and of_title >= 0.5):
                continue
        elif n < 2 or max(of_gloss, of_title) < _GLOSS_SHARE:
            continue
        other = OTHER[code]
        o_title, o_w = found[other]
        if o_title is None:
            if not _never_had(ix, other, article):
                continue  # excluded there: what it was before, the tables do not say
            why = f"the {other} Code never had an article of that number"
        else:
            on, o_of_gloss, o_of_title, _ = o_w
            if on >= n or o_of_gloss >= _OTHER_SHARE or o_of_title >= _OTHER_SHARE:
                continue
            why = (f"the {other} Code's art. {article} is another offence "
                   f"({(_contents_title(ix, other, article) or '')[:50]!r}, its table of contents)")
        return code, (f"title: the English words after the citation ({gloss[:60]!r}) name the {code} Code's "
                      f"art. {article} ({(_contents_title(ix, code, article) or '')[:50]!r}, its table of "
                      f"contents, through the glossary); {why}")
    return None


def code_by_english_heading(ix: CodeIndex, heading: str, article: str) -> tuple[str, str] | None:
    """A heading in English printed after the number ("Article 257. Hooliganism of the Criminal Code ..."): the
    code whose Russian title of that number the heading's first words name, every word of it but the law's
    common ones, when only one code's does and those words name less than half of the other code's title.

    >>> from lawbook.rulebook import load
    >>> ix = index(load())
    >>> code_by_english_heading(ix, "Hooliganism of the Criminal Code of the Republic of Kazakhstan", "257")[0]
    '1997'
    >>> code_by_english_heading(ix, "Intentional infliction of moderate harm to health", "104")[0]
    '1997'
    """
    from .titles import _contents_title, _ru_title, _title_words_in

    gl = glossary(ix)
    words = re.findall(r"[^\W\d_]+", heading)[:14]
    if not words:
        return None
    first = _title_words_in(ix, words[0], "en")
    if not any(s in gl for s in first):
        return None
    codes = {}
    for code in ("1997", "2014"):
        title = _ru_title(ix, code, article)
        core = (title or frozenset()) - _GENERIC_TITLE_WORDS
        if not core:
            continue
        for k in range(1, min(len(words), len(title) + 4) + 1):
            named = frozenset().union(*(gl.get(s, frozenset()) for s in _title_words_in(ix, " ".join(words[:k]), "en")))
            if core <= named:
                codes[code] = named
                break
    if len(codes) != 1:
        return None
    code, named = codes.popitem()
    other = OTHER[code]
    theirs = _ru_title(ix, other, article)
    if theirs is None and not _never_had(ix, other, article):
        return None
    if theirs is not None and len(theirs & named) >= _OTHER_SHARE * len(theirs):
        return None  # the heading names much of the other code's title of the number too
    return code, (f"title: the English heading after the citation ({heading[:40]!r}) begins with the {code} Code's "
                  f"title of art. {article} ({(_contents_title(ix, code, article) or '')[:50]!r}, its table of "
                  f"contents, through the glossary); the {other} Code's art. {article} is another offence")


def code_by_list_gloss(ix: CodeIndex, sentence: str, articles: list[str]) -> tuple[str, str] | None:
    """The code of a list of articles cited together in an English sentence ("Bribery of public officials is
    regulated under Articles 366 to 368 of the Kazakhstani Criminal Code"), when one English word of the sentence
    names, through the glossary, a word (not the law's common ones) of that code's Russian title of every number of
    the list, while the sentence's words name fewer than half of the other code's titles of those numbers (which it
    has, every one), and less than half of any of them ("officials" names «служебных» of the 1997 Code's seven-word
    title of 368). Both codes' titles are weighed, every number of the list: one word naming two or three titles of one code and
    none of the other's is no chance (round 48, dev cit-en-4807: the 2014 Code's 366-368 are taking, giving and
    mediating a bribe, the 1997 Code's are military crimes). A single citation's one word decides nothing here.

    >>> from lawbook.rulebook import load
    >>> ix = index(load())
    >>> code_by_list_gloss(ix, "Bribery of public officials is regulated under Articles 366 to 368.", ["366", "367", "368"])[0]
    '2014'
    >>> code_by_list_gloss(ix, "Bribery is regulated under Article 366.", ["366"]) is None
    True
    >>> code_by_list_gloss(ix, "Murder is punished under Articles 99 and 96.", ["99", "96"]) is None  # both codes' 99
    True
    """
    from .titles import _contents_title, _ru_title, _title_words_in

    articles = list(dict.fromkeys(articles))
    if len(articles) < 2:
        return None
    gl = glossary(ix)
    stems = [s for s in _title_words_in(ix, sentence, "en") if s in gl]
    if not stems:
        return None
    titles = {c: [_ru_title(ix, c, a) for a in articles] for c in ("1997", "2014")}
    if any(t is None for ts in titles.values() for t in ts):
        return None  # a number one code never had, or excluded there: what it was, the tables do not say
    named_by = lambda s, t: (gl[s] & t) - _GENERIC_TITLE_WORDS  # noqa: E731
    found = {}
    for code in ("1997", "2014"):
        other = OTHER[code]
        theirs = [frozenset().union(*(named_by(s, t) for s in stems)) for t in titles[other]]
        if 2 * sum(1 for w in theirs if w) >= len(articles) or any(2 * len(w) >= len(t) for w, t in
                                                                      zip(theirs, titles[other]) if w):
            continue  # the words name the other code's titles too: half the list, or half of one title
        whole = sorted(s for s in stems if all(named_by(s, t) for t in titles[code]))
        if whole:
            found[code] = whole[0]
    if len(found) != 1:
        return None
    code, stem = found.popitem()
    other = OTHER[code]
    shown = ", ".join(f"{a} {(_contents_title(ix, code, a) or '')[:30]!r}" for a in articles)
    return code, (f"subject, the list's titles: a word of the sentence (stem {stem!r}) names, through the glossary, "
                  f"the {code} Code's title of every article of the list ({shown}, its table of contents); its words "
                  f"name fewer than half of the {other} Code's titles of those numbers (art. {articles[0]}: "
                  f"{(_contents_title(ix, other, articles[0]) or '')[:40]!r})")
