"""Names of banned organisations inside running text: each alias aligned on the words around
the words that anchor it, names run together, abbreviations in capitals; the best
non-overlapping ones kept.

>>> from lawbook.screening import index
>>> [(m.text, m.id) for m in index().find_mentions("Он был членом Хизб ут-Тахрира и ИГИЛ.")]
[('Хизб ут-Тахрира', 'org-hizb-ut-tahrir'), ('ИГИЛ', 'org-islamic-state')]
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .. import normalise as N
from .aliases import _Alias, _Word
from .candidates import _join
from .limits import DEFAULT_THRESHOLD
from .query import _day, _threshold
from .words import _AR_PROCLITICS, as_written, is_indic, member_noun_stem


@dataclass(slots=True)
class Mention:
    """A banned organisation's name found in running text."""

    start: int
    end: int
    text: str
    id: str
    name: str
    designation: str
    score: float
    alias: str
    in_force: bool | None = None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "id": self.id, "name": self.name,
                "designation": self.designation, "score": self.score, "alias": self.alias, "in_force": self.in_force}


class Mentions:
    """The running-text part of :class:`lawbook.screening.ScreeningIndex`."""

    def find_mentions(self, text: str, as_of=None, threshold: float | None = None) -> list["Mention"]:
        """Names of banned organisations inside running text (English, Russian, Kazakh).

        Multi-word names may have typos, case endings ("Хизб ут-Тахрира") and
        hyphen or spacing variants; names made only of generic words ("Islamic
        State", "Исламское государство") and one-word names must start with a
        capital letter; short abbreviations (IS, HT, ИГ) must be written in
        capitals and not inside a run of capitals.

        >>> from lawbook.screening import index
        >>> ms = index().find_mentions("Members of the Islamic State and of Hizb-ut-Tahrir were tried.", as_of="2016-01-01")
        >>> [(m.start, m.end, m.id, m.in_force) for m in ms]
        [(15, 28, 'org-islamic-state', True), (36, 50, 'org-hizb-ut-tahrir', True)]
        >>> index().find_mentions("They wanted to build an islamic state; the party of the street vendors.")
        []
        """
        thr = DEFAULT_THRESHOLD if threshold is None else _threshold(threshold)
        day = None if as_of is None else (as_of if type(as_of) is dt.date else _day(as_of))
        words = self._words(text)
        out = []
        for sc, s, e, al in self._mention_hits(words, thr, text):
            start, end = words[s].start, words[e].end
            org = al.org
            out.append(Mention(start, end, text[start:end], org.id, org.name, org.designation, round(sc, 3), al.text,
                               None if day is None else org.in_force(day)))
        return out

    def _mention_hits(self, words: list[_Word], thr: float, text: str | None = None) -> list[tuple]:
        """``(score, first word, last word, alias)`` for the best non-overlapping names in ``words``
        (of ``text``: a name read with typos or endings does not run across a comma or a full stop)."""
        content = [w for w in words if w.weight > 0]
        found: list[tuple] = []  # (score, start_word, end_word, alias, excluded)
        # (a word of an Indian script matches as written or with an ending only, as words._rec reads it)
        tms = [as_written(self.token_matches(w.fold)) if is_indic(w.raw) else self.token_matches(w.fold)
               for w in content]
        tds = [{t: sim for t, sim, _ in tm} for tm in tms]
        # (an alias some of whose words no content word matches does not align: most of those
        # anchored on a phrase's words, left out before :meth:`_align` is asked)
        have = set().union(*tds)
        seen: set = set()
        for k, tm in enumerate(tms):
            for t, _, how in tm:
                if how == "short word typo":
                    continue
                for al in self.anchor.get(t, ()):
                    if not al.wordset <= have:
                        continue
                    key = (al.idx, k)
                    if key in seen:
                        continue
                    seen.add(key)
                    hit = self._align(al, content, tds, k, text)
                    if hit and hit[0] >= thr and not (al.kind == "members" and words[hit[1]].fold not in al.tokens
                                                      and _name_mid_sentence(text, words, hit[1])):
                        found.append((hit[0], hit[1], hit[2], al, False))
                # names that must not be matched (an unbanned namesake) anchored on this word
                for ex in self._excl_anchor.get(t, ()):
                    if not ex.wordset <= have:
                        continue
                    hit = self._align(ex, content, tds, k)
                    if hit and hit[0] >= thr:
                        found.append((hit[0], hit[1], hit[2], ex, True))
        folds = [w.fold for w in words]
        for i, j in self._runs(folds):
            for al in self.squashed[_join(folds, i, j)]:
                if self._capital_needed(al) and not words[i].raw[:1].isupper() \
                        and not (al.kind == "abbreviation" and _caseless(words[i].raw)):  # «پ.ک.ک», its letters apart
                    continue
                found.append((1.0, i, j, al, False))
        for w in words:
            hits, exact, p = self._abbreviations(w.raw)
            if not hits and len(w.raw) >= 5 and w.raw[0] in _AR_PROCLITICS and _caseless(w.raw):
                # an Arabic preposition or conjunction written onto a coined abbreviation («لداعش», to IS; «وداعش»)
                hits, exact, p = self._abbreviations(w.raw[1:].lstrip("ـ"))
            if not hits or (not exact and not p[:1].isupper()):
                continue
            if len(p) <= 3 and _in_caps_run(words, w.pos):
                continue
            for al in hits:
                found.append((1.0, w.pos, w.pos, al, False))
        if text is not None:
            for s, e, letters in _spelt_out(text, words):
                # (the stretches of the run that are abbreviations, the longest first, apart: "the P.K.K. A spokesman",
                # «و پ ک ک», "the P.K.K. I.S.I.S. was …")
                taken: set[int] = set()
                for n in range(len(letters), 2, -1):
                    for k in range(len(letters) - n + 1):
                        if taken.intersection(range(k, k + n)):
                            continue
                        hits, exact, _ = self._abbreviations(letters[k:k + n])
                        if hits and exact:
                            taken.update(range(k, k + n))
                            found.extend((1.0, s + k, s + k + n - 1, al, False) for al in hits)
        # drop mentions inside an unbanned namesake, then keep the best non-overlapping ones
        excl = [(sc, s, e, al.org.id) for sc, s, e, al, x in found if x]
        # (a name inside a longer alias of the same organisation that also aligns, "Hizb ut-Tahrir" in "Hizb ut-Tahrir
        # al-Islomi", is that alias's: read alone, the longer name's last words would seem to continue it; unless the
        # longer one runs on into yet another name, «Таблиг жамаатынын Кыргызстанга …»)
        spans = [(s, e, al.org.id) for _, s, e, al, x in found
                 if not x and (text is None or not _part_of_longer_name(
                     text, words, s, e, lambda f, oid=al.org.id: self._known_word(f, oid)))]
        keep = []
        for f in sorted((f for f in found if not f[4]), key=lambda f: (-f[0], -(f[2] - f[1]), f[1])):
            sc, s, e, al, _ = f
            if any(gs <= s and e <= ge and ge - gs > e - s and oid == al.org.id for gs, ge, oid in spans):
                continue
            if text is not None and s == e and _names_a_place(words, s):
                continue  # «жители Алги», "Bozkurt village": a place or a school of that name
            if text is not None and sc < 1.0 and e > s and _BREAK.search(text, words[s].end, words[e].start):
                continue
            # (a namesake holds a mention it reads about as well as the name does, as in screen(): «Давуат ағымы» is no
            # «Давлат», the state, which it is a letter from)
            if any(es <= s and e <= ee and oid == al.org.id and xsc >= sc - 0.05 for xsc, es, ee, oid in excl):
                continue
            if any(not (e < ks or s > ke) for _, ks, ke, _, _ in keep):
                continue
            keep.append(f)
        keep.sort(key=lambda f: f[1])
        return [(sc, s, e, al) for sc, s, e, al, _ in keep]

    def _capital_needed(self, al: _Alias) -> bool:
        """:func:`_needs_capital`, and also a Russian name whose every word the Russian dictionary knows («Братья
        мусульмане», «Серые волки»): written in small letters in running text, those are ordinary words («едем
        помогать братьям-мусульманам», to help fellow Muslims).

        >>> from lawbook.screening import index
        >>> ix = index()
        >>> [(a.text, ix._capital_needed(a)) for a in ix.aliases if a.text in ("Братья мусульмане", "Хизб ут-Тахрир") and a.lang == "ru"]
        [('Братья мусульмане', True), ('Хизб ут-Тахрир', False)]
        """
        # (by the alias's number; a name that must not match has none, idx -1, and is memoised by itself: one entry for
        # them all made every namesake read as the first one asked, in whatever order a batch brought them)
        key = al.idx if al.idx >= 0 else id(al)
        got = self._capital.get(key)
        if got is None:  # (once an alias: it is asked for every hit of every text)
            got = self._capital[key] = al.kind != "members" and (_needs_capital(al) or (
                al.lang == "ru" and all(t in self._ru_dictionary_words for t in al.tokens)))
        return got

    def _known_word(self, fold: str, org_id: str | None = None) -> bool:
        """Whether a namesake that must not match, or a listed name of another organisation than ``org_id``, has the
        word ``fold`` as written or with an ending (:meth:`token_matches`): the organisation's own words («افغانستان»
        of «امارت اسلامی افغانستان») do not make its one-word name a longer one («طالبان افغانستان …»).

        >>> from lawbook.screening import index
        >>> from lawbook.normalise import fold_word
        >>> ix = index()
        >>> ix._known_word(fold_word("پاکستان"), "org-taliban"), ix._known_word(fold_word("مسئولیت"), "org-taliban")
        (True, False)
        >>> ix._known_word(fold_word("افغانستان"), "org-taliban")
        False
        """
        owners = self._word_owners()
        return any(how in ("exact", "word ending") and (owners.get(t, frozenset()) - {org_id})
                   for t, _, how in self.token_matches(fold))

    def _word_owners(self) -> dict[str, frozenset]:
        """``{alias word: the organisations whose names use it}``, a namesake's words owned by none (``""``): built
        once, from the aliases."""
        got = getattr(self, "_owners", None)
        if got is None:
            acc: dict[str, set] = {}
            for al in self.aliases:
                for t in al.tokens:
                    acc.setdefault(t, set()).add(al.org.id)
            for exs in self.exclusions.values():
                for ex in exs:
                    for t in ex.tokens:
                        acc.setdefault(t, set()).add("")
            got = self._owners = {t: frozenset(v) for t, v in acc.items()}
        return got

    def _member_of(self, fold: str, token: str) -> bool:
        """Whether the word ``fold`` is a member's noun made from the name's word ``token`` (its stem is that word or
        a case form of it), not a word that only looks like one («тәкбіршілер», who say takbir, one letter from
        the Takfiri).

        >>> from lawbook.screening import index
        >>> index()._member_of("tabligshilar", "tablig"), index()._member_of("takbirshiler", "takfir")
        (True, False)
        """
        stem = member_noun_stem(fold, self._endings)
        return stem is not None and any(c == token and how in ("exact", "word ending")
                                        for c, _, how in self.token_matches(stem))

    def _align(self, al: _Alias, content: list[_Word], tds: list, k: int, text: str | None = None):
        """Match an alias's words around content word ``k`` (of ``text``, when given); (score, first word, last word)
        or None."""
        m = len(al.tokens)
        lo, hi = max(0, k - m), min(len(content), k + m + 1)
        taken: dict[int, float] = {}
        got = total = 0.0
        for t, w in zip(al.tokens, al.weights):
            total += w
            best, bj = 0.0, None
            for j in range(lo, hi):
                sim = tds[j].get(t)
                if sim is not None and sim > best and j not in taken:
                    best, bj = sim, j
            if bj is None:
                return None
            taken[bj] = best
            got += w * best
        # a name's words out of the name's order and apart are no name («Мемлекет басшысы Ислам ынтымақтастығы ұйымы»,
        # the head of state at the Organisation of Islamic Cooperation, is no «Ислам мемлекеті»); side by side, a
        # name's words may come in another order («Исламдық Түркістан партиясы»), and a namesake that must not match
        # is held in any order
        if al.exclusion is None and list(taken) != sorted(taken) and max(taken) - min(taken) >= len(taken):
            return None
        first, last = min(taken), max(taken)
        if last - first + 1 > m + 1:
            return None
        # generic-only and one-word names must look like proper names; a member's noun made from a name's word
        # («таблиговцев», «тәблиғшылар») is written in small letters, as a common noun, and its suffix marks it
        if (self._capital_needed(al) and not content[first].raw[:1].isupper()
                and not (first == last and self._member_of(content[first].fold, al.tokens[0]))
                and not (first == last and not al.all_generic and taken[first] >= 0.95
                         and content[first].raw.startswith("ال") and _persian_script_phrase(content, first))
                and not (first == last and not al.all_generic and taken[first] >= 1.0 and al.script in _INDIC_SCRIPTS
                         and is_indic(content[first].raw) and _written_whole(text, content[first], al))
                and not (first == last and not al.all_generic and taken[first] >= 0.95
                         and _quoted_caseless(text, content[first]))
                and not (first == last and al.kind == "abbreviation" and taken[first] >= 0.95
                         and _caseless(content[first].raw))
                and not (first == last and not al.all_generic and taken[first] >= 0.95
                         and _caseless(content[first].raw)
                         and (_governed(content, first) or _after_an_arabic_preposition(text, content, first)))
                # (a translated name of several words in a script without capitals, a proper word among them, written
                # whole: «حزب کارگران کردستان و نبرد با داعش», the PKK and the fight against IS)
                and not (last > first and not al.all_generic and _caseless(content[first].raw)
                         and min(taken.values()) >= 0.95)):
            return None
        return got / total, content[first].pos, content[last].pos



