"""Words and their base forms, per language: the unit frames are matched on.

- Russian: the lemma from pymorphy3's dictionary (``призывал`` → ``призывать``);
- English: the Snowball (Porter 2) stem (``urging`` → ``urg``), after an
  irregular past form is put back to its verb with the table in
  ``rules/lexicon/morphology/en.yaml`` (``went`` → ``go``);
- Kazakh: the stem left after stripping the endings listed in
  ``rules/lexicon/morphology/kk.yaml``; Latin-script Kazakh is first folded to
  Cyrillic with the table in the same file.

Every form is lower-cased and ``ё`` is folded to ``е``.

>>> [t.key for t in tokens("Он призывал к джихаду", "ru")]
['он', 'призывать', 'к', 'джихад']
>>> [t.key for t in tokens("urging friends to go", "en")]
['urg', 'friend', 'to', 'go']
>>> [t.key for t in tokens("партиясының мүшелері", "kk")]
['партия', 'мүше']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")
_ARABIC_PUNCTUATION = str.maketrans({"،": ",", "؛": ";", "؟": "?", "۔": "."})
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_FOLD = str.maketrans({"ё": "е", "Ё": "е", "’": "'"})


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a sentence: its text, span in the account, folded lower
    case (``low``) and base form (``key``)."""

    text: str
    start: int
    end: int
    low: str
    key: str


def fold(word: str) -> str:
    """Lower case with ``ё`` → ``е``.

    >>> fold("ЁЛКА")
    'елка'
    """
    return word.lower().translate(_FOLD)


