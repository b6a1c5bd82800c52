"""Name normalisation for screening: one comparable form for every script.

A name goes through four steps, each done by a library or a small table:

1. Unicode NFKC and case folding (``unicodedata``);
2. look-alike letters: inside one word that mixes Latin and Cyrillic letters,
   the minority script's look-alikes (Unicode TR39 confusables such as Latin
   ``a``/Cyrillic ``а``, Latin ``p``/Cyrillic ``р``) are turned into the
   majority script, so "Tаliban" (Cyrillic а) and "Тaлибaн" (Latin a) read as
   the words they imitate;
3. transliteration to ASCII with ``anyascii`` (it writes every Kazakh letter:
   ә→a, ғ→gh, қ→q, ң→ng, ө→o, ұ→u, ү→u, һ→h, і→i);
4. folding of romanisation variants, so that the Russian-style "Khizb ut-Takhrir",
   "Tabligi Dzhamaat", "Al'-Kaida" meet the English-style "Hizb ut-Tahrir",
   "Tablighi Jamaat", "al-Qaida": kh→h, dzh/dj/zh→j, gh→g, q→k, w→v, y→i,
   doubled letters once, a final h after a vowel dropped, apostrophes dropped; and the German way of writing
   Arabic names, "Dschabhat an-Nusra", "Hidschra", "asch-Scham": dsch→j, sch→sh.

Similarity between the folded words is then rapidfuzz's business (see
:mod:`lawbook.screening`); nothing here measures distance.

>>> fold("Хизб ут-Тахрир"), fold("Hizb ut-Tahrir")
('hizb ut tahrir', 'hizb ut tahrir')
>>> fold("Таблиги Джамаат") == fold("Tablighi Jamaat")
True
>>> fold("Dschabhat an-Nusra"), fold("asch-Scham")
('jabhat an nusra', 'ash sham')
>>> fold("Көше партиясы"), fold("Koshe Partiyasy")
('koshe partiasi', 'koshe partiasi')
>>> fold("Köşe partiiasy")   # Kazakh Latin ş is the sh of "Koshe"
'koshe partiasi'
>>> fold("Tаliban"), fold("Тaлибaн")   # Cyrillic а in a Latin word, Latin a in a Cyrillic one
('taliban', 'taliban')
>>> fold("Хизб ут-Таxpир")   # Latin x and p inside a Cyrillic word
'hizb ut tahrir'
>>> content_tokens("members of the Hizb ut-Tahrir party")
['members', 'hizb', 'tahrir', 'parti']
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

#: Direction marks and zero-width characters that text copied from right-to-left or web sources carries inside
#: words and names; screening and reading drop them (zero-width (non-)joiners are not among them: they are read as
#: word breaks).
INVISIBLE = "\u200b\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"

# -- look-alike letters (a subset of Unicode TR39 confusables: Latin <-> Cyrillic) --
_LAT = "aceopxyiABCEHKMOPTXYkm"
_CYR = "асеорхуіАВСЕНКМОРТХУкм"
LATIN_TO_CYRILLIC = dict(zip(_LAT, _CYR))
CYRILLIC_TO_LATIN = {c: l for l, c in LATIN_TO_CYRILLIC.items()}
_CONFUSABLE = set(LATIN_TO_CYRILLIC) | set(CYRILLIC_TO_LATIN)



def _marks_class() -> str:
    """The combining marks (Unicode Mn, Mc, Me) of the scripts that write vowels and other signs as marks joined to a
    letter — Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao,
    Myanmar, Khmer, Hebrew points, Arabic harakat — as a regular-expression class. Python's ``\\w`` holds no mark, so
    without them «तबलीगी» would be read as the words «तबल» and «ग»."""
    import unicodedata
    ranges = [(0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05C7), (0x05F3, 0x05F4), (0x0610, 0x061A),
              (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x0900, 0x0DFF), (0x0E00, 0x0EFF),
              (0x1000, 0x109F), (0x1780, 0x17FF)]
    marks = [c for a, b in ranges for c in range(a, b + 1) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")
             or c in (0x05F3, 0x05F4)]  # (and Hebrew's geresh and gershayim, which mark an abbreviation inside it: דאע״ש)
    out, start, prev = [], marks[0], marks[0]
    for c in marks[1:] + [-1]:
        if c != prev + 1:
            out.append(f"\\u{start:04x}" if start == prev else f"\\u{start:04x}-\\u{prev:04x}")
            start = c
        prev = c
    return "".join(out)


#: A word: a run of letters and digits with the marks joined to them («तबलीगी», «হিযবুত», «ஜமாஅத்»).
_WORD_RE = re.compile(r"[^\W_]+(?:[" + _marks_class() + r"]+[^\W_]*)*")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"([a-z])\1+")
_FOLDS = [
    (re.compile(r"dsch|dzh|dj|zh"), "j"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),
    (re.compile(r"y"), "i"),
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"(?<=[aeiou])h\b"), ""),
]

#: Arabic and Russian articles and joiners written between name parts
#: (ut-, al-, аль-, -e-, -и-); ignored when comparing words, kept for squashed forms.
PARTICLES = frozenset("al el ul ut an ar at as ash ad az ud ur us wal val va e i u a o".split())

#: Words that carry no meaning for matching (weight 0 in a query); the last line is the article of Danish, Norwegian
#: and Swedish («Det muslimske Brorskapet»).
STOPWORDS = frozenset("""
of the so and in for on to by with from its their his her is was were are be been this that which who
v na po ot dla dlia s k ob iz pri za ili kak eto chto ego ee ih iakobi tak nazivaemaia nazivaemoi
jane men men da de
det
""".split())

#: Number words (English, Russian, Kazakh, Turkish, Uzbek; folded below), which open a sentence capitalised as any
#: first word is and are no part of a name ("Two Lashkar-e-Taiba militants …", «Пятеро членов …»).
NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands
dva dve tri chetire piat shest sem vosem deviat desiat dvoe troe chetvero piatero shestero semero vosmero deviatero
desiatero sto tisiacha tisiachi desiatki sotni
bir eki ush tort bes alti jeti segiz togiz on jiirma
iki uch dort dord besh yedi sekiz dokuz
""".split())


