"""The place of the acts: the first place of the gazetteer an account names.

>>> from lawbook import rulebook
>>> find_place("В Шымкенте задержали мужчину", rulebook.load())["name"]
'Shymkent'
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[\w\-]+")
#: Russian and Kazakh case endings tried on a one-word place name ("в Шымкенте", "Ақтөбеде").
_ENDINGS = ("е", "а", "у", "ом", "ой", "ской", "ске", "да", "де", "та", "те", "нда", "нде", "ға", "ге", "қа", "ке",
            "дағы", "дегі", "тағы", "тегі", "лық", "лік", "дан", "ден", "тан", "тен", "нан", "нен")


def find_place(text: str, rb) -> dict | None:
    """``{name, id, span, text}`` of the first place named, or ``None``.

    Tries runs of three, two and one words, and case endings on one word."""
    from ..gazetteer import gazetteer, norm

    g = gazetteer(rb)
    firsts = g.first_words
    words = list(_WORD.finditer(text))
    for i in range(len(words)):
        # a run's key begins with its first word's key, when that word has one ("city" has none): a first word
        # no name begins with rules out every run it starts (the same answers, fewer keys made)
        head = norm(words[i].group(0)).split(" ", 1)[0]
        hopeless = bool(head) and head not in firsts
        for n in (3, 2, 1):
            if i + n > len(words) or (hopeless and n > 1):
                continue
            start, end = words[i].start(), words[i + n - 1].end()
            chunk = text[start:end]
            if n == 1 and (len(chunk) < 4 or not chunk[0].isupper()):
                continue
            keys = [] if hopeless else [norm(chunk)]
            if n == 1:
                keys += [norm(chunk[: -len(e)]) for e in _ENDINGS if chunk.endswith(e) and len(chunk) - len(e) >= 4]
            for key in keys:
                rows = g.index.get(key)
                if rows:
                    pid = min(rows)[1]
                    place = g.places[pid]
                    return {"name": place.name.en, "id": pid, "span": [start, end], "text": chunk}
    return None

