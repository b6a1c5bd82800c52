"""Which language a sentence is written in: English, Russian or Kazakh
(Cyrillic, the Latin alphabets of 2021 and 2018, or the Arabic script as
Kazakhs in China write it), or another one.

Decided by script and by the letters and words only Kazakh has; a sentence
too short to tell takes the language of the account.

>>> detect("Суд признал его виновным.")
'ru'
>>> detect("Сот оны кінәлі деп тапты.")
'kk'
>>> detect("Келіншекке тек ескерту жасалды."), detect("Ол ДАИШ идеологиясын насихаттады."), detect("Он признал вину.")
('kk', 'kk', 'ru')
>>> detect("Суд оправдал Ерлана Қасымова."), detect("Ахмет Әлиев задержан."), detect("Ерлан Қасымов сотталды.")
('ru', 'ru', 'kk')
>>> detect("The court found him guilty.")
'en'
>>> detect("Sot ony kınälı dep taptı.")
'kk'
>>> detect("Ol terrorızm aktisi týraly kórineý jalǵan habarlama jibergen.")
'kk'
>>> detect("Ol Qylmystyq kodeksi boiynsha sottaldy.")  # no Kazakh-only letter
'kk'
>>> detect("Ol teraktini jasamaq bolgan."), detect("Police detained two suspects."), detect("Gunmen attacked Aktobe.")
('kk', 'en', 'en')
>>> detect("محكمة") is None
True
>>> detect("ول تەرروريزمدى ناسيحاتتاعانى ٴۇشىن سوتتالدى.")
'kk'
>>> detect("ئۇ تېررورىزمنى تەشۋىق قىلغانلىقى ئۈچۈن سوت قىلىندى.") is None
True
>>> detect("ئۇ بۇ ئىشنى قىلدى ۋە سوتلاندى.") is None  # Uyghur without ې or ۈ
True
>>> detect("Der Angeklagte wurde wegen Volksverhetzung zu drei Jahren verurteilt.") is None
True

French, Spanish, Turkish, Uzbek, Ukrainian and Kyrgyz are other languages, though they share
words or letters with the three lawbook reads:

>>> detect("Le tribunal a condamné l'homme à cinq ans de prison pour propagande du terrorisme en 2019.") is None
True
>>> detect("El tribunal condenó al hombre a cinco años por propaganda del terrorismo.") is None
True
>>> detect("Adam 2019 yılında terör propagandası nedeniyle mahkum edildi.") is None  # Turkish
True
>>> detect("Toshkent shahar sudi uni ekstremistik materiallarni tarqatganlikda aybdor deb topdi.") is None  # Uzbek
True
>>> detect("Суд Бішкека засудив чоловіка за пропаганду тероризму у 2019 році.") is None
True
>>> detect("Бишкек сотунун өкүмү менен ал 2019-жылы терроризмди пропагандалаганы үчүн соттолду.") is None
True
>>> detect("The court in La Paz sentenced him for the attack on the embassy."), detect("Ол сотталды.")
('en', 'kk')
"""
from __future__ import annotations

import re

#: Letters of Kazakh Cyrillic that Russian lacks.
KK_CYRILLIC = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
#: Letters of the 2021 Kazakh Latin alphabet that English lacks, and of the 2018 one (acute accents).
KK_LATIN = set("äğǧıñŋöşūüÄĞǦİÑŊÖŞŪÜáǵńóúýÁǴŃÓÚÝ")
#: Frequent Kazakh words written without the Kazakh-only letters.
KK_WORDS = {"және", "деп", "бойынша", "жылы", "бас", "оны", "сот", "жаза", "мен", "бен", "пен", "да", "де",
            "жылғы", "жыл", "ал", "бар", "жоқ", "бұл", "осы", "ол", "олар", "оларды", "dep", "jäne", "boiynşa", "jyly",
            "sot"}