def is_number_word(tok: str) -> bool:
    """Whether a folded word is a number word ("two", «двое», «екі» …).

    >>> is_number_word(fold_word("Two")), is_number_word(fold_word("Пятеро")), is_number_word("taliban")
    (True, True, False)
    """
    return tok in NUMBER_WORDS


#: Words that describe an organisation or its members rather than name it. They
#: weigh little in a name (so "party" alone never matches a party) and an extra
#: one in a query ("members of the ... party") costs almost nothing. Matched as
#: prefixes of folded words, so Russian and Kazakh case endings are covered.
GENERIC_PREFIXES = (
    # en
    "islam", "muslim", "part", "movement", "organi", "front", "state", "societ", "congres", "people",
    "union", "group", "liberat", "east", "central", "asia", "kazak", "kazah", "republic", "nation",
    "democrat", "social", "jamat", "jamoat", "jamagat", "council", "member", "support", "follower",
    "adherent", "activist", "fighter", "militant", "leader", "band", "outlaw", "prohibit",
    "extremis", "terroris", "network", "affiliat", "faction", "wing", "branch", "called", "known",
    "former", "banned", "official", "international", "world", "global",
    # ru (folded)
    "islamsk", "musulman", "partii", "partia", "dvijen", "organizac", "organizats", "gosudarstv",
    "obshchestv", "obshestv", "kongres", "narod", "soiuz", "grupp", "osvobojd", "vostoch", "tsentraln",
    "centraln", "aziat", "kazahstan", "respublik", "nacional", "natsional", "demokrat",
    "sotsialn", "socialn", "chlen", "storonnik", "posledovatel", "uchastnik", "aktivist", "boevik",
    "lider", "iacheik", "iachei", "zapreshch", "zapresh", "ekstremist", "terrorist",
    "mejdunarodn", "vsemirn",
    # kk (folded)
    "partiasi", "kozgalis", "uim", "kazakstan", "halik", "mushe",
    # ar, fa (folded: the letters' skeletons anyascii leaves): تنظيم, منظمة (لمنظمة),
    # المحظور(ة) banned, المتطرفة extremist, الإرهابية terrorist; Persian گروه(ک) group, تروریستی terrorist
    "tndhim", "mndhm", "lmndhm", "mhdhvr", "mtrf", "rhbi", "grvh", "trvrist",
    # ar members and roles: قيادي (قياديا, قياديين) a leader, زعيم (زعيما) a leader, مسلح (مسلحي, مسلحين) armed
    # men, مقاتل (مقاتلي) fighters, منظر (منظري) ideologues — "a leader of the Taliban" as the English "leader" is
    # (no alias word begins so; أعضاء "members" and عناصر "elements" fold too short or as «نصرة», and are left out)
    "mslh", "mktl", "mndhr",
    # group, organisation, fighters and the like in other languages of the names corpus (folded): Polish ugrupowanie,
    # Swahili kundi/kikundi/jumuiya, Somali koox-/urur-/maleeshiyad-, Slovene and Czech skupin-, Hungarian szervezet and
    # harcos-, Armenian կազմակերպություն, խմբավորում, ահաբեկչական, Greek οργάνωση, Serbo-Croatian militant-, formacij-,
    # paravojn-, Slovak bojovník-, Hebrew ארגון and הטרור
    # (the short words among them are matched whole, GENERIC_WHOLE: as prefixes they would take in surnames, Kundi)
    "ugrupovan", "maleshiad", "skupin", "szervezet", "harcos",
    "kazmakerp", "hmbavor", "ahabekch", "organos", "militan", "formacij", "paravojn", "bojovnik", "rgvn", "htrvr",
    # a ringleader (Russian главарь)
    "glavar",
)