# -- Russian ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def ru_lemma(low: str) -> str:
    """The dictionary form of a Russian word (the most probable parse)."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in low):
        return low
    return _morph().parse(low)[0].normal_form.replace("ё", "е")


# -- English ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def en_stem(low: str) -> str:
    """The Snowball stem of an English word."""
    return _stemmer().stemWord(low)


def en_base(low: str) -> str:
    """The stem of an English word of a text, an irregular past form first put
    back to its verb (the default rulebook's table).

    >>> en_base("went"), en_base("fought"), en_base("urging")
    ('go', 'fight', 'urg')
    """
    return en_stem(_irregular().get(low, low))


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    from .. import rulebook as _rulebook

    recs = _rulebook.load().records("morphology")
    return next((dict(r.irregular) for r in recs if r.lang == "en"), {})


# -- Kazakh ----------------------------------------------------------------------

#: Dotless ı or y in a back syllable (beside q or ğ): :meth:`KazakhMorphology.is_turkic`.
_DOTLESS_BACK = re.compile(r"[qğ]ı|ı[qğ]")
_Y_BACK = re.compile(r"[qğ]y|y[qğ]")
#: y after a vowel and before no vowel ("äuejaydı", "ayıp"): й as Turkish writes it; the 2021 alphabet writes й as i
#: («әуежайды» is "äuejaidy") and ы as y, which does not follow a vowel in Kazakh words
_VOWEL_Y = re.compile(r"[aeouäöüı]y(?![aeıiouäöüy])")


class KazakhMorphology:
    """Suffix stripping and Latin folding from the rulebook's data file."""

    def __init__(self, data: dict):
        self.min_stem = int(data.get("min_stem", 3))
        self.suffixes = sorted({str(s) for s in data.get("suffixes", [])}, key=len, reverse=True)
        self.negation = tuple(str(s) for s in data.get("verb_negation") or ())
        self.verb_forming = ("",) + tuple(str(s) for s in data.get("verb_forming") or ())
        table = {str(k): str(v) for k, v in (data.get("latin_to_cyrillic") or {}).items()}
        self.latin = {k: v for k, v in table.items() if len(k) == 1}
        self.latin_2021 = {**self.latin, **{str(k): str(v) for k, v in (data.get("latin_2021") or {}).items()}}
        self.marks_2021 = set(str(data.get("latin_2021_marks") or ""))
        self.latin_2018 = {**self.latin, **{str(k): str(v) for k, v in (data.get("latin_2018") or {}).items()}}
        self.marks_2018 = set(str(data.get("latin_2018_marks") or ""))
        self.latin_turkic = {**self.latin_2021, **{str(k): str(v) for k, v in (data.get("latin_turkic") or {}).items()}}
        self.arabic = {str(k): str(v) for k, v in (data.get("arabic_to_cyrillic") or {}).items()}
        self.arabic_front = {str(k): str(v) for k, v in (data.get("arabic_front") or {}).items()}
        self.arabic_front_marks = set(str(data.get("arabic_front_marks") or ""))
        self.arabic_loans = tuple(str(x) for x in data.get("arabic_loan_stems") or ())
        self.arabic_back_marks = set(str(data.get("arabic_back_marks") or ""))
        self.arabic_respell = {str(k): str(v) for k, v in (data.get("arabic_respell") or {}).items()
                               if len(str(k)) == len(str(v))}  # offsets must not move
        self.digraphs = sorted(((k, v) for k, v in table.items() if len(k) > 1), key=lambda kv: -len(kv[0]))
        self.ascii_loans = sorted((str(x) for x in data.get("ascii_loan_stems") or ()), key=len, reverse=True)
        self.ascii_words = {str(k): str(v) for k, v in (data.get("ascii_words") or {}).items()}
        self.ascii_rewrites = [(re.compile(str(a)), str(b)) for a, b in data.get("ascii_rewrites") or ()]
        self.latin_respell = {str(k): str(v) for k, v in (data.get("latin_respell") or {}).items()}
        self.latin_rewrites = [(re.compile(str(a)), str(b)) for a, b in data.get("latin_rewrites") or ()]
        self._cache: dict[tuple[str, bool], str] = {}

    def negated_after(self, low: str, stem: str) -> bool:
        """Whether the word ``low`` (lower case, either script) is the verb ``stem``
        made negative: the rest of the word starts with a negative ending, after
        at most one verb-forming suffix (насихат-та-маған).

        >>> kk = kazakh()
        >>> kk.negated_after("таратпаған", "тарат"), kk.negated_after("таратқан", "тарат")
        (True, False)
        >>> kk.negated_after("хабарламаны", "хабарла"), kk.negated_after("josparlamağan", "жоспарла")
        (False, True)
        >>> kk.negated_after("насихаттамаған", "насихат"), kk.negated_after("насихаттаған", "насихат")
        (True, False)
        """
        if not self.negation:
            return False
        word = self.to_cyrillic(low) if any("a" <= ch <= "z" for ch in low) else low
        if not word.startswith(stem):
            return False
        rest = word[len(stem):]
        return any(rest.startswith(v) and rest[len(v):].startswith(self.negation) for v in self.verb_forming)

    def is_2021(self, text: str) -> bool:
        """Whether ``text`` shows a letter only the 2021 Latin alphabet uses, or, with no letter only one of the
        two alphabets uses, writes dotless ı more often than i: 2021 writes і, the commonest front vowel, as ı,
        2018 writes it as i ("Ol bank qyzmetkerın kepılge aldy" is 2021).

        >>> kazakh().is_2021("Qylmystyq kodeksınıŋ 273-baby"), kazakh().is_2021("terrorızm aktisi, jalǵan habarlama")
        (True, False)
        >>> kazakh().is_2021("Ol bank qyzmetkerın kepılge aldy."), kazakh().is_2021("Ol terrorızmdi nasihattady.")
        (True, False)
        """
        low = text.lower()
        if not self.marks_2021.isdisjoint(low):
            return True
        return self.marks_2018.isdisjoint(low) and text.count("ı") > text.count("i")

    def is_turkic(self, text: str) -> bool:
        """Whether a 2021-marked ``text`` reads ı and i as Turkish does (ı = ы, i = і, y = й): its dotless ı stands
        beside q or ğ (a back syllable, which the 2021 alphabet writes with y), or its y after a vowel as й, more often
        than its y stands beside q or ğ.

        >>> kazakh().is_turkic("Qılmıstıq kodekstiñ 174-babımen qılmıstıq is qozğağanı")
        True
        >>> kazakh().is_turkic("Qylmystyq kodeksınıŋ 273-baby boiynşa"), kazakh().is_turkic("bır danyşpan kısı")
        (False, False)
        >>> kazakh().is_turkic("Ol äuejaydı basıp aluğa qatıstı."), kazakh().is_turkic("Ol äuejaidy basyp aluğa qatysty.")
        (True, False)
        """
        low = text.lower()
        return len(_DOTLESS_BACK.findall(low)) + len(_VOWEL_Y.findall(low)) > len(_Y_BACK.findall(low))

    def is_2018(self, text: str) -> bool:
        """Whether ``text`` shows a letter only the 2018 (acute-accent) Latin alphabet uses.

        >>> from lawbook import rulebook
        >>> kk = kazakh(rulebook.load())
        >>> kk.is_2018("terrorızm aktisi, jalǵan habarlama"), kk.is_2018("Osy uaqytta qaruly top")
        (True, False)
        """
        return not self.marks_2018.isdisjoint(text.lower())

    def to_cyrillic(self, low: str, latin_2021: bool = False, latin_2018: bool = False, turkic: bool = False) -> str:
        """Fold a Latin- or Arabic-script Kazakh word to Cyrillic (Cyrillic is kept); һ
        and х, which Latin spellings do not tell apart, fold to х, and э to е, which the
        Arabic script writes alike. ``latin_2021`` reads
        the word by the 2021 alphabet (ı = і, i = и/й), else as 2018 (i = і, ı = и);
        ``latin_2018`` also reads u as ұ, as 2018 writes it (у is ý there); ``turkic`` reads ı as ы, i as і, y as
        й and w as ұ (:meth:`is_turkic`).

        >>> from lawbook import rulebook
        >>> kk = kazakh(rulebook.load())
        >>> kk.to_cyrillic("habarlama"), kk.to_cyrillic("úshin"), kk.to_cyrillic("jalǵan"), kk.to_cyrillic("жиһад")
        ('хабарлама', 'үшін', 'жалған', 'жихад')
        >>> kk.to_cyrillic("tırkelu", True), kk.to_cyrillic("reiske", True), kk.to_cyrillic("ūiym", True)
        ('тіркелу', 'рейске', 'ұйым')
        >>> kk.to_cyrillic("quramynda"), kk.to_cyrillic("quramynda", latin_2018=True)
        ('қурамында', 'құрамында')
        >>> kk.to_cyrillic("qılmıstıq", turkic=True), kk.to_cyrillic("boyınşa", turkic=True), kk.to_cyrillic("wlt", turkic=True)
        ('қылмыстық', 'бойынша', 'ұлт')
        """
        if any(ch in self.arabic for ch in low):
            return self.arabic_text(low).strip().replace("һ", "х").replace("э", "е")
        if not any(ch in self.latin for ch in low):
            return low.replace("һ", "х").replace("э", "е")
        for latin, cyr in self.digraphs:
            if not (turkic and "ı" in latin):  # the 2018 vowel + ı (й): a Turkish-style ı is ы
                low = low.replace(latin, cyr)
        table = (self.latin_turkic if turkic else self.latin_2021 if latin_2021 else self.latin_2018 if latin_2018
                 else self.latin)
        out = "".join(table.get(ch, ch) for ch in low)
        if latin_2021 and not turkic:
            out = re.sub(r"(?<=[аәоөұүуеэыі])и", "й", out)  # after a vowel İ i is й («рейс», «ұйым»)
        return out.replace("һ", "х").replace("э", "е")

    def ascii_word(self, low: str) -> str:
        """A Kazakh word spelt in plain ASCII letters (lower case) in Cyrillic: ASCII
        writes і and и as i, ұ, ү and у as u, ғ and г as g, ә as a and ө as o, which
        Kazakh vowel harmony tells apart. A word with ы, қ or ғ (y, q, gh) and no е or
        к (e, k) is back (ұ, и, ғ, а, о); one with е or к and none of the back
        letters is front (ү, і, г, ә, ө); one with neither is back if it has a or o,
        else front ("ushin" үшін); one with both is left as the letters say. After a
        vowel i is й, and so is y after a, e, o (not after u: "alauyz" алауыз); u is ұ or ү only in the
        first syllable (after it, u is у: the verbal noun's -у, "qozdyru" қоздыру, "qaruly" қарулы). A loanword (``ascii_loan_stems``: "terroristik"
        террористік) keeps its Cyrillic spelling and its ending follows its last
        vowel; ``ascii_words`` are read whole, then ``ascii_rewrites`` mend endings
        (the genitive's ң). rules/lexicon/morphology/kk.yaml holds the data.

        >>> from lawbook import rulebook
        >>> kk = kazakh(rulebook.load())
        >>> [kk.ascii_word(w) for w in ("terroristik", "uiymnyn", "bostandygynan", "ushin", "aiyryldy", "jane")]
        ['террористік', 'ұйымның', 'бостандығынан', 'үшін', 'айырылды', 'және']
        >>> [kk.ascii_word(w) for w in ("qylmystyq", "nasikhattagany", "kinali", "ozderi", "jyldyn", "jasaityn")]
        ['қылмыстық', 'насихаттағаны', 'кінәлі', 'өздері', 'жылдың', 'жасайтын']
        >>> [kk.ascii_word(w) for w in ("alauyzdyqty", "boyynsha", "qaruly", "zansyz", "qozdyru", "zhekkorushilik")]
        ['алауыздықты', 'бойынша', 'қарулы', 'заңсыз', 'қоздыру', 'жеккөрушілік']
        """
        whole = self.ascii_words.get(low)
        if whole is not None:
            return whole
        plain = self.to_cyrillic(low)  # i і, u у, g г, a а, o о
        head, rest, front = "", plain, None
        for stem in self.ascii_loans:
            if _skeleton(plain).startswith(_skeleton(stem)):
                head, rest = stem, plain[len(stem):]
                front = next((ch in _FRONT for ch in reversed(stem) if ch in _VOWELS), False)
                break
        if not head:
            back_marks, front_marks = any(ch in "ықғ" for ch in plain), any(ch in "ек" for ch in plain)
            front = (front_marks if back_marks != front_marks else None if back_marks
                     else not any(ch in "ао" for ch in plain))
        out = list(head)
        for ch in rest:
            after_vowel = bool(out) and out[-1] in _VOWELS
            if ch == "і" and after_vowel or ch == "ы" and out and out[-1] in _VOWELS - set("уұү"):
                ch = "й"
            elif ch == "у" and not after_vowel and front is not None and not any(c in _VOWELS for c in out):
                ch = "ү" if front else "ұ"  # ұ and ү stand in a word's first syllable; after it u is the -у of a verb
            elif front is not None and ch in _HARMONY:
                ch = _HARMONY[ch][front]
            out.append(ch)
        word = "".join(out)
        for rx, repl in self.ascii_rewrites:
            word = rx.sub(repl, word)
        return word

    def latin_word(self, w: str, modern: bool = False, older: bool = False, turkic: bool = False) -> str:
        """A Latin-script Kazakh word in Cyrillic letters, by the 2021 alphabet (``modern``), the 2018 one
        (``older``) or, with neither, as plain ASCII spells it (:meth:`ascii_word`); its capitals kept.

        >>> from lawbook import rulebook
        >>> kk = kazakh(rulebook.load())
        >>> kk.latin_word("QK-nin"), kk.latin_word("DAISh", older=True), kk.latin_word("quramynda", older=True)
        ('ҚК-нің', 'Даиш', 'құрамында')
        >>> kk.latin_word("qupıa", older=True), kk.latin_word("Sırııaǵa", older=True), kk.latin_word("materıal", older=True)
        ('құпия', 'Сирияға', 'материал')
        """
        return "-".join(self._latin_part(p, modern, older, turkic) for p in w.split("-"))

    def _latin_part(self, w: str, modern: bool, older: bool, turkic: bool = False) -> str:
        """One part of a Latin-script word (between hyphens) in Cyrillic, its capitals kept."""
        if modern or older:  # the capital of ı is I in both alphabets (İ is i's)
            cyr = self.to_cyrillic(fold(w.replace("İ", "i").replace("I", "ı")), modern, older, turkic)
        elif w.isupper() and len(w) > 1:  # an abbreviation: its letters as they stand ("QK" ҚК)
            cyr = self.to_cyrillic(fold(w))
        else:
            cyr = self.ascii_word(fold(w))
        for rx, repl in self.latin_rewrites:
            cyr = rx.sub(repl, cyr)
        for start, spelt in self.latin_respell.items():
            if cyr.startswith(start):
                cyr = spelt + cyr[len(start):]
        if w.isupper() and len(w) > 1:
            return cyr.upper()
        return cyr[:1].upper() + cyr[1:] if w[:1].isupper() else cyr

    def latin_text(self, text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int]]:
        """``text`` with the words of the sentences ``spans`` (Latin-script Kazakh) in
        Cyrillic letters, read by the alphabet each sentence shows (2021, 2018 or
        plain ASCII: :meth:`ascii_word`), capitals kept; and for every position of
        the new text (and its end) the position of ``text`` it stands for, so what
        is read from the new text can be quoted from the old.

        >>> from lawbook import rulebook
        >>> kk = kazakh(rulebook.load())
        >>> t = "He said. Ol 2019 jyly QK-nin 256-baby boiynsha sottaldy."
        >>> new, back = kk.latin_text(t, [(9, len(t))])
        >>> new
        'He said. Ол 2019 жылы ҚК-нің 256-бабы бойынша сотталды.'
        >>> i = new.index("бойынша"); t[back[i]:back[i + len("бойынша")]]
        'boiynsha'
        """
        out: list[str] = []
        back: list[int] = []
        at = 0
        for s0, s1 in sorted(spans):
            sentence = text[s0:s1]
            modern, older = self.is_2021(sentence), False
            older = not modern and self.is_2018(sentence)
            turkic = modern and self.is_turkic(sentence)
            for m in _TOKEN.finditer(text, s0, s1):
                w = m.group(0)
                if not any("a" <= ch <= "z" or "\u00c0" <= ch <= "\u024f" for ch in w.lower()) \
                        or (_FOREIGN_LATIN_TURKIC if turkic else _FOREIGN_LATIN).search(w):
                    continue  # no Latin letter, or a name no Kazakh alphabet spells ("WhatsApp", "Facebook")
                cyr = self.latin_word(w, modern, older, turkic)
                out.append(text[at:m.start()])
                back.extend(range(at, m.start()))
                out.append(cyr)
                n = len(cyr)
                back.extend(m.start() + (k * len(w)) // n for k in range(n))
                at = m.end()
        out.append(text[at:])
        back.extend(range(at, len(text) + 1))
        return "".join(out), back

    def arabic_text(self, text: str) -> str:
        """``text`` with its Arabic-script Kazakh words in Cyrillic letters and Arabic
        punctuation in Latin, letter for letter: a letter with no Cyrillic match (the
        hamza) becomes a space, so every offset still points at the same word.

        >>> from lawbook import rulebook
        >>> kk = kazakh(rulebook.load())
        >>> t = "ول ٴدىني ارازدىقتى قوزدىرعانى ٴۇشىن سوتتالدى، 2019 جىلى."
        >>> c = kk.arabic_text(t)
        >>> c, len(c) == len(t)
        ('ол  діни араздықты қоздырғаны  үшін сотталды, 2019 жылы.', True)
        >>> kk.arabic_text("تەرروريزمگە جەلىدە كىتاپ")  # a loanword, a front word, a respelled mixed word
        'терроризмге желіде кітап'
        """
        def read(w: str, front: bool) -> str:
            out: list[str] = []
            for ch in w:
                cyr = (self.arabic_front.get(ch) if front else None) or self.arabic.get(ch, ch)
                if cyr == "и" and out and out[-1] in "аәеоөұүыіу":
                    cyr = "й"
                out.append(cyr or " ")
            return "".join(out)

        def word(m: re.Match) -> str:
            w = m.group(0)
            if not any(ch in self.arabic for ch in w):
                return w
            back = read(w, False)
            if "ٴ" in w or "ء" in w:  # the hamza: every vowel of the word is front
                return read(w, True)
            for start, cyr in self.arabic_respell.items():
                if back.startswith(start):
                    return cyr + back[len(start):]
            if self.arabic_front_marks.isdisjoint(w) or not self.arabic_back_marks.isdisjoint(w) \
                    or back.lstrip().startswith(self.arabic_loans):
                return back
            return read(w, True)
        return _ARABIC_WORD.sub(word, text.translate(_ARABIC_DIGITS)).translate(_ARABIC_PUNCTUATION)

    def stem(self, low: str, latin_2021: bool = False) -> str:
        """Strip endings, longest first, while a stem of ``min_stem`` letters remains."""
        key = (low, latin_2021)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        w = self._stem(low, latin_2021)
        if len(self._cache) < 200_000:
            self._cache[key] = w
        return w

    def _stem(self, low: str, latin_2021: bool = False) -> str:
        w = self.to_cyrillic(low, latin_2021)
        changed = True
        while changed:
            changed = False
            for s in self.suffixes:
                if w.endswith(s) and len(w) - len(s) >= self.min_stem:
                    w = w[: -len(s)]
                    changed = True
                    break
        return w


#: letters none of the Kazakh Latin spellings uses (w, x, c but in "ch"): a word with one is a foreign name
_FOREIGN_LATIN = re.compile(r"(?i)[wx]|c(?!h)")
_FOREIGN_LATIN_TURKIC = re.compile(r"(?i)x|c(?!h)|w[aeiouh]")  # w is ұ there ("wlt", "mwnday"), not "Whats…"
_VOWELS = set("аәеёиоөұүуыіэюя")
_FRONT = set("әеиөүіэ")
#: a letter ASCII writes for two Kazakh ones: (back, front)
_HARMONY = {"і": ("и", "і"), "г": ("ғ", "г"), "а": ("а", "ә"), "о": ("о", "ө")}
_SKELETON = str.maketrans("іүұғәөңйэ", "иуугаоние")


def _skeleton(word: str) -> str:
    """A Cyrillic word with the letters ASCII spelling does not tell apart made one
    (і и й → и, ү ұ у → у, ғ г → г, ә а → а, ө о → о, ң н → н, э е → е).

    >>> _skeleton("террористік") == _skeleton("террорістік")
    True
    """
    return word.translate(_SKELETON)


def kazakh(rb=None) -> KazakhMorphology:
    """The Kazakh morphology of a rulebook (the default one when none is given)."""
    from .. import rulebook as _rulebook

    rb = rb or _rulebook.load()

    def build():
        recs = rb.records("morphology")
        data = next((r.model_dump() for r in recs if r.lang == "kk"), {})
        return KazakhMorphology(data)

    return rb.cached("kk-morphology", build)


# -- all -------------------------------------------------------------------------

def base_form(word: str, lang: str, kk: KazakhMorphology | None = None, latin_2021: bool = False,
              term: bool = False) -> str:
    """The base form of one word in ``lang``. A lexicon ``term`` keeps an English
    irregular past form as written: "blew up" there means the past only, while
    "blow up" matches every form ("blew up" of a text too).

    >>> base_form("Заминировал", "ru"), base_form("bombs", "en"), base_form("Сирияға", "kk")
    ('заминировать', 'bomb', 'сирия')
    """
    low = fold(word)
    if lang == "ru":
        return ru_lemma(low)
    if lang == "en":
        return en_stem(low) if term else en_base(low)
    if lang == "kk":
        return (kk or kazakh()).stem(low, latin_2021)
    return low


def tokens(text: str, lang: str, start: int = 0, end: int | None = None,
           kk: KazakhMorphology | None = None) -> list[Token]:
    """The words of ``text[start:end]`` with their base forms in ``lang``."""
    if lang == "kk" and kk is None:
        kk = kazakh()
    out = []
    modern = lang == "kk" and kk.is_2021(text[start:end])
    # a sentence in the 2018 letters writes ұ as u (у is ý): the word as written reads u as ұ, its base form keeps
    # u as у (the same stem as a sentence in other Latin letters, and "YouTube", "Ukraina" as they are spelt)
    older = lang == "kk" and not modern and kk.is_2018(text[start:end])
    # a 2021-marked sentence in Turkish-style letters (ı = ы, w = ұ: qazaqtimes) reads as KazakhMorphology.latin_text
    # reads it, so a frame's words are those of the text read ("basıp aluğa" is «басып алуға», not «басіп»)
    turkic = modern and kk.is_turkic(text[start:end])
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        w = m.group(0)
        low = fold(w)
        key = None
        if lang == "kk" and any("a" <= ch <= "z" or "\u00c0" <= ch <= "\u024f" for ch in low):
            # the word as written in Cyrillic letters; its base form by the letters as they stand (a frame's word
            # may match either), but in plain ASCII, where the letters stand for two Kazakh ones each, the base form
            # of the word as vowel harmony reads it
            low = fold(kk.latin_word(w, modern, older, turkic))
            if (not modern and not older or turkic) and not _FOREIGN_LATIN.search(w):
                key = kk.stem(low)
        elif lang == "kk":
            low = kk.to_cyrillic(low, modern, older)
        out.append(Token(w, m.start(), m.end(), low, key or base_form(w, lang, kk, modern)))
    return out