#: Russian function words: a short Cyrillic sentence with a Kazakh letter or word and none of these is Kazakh.
RU_WORDS = {"в", "во", "на", "и", "не", "что", "по", "за", "с", "со", "из", "к", "ко", "от", "у", "о", "об", "для",
            "был", "была", "были", "было", "его", "её", "ее", "он", "она", "они", "это", "как", "при", "после", "до",
            "который", "которая", "которые", "а", "но", "же", "года", "году", "также", "их", "им", "ему", "ей"}
#: More Kazakh words in the Latin alphabets written with no Kazakh-only letter: two of these or of the Latin ones
#: in ``KK_WORDS`` make a Latin sentence Kazakh (none is an English word).
KK_LATIN_WORDS = {"jyl", "jane", "boiynsha", "boyinsha", "turaly", "tyraly", "ushin", "jaza", "osy", "bul",
                  "qylmystyq", "kodeksi", "kodeksinin", "baby", "babymen", "babynyn", "qazaqstan", "qazaqstannyn",
                  "respublikasy", "respýblıkasy", "tergeu", "sottaldy", "bostandygynan", "ustaldy", "qamauga",
                  "kezinde", "arqyly", "arkyly", "ol", "olar", "ony", "onyn", "olardy", "zhyly", "zhyl", "zhylgy"}
#: Endings of Kazakh words in plain ASCII letters (past verbs, participles, cases, the infinitive): two words with
#: one and no English function word make a Latin sentence Kazakh.
KK_LATIN_ENDINGS = ("dy", "di", "ty", "ti", "gan", "gen", "qan", "ken", "lary", "leri", "dary", "deri", "tary",
                    "teri", "nyn", "nin", "dyn", "din", "tyn", "tin", "ga", "ge", "qa", "maq", "mak", "mek", "ushin",
                    "ynsha", "ynda", "inde", "ynan", "inen", "ndy", "ndi", "uga", "uge", "ny", "ni", "lyq", "lik", "dyq",
                    "dik", "tyq", "tik", "yp", "ip")
#: q before a letter other than u ("qylmys", "qarsy") is Kazakh spelling, not English
_KK_Q = re.compile(r"q[a-tv-z]")
#: the letters of the two alphabets as plain ASCII writes them, for ``KK_LATIN_ENDINGS``
_PLAIN = str.maketrans("áäǵğǧıńñŋóöúüūýşİ", "aaggginnnoouuuusi")
#: English function words: a long Latin-script sentence with none of them is another language.
EN_WORDS = {"the", "of", "and", "to", "in", "was", "were", "is", "are", "a", "an", "for", "on", "with", "by", "he",
            "his", "she", "her", "they", "their", "has", "had", "have", "from", "at", "as", "that", "who", "be",
            "been", "after", "over", "under", "into", "its", "it", "not", "or"}
#: Letters of Kazakh in the Arabic script that Arabic and Persian lack (ە ۇ ۋ ڭ, the high hamza ٴ and the
#: letters with it), and letters Kazakh does not use: Uyghur's ئ ې ۈ, Sorani Kurdish's ڕ ڵ ێ, and the purely
#: Arabic letters the Kazakh script left out (ة أ إ آ ث ذ ص ض ط ظ).
KK_ARABIC = set("ەۇۋڭٴٵٶٷٸۆ")
NOT_KK_ARABIC = set("ئېۈڕڵێةأإآثذصضطظ")
#: Function words of other languages in the Latin script (French, German, Spanish, Italian, Portuguese, Turkish):
#: a sentence with more of these than English ones, two at least, is another language ("Le tribunal a condamné
#: l'homme …" has the English-looking "a").
OTHER_LATIN_WORDS = {"le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "avec", "sur", "qui", "au",
                     "aux", "der", "die", "das", "und", "ist", "von", "mit", "wurde", "wegen", "den", "dem", "ein",
                     "eine", "zu", "el", "los", "las", "del", "y", "con", "por", "para", "que", "fue", "il", "di",
                     "della", "che", "per", "è", "do", "em", "foi", "um", "uma", "ve", "bir", "ile", "için", "olarak",
                     # Turkish words no Kazakh Latin alphabet writes so (Kazakh: jylynda, sebepti, sot, türme)
                     "tarafından", "nedeniyle", "yılında", "edildi", "edilen", "olan", "değil", "gibi", "sonra",
                     "önce", "veya", "ancak", "mahkeme", "mahkemesi", "hapis", "cezası", "cezasına",
                     # Uzbek (Kazakh: jäne, üşın, jyly, sot, dep, men, türme)
                     "va", "uchun", "yilda", "yili", "sud", "sudi", "sudlangan", "deb", "bilan", "hukm", "qamoq",
                     "aybdor", "shahar", "qilingan", "qildi", "topdi", "jazosi", "jazosiga", "tomonidan"}
