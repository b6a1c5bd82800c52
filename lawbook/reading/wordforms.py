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
        self.arabic = {str(k): str(v) for k, v in (data.get("arabic_to_cyrillic") or {}).items()}
        self.arabic_front = {str(k): str(v) for k, v in (data.get("arabic_front") or {}).items()}
        self.arabic_front_marks = set(str(data.get("arabic_front_marks") or ""))
        self.arabic_loans = tuple(str(x) for x in data.get("arabic_loan_stems") or ())
        self.arabic_back_marks = set(str(data.get("arabic_back_marks") or ""))
        self.arabic_respell = {str(k): str(v) for k, v in (data.get("arabic_respell") or {}).items()
                               if len(str(k)) == len(str(v))}  # offsets must not move
        self.digraphs = sorted(((k, v) for k, v in table.items() if len(k) > 1), key=lambda kv: -len(kv[0]))
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
        """Whether ``text`` shows a letter only the 2021 Latin alphabet uses.

        >>> kazakh().is_2021("Qylmystyq kodeksınıŋ 273-baby"), kazakh().is_2021("terrorızm aktisi, jalǵan habarlama")
        (True, False)
        """
        return not self.marks_2021.isdisjoint(text.lower())

    def is_2018(self, text: str) -> bool:
        """Whether ``text`` shows a letter only the 2018 (acute-accent) Latin alphabet uses.

        >>> from lawbook import rulebook
        >>> kk = kazakh(rulebook.load())
        >>> kk.is_2018("terrorızm aktisi, jalǵan habarlama"), kk.is_2018("Osy uaqytta qaruly top")
        (True, False)
        """
        return not self.marks_2018.isdisjoint(text.lower())

    def to_cyrillic(self, low: str, latin_2021: bool = False, latin_2018: bool = False) -> str:
        """Fold a Latin- or Arabic-script Kazakh word to Cyrillic (Cyrillic is kept); һ
        and х, which Latin spellings do not tell apart, fold to х, and э to е, which the
        Arabic script writes alike. ``latin_2021`` reads
        the word by the 2021 alphabet (ı = і, i = и/й), else as 2018 (i = і, ı = и);
        ``latin_2018`` also reads u as ұ, as 2018 writes it (у is ý there).

        >>> from lawbook import rulebook
        >>> kk = kazakh(rulebook.load())
        >>> kk.to_cyrillic("habarlama"), kk.to_cyrillic("úshin"), kk.to_cyrillic("jalǵan"), kk.to_cyrillic("жиһад")
        ('хабарлама', 'үшін', 'жалған', 'жихад')
        >>> kk.to_cyrillic("tırkelu", True), kk.to_cyrillic("reiske", True), kk.to_cyrillic("ūiym", True)
        ('тіркелу', 'рейске', 'ұйым')
        >>> kk.to_cyrillic("quramynda"), kk.to_cyrillic("quramynda", latin_2018=True)
        ('қурамында', 'құрамында')
        """
        if any(ch in self.arabic for ch in low):
            return self.arabic_text(low).strip().replace("һ", "х").replace("э", "е")
        if not any(ch in self.latin for ch in low):
            return low.replace("һ", "х").replace("э", "е")
        for latin, cyr in self.digraphs:
            low = low.replace(latin, cyr)
        table = self.latin_2021 if latin_2021 else self.latin_2018 if latin_2018 else self.latin
        out = "".join(table.get(ch, ch) for ch in low)
        if latin_2021:
            out = re.sub(r"(?<=[аәоөұүуеэыі])и", "й", out)  # after a vowel İ i is й («рейс», «ұйым»)
        return out.replace("һ", "х").replace("э", "е")

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
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        w = m.group(0)
        low = fold(w)
        if lang == "kk":
            low = kk.to_cyrillic(low, modern, older)
        out.append(Token(w, m.start(), m.end(), low, base_form(w, lang, kk, modern)))
    return out
