"""The Russian case forms of the words of the listed organisations' Russian names.

Russian declines a name's words: «Братья-мусульмане» is «Братьев-мусульман» in the
genitive, «Исламское государство» is «Исламским государством» in the instrumental.
The word-ending rule (:meth:`~lawbook.screening.words.WordMatching.token_matches`)
finds a form that begins as the name's word does, but not one whose stem changes
(«братья» → «братьев») or whose ending is longer than it allows. This module asks
pymorphy3's dictionary for each word's forms, in the word's own number (a plural
name's forms stay plural, «государство» does not give «государствам»), and keeps a
table ``{folded form: folded word of the name}``, computed from the records (never
typed) and kept in the cache of decision 0009 (JSON, keyed by the rulebook's
content and lawbook's code). Only words the
dictionary knows are declined: a name's proper words («Тахрир») are guessed by the
word-ending rule as before, and no surname («Алгаев») is taken for a form.

>>> from lawbook.screening import index
>>> forms = index()._ru_forms
>>> forms["bratev"], forms["islamskim"], forms["gosudarstvom"]
('bratia', 'islamskoe', 'gosudarstvo')
>>> "gosudarstvam" in forms   # the plural is another number: not the Islamic State
False
"""
from __future__ import annotations

import re

from .. import normalise as N

NAME = "screen-ru-forms"

_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]{4,}")


#: A members' noun in «-овцы» («хизбутовцы», «тахрировцы»: the press's words for an organisation's members, which the
#: dictionary does not know) is declined as every noun in «-овец» is: its plural's cases and its singular's.
_MEMBERS_PLURAL = "овцы"
_MEMBERS_FORMS = ("овцев", "овцам", "овцами", "овцах", "овец", "овца", "овцу", "овцем", "овцом", "овце")


def russian_forms(orgs) -> dict[str, str] | None:
    """``{folded form: folded word}`` for the words of ``orgs``' Russian names (not abbreviations); None when
    pymorphy3 cannot be imported.

    >>> from lawbook import screen_orgs, rulebook
    >>> forms = russian_forms(screen_orgs.load(rulebook.load())[0])
    >>> forms["musulman"], forms["seri"], forms["volkov"]   # «мусульман», «Серых волков»
    ('musulmane', 'serie', 'volki')
    >>> forms["tahrirovtsev"], forms["hizbutovtsam"]   # «тахрировцев», «хизбутовцам»: members' nouns
    ('tahrirovtsi', 'hizbutovtsi')
    """
    try:
        import pymorphy3
    except ImportError:  # (a dependency; without it the word-ending rule alone reads the endings, and nothing is kept)
        return None
    morph = pymorphy3.MorphAnalyzer()
    out: dict[str, str] = {}
    own: set[str] = set()
    words = []
    for org in orgs:
        for name in org.names:
            if name.lang != "ru" or name.kind == "abbreviation":
                continue
            for w in _CYRILLIC_WORD.findall(name.name):
                f = N.fold_word(w)
                if f and N.content_tokens(w) == [f]:
                    own.add(f)
                    words.append((w.lower(), f))
    for w, f in dict.fromkeys(words):
        if w.endswith(_MEMBERS_PLURAL):  # a members' noun of the press («тахрировцы»): the dictionary does not know it
            for ending in _MEMBERS_FORMS:
                ff = N.fold_word(w[:-len(_MEMBERS_PLURAL)] + ending)
                if ff and ff != f and ff not in own:
                    out.setdefault(ff, f)
            continue
        p = morph.parse(w)[0]
        if not p.is_known or p.tag.POS not in ("NOUN", "ADJF"):
            continue
        plural = "plur" in p.tag
        for form in p.lexeme:
            t = form.tag
            if t.POS != p.tag.POS or ("plur" in t) != plural or "Supr" in t or "Cmp2" in t:
                continue
            if p.tag.POS == "ADJF" and not plural and t.gender != p.tag.gender:
                continue
            ff = N.fold_word(form.word)
            if ff and ff != f and ff not in own:
                out.setdefault(ff, f)
    return dict(sorted(out.items()))


def load(rb, orgs) -> dict[str, str]:
    """:func:`russian_forms` of ``orgs``, from the cache when it holds them for this rulebook
    and code, else computed (then kept); a cached value of another shape is computed anew."""
    if rb.caching():
        data = rb.derived(NAME)
        if isinstance(data, dict) and isinstance(data.get("forms"), dict):
            forms = data["forms"]
            if all(isinstance(k, str) and isinstance(v, str) for k, v in forms.items()):
                return forms
    forms = russian_forms(orgs)
    if forms is None:
        return {}  # (not kept: a later run with the dictionary builds the table)
    if rb.caching():
        rb.keep_derived(NAME, {"forms": forms})
    return forms