#: Letters of Ukrainian that Russian and Kazakh lack, and Ukrainian function words Russian does not use.
UK_LETTERS = set("їєґЇЄҐ")
UK_WORDS = {"і", "й", "та", "що", "від", "це", "його", "її", "який", "яка", "які", "якого", "був", "була", "було",
            "були", "щодо", "після", "році", "року", "рік", "також", "чоловіка", "засудив", "засудили"}
#: Kyrgyz words where Kazakh writes others (үчүн/үшін, жана/және, боюнча/бойынша, менен/мен): with none of the
#: letters only Kazakh has (ә ғ қ ұ һ і) a sentence with one of them is Kyrgyz.
KY_WORDS = {"үчүн", "жана", "боюнча", "менен", "тарабынан", "соттолду", "өкүмү", "болуп", "жылы", "дагы"}
_KK_NOT_KY = re.compile("[әғқұһіӘҒҚҰҺІ]")
#: Kazakh letters Ukrainian does not have (Ukrainian has і).
_KK_NOT_UK = re.compile("[әғқңөұүһӘҒҚҢӨҰҮҺ]")
_WORD = re.compile(r"[^\W\d_]+")
#: an apostrophe between Latin letters inside a word (2017 Kazakh Latin: "g'" ғ, "u'" ү)
_LATIN_APOSTROPHE = re.compile(r"(?<=[A-Za-z])['’](?=[a-z])")
LANGUAGES = ("en", "ru", "kk")


def arabic_script(text: str) -> bool:
    """Whether most letters of ``text`` are in the Arabic script (Kazakh as it is
    written in China, or Arabic).

    >>> arabic_script("قازاقستان"), arabic_script("Қазақстан")
    (True, False)
    """
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum("\u0600" <= ch <= "\u06ff" for ch in letters) * 2 > len(letters)


_CYRILLIC_RUN = re.compile("[\u0400-\u04ff]+")
_LATIN_RUN = re.compile("[\x00-\x7f\u00c0-\u024f]+")
_KK_LATIN_ALL = KK_LATIN_WORDS | {w for w in KK_WORDS if not _CYRILLIC_RUN.search(w)}
#: Every Kazakh-only letter (both alphabets: the Latin ones all lie in Latin-1 and Latin Extended).
_KK_LETTER = re.compile("[" + re.escape("".join(sorted(KK_CYRILLIC | KK_LATIN))) + "]")


#: a name in quotation marks (Russian and Kazakh write organisations' names so)
_QUOTED = re.compile(r"«[^«»]{1,80}»|\"[^\"]{1,80}\"|“[^“”]{1,80}”|„[^„“”]{1,80}[“”]")


def _kk_letters_in_names_only(text: str, words: list[str]) -> bool:
    """Whether a Cyrillic sentence's Kazakh letters all stand in names (in quotation
    marks, or words with a capital other than the first), with two Russian function
    words or more around them: a Russian sentence naming something in its Kazakh spelling.

    >>> _kk_letters_in_names_only("Он участвовал в деятельности «Таблиғи джамағат» в 2019 году.",
    ...                           ["Он", "участвовал", "в", "деятельности", "Таблиғи", "джамағат", "в", "году"])
    True
    >>> _kk_letters_in_names_only("Ол «Таблиғи джамағат» ағымына қатысты.", ["Ол", "Таблиғи", "джамағат", "ағымына", "қатысты"])
    False
    """
    if sum(1 for w in words if w.lower() in RU_WORDS) < 2:
        return False
    rest = _QUOTED.sub(" ", text)
    return not any(_KK_LETTER.search(w) for i, w in enumerate(_WORD.findall(rest)) if i == 0 or not w[:1].isupper())