#: Latin letters of the Kazakh (2021) and Turkish alphabets that stand for a digraph
#: in the English-style romanisation the aliases use (anyascii would drop the cedilla).
LATIN_DIGRAPHS = str.maketrans({"ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch"})


#: The letters counted as Latin below: those whose lower case is a..z (Latin capitals,
#: the Turkish dotted İ, the Kelvin sign), as one character class.
_LATIN_LIKE = re.compile("[A-Za-z\u0130\u212a]")
_CYRILLIC_BLOCK = re.compile("[\u0400-\u04ff]")


def fix_confusables(word: str) -> str:
    """Turn look-alike letters of the minority script into the majority script."""
    if word.isascii() or not has_mixed_script(word):  # one script: nothing to turn
        return word
    lat = cyr = 0
    mixed_lat = mixed_cyr = False
    for ch in word:
        if "a" <= ch.lower() <= "z":
            mixed_lat = True
            if ch not in _CONFUSABLE:
                lat += 1
        elif "\u0400" <= ch <= "\u04ff":
            mixed_cyr = True
            if ch not in _CONFUSABLE:
                cyr += 1
    if not (mixed_lat and mixed_cyr):
        return word
    if cyr > lat:
        return "".join(LATIN_TO_CYRILLIC.get(ch, ch) for ch in word)
    if lat > cyr:
        return "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in word)
    return word


def has_mixed_script(word: str) -> bool:
    """True when a word mixes Latin and Cyrillic letters.

    >>> has_mixed_script("Tаliban"), has_mixed_script("Taliban")
    (True, False)
    """
    # (a letter is Latin when its lower case is a..z, Cyrillic in U+0400..U+04FF)
    return _LATIN_LIKE.search(word) is not None and _CYRILLIC_BLOCK.search(word) is not None


#: Arabic-script letters folded to one form before transliteration: diacritics and tatweel
#: dropped; alef with hamza or madda, alef wasla → alef; alef maqsura, Persian/Urdu yeh, yeh barree
#: → yeh; keheh → kaf; heh goal, heh doachashmee, heh with yeh, ta marbuta → heh; waw and yeh
#: hamza seats → waw, yeh.
ARABIC_FOLD = str.maketrans({**{chr(c): None for c in range(0x064B, 0x0660)}, "ٰ": None, "ـ": None,
                             "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ے": "ي", "ک": "ك",
                             "ہ": "ه", "ھ": "ه", "ۀ": "ه", "ة": "ه", "ؤ": "و", "ئ": "ي"})
#: Prefixes glued to an Arabic word: the article al- with a conjunction or preposition before it.
ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")


def fold_arabic(word: str) -> str:
    """An Arabic-script word in one written form, without its glued article.

    >>> fold_arabic("التحرير") == fold_arabic("تحرير"), fold_arabic("طیبہ") == fold_arabic("طيبة")
    (True, True)
    >>> fold_arabic("والهجرة") == fold_arabic("هجره")
    True
    """
    w = word.translate(ARABIC_FOLD)
    for p in ARABIC_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