#: Letters the Persian, Urdu and Pashto alphabets add to the Arabic one (پ چ ژ گ, the Persian ک and ی, Urdu's ٹ ڈ ڑ ں ے ھ,
#: Pashto's ټ ډ ړ ښ ږ ځ څ ګ ۍ ې): a phrase that holds one is not Arabic.
_PERSIAN_SCRIPT_LETTERS = frozenset("پچژگکیٹڈڑںےھۀټډړښږځڅګۍې")


def _persian_script_phrase(content: list, i: int) -> bool:
    """Whether word ``i`` of a phrase (its words that count, ``content``) is in the Arabic script and the phrase is
    Persian, Urdu or Pashto (a letter only those alphabets have): there a one-word name written with the Arabic
    article, which a script without case cannot mark as a proper name, is one all the same — «شبکه القاعده» (the
    al-Qaeda network): Persian and Urdu take the article only in such borrowed names. Without it the word is their own
    («قاعده», a rule; «نورانی قاعدہ», a reading primer; «طالبان», students, «طالبان دینی»), and in Arabic itself
    «القاعدة» is also "the base" or "the rule": those stay unread in a phrase (the caller asks for the article).

    >>> from types import SimpleNamespace as W
    >>> _persian_script_phrase([W(raw="شبکه"), W(raw="القاعده")], 1), _persian_script_phrase([W(raw="القاعدة"), W(raw="الجوية")], 0)
    (True, False)
    """
    if not any("\u0600" <= ch <= "\u06ff" for ch in content[i].raw):
        return False
    return any(_has_persian_letter(w.raw) for w in content)


