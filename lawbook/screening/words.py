"""A query's words against the alias words: exact, a typo (rapidfuzz's OSA distance, a swap
being one edit), a case ending, a Kazakh ending, an abbreviation; and the memos that make a
word seen before cost one look-up (:meth:`WordMatching._rec`, :meth:`WordMatching.prepare`).

>>> from lawbook.screening import index
>>> index().token_matches("tahrira")   # Russian genitive "Тахрира"
(('tahrir', 0.95, 'word ending'),)
>>> index()._abbreviations("ИГИЛ")[1:]
(True, 'ИГИЛ')
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable

from .. import normalise as N
from . import query as _query
from .aliases import _Alias, _Word, _word_weight
from .limits import _CACHE_LIMIT, _MEMO_LIMIT, MISSING_FACTOR, REPORT_FLOOR
from .query import _DROP_INVISIBLE, NATIONALITY_WORDS, is_affiliate_word

# (assigned, not imported: CPython 3.11 compiles a call of a method of an imported name, ``X.search(…)``,
# without LOAD_METHOD, so that each call would make a bound method; see docs/decisions/0008)
_HAS_INVISIBLE = _query._HAS_INVISIBLE


class WordMatching:
    """The word part of :class:`lawbook.screening.ScreeningIndex`: each word of a query matched
    once against the alias words, and memoised."""

    def token_matches(self, tok: str) -> tuple:
        """Alias words like ``tok``: ``((word, similarity, how), …)``.

        >>> from lawbook.screening import index
        >>> index().token_matches("tahrira")   # Russian genitive "Тахрира"
        (('tahrir', 0.95, 'word ending'),)
        >>> index().token_matches("mujahidin")[0]
        ('mujahedin', 0.889, 'typo')
        """
        got = self._tm_cache.get(tok)
        if got is not None:
            return got
        best: dict[str, tuple] = {}
        if tok in self.vocab:
            best[tok] = (tok, 1.0, "exact")
        else:
            # a case form of a Russian name's word whose stem changes or whose ending is long («Братьев»)
            form_of = self._ru_forms.get(tok)
            if form_of is not None:
                best[form_of] = (form_of, 0.95, "word ending")
        n = len(tok)
        if n >= 4:
            extract, osa = _RAPIDFUZZ or _rapidfuzz()
            maxd = 1 if n <= 7 else 2
            near = self._near_len.get(n)
            if near is None:  # (the alias words of a length within maxd of n)
                lo = bisect.bisect_left(self._len_starts, max(4, n - maxd))
                hi = bisect.bisect_right(self._len_starts, n + maxd)
                near = self._near_len[n] = self._vocab_by_len[lo:hi]
            if near:
                for cand, dist, _ in extract(tok, near, scorer=osa, score_cutoff=maxd, limit=None):
                    if cand in best or other_number(tok, cand):
                        continue
                    if cand[0] != tok[0] and tok in self.vocab and dist > 1:
                        continue  # (a name's word is no two-letter typo of another's that starts otherwise: "Kurdistan", Kongra-Gel's, is no "Turkistan")
                    sim = round(1.0 - dist / max(n, len(cand)), 3)
                    # a typo in a four-letter word is weak evidence: it may add to a
                    # match found through other words, never start one; so is one in the first letter of a
                    # five-letter word («ОАЭда», the Emirates in the locative, is one letter from "kaeda")
                    short = min(n, len(cand))
                    weak = short == 4 or (short == 5 and tok[0] != cand[0])
                    best[cand] = (cand, sim, "short word typo" if weak else "typo")
        if n >= 5:
            # alias words that share their first letters with tok, at most three letters (and
            # at most one of the shorter word's) left over: every one of them begins as tok does
            # for max(4, n - 3) letters
            for cand in self._prefix.get(tok[:max(4, n - 3)], ()):
                if (cand in best and best[cand][1] >= 0.95) or other_number(tok, cand):
                    continue
                c = len(cand)
                same = max(4, (c if c > n else n) - 3, (n if n < c else c) - 1)  # letters alike needed
                if n < c - 1:
                    # a word two letters or more shorter than the name's word is no case form of it unless it is
                    # its beginning, all of it but a letter: «толық» ("full") is no «Толибон»
                    same = max(same, n - 1, c - 2)
                if tok[:same] == cand[:same]:
                    best[cand] = (cand, 0.95, "word ending")
        if not best and n >= 7 and tok.endswith(self._endings):
            # a Kazakh case ending longer than the word-ending rule allows ("мемлекетінің"):
            # strip the endings of rules/lexicon/morphology (folded like the names) and look again
            for suf in self._endings:
                if tok.endswith(suf) and n - len(suf) >= 5:
                    for cand, sim, how in self.token_matches(tok[: -len(suf)]):
                        if how in ("exact", "word ending") and cand not in best and not other_number(tok, cand):
                            best[cand] = (cand, round(min(sim, 0.95) * 0.95, 3), "Kazakh ending")
                    if best:
                        break
            # (a members' word before its ending, «талибтердің»: matched as written only, so looked for by each ending)
            for suf in self._endings:
                stem = tok[: -len(suf)]
                if tok.endswith(suf) and stem in self._members_only and stem not in best:
                    best[stem] = (stem, 0.902, "Kazakh ending")
        if not best and n >= 8:
            # a member's noun, Russian -овец / -евец or Kazakh -шы / -ші and their forms, made from a name's word
            # («тахрировцев», «тәблиғшылар»: members of Hizb ut-Tahrir, of Tablighi Jamaat): the word it is made
            # from, if that is a name's word of four letters or more
            stem = member_noun_stem(tok, self._endings)
            if stem is not None:
                for cand, sim, how in self.token_matches(stem):
                    if how in ("exact", "word ending") and not other_number(tok, cand):
                        best[cand] = (cand, round(min(sim, 0.95) * 0.95, 3), "member's noun")
        got = tuple(sorted(best.values(), key=lambda x: -x[1]))
        if len(self._tm_cache) > _CACHE_LIMIT:
            self._tm_cache.clear()
        self._tm_cache[tok] = got
        return got

    def _words(self, text: str) -> list[_Word]:
        out = []
        append = out.append
        recs = self._recs
        for i, m in enumerate(N._WORD_RE.finditer(text)):
            w = m.group()
            got = recs.get(w) or self._rec(w)
            start, end = m.span()
            append(_Word(i, w, got[0], got[1], start, end))
        return out

    def _rec(self, raw: str) -> tuple:
        """What screening reads of a word as written, memoised (read only): ``(fold, weight, mixed
        script, its matches by alias word, the aliases it anchors, the abbreviations it is, exact
        case, how it screens, affiliate word, weak aliases, candidates)`` (the matches, aliases,
        weak aliases and candidates of :meth:`_qm` for a word that counts, else None, (), None and
        None). Two words that screen alike (the same matches, weight and abbreviations, look-alike
        letters or not, affiliate word or not) have the same ``how``, a number given by
        :meth:`_how_number`.

        >>> from lawbook.screening import index
        >>> index()._rec("Тахрира")[:2], index()._rec("of")[:2]
        (('tahrira', 1.0), ('of', 0.0))
        >>> index()._rec("لحزب")[0], index()._rec("لبنان")[0]   # "of the party"; Lebanon keeps its letter
        ('hzb', 'lbn')
        >>> index()._rec("Қайда")[:2], index()._rec("Қаида")[:2]   # "where", and al-Qaeda's word
        (('қайда', 0.0), ('kaida', 1.0))
        """
        cache = self._word_cache
        got = cache.get(raw)
        if got is None:
            f = N.fold_word(raw)
            got = (f, _word_weight(f), N.has_mixed_script(raw))
            if len(cache) > _MEMO_LIMIT:
                cache.clear()
            cache[raw] = got
        f, weight = got[0], got[1]
        if weight > 0 and f in NATIONALITY_WORDS and f not in self.vocab:
            # "the Egyptian Muslim Brotherhood", "Afghan Taliban": the nation's adjective says whose, it is no word of
            # the name (unless a name has it: «Kurdish People's Congress»)
            weight = 0.0
        if weight > 0 and raw.casefold() in _COMMON_WORDS:
            # «Қайда барасың?» ("where are you going?") names no organisation: the word as written, no fold of a name
            f, weight = raw.casefold(), 0.0
        # (a word of an Indian script matches a name's word as written or with an ending, never by a typo: its letters
        # folded to Latin lose their vowels' length, and ordinary words fall a letter from a name's, «கைதா» "kaita")
        m, anchored, number, weak, cands = self._qm(f, is_indic(raw)) if weight > 0 else (None, (), None, None, None)
        proclitic = weight > 0 and raw[:1] in _AR_PROCLITICS and len(raw) >= 3
        if proclitic and len(f) >= 4 and not any(x[1] >= 0.95 for x in (m or {}).values()):
            # an Arabic word with a one-letter proclitic written onto it («لحزب التحرير» "of Hizb ut-Tahrir",
            # «بطالبان» "with the Taliban", «وحزب» "and the party"): the word without it, when that is a name's word
            # or its case form (the article «ال» and «لل» the folding drops already)
            got2 = self._qm(f[1:])
            if got2[0] and any(x[1] >= 0.95 and x[2] in ("exact", "word ending") for x in got2[0].values()):
                f = f[1:]
                m, anchored, number, weak, cands = got2
        hits, exact, _ = self._abbr_cache.get(raw) or self._abbreviations(raw)
        if not hits and proclitic:
            hits, exact, _ = self._abbreviations(raw[1:])  # «لداعش» "of Daesh"
        affiliate = is_affiliate_word(raw, f)
        how = self._how_number((number, weight, (exact, tuple(al.idx for al in hits)) if hits else None, got[2],
                                affiliate))
        rec = (f, weight, got[2], m, anchored, hits, exact, how, affiliate, weak, cands)
        if len(self._recs) > _MEMO_LIMIT:
            self._recs.clear()
        self._recs[raw] = rec
        return rec

    def _how_number(self, how: tuple) -> int:
        """A number that stands for ``how`` a word screens (never given to another ``how``, so that
        a name's key of small numbers is quick to hash and compare; memoised, bounded)."""
        got = self._how_numbers.get(how)
        if got is None:
            if len(self._how_numbers) > _MEMO_LIMIT:
                self._how_numbers.clear()  # (a ``how`` seen again gets a new number: a memo misses)
            got = self._how_numbers[how] = next(self._how_count)
        return got

    def prepare(self, names: Iterable[str]) -> None:
        """Fold at once the words of ``names`` (a batch about to be screened) that the word memo
        does not hold yet, with :func:`lawbook.normalise.fold_words`: :meth:`screen` then finds
        them folded instead of folding each one alone. The memo holds the same values either way.

        >>> from lawbook.screening import index
        >>> ix = index()
        >>> ix.prepare(["Хизб ут-Тахрира", "members of Jamaat"])
        >>> ix._word_cache["Тахрира"][0], ix._word_cache["Jamaat"][0]
        ('tahrira', 'jamat')
        """
        cache = self._word_cache
        # the names joined by line breaks, cut at white space (no word runs across either); a piece
        # the memo holds is a word already folded, the others are searched for words
        text = "\n".join(n for n in names if type(n) is str)
        if not text.isascii() and _HAS_INVISIBLE.search(text):
            text = text.translate(_DROP_INVISIBLE)  # (the words screen() will read)
        rest = " ".join(p for p in set(text.split()) if p not in cache)
        new = [w for w in dict.fromkeys(N._WORD_RE.findall(rest)) if w not in cache]
        if not new:
            return
        if len(cache) + len(new) > _MEMO_LIMIT:
            cache.clear()
        ws = new[:_MEMO_LIMIT]
        for w, f in zip(ws, N.fold_words(ws)):
            cache[w] = (f, _word_weight(f), N.has_mixed_script(w))

    def _mixed(self, words) -> bool:
        """Some word mixes Latin and Cyrillic letters."""
        cache = self._word_cache
        for w in words:
            got = cache.get(w.raw)
            if got[2] if got is not None else N.has_mixed_script(w.raw):
                return True
        return False

    def _qm(self, tok: str, strict: bool = False) -> tuple:
        """``(matches, aliases, number, weak, candidates)``: :meth:`token_matches` of ``tok`` as a
        dict by alias word, the aliases anchored on those words other than short-word typos, in the
        order found, a number that stands for those matches (words with the same matches in the
        same order, two typos of one alias word, get the same five, and screen alike), ``{alias:
        its words this word does not match}`` for the aliases this word alone leaves below the
        report floor, and the aliases as :meth:`_cands` lists candidates (memoised; read only). ``strict``: the
        matches as written or with an ending only, no typo."""
        cache = self._qm_strict if strict else self._qm_cache
        got = cache.get(tok)
        if got is None:
            m = {x[0]: x for x in (as_written(self.token_matches(tok)) if strict else self.token_matches(tok))}
            sig = tuple(m.values())
            got = self._sigs.get(sig)
            if got is None:
                anchored: dict[int, _Alias] = {}
                for t, _, how in sig:
                    if how != "short word typo":
                        for al in self.anchor.get(t, ()):
                            anchored.setdefault(al.idx, al)
                # an alias this word alone cannot bring to the report floor, and the alias words it
                # leaves to others: a query none of whose other words match those is no match of it
                # (what the word gives at most, its similarity being at most 1; added in another
                # order than a score adds, so with a margin for the last bit)
                weak = {}
                for al in anchored.values():
                    rest = al.wordset.difference(m)
                    if rest and al.total:
                        have = sum(al.by_word.get(t, 0.0) for t in m)
                        if have / al.total * MISSING_FACTOR < REPORT_FLOOR - 1e-9:
                            weak[al.idx] = rest
                if len(self._sigs) > _MEMO_LIMIT:
                    self._sigs.clear()  # (the numbers are never given twice)
                got = self._sigs[sig] = (m, tuple(anchored.values()), next(self._sig_numbers), weak,
                                         {k: (al, None, None, True) for k, al in anchored.items()})
            if len(cache) > _MEMO_LIMIT:
                cache.clear()
            cache[tok] = got
        return got

    def _abbreviations(self, raw: str) -> tuple[list, bool, str]:
        """``(aliases, exact, prepared word)`` for an abbreviation written as
        ``raw``: same case first, then (four letters or more) any case (memoised; read only)."""
        got = self._abbr_cache.get(raw)
        if got is not None:
            return got
        m = _RU_DECLINED_ABBR.fullmatch(raw) if len(raw) <= self._abbr_max + 2 else None
        if m is None and len(raw) <= self._abbr_max + 5:
            m = _TURKIC_DECLINED_ABBR.fullmatch(raw)
        member = _RU_MEMBERS_OF_ABBR.fullmatch(raw) if m is None and len(raw) <= self._abbr_max + 6 else None
        if member is not None:  # «ИГИЛовцы», «игиловцев»: written in small letters, only an abbreviation of four or more
            stem = member.group(1)
            member = stem if stem.isupper() or len(stem) >= 4 else None
        if m is not None and (hits := self.abbr_exact.get(N.prepare_word(m.group(1)))):
            got = hits, "ending", N.prepare_word(m.group(1))
        elif member is not None and (hits := self.abbr_exact.get(N.prepare_word(member.upper()))):
            got = hits, "ending", N.prepare_word(member.upper())
        elif len(raw) > self._abbr_max:
            got = [], True, ""
        else:
            p = N.prepare_word(raw)
            hits = self.abbr_exact.get(p)
            if hits is not None:
                got = hits, True, p
            elif len(p) >= 4:
                got = self.abbr_fold.get(p.casefold()) or [], False, p
            else:
                got = [], True, p
        if len(self._abbr_cache) > _MEMO_LIMIT:
            self._abbr_cache.clear()
        self._abbr_cache[raw] = got
        return got


_RAPIDFUZZ: list = []  # (process.extract, OSA.distance) once imported

#: Arabic conjunctions and prepositions written as one letter onto the next word: و "and", ف "so", ب "with, by",
#: ل "for, of", ك "like" (the proclitics of any Arabic grammar; their folds are "v", "f", "b", "l", "k").
_AR_PROCLITICS = "وفبلك"
#: Common words, as written, that screen as a name's word: the Kazakh «қайда» ("where"; «Qaıda», «Qayda» in Latin
#: letters) folds as «Әл-Қаида» does, since й and и fold alike; «қайта» ("again"), «пайда» ("benefit"), «сайда» ("in
#: the ravine") and «сауда» ("trade") as the 2018 Latin letters write it («saýda», folded like «сайда») are one letter
#: from it; the English "table" begins as «Таблиги» does. They weigh nothing. (Found in the thirty-ninth session by
#: screening alone each word written twice or more in the corpus's 2,700 accounts and 1,200 citation passages: these
#: were BANNED.) Cairo in Russian and Kazakh («в центре Каира», «Каирде»: one letter from «Каида»; round 10 of the
#: names corpus, a negative «на площади Тахрир в центре Каира» read as al-Qaeda) is a city, not the name's word.
_COMMON_WORDS = frozenset({"қайда", "qaıda", "qayda", "қайта", "qaıta", "qayta", "пайда", "paıda", "payda",
                           "сайда", "saıda", "saýda", "table", "tables",
                           "каир", "каира", "каиру", "каиром", "каире", "каирде", "каирға", "каирдің", "каирдан"})

#: An abbreviation read as a word and declined as a masculine noun in Russian, its case ending written straight
#: after its capitals: «боец ИГИЛа», «до ИГИЛа», «ИГИЛом», «в ИГИЛе» (genitive, dative, instrumental,
#: prepositional). Russian grammar declines such abbreviations (вуз — вуза, вузу, вузом, о вузе: D. E. Rosenthal,
#: «Справочник по правописанию и литературной правке», the section on abbreviations, «склонение
#: аббревиатур»); the forms are those of real pages (ktk.kz, 2019: «бывший боец ИГИЛа», «до ИГИЛа»). Kazakh
#: writes a hyphen before an ending after an abbreviation («ДАИШ-ке»), which the word pattern splits off.
_RU_DECLINED_ABBR = re.compile(r"([A-ZА-ЯЁ]{3,})(а|у|ом|е)")
#: An abbreviation with a Turkic case ending written straight onto it, as Uzbek and Kyrgyz write them («ИШИДга
#: алоқадорликда», "IShIDga navbatdagi zarba", corpus/names round 16) and Kazakh at times without its hyphen: the
#: dative, genitive, locative, ablative and accusative endings of Uzbek (-га/-ga, -нинг/-ning, -да/-da, -дан/-dan,
#: -ни/-ni, -даги/-dagi), Kyrgyz (-га/-ге/-ка/-ке, -дын/-дин/-нын/-нин/-тын/-тин, -да/-де/-та/-те, -дан/-ден/-тан/
#: -тен, -ны/-ни) and Kazakh (-ға/-ге/-қа/-ке, -ның/-нің/-дың/-дің/-тың/-тің, -нан/-нен). Only a listed
#: abbreviation of three letters or more before it counts (an Uzbek Latin one may hold the digraphs Sh and Ch).
_TURKIC_DECLINED_ABBR = re.compile(
    r"([A-ZА-ЯЁЎҚҒҲҢӨҮҰІ]{3,}|[A-Z](?:Sh|Ch|[A-Z])+[A-Z])"
    r"(га|ga|ка|ka|қа|qa|ға|ге|ке|нинг|ning|ни|ni|ны|да|da|де|та|те|дан|dan|ден|тан|тен|нан|нен|даги|dagi"
    r"|дын|дин|нын|нин|тын|тин|ның|нің|дың|дің|тың|тің)")
#: A member of an organisation named by an abbreviation, in Russian: the abbreviation with the suffix -овец / -евец
#: («ИГИЛовец», «игиловцы», «игиловцев», «ИГИЛовцами»), as Russian forms nouns for a member from a name (ООН — ооновец,
#: НКВД — энкавэдэшник; «-ов(ец)» after a consonant: Rosenthal's «Справочник», the section on suffixes of persons;
#: the forms are those of real pages, corpus/names round 12: «совершенных ИГИЛовцами», «атаками игиловцев»).
_RU_MEMBER_ENDINGS = ("ец", "ца", "цу", "цем", "цом", "це", "цы", "цев", "цам", "цами", "цах")
_RU_MEMBERS_OF_ABBR = re.compile(r"([A-Za-zА-Яа-яЁё]{3,}?)[ое]в(?:" + "|".join(_RU_MEMBER_ENDINGS) + ")")
#: The same suffix on a folded word («тахрировцев» → "tahrirovtsev"), for a name's word written out: its forms as
#: :func:`lawbook.normalise.fold_word` writes them.
_RU_MEMBER_FOLDED = re.compile(r"([a-z]{4,}?)(?:" + "|".join(sorted(
    {N.fold_word(v + "в" + e) for v in "ое" for e in _RU_MEMBER_ENDINGS}, key=len, reverse=True)) + ")")

#: Members of an organisation in Kazakh: a name's word with the suffix -шы / -ші of a doer and its plural -лар / -лер,
#: a case ending after it or none («тәблиғшылар», the Tablighi; the forms are those of real pages, corpus/names round
#: 15, on.kz: «сапарлатушыларға «тәблиғшылар» деп атайды»), folded as :func:`lawbook.normalise.fold_word` writes it.
#: The plural is needed: without it common words read as one («алғашында», at first: «алға» + «-шы» + «-нда»).
_KK_MEMBER_FOLDED = re.compile(r"([a-z]{4,}?)shi(?:lar|ler)([a-z]*)")


def member_noun_stem(fold: str, kazakh_endings: tuple = ()) -> str | None:
    """The name's word a member's noun is made from, folded: Russian -овец / -евец and its forms, Kazakh -шы / -ші
    with its plural and, after that, nothing or one of ``kazakh_endings`` (folded); None for another word.

    >>> member_noun_stem("tahrirovtsev"), member_noun_stem("tabligshilar"), member_noun_stem("tabligshilarga", ("ga",))
    ('tahrir', 'tablig', 'tablig')
    >>> member_noun_stem("tabligshilarga"), member_noun_stem("algashinda", ("nda",)), member_noun_stem("algashi")
    (None, None, None)
    """
    m = _RU_MEMBER_FOLDED.fullmatch(fold)
    if m is not None:
        return m.group(1)
    m = _KK_MEMBER_FOLDED.fullmatch(fold)
    if m is not None and (not m.group(2) or m.group(2) in kazakh_endings):
        return m.group(1)
    return None


#: Folded endings of Russian adjectives in the plural and in the singular, and the Kazakh plural before a possessive
#: ending (folded, a doubled letter written once: «мемлекеттері» → "memleketeri"). "-им/-ым" is left out of the
#: plural: it is also the singular's instrumental («Исламским государством»), and the noun beside it tells the two
#: apart (_RU_PLURAL_NOUN).
_RU_PLURAL_ADJ = ("ie", "ikh", "imi", "i")
_RU_SINGULAR_ADJ = ("oe", "ii", "aia", "ogo", "omu", "oi", "om", "uiu", "ei")
_KK_PLURAL = ("eri", "ari", "leri", "lari", "deri", "dari", "teri", "tari")
#: Folded endings that only the plural of a Russian noun has: dative -ам/-ям, instrumental -ами/-ями («государствам»,
#: «движениями»); a neuter noun's singular ends in -о or -е («государство», «движение»).
_RU_PLURAL_NOUN = ("am", "ami")


def other_number(tok: str, cand: str) -> bool:
    """Whether query word ``tok`` is the plural of alias word ``cand`` (folded), which names
    something else than the singular does: "исламские государства" (Islamic states) are no
    Islamic State, nor are «Ислам мемлекеттері».

    >>> other_number("islamskie", "islamskoe"), other_number("memleketeri", "memleketi")
    (True, True)
    >>> other_number("islamskogo", "islamskoe"), other_number("memleketinin", "memleketi")
    (False, False)
    >>> other_number("islamskim", "islamskoe"), other_number("gosudarstvam", "gosudarstvo")
    (False, True)
    """
    if cand.endswith(_RU_SINGULAR_ADJ) and tok.endswith(_RU_PLURAL_ADJ):
        stem = next(cand[: -len(e)] for e in _RU_SINGULAR_ADJ if cand.endswith(e))
        if len(stem) >= 4 and tok.startswith(stem) and tok[len(stem):] in _RU_PLURAL_ADJ:
            return True
    if cand[-1:] == "o" or cand[-2:] == "ie":
        # a neuter noun's singular («государство», «движение»; not «мусульмане», itself a plural) against its
        # plural's dative or instrumental
        stem = cand[:-1]
        if len(stem) >= 4 and tok.startswith(stem) and tok[len(stem):] in _RU_PLURAL_NOUN:
            return True
    if cand[-1:] in ("i", "y"):
        stem = cand[:-1]
        rest = tok[len(stem):] if tok.startswith(stem) else None
        if rest is not None and len(stem) >= 4 and any(rest.startswith(p) for p in _KK_PLURAL):
            return True
    return False


def _rapidfuzz() -> list:
    """rapidfuzz's ``process.extract`` and the OSA distance (two letters swapped count as one edit),
    imported when a word is first compared (a name of short words alone never needs them)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    _RAPIDFUZZ[:] = [process.extract, OSA.distance]
    return _RAPIDFUZZ


def is_indic(raw: str) -> bool:
    """Whether a word is written in a script of India and its neighbours (Devanagari to Sinhala, U+0900-U+0DFF): scripts
    without capitals, in which a listed name is a foreign proper noun written out letter by letter («तालिबान»); read
    alone in a phrase only as an alias in that script writes it whole (``mentions._written_whole``), since some are
    also ordinary words («कायदा», law) or given names («तालिब»).

    >>> is_indic("तालिबान"), is_indic("Taliban"), is_indic("طالبان")
    (True, False, False)
    """
    return "\u0900" <= raw[:1] <= "\u0dff"


def as_written(matches: tuple) -> tuple:
    """The token matches (:meth:`WordMatching.token_matches`) of a name's word as written or with an ending, no typo: how a
    word of an Indian script matches (:func:`is_indic`).

    >>> as_written((("tahrir", 0.95, "word ending"), ("taliban", 0.8, "typo")))
    (('tahrir', 0.95, 'word ending'),)
    """
    return tuple(x for x in matches if x[2] in ("exact", "word ending"))