_ARABIC = re.compile("[\u0600-\u06ff]")


def _has_arabic(word: str) -> bool:
    return _ARABIC.search(word) is not None


#: The dotted capital İ of Turkish and Azerbaijani is the capital I of other Latin alphabets: the same abbreviation
#: is «IŞİD» in Turkish (Irak) and «İŞİD» in Azerbaijani (İraq). Only in words of four letters or more: the Turkish
#: «İS» is soot, not IS.
_DOTTED_CAPITAL_I = str.maketrans({"İ": "I"})


@lru_cache(maxsize=100_000)
def prepare_word(word: str) -> str:
    """NFKC and look-alike fixing, case kept (for abbreviations: "IS" is not "is"), the
    dotted capital İ written I; Arabic-script words folded by :func:`fold_arabic`.

    >>> prepare_word("İŞİD") == prepare_word("IŞİD") == "IŞID", prepare_word("İS")
    (True, 'İS')
    """
    w = unicodedata.normalize("NFKC", word)
    if _has_arabic(w):
        return fold_arabic(w)
    if not w.isascii() and len(w) >= 4:
        w = w.translate(_DOTTED_CAPITAL_I)
    return fix_confusables(w)


#: What anyascii writes for each letter met so far (code point → ASCII text), for :func:`to_ascii`.
_ASCII: dict[int, str] = {}


def to_ascii(text: str) -> str:
    """``anyascii(text)``, made by :meth:`str.translate` with a table of what anyascii writes
    for each letter (it writes each letter on its own, whatever its neighbours): the same
    string, without anyascii's loop in Python over every letter.

    >>> to_ascii("Хизб ут-Тахрир ş ұйымы") == anyascii("Хизб ут-Тахрир ş ұйымы"), to_ascii("Таңдауы")
    (True, 'Tangdauy')
    """
    if text.isascii():
        return text
    table = _ASCII
    letters = set(text)
    new = [c for c in letters if ord(c) not in table]
    if new:
        if len(table) + len(new) > 100_000:  # (bounded: the table is made again from this text's letters)
            table.clear()
            if len(letters) > 100_000:
                return anyascii(text)
            new = letters
        for c in new:
            table[ord(c)] = anyascii(c)
    return text.translate(table)


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """One word (as found by :func:`words`) to its folded ASCII form; may be ''.

    >>> fold_word("Аль"), fold_word("Khilafah"), fold_word("Халифат"), fold_word("Таңдауы")
    ('al', 'hilafa', 'halifat', 'tangdaui')
    """
    w = to_ascii(prepare_word(word).translate(LATIN_DIGRAPHS)).lower()
    w = _NON_ALNUM.sub("", w)
    for rx, rep in _FOLDS:
        w = rx.sub(rep, w)
    return w


_NON_ALNUM_LINES = re.compile(r"[^a-z0-9\n]+")


def fold_words(ws: list[str]) -> list[str]:
    """:func:`fold_word` of each word, the same strings, made in one pass over the
    words joined by line breaks (for a batch of new words: one call of each step
    instead of one per word). Every step reads a word on its own: anyascii
    letter by letter, and no substitution of :func:`fold_word` matches a line
    break or reaches across one; a word whose form holds a line break is folded
    alone.

    >>> fold_words(["Хизб", "ут", "Тахрира", "Khilafah", "ş", "", "Tаliban"])
    ['hizb', 'ut', 'tahrira', 'hilafa', 'sh', '', 'taliban']
    """
    prepared = [prepare_word(w).translate(LATIN_DIGRAPHS) for w in ws]
    joined = "\n".join(prepared)
    if joined.count("\n") != len(ws) - 1:  # a word holds a line break itself (or there is none)
        return [fold_word(w) for w in ws]
    joined = to_ascii(joined)
    if joined.count("\n") != len(ws) - 1:  # a letter written with a line break
        return [fold_word(w) for w in ws]
    s = _NON_ALNUM_LINES.sub("", joined.lower())
    for rx, rep in _FOLDS:
        s = rx.sub(rep, s)
    return s.split("\n")