def _caseless(raw: str) -> bool:
    """Whether a word is written in a script without capitals (Arabic, Persian, Hebrew, the Indian scripts): there an
    abbreviation coined as an organisation's name («داعش», «דאעש») is no word of the language, and it stands for
    the name in running text as an acronym in capitals does elsewhere («د داعش ډلې», the Islamic State group, in Pashto).

    >>> _caseless("داعش"), _caseless("ИГИЛ"), _caseless("isis")
    (True, False, False)
    """
    return raw[:1].lower() == raw[:1].upper() and any(ch.isalpha() for ch in raw)


#: Words for a body, its people or its rule that govern an organisation's name beside them in the Arabic script's
#: languages (Arabic, Persian and Dari, Urdu, Pashto), written as the word begins: «حركة طالبان», «گروه طالبان»,
#: «سخنگوی طالبان», «طالبان حکومت», «د طالبانو ویاند». With no capital to mark a one-word name, such a word beside it
#: says the word is the name, not the common word it may also be («طالبان دینی», religious students, has none). Not
#: the words a base or a rule takes as well («قائد القاعدة العسكرية», the military base's commander; «قوات», «نظام»).
_GOVERNING_WORDS = tuple("""
حركة حركه حكومة حكومه متحدث ناطق زعيم قادة مقاتل عناصر تنظيم جماعة وزير وزارة مسلح سلطات إمارة امارة
گروه حکومت جنبش سخنگو رهبر دولت رژیم امارت نیروهای اعضای عضو وزیر وزارت مقامات فرمانده جنگجو شورای دفتر ریاست
دادستان استخبارات کابین محکم تروریست
تحریک ترجمان رہنما امیر گروہ تنظیم جماعت کمانڈر جنگجو دہشت
ډله ډلې حکومت ویاند مشر رژيم مرستیال والي غړي جنګیالي ترهګر ترهگر
إرهاب الإرهاب ارهاب الارهاب
""".split())