def detect(text: str) -> str | None:
    """``en``, ``ru``, ``kk`` or ``None`` (another language or no words).

    The letters of the words are counted by script with a few regex searches (not letter by letter)."""
    # the apostrophe letters of the 2017 Kazakh Latin alphabet ("qozdyrg'any u'shin") are one word each, not
    # "qozdyrg", "any", "u", "shin" (whose "a", "at" would pass for English)
    words = _WORD.findall(_LATIN_APOSTROPHE.sub("", text))
    letters = "".join(words)
    cyr = sum(map(len, _CYRILLIC_RUN.findall(letters)))
    lat = sum(map(len, _LATIN_RUN.findall(letters)))
    other = len(letters) - cyr - lat
    kk = len(_KK_LETTER.findall(letters))
    total = cyr + lat + other
    if total == 0:
        return None
    if other > total / 2:
        seen = set(text)
        return "kk" if arabic_script(text) and seen & KK_ARABIC and not seen & NOT_KK_ARABIC else None
    kk_words = sum(1 for w in words if w.lower() in KK_WORDS)
    if cyr >= lat and (set(letters) & UK_LETTERS or sum(1 for w in words if w.lower() in UK_WORDS) >= 2):
        uk = sum(1 for w in words if w.lower() in UK_WORDS) + len(set(letters) & UK_LETTERS)
        if uk >= 2 and uk > sum(1 for w in words if w.lower() in RU_WORDS) and not _KK_NOT_UK.search(letters):
            return None  # Ukrainian
    if cyr >= lat and len(words) >= 4 and not _KK_NOT_KY.search(letters) \
            and sum(1 for w in words if w.lower() in KY_WORDS - {"жылы"}) >= 1 \
            and not any(w.lower() in RU_WORDS for w in words):
        return None  # Kyrgyz
    if cyr >= lat:
        if kk >= 2 and not kk_words and _kk_letters_in_names_only(text, words):
            return "ru"  # «… в деятельности организации «Таблиғи джамағат» в 2019 году»: a name in Kazakh spelling
        if kk >= 2 or (kk >= 1 and kk_words) or kk_words >= 2:
            return "kk"
        # a short sentence with one sign of Kazakh and no Russian function word («Келіншекке тек ескерту жасалды.»);
        # a Kazakh letter in a name is none («Суд оправдал Ерлана Қасымова.»)
        # unless a Kazakh past verb in «-лды» ends it («Ерлан Қасымов сотталды.»; no Russian word ends so)
        kk_sign = (kk_words or any(_KK_LETTER.search(w) for i, w in enumerate(words) if i == 0 or not w[:1].isupper())
                   or (kk and words[-1].lower().endswith("лды")))
        return "kk" if kk_sign and not any(w.lower() in RU_WORDS for w in words) else "ru"
    foreign = sum(1 for w in words if w.lower() in OTHER_LATIN_WORDS)
    if foreign >= 2 and foreign > sum(1 for w in words if w.lower() in EN_WORDS - {"a", "as", "on", "in"}):
        return None  # French, German, Spanish, Italian, Portuguese or Turkish function words outnumber English ones
    if kk >= 2 or (kk >= 1 and kk_words) or sum(1 for w in words if w.lower() in _KK_LATIN_ALL) >= 2:
        return "kk"
    english = any(w.lower() in EN_WORDS for w in words)
    shaped = sum(1 for w in words if w.lower() in _KK_LATIN_ALL or _KK_Q.search(w.lower()) or len(w) > 3
                 and w.lower().translate(_PLAIN).endswith(KK_LATIN_ENDINGS))
    if not english and (shaped >= 2 or kk and shaped):
        return "kk"  # «Ol teraktini jasamaq bolgan.»: plain ASCII Kazakh, its endings Kazakh and no English word
    if len(words) >= 6 and not english:
        return None  # a Latin-script sentence of six words or more with no English function word
    return "en"
