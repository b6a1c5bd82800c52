"""A query as screening reads it: the checks a name must pass, the marks dropped from it, the
date and threshold it is screened with, its words and its script.

>>> validate_name("Hizb ut-Tahrir"), _threshold("0.7"), _script("ИГИЛ"), _FIND_WORDS("Hizb ut-Tahrir")
('Hizb ut-Tahrir', 0.7, 'Cyrl', ['Hizb', 'ut', 'Tahrir'])
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from .. import normalise as N
from ..normalise import INVISIBLE
from ..dates import parse_date, today
from ..errors import BadInput
from .limits import MAX_NAME_CHARS

# ---------------------------------------------------------------- input checks
#: Words that name an affiliate, branch or province of an organisation (folded): "ISIS-K",
#: "Islamic State Khorasan Province", "вилаят Хорасан".
AFFILIATE_WORDS = frozenset({"k", "horasan", "khorasan", "province", "provinse", "vilaiat", "vilaiet", "vilaiat",
                             "vilaet", "valiat", "branch", "affiliate", "filial", "provintsia", "provintsii",
                             "provinciia", "horasana", "uilaiat", "uilaiati"})


def is_affiliate_word(raw: str, fold: str, last: bool = False, first: bool = False) -> bool:
    """Whether a word names an affiliate or branch ("Khorasan", "Province", the "K" of "ISIS-K"). The
    Russian preposition «к» ("to") is no "K" unless it ends the name («ИГИЛ-к»; a preposition never does);
    a branch's letter follows its name, so a one-letter word that opens the text is none («К течению
    «Таблиги Джамаат»…», the preposition capitalised).

    >>> is_affiliate_word("K", "k"), is_affiliate_word("k", "k"), is_affiliate_word("Khorasan", "khorasan")
    (True, True, True)
    >>> is_affiliate_word("к", "k"), is_affiliate_word("к", "k", last=True), is_affiliate_word("К", "k", first=True)
    (False, True, False)
    >>> is_affiliate_word("کا", "k")
    False
    """
    # (the one letter is a Latin or Cyrillic K: an Urdu «کا», "of", folds to "k" too — «لشکر طیبہ کا اہم کمانڈر»,
    # names round 22's dev side)
    return fold in AFFILIATE_WORDS and (len(fold) > 1 or (raw in _BRANCH_LETTERS and (raw != "к" or last) and not first))


_BRANCH_LETTERS = frozenset("KkКк")

#: English adjectives of nations and peoples (folded) that stand before a name in reports ("the Egyptian Muslim
#: Brotherhood", "the Afghan Taliban", "Syrian al-Nusra Front"): context, not a word of the name, and no person's name
#: (folded as names are: "egyptian" is "egiptian").
NATIONALITY_WORDS = frozenset(map(N.fold_word, """
afghan afghani algerian american arab arabian azerbaijani british chechen chinese dagestani egyptian european french
german indian iranian iraqi japanese jordanian kazakh kazakhstani kuwaiti kyrgyz lebanese libyan pakistani palestinian
russian saudi somali syrian tajik tajikistani turkish turkmen uighur uyghur uzbek uzbekistani yemeni
""".split()))

#: Arabic vowel signs and the tatweel, which a fully vocalised spelling writes inside a word («حِزْبُ التَحْرِير»,
#: round 6 of corpus/names) and which would otherwise cut it into letters: fathatan to sukun and the other
#: harakat (U+064B-U+065F), the superscript alef (U+0670) and the tatweel (U+0640).
ARABIC_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"

#: Direction marks and zero-width characters (lawbook.normalise.INVISIBLE) are dropped before matching
#: (zero-width (non-)joiners are read as word breaks), and so are the Arabic vowel signs (:data:`ARABIC_MARKS`).
_DROP_INVISIBLE = str.maketrans({c: None for c in INVISIBLE + ARABIC_MARKS})
_HAS_INVISIBLE = re.compile(f"[{INVISIBLE}{ARABIC_MARKS}]")  # (a search is cheaper than translating a name that has none)


#: Letters only Kazakh in the Arabic script (töte) writes: ۇ ۋ ڭ ە ٴ ۆ ۈ. A name with one is read in Cyrillic letters
#: (:func:`tote_to_cyrillic`) before it is screened («قازاقستان دەموكراتيالىق تاڭداۋى», corpus/names round 5).
HAS_TOTE = re.compile("[\u06c7\u06cb\u06ad\u06d5\u0674\u06c6\u06c8]")


def tote_to_cyrillic(name: str, rb) -> str:
    """A name in Kazakh's Arabic script read in Cyrillic letters, as the reading of accounts reads it
    (``rules/lexicon/morphology/kk.yaml``); any other name as it is.

    >>> from lawbook import rulebook
    >>> tote_to_cyrillic("ء«ال-كايدا» تەرروريستىك توبى", rulebook.load()).strip()
    '«ал-кәйдә» террористык тобы'
    >>> tote_to_cyrillic("حزب التحرير", rulebook.load())
    'حزب التحرير'
    """
    if not HAS_TOTE.search(name):
        return name
    from ..reading.wordforms import kazakh

    return kazakh(rb).arabic_text(name)


#: Kazakh in the Latin script, by its letters: ǵ (only Kazakh writes it); an acute letter of 2018's alphabet beside
#: the dotless ı («Qazaqstannyń … tańdaýy»), or its ń beside its ý («tálipterdiń Kabýldy»); or 2021's ñ or ū beside
#: its ä, ı, ş or ğ («Tälipterdiñ»). Spanish, Polish, Czech and Slovak write acute letters or ñ without those (Polish ń
#: without ý, Czech ý without ń); Latvian, Japanese romanisation and Arabic transliteration write ū without them; and
#: Turkish, Azerbaijani and Turkmen the Turkic letters without ǵ, ñ, ū or the acute letters (names rounds 34 and 36).
_KK_ONLY = "\u01f5\u01f4"  # ǵ Ǵ
_DOTLESS = "\u0131"  # ı
_ACUTE = "\u00e1\u00f3\u00fa\u0144\u00fd\u00c1\u00d3\u00da\u0143\u00dd"  # á ó ú ń ý and capitals
_N_ACUTE, _Y_ACUTE, _N_TILDE = "\u0144\u0143", "\u00fd\u00dd", "\u00f1\u00d1"  # ń Ń, ý Ý, ñ Ñ
_U_MACRON = "\u016b\u016a"  # ū Ū
_KK_2021 = "\u00e4\u0131\u015f\u011f\u00c4\u015e\u011e"  # ä ı ş ğ and capitals (not ö, ü: German writes them)
HAS_KK_LATIN = re.compile(f"^(?:(?=.*[{_KK_ONLY}])|(?=.*[{_DOTLESS}])(?=.*[{_ACUTE}])"
                          f"|(?=.*[{_N_ACUTE}])(?=.*[{_Y_ACUTE}])|(?=.*[{_N_TILDE}{_U_MACRON}])(?=.*[{_KK_2021}]))",
                          re.DOTALL)

_LATIN_WORD = re.compile(r"[^\W\d_]+")


def kazakh_latin_to_cyrillic(name: str, rb) -> str:
    """A name in Kazakh's Latin script read in Cyrillic letters word by word, as the reading of accounts reads it
    (``rules/lexicon/morphology/kk.yaml``), each word keeping its capitals; any other name as it is.

    >>> from lawbook import rulebook
    >>> kazakh_latin_to_cyrillic("Tälipterdiñ resmi ökili", rulebook.load())
    'Тәліптердің ресмі өкілі'
    >>> kazakh_latin_to_cyrillic("Taliban Kabil'i", rulebook.load()), kazakh_latin_to_cyrillic("Islamský štát", rulebook.load())
    ("Taliban Kabil'i", 'Islamský štát')
    """
    if not HAS_KK_LATIN.search(name):
        return name
    from ..reading.wordforms import kazakh

    kk = kazakh(rb)

    def word(m):
        w = m.group(0)
        if not any("a" <= c.lower() <= "z" or c in "áǵńóúñūäğışöüıýÁǴŃÓÚÑŪÄĞİŞÖÜÝ" for c in w):
            return w  # (a Cyrillic or other word in the same name stays as written)
        c = kk.to_cyrillic(w.replace("İ", "I").lower())  # (str.lower writes «İ» as two characters)
        if len(w) > 1 and w.isupper():
            return c.upper()
        return c[:1].upper() + c[1:] if w[:1].isupper() else c

    return _LATIN_WORD.sub(word, name)


def validate_name(name) -> str:
    """The name, or :class:`BadInput` with a one-line reason.

    >>> validate_name("  ")
    Traceback (most recent call last):
    ...
    lawbook.errors.BadInput: empty name
    >>> validate_name("Hizb\\x07")
    Traceback (most recent call last):
    ...
    lawbook.errors.BadInput: name contains control character U+0007 at position 5
    """
    if not isinstance(name, str):
        raise BadInput(f"name must be text, not {type(name).__name__}")
    if len(name) > MAX_NAME_CHARS:
        raise BadInput(f"name is {len(name):,} characters long (at most {MAX_NAME_CHARS:,})")
    if name.isprintable():
        if not name.strip():
            raise BadInput("empty name")
        return name
    for i, ch in enumerate(name):
        if ch in "\t":
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc" or (cat == "Cf" and ch not in "\u200c\u200d" and ch not in INVISIBLE):
            raise BadInput(f"name contains control character U+{ord(ch):04X} at position {i + 1}")
    if not name.strip():
        raise BadInput("empty name")
    return name


def _day(as_of) -> dt.date:
    if as_of is None:
        return today()
    return parse_date(as_of, "as-of date")


def _threshold(x) -> float:
    try:
        v = float(x)
    except (TypeError, ValueError):
        raise BadInput(f"threshold {x!r} is not a number") from None
    if not 0.0 <= v <= 1.0:
        raise BadInput(f"threshold {v} is outside 0..1")
    return v


_FIND_WORDS = N._WORD_RE.findall
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _script(text: str) -> str:
    """``Latn``, ``Cyrl``, ``mixed`` or ``none`` (a fast subset of models.banlist.script_of)."""
    lat = _LATIN.search(text) is not None
    cyr = not text.isascii() and _CYRILLIC.search(text) is not None
    return "mixed" if lat and cyr else "Latn" if lat else "Cyrl" if cyr else "none"