#: What students study or where («طالبان علوم دینی», «طالبان مدارس», «طالبان دانشگاه»): the word before is "students".
_STUDENTS_OF = ("علوم", "علم", "دین", "مدرس", "مدارس", "دانشگاه", "دانشجو", "حوزه", "جامعه")


#: Words of a body set against another («المعارضة لحكومة طالبان», «ضد طالبان», «مخالف طالبان»).
_OPPOSED = ("المعارض", "معارض", "المناهض", "مناهض", "ضد", "مخالف")


def _governed(content: list, i: int) -> bool:
    """Whether a word for a body, its people or its rule (:data:`_GOVERNING_WORDS`) stands right before or after
    content word ``i`` of a phrase in the Arabic script.

    >>> from types import SimpleNamespace as W
    >>> _governed([W(raw="سخنگوی"), W(raw="طالبان")], 1), _governed([W(raw="طالبان"), W(raw="دینی")], 0)
    (True, False)
    >>> _governed([W(raw="گروه"), W(raw="طالبان"), W(raw="علوم"), W(raw="دینی")], 1)
    False
    >>> _governed([W(raw="طالبان"), W(raw="کی"), W(raw="کابینہ")], 0), _governed([W(raw="لحكومة"), W(raw="طالبان")], 1)
    (True, True)
    """
    if not any("\u0600" <= ch <= "\u06ff" for ch in content[i].raw) \
            or content[i].raw.startswith(_GOVERNING_WORDS + ("قائد", "قوات", "نظام")):
        return False  # (such a word is no name itself: «قائد», a leader, is a letter from «القاعدة»)
    # (the nearest word on each side that is no preposition or conjunction: «طالبان کی کابینہ», the Taliban's cabinet)
    near = [next((w.raw for w in side if w.raw not in _CASELESS_FUNCTION_WORDS), "")
            for side in (reversed(content[:i]), content[i + 1:])]
    if near[1].startswith(_STUDENTS_OF):
        return False  # «طالبان علوم دینی»: students of religious sciences
    if any(w.raw.startswith(_OPPOSED) for w in content[max(0, i - 3):i]):
        return False  # «جبهة المقاومة الوطنية المعارضة لحكومة طالبان»: a front opposed to it, named by what it opposes
    # (an Arabic preposition or conjunction may be written onto the word: «لحكومة طالبان», for the Taliban's government)
    return any(w.startswith(_GOVERNING_WORDS)
               or (len(w) > 3 and w[0] in _AR_PROCLITICS and w[1:].startswith(_GOVERNING_WORDS)) for w in near)


#: Arabic prepositions that put the word after them in the genitive.
_AR_GENITIVE_PREPOSITIONS = frozenset("في من مع عن على إلى الى لدى بين ضمن وفي ومن ومع".split())


def _after_an_arabic_preposition(text: str | None, content: list, i: int) -> bool:
    """Whether a name that looks like an Arabic dual in the nominative («طالبان», also "two students") stands in an
    Arabic phrase after a preposition, or with «ل» or «ب» written onto it: the dual would be in the genitive there
    («طالبين»), so «رئيس المكتب السياسي لطالبان», «اتفاق مع طالبان», «في طالبان» name the movement (names rounds 19 and
    33's dev sides). Persian, Urdu and Pashto use the word as their plural, "students", and are not read so.

    >>> from types import SimpleNamespace as W
    >>> t = "اتفاق مع طالبان"
    >>> _after_an_arabic_preposition(t, [W(raw="اتفاق", start=0), W(raw="طالبان", start=t.index("طالبان"))], 1)
    True
    >>> _after_an_arabic_preposition("السياسي لطالبان", [W(raw="السياسي", start=0), W(raw="لطالبان", start=8)], 1)
    True
    >>> _after_an_arabic_preposition("طالبان جامعيان", [W(raw="طالبان", start=0), W(raw="جامعيان", start=7)], 0)
    False
    """
    raw = content[i].raw
    word = raw[1:] if raw[:1] in "لب" and len(raw) > 4 else raw
    if not word.endswith("ان") or len(word) < 5 or _persian_script_phrase(content, i):
        return False
    if word != raw:
        return True
    before = (text or "")[:content[i].start].split()
    return bool(before) and before[-1] in _AR_GENITIVE_PREPOSITIONS


#: Between the letters of an abbreviation spelt out: a full stop («P.K.K.», «پ.ک.ک»), or in a script without capitals
#: a space as well («پ ک ک»).
_SPELT_CASED = re.compile(r"\.\s?")
_SPELT_CASELESS = re.compile(r"\.?\s?")


def letters_in_a_row(lengths: list[int]) -> bool:
    """Whether three words in a row are one letter long (their ``lengths``): an abbreviation may be spelt out there
    (:func:`_spelt_out`), which the short road leaves to the full screening.

    >>> letters_in_a_row([3, 1, 1, 1]), letters_in_a_row([1, 1, 4, 1])
    (True, False)
    """
    return len(lengths) > 2 and 1 in lengths and any(
        lengths[k] == 1 == lengths[k + 1] == lengths[k + 2] for k in range(len(lengths) - 2))