def words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` for each run of letters and digits in a text.

    >>> words("Hizb-ut-Tahrir's")
    [(0, 4, 'Hizb'), (5, 7, 'ut'), (8, 14, 'Tahrir'), (15, 16, 's')]
    >>> [w for _, _, w in words("तबलीगी जमात")]   # vowel signs are marks joined to their letter
    ['तबलीगी', 'जमात']
    """
    return [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]


def fold(text: str) -> str:
    """A whole name folded: words joined by single spaces."""
    out = []
    for _, _, w in words(text):
        f = fold_word(w)
        if f:
            out.append(f)
    return " ".join(out)


def _fold_list(items) -> tuple:
    out = set()
    for x in items:
        w = _NON_ALNUM.sub("", x.lower())
        for rx, rep in _FOLDS:
            w = rx.sub(rep, w)
        out.add(w)
    return tuple(sorted(out))


#: Generic words whose folded form is three letters or fewer, matched whole, not as prefixes: as a prefix "cell"
#: (folded "cel") made the Turkish given name Celal generic, «Азии» ("azi") Aziz and Azimov, and زعيم ("zim", a
#: leader) Zimin, and a person's name so made no longer looks like one. A cell, cells; Asia in Russian cases;
#: a leader in Arabic (زعيم، زعيما; قيادي، قياديين، قياديون); a group in Swahili (kikundi; not kundi, which is also
#: a surname) and Somali (koox, kooxda); an organisation in Somali (urur, ururka); an association in Swahili
#: (jumuiya); a sect (French secte, Russian and Kazakh секта, its cases).
GENERIC_WHOLE = frozenset("""cel cels azi azia aziu aziei zim kidi kidin kidivn
kikundi makundi vikundi kundini jumuia kox koxda koxdi koxaha urur ururka ururki ururada
secte sectes sekta sekti sektu sekte sektoi""".split())

# the word lists above are written as people spell them; compare them folded
STOPWORDS = frozenset(_fold_list(STOPWORDS))
NUMBER_WORDS = frozenset(_fold_list(NUMBER_WORDS))
GENERIC_PREFIXES = _fold_list(GENERIC_PREFIXES)


def is_particle(tok: str) -> bool:
    return tok in PARTICLES or (len(tok) == 1 and not tok.isdigit())


#: Words (folded prefixes) that name a kind of body: a query holding one is not a person's name.
#: Unlike GENERIC_PREFIXES they keep their weight in scoring.
BODY_PREFIXES = (
    "foundation", "fund", "associat", "brigad", "committe", "centr", "center", "institut", "compan", "ltd", "llc",
    "trust", "club", "mission", "church", "mosque", "school", "bank", "agenc", "brotherhood", "army", "legion",
    "fond", "assotsiats", "asotsiats", "komitet", "kompani", "tserkov", "mechet", "shkol", "armi", "bratstv",
    "kori", "birlestig", "ortalig", "koga", "meshit", "univers", "colleg", "academ", "akadem", "kolledj",
    "coalit", "koalits", "koalic",
)


def is_body_word(tok: str) -> bool:
    """Whether a folded word names a kind of body (foundation, committee, фонд …).

    >>> is_body_word("foundation"), is_body_word("aidar")
    (True, False)
    """
    return tok.startswith(BODY_PREFIXES)


@lru_cache(maxsize=100_000)
def is_generic(tok: str) -> bool:
    """True for words that describe rather than name ("party", "партии", "Islamic").

    >>> is_generic(fold_word("партиясы")), is_generic(fold_word("network")), is_generic("tahrir")
    (True, True, False)
    >>> is_generic(fold_word("cells")), is_generic(fold_word("Celal")), is_generic(fold_word("Азии")), is_generic("aziz")
    (True, False, True, False)
    """
    return tok in STOPWORDS or tok in GENERIC_WHOLE or tok.startswith(GENERIC_PREFIXES)


def content_tokens(text: str) -> list[str]:
    """Folded words without particles and stopwords (generic words kept)."""
    out = []
    for _, _, w in words(text):
        f = fold_word(w)
        if f and not is_particle(f) and f not in STOPWORDS:
            out.append(f)
    return out


def squash(tokens) -> str:
    """Tokens run together: "Hizb-ut-Tahrir", "Hizbut Tahrir" and "HizbutTahrir" meet.

    >>> squash(fold("Hizb-ut Tahrir").split()) == squash(fold("HizbutTahrir").split())
    True
    """
    return _DOUBLED.sub(r"\1", "".join(tokens))