def _spelt_out(text: str, words) -> list[tuple[int, int, str]]:
    """``(first word, last word, letters)`` for each run of three or more one-letter words of ``text`` spelt out as
    an abbreviation: capitals with full stops between them («P.K.K.», «И.Г.И.Л.»), or, in a script without capitals,
    letters with full stops or spaces («پ.ک.ک», «پ ک ک»).

    >>> from lawbook.screening import index
    >>> t = "militants of the P.K.K. attacked"
    >>> _spelt_out(t, index()._words(t))
    [(3, 5, 'PKK')]
    >>> t = "J. K. Rowling and a b c"
    >>> _spelt_out(t, index()._words(t))
    []
    """
    out = []
    i, n = 0, len(words)
    while i < n:
        j = i
        raw = words[i].raw
        caseless = _caseless(raw)
        gap = _SPELT_CASELESS if caseless else _SPELT_CASED
        if len(raw) == 1 and raw.isalpha() and (caseless or raw.isupper()):
            while (j + 1 < n and len(words[j + 1].raw) == 1 and _caseless(words[j + 1].raw) == caseless
                   and (caseless or words[j + 1].raw.isupper())
                   and gap.fullmatch(text[words[j].end:words[j + 1].start])):
                j += 1
            if j - i >= 2 and (caseless or text[words[i].end:words[i].end + 1] == "."):
                out.append((i, j, "".join(w.raw for w in words[i:j + 1])))
        i = j + 1
    return out


#: Quotation marks that open and close a name in running text.
_OPENING_QUOTES = "«\"“„'‘"
_CLOSING_QUOTES = "»\"”“'’"


def _quoted_caseless(text: str | None, w) -> bool:
    """Whether word ``w`` of ``text`` is written alone within quotation marks in a script without capitals (Arabic,
    Persian, Hebrew, the Indian scripts): the marks set a proper name apart as a capital does elsewhere («قوات
    "طالبان"», the Taliban's forces).

    >>> from lawbook.screening import index
    >>> t = 'قوات "طالبان"'
    >>> [_quoted_caseless(t, w) for w in index()._words(t)]
    [False, True]
    >>> t = 'Taliban "forces"'
    >>> [_quoted_caseless(t, w) for w in index()._words(t)]
    [False, False]
    """
    if text is None or not _caseless(w.raw):
        return False
    before, after = text[max(0, w.start - 1):w.start], text[w.end:w.end + 1]
    return bool(before) and before in _OPENING_QUOTES and bool(after) and after in _CLOSING_QUOTES


#: The Indian scripts the rulebook writes names in.
_INDIC_SCRIPTS = frozenset({"Deva", "Beng", "Gujr", "Taml", "Mlym"})


def _written_whole(text: str | None, w, al: _Alias) -> bool:
    """Whether the words of ``text`` ending with word ``w`` are alias ``al`` whole, its joined particles included
    («अल-क़ायदा», not «कायदा» alone, which is also "law" in Hindi, Marathi and Gujarati).

    >>> from lawbook.screening import index
    >>> al = next(a for a in index().aliases if a.text == "अल-क़ायदा")
    >>> t = "अल-क़ायदा द्वारा"
    >>> _written_whole(t, index()._words(t)[1], al)
    True
    >>> t = "भारतीय क़ायदा"
    >>> _written_whole(t, index()._words(t)[1], al)
    False
    """
    want = N.fold(al.text).split()
    if text is None or not want or want[-1] != w.fold:
        return False
    before = [N.fold_word(x) for _, _, x in N.words(text[max(0, w.start - 60):w.start])][-(len(want) - 1):] \
        if len(want) > 1 else []
    return before + [w.fold] == want


def _has_persian_letter(raw: str) -> bool:
    """Whether a word holds a letter only the Persian, Urdu and Pashto alphabets have.

    >>> _has_persian_letter("افغانستانی"), _has_persian_letter("القاعدة")
    (True, False)
    """
    return not _PERSIAN_SCRIPT_LETTERS.isdisjoint(raw)


def _name_mid_sentence(text: str | None, words, i: int) -> bool:
    """Whether word ``i`` is capitalised inside a sentence (not its first word, nor the first after an opening
    quotation mark or a dash): a case form of a members' word so written is a surname or a given name («Судья
    Талибов огласил приговор»), as the press writes the members' word in small letters (the word itself, as
    written in the alias, may be capitalised: «Афғонистондаги Толиблар сафида»).

    >>> from lawbook.screening import index
    >>> t = "Судья Талибов огласил приговор. Талибы взяли Кабул."
    >>> ws = index()._words(t)
    >>> _name_mid_sentence(t, ws, 1), _name_mid_sentence(t, ws, 4)
    (True, False)
    """
    w = words[i]
    if not w.raw[:1].isupper():
        return False
    if i == 0 or text is None:
        return False
    before = text[:w.start].rstrip()
    return not before or before[-1] not in ".!?…«\"“„'—–-:;(\n"


def _needs_capital(al: _Alias) -> bool:
    """In running text, names made of ordinary words must look like proper names."""
    return al.all_generic or len(al.tokens) <= 1 or al.kind == "translation"


_BREAK = re.compile(r"[,;.!?]")
_JOIN = re.compile(r"[\s\-‐‑–]*")


#: Words of scripts without case (Arabic, Persian, Urdu) that end a name rather than continue it: prepositions,
#: conjunctions, relatives and a few time words ("جماعة الإخوان المسلمين في مصر", the Brotherhood in Egypt). A caseless
#: script has no capital to tell where a name ends, so without these every word after a name would continue it.
_CASELESS_FUNCTION_WORDS = frozenset("""
في من على إلى الى عن مع منذ بعد قبل ضد حول عند لدى التي الذي الذين اللذين أن إن ان أو او ثم لكن حتى كان كانت قد
ضمن بين عبر خلال داخل خارج نحو يوم عام هذا هذه ذلك تلك وقد وفي ومن وعلى
هو هي هم هما هن ليس ليست لم لن لا كما أيضا ايضا فقط إذ إذا اذا
در از به با که را و یا این آن برای تا بر
میں کی کا کے نے سے کو اور پر یہ وہ
""".split())

#: An Arabic preposition or conjunction with the article written onto a word: ب، ل، و، ف، ك before ال (لل for ل+ال).
_AR_PREPOSITION_ARTICLE = ("بال", "لل", "وال", "فال", "كال")


def _name_like(w) -> bool:
    """A word that could continue a proper name: not generic, and capitalised where its script has case.

    >>> from lawbook.screening import index
    >>> [_name_like(w) for w in index()._words("المسلمين في مصر")]
    [True, False, True]
    >>> [_name_like(w) for w in index()._words("التحرير بالسجن")]   # "… to prison": a phrase of its own
    [True, False]
    """
    if w.weight <= 0 or N.is_generic(w.fold) or N.is_particle(w.fold) or w.raw in _CASELESS_FUNCTION_WORDS:
        return False
    if len(w.raw) > 4 and w.raw.startswith(_AR_PREPOSITION_ARTICLE):
        # an Arabic word with a preposition or conjunction before its article («بالسجن» "to prison", «للإرهاب», «والجيش»)
        # opens a phrase of its own: no name's next word (a name's own words after the first are bare or take the
        # article alone: «حزب التحرير الإسلامي»)
        return False
    if len(w.raw) > 3 and w.raw[-1] == "ی" and _has_persian_letter(w.raw):
        # a Persian or Urdu adjective of place or kind after a name («طالبان افغانستانی», the Afghan Taliban;
        # «طالبان بدخشانی»): context, not the name's next word (the Pakistani Taliban's own name is an exclusion)
        return False
    first = w.raw[:1]
    # (a number is no part of a name: «Толибон 1990-йиллар …», "the Taliban 1990s")
    return first.isalpha() and (first.isupper() or first.lower() == first.upper())


#: A Kazakh or Kyrgyz genitive ending on a name's last word (-ның/-нің/-дың/-дің/-тың/-тің; Kyrgyz -нын/-нин/-дын/
#: -дин/-тын/-тин/-нун/-нүн/-дун/-дүн/-тун/-түн): the name ends there, and the capitalised words after it are
#: what it owns («Хизб-ут-Тахрирдин Борбордук маалымат бөлүмү», Hizb ut-Tahrir's Central Media Office; corpus/names
#: round 15), not a longer name it is part of.
_TURKIC_GENITIVE = re.compile(r"\w{3}(?:[нНдДтТ][ыіЫІ][ңҢ]|[нНдДтТ][ыиуүЫИУҮ][нН])$")


#: A Kazakh or Uzbek place word with the suffix of "being in" (-дағы/-дегі/-тағы/-тегі, Uzbek -даги/-dagi) before a
#: name says where it is («Ауғанстандағы Талибан тобының», «Афғонистондаги Толиблар»; corpus/names rounds 16 and 18):
#: capitalised as a place is, it is no first word of a longer name.
_TURKIC_LOCATIVE_ADJ = re.compile(r"\w{3}(?:[дт][аеә]ғы|[дт]егі|нда[ғг]ы|нде[гк]і|[дт]аги|[dt]agi)$", re.IGNORECASE)

#: A Kazakh word for a body with the third person's possessive, ending a name as the genitive does («"Талибан"
#: қозғалысы», the Taliban's movement; corpus/names round 18): the capitalised word after it («Кабулды») is the
#: sentence's, not the name's.
_KK_BODY_POSSESSIVE = re.compile(r"(?:қозғалыс|ұйым|партия|тоб|ағым|жамағат|одақ|майдан)(?:ы|сы|і|сі)", re.IGNORECASE)


def _part_of_longer_name(text: str, words, s: int, e: int, known=None) -> bool:
    """Whether words ``s..e`` continue into a longer proper name in ``text``: a name-like word joined
    to them by spaces or hyphens only (particles such as ``-е-`` skipped). Scripts without case
    (Arabic) are checked to the right only: their governing nouns ("the movement", "the ranks of")
    come before the name; and with no capital to tell a name's next word from the sentence's, only a
    word that some listed name or namesake uses continues it, when ``known`` (a word's fold → bool) is
    given («طالبان پاکستان» goes on into the Pakistani Taliban's name; «د داعش ډلې», the IS group in
    Pashto, or «داعش مسئولیت …», IS [claimed] responsibility, do not).

    >>> from lawbook.screening import index
    >>> ws = index()._words("Техрик-е Талибан-е Пакистан")
    >>> _part_of_longer_name("Техрик-е Талибан-е Пакистан", ws, 2, 2)
    True
    >>> ws = index()._words("вступил в ряды ИГИЛ")
    >>> _part_of_longer_name("вступил в ряды ИГИЛ", ws, 3, 3)
    False
    >>> t = "Хизб-ут-Тахрирдин Борбордук маалымат бөлүмү"
    >>> _part_of_longer_name(t, index()._words(t), 0, 2)
    False
    >>> t = "Талибан қозғалысы Кабулды басып алды"
    >>> _part_of_longer_name(t, index()._words(t), 0, 1)
    False
    >>> t = "Ауғанстандағы Талибан тобының ақпарат өкілі"
    >>> _part_of_longer_name(t, index()._words(t), 1, 1)
    False
    >>> t = "В Кыргызстане ИГИЛ признана террористической организацией"
    >>> _part_of_longer_name(t, index()._words(t), 2, 2)
    False
    """
    def joined(a, b):
        return _JOIN.fullmatch(text[words[a].end:words[b].start]) is not None

    def joiner(k):
        # a particle that joins a name's words is written with a hyphen («Техрик-е Талибан», «ут-Тахрир»); one that
        # stands alone between spaces is a preposition, which ends the name («ДАИШ в Афганистане»)
        before = text[words[k - 1].end:words[k].start] if k > 0 else ""
        after = text[words[k].end:words[k + 1].start] if k + 1 < len(words) else ""
        return any(h in before + after for h in "-‐‑–")

    cased = any(ch.lower() != ch.upper() for ch in words[s].raw)
    # (in a headline in title case or in capitals every word is capitalised: only a word joined by a particle with a
    # hyphen continues the name there, "Tehrik-e Taliban", or the words running on from it hold a word for a body,
    # "Islamic State University", "Global Coalition to Counter ISIL")
    blind = _capitals_say_nothing(text, words)

    def continues(k, linked, step):
        if is_indic(words[k].raw):
            return linked  # (a caseless script: only a word joined by «-ए-» and the like, «तहरीक-ए-तालिबान», continues)
        if not _name_like(words[k]) or (step < 0 and _TURKIC_LOCATIVE_ADJ.search(words[k].raw)):
            return False
        # (a Turkic case ending after an apostrophe closes a proper name, "Taliban'ın", "Kabil'i": beside one, a
        # capital tells no more than in a caseless script, "Bakanlığı Taliban'ın", "Taliban Kabil'i ele geçirdi")
        suffixed = (_suffixed(text, words, e) or _suffixed(text, words, k)) and not N.is_body_word(words[k].fold)
        if (not cased or suffixed) and known is not None and not known(words[k].fold):
            return False  # (a word for a body still continues it: "İslam Devleti Üniversitesi'nde")
        if linked or not blind:
            return True
        while 0 <= k < len(words):  # (the words joined to it, on its side)
            if N.is_body_word(words[k].fold):
                return True
            if not (0 <= k + step < len(words) and joined(min(k, k + step), max(k, k + step))):
                return False
            k += step
        return False

    k = s - 1
    linked = False  # (a particle with a hyphen stands between)
    while cased and k >= 0 and joined(k, k + 1):
        if N.is_particle(words[k].fold) and joiner(k):
            k -= 1
            linked = True
            continue
        if k == 0 and (words[s].raw[1:2].isupper() or N.is_number_word(words[0].fold)):
            break  # «Сегодня ИПТ …», «История ИГИЛа», "Two Lashkar-e-Taiba militants": the text's first word, capitalised as any first word is
        if (not linked and k >= 1 and words[k - 1].raw in _PLACE_PREPOSITIONS
                and text[words[k - 1].end:words[k].start] == " " and _place_after_v(words[k])):
            break  # «В КР ИГИЛ признана …», «в Кыргызстане ИГИЛ …»: a place after «в», not a longer name's first word
        if continues(k, linked, -1):
            return True
        break
    if _TURKIC_GENITIVE.search(words[e].raw) or _KK_BODY_POSSESSIVE.fullmatch(words[e].raw):
        # «Хизб-ут-Тахрирдин Борбордук маалымат бөлүмү»: the name's genitive ends it, the words after are its own;
        # «"Талибан" қозғалысы Кабулды басып алды»: so does a word for a body with the possessive («қозғалысы»)
        return False
    k = e + 1
    linked = False
    while k < len(words) and joined(k - 1, k):
        if N.is_particle(words[k].fold) and joiner(k):
            k += 1
            linked = True
            continue
        return continues(k, linked, 1)
    return False


#: An apostrophe and a Turkic case ending written after a proper name in the Latin script ("Taliban'ın", "IŞİD'e",
#: "Kabil’i", "Talibanyň" has none): the ending is a short lower-case word right after the apostrophe.
_APOSTROPHES = "'’"


def _suffixed(text: str, words, i: int) -> bool:
    """Whether word ``i`` is a Latin-script proper name with a case ending after an apostrophe ("Taliban'ın").

    >>> from lawbook.screening import index
    >>> t = "Afganistan İçişleri Bakanlığı Taliban'ın her yönden Kabil’e girdi"
    >>> ws = index()._words(t)
    >>> [w.raw for i, w in enumerate(ws) if _suffixed(t, ws, i)]
    ['Taliban', 'Kabil']
    >>> t = "Taliban's spokesman"
    >>> _suffixed(t, index()._words(t), 0)
    False
    """
    w = words[i]
    if i + 1 >= len(words) or w.end >= len(text) or text[w.end] not in _APOSTROPHES:
        return False
    nxt = words[i + 1]
    # (the English possessive "'s" is no case ending: an ending of one letter is a vowel, "Kabil'e", "IŞİD'i")
    return (nxt.start == w.end + 1 and (2 <= len(nxt.raw) <= 6 or nxt.raw in _ONE_LETTER_ENDINGS)
            and nxt.raw.islower() and w.raw[:1].isupper()
            and all(c.isalpha() and ("a" <= c.lower() <= "z" or c in _TURKIC_LATIN) for c in nxt.raw + w.raw))


#: Case endings of one letter (Turkish and Azerbaijani datives and accusatives after a consonant).
_ONE_LETTER_ENDINGS = frozenset("aeiıuüə")

#: Letters of the Turkic Latin alphabets beyond a–z (Turkish, Azerbaijani, Turkmen, Uzbek, Kazakh 2018/2021).
_TURKIC_LATIN = frozenset("çğıİöşüəÇĞIÖŞÜƏäňýžÄŇÝŽáóúńǵúýÁÓÚŃǴ")


#: Russian prepositions of place («в Кыргызстане», «во Франции»): the capitalised word after one may be a place.
_PLACE_PREPOSITIONS = frozenset({"в", "В", "во", "Во"})
#: Endings of a Russian adjective's prepositional case («в Пакистанском Талибане», «в Новом ИГИЛ»): the word is part of
#: the name after it, not a place.
_ADJECTIVE_PREPOSITIONAL = ("ом", "ем", "ой", "ей", "ых", "их")


def _place_after_v(w) -> bool:
    """Whether a capitalised word after «в» reads as a place: a short abbreviation in capitals («КР», «РФ») or a noun in
    the prepositional case («Кыргызстане», «Сирии»), not an adjective of the name («Пакистанском») nor a word for a
    body («Фонде»).

    >>> from lawbook.screening import index
    >>> [_place_after_v(w) for w in index()._words("Кыргызстане КР Пакистанском Фонде")]
    [True, True, False, False]
    """
    raw = w.raw
    if raw.isupper() and len(raw) <= 3:
        return True
    low = raw.lower()
    return low.endswith(("е", "и")) and not low.endswith(_ADJECTIVE_PREPOSITIONAL) and not N.is_body_word(w.fold)


def _capitals_say_nothing(text: str, words) -> bool:
    """Whether a text is a headline in title case or in capitals: at least four words of a script with case that
    count (not stopwords or particles), every one of them capitalised, and a headline's joints — a function word
    ("to", "in", «в»), a colon, a question or exclamation mark, a dash between spaces. A name in capitals or title
    case has none of those ("Alga Nur Invest Group", «ИГИЛ Строй Инвест Групп»: a firm's name, whose capitals are
    its own).

    >>> from lawbook.screening import index
    >>> ws = index()._words
    >>> t1, t2 = "Former ISIS Wife Returns to Kazakhstan", "SON DAKİKA: TALİBAN KABİL'DE"
    >>> _capitals_say_nothing(t1, ws(t1)), _capitals_say_nothing(t2, ws(t2))
    (True, True)
    >>> t3, t4, t5 = "Two Lashkar-e-Taiba militants killed", "Pakistani Taliban", "Islamic State Oil Holding"
    >>> _capitals_say_nothing(t3, ws(t3)), _capitals_say_nothing(t4, ws(t4)), _capitals_say_nothing(t5, ws(t5))
    (False, False, False)
    """
    n = 0
    joints = _HEADLINE_MARKS.search(text) is not None
    for w in words:
        first = w.raw[:1]
        if w.weight <= 0 and w.fold in N.STOPWORDS:
            joints = True
        if w.weight <= 0 or not first.isalpha() or first.lower() == first.upper() or N.is_particle(w.fold):
            continue
        if not first.isupper():
            return False
        n += 1
    return n >= 4 and joints


#: Marks that join a headline's parts and no name has: a colon, a question or exclamation mark, a dash between spaces.
_HEADLINE_MARKS = re.compile(r"[:?!]|\s[—–-]\s")


#: Folded beginnings of words that make a one-word name a place's or a school's: after it (Kazakh «ауданы», «қаласы»,
#: «ауылы», «мектебі»; Turkish "ilçesi", "köyü"; Russian «район»; English "district", "town", "school") or before it
#: (Russian «жители», «село», «город», «посёлок»; English "residents of", "village of").
_PLACE_AFTER = ("audan", "kalas", "auil", "oblis", "mekteb", "mektep", "ilche", "mahale", "belediie", "raion",
                "district", "tovn", "vilage")
_PLACE_BEFORE = ("jitel", "gorod", "posel", "derevn", "raion", "residents", "vilage", "tovn", "district",
                 # (a person's nickname: «по прозвищу Талиб», «по кличке …», "nicknamed …"; not «под псевдонимом»,
                 # which organisations also go under)
                 "prozvishch", "klichk", "niknam")
#: Short place words matched whole, not as beginnings ("city" but not "citizens", "school" but not "scholars"):
#: "city", "school(s)", Turkish "köy(ü)", Russian «село» and Kazakh «аул» in their forms.
_PLACE_WORDS_WHOLE = frozenset({"citi", "schol", "schols", "koi", "koiu", "sela", "selo", "sele", "selom", "aul",
                                "aula", "aule"})


def _place_word(fold: str, prefixes: tuple) -> bool:
    """Whether a folded word is a word for a place or a school (beginning with one of ``prefixes``, or a short one
    whole).

    >>> _place_word("audani", _PLACE_AFTER), _place_word("citizens", _PLACE_AFTER), _place_word("citi", _PLACE_AFTER)
    (True, False, True)
    """
    return fold.startswith(prefixes) or fold in _PLACE_WORDS_WHOLE


def _names_a_place(words, i: int) -> bool:
    """Whether word ``i`` (a one-word name) is a place's or a school's name: a word for a place or a school right
    after it (or after one adjective: «Алға орта мектебінде», the secondary school of Alga), or one of those, or
    "residents", right before it (with "of" between in English); or a person's nickname, after a word for one
    («по прозвищу Талиб»).

    >>> from lawbook.screening import index
    >>> ws = index()._words("Ақтөбе облысы, Алға ауданы жители Алги Алға орта мектебінде партия Алга")
    >>> [_names_a_place(ws, i) for i in (2, 5, 6, 10)]
    [True, True, True, False]
    >>> _names_a_place(index()._words("гражданином по прозвищу Талиб"), 3)
    True
    """
    for k in (i + 1, i + 2):
        if k < len(words) and _place_word(words[k].fold, _PLACE_AFTER):
            return True
        if k < len(words) and words[k].weight > 0 and k == i + 1 and not words[k].fold.startswith(("orta", "bastaui")):
            break  # (one adjective between: «орта», «бастауыш» mektebi; any other word ends the look)
    for k in (i - 1, i - 2):
        if k >= 0 and _place_word(words[k].fold, _PLACE_BEFORE):
            return True
        if k >= 0 and words[k].weight > 0:
            break  # (only "of" and other words that count for nothing may stand between)
    return False


def _in_caps_run(words, pos: int) -> bool:
    """True when a neighbouring word is also in capitals (a shouted headline, not an abbreviation)."""
    for q in (pos - 1, pos + 1):
        if 0 <= q < len(words):
            r = words[q].raw
            if len(r) > 1 and r.isupper() and r.isalpha():
                return True
    return False
