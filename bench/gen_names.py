"""Generate names for the screening benches: near-misses of listed names, or ordinary people's names.

    python bench/gen_names.py --n 20000 --mix near-miss > names.txt
    python bench/gen_names.py --n 20000 --mix people > people.txt

``near-miss``: at least 80 % are aliases of the ban lists (``rules/banlists/``)
edited the way real sources write them — a typo (a letter dropped, doubled,
swapped or replaced), a transliteration into the other script (Latin ↔
Cyrillic), extra words around the name ("members of …", "… cell", "ячейка …"),
case changes — and the rest are people's names in Latin, Cyrillic and Kazakh.
``people``: people's names only (given name, surname, sometimes a patronymic).
Deterministic for a seed. Every line is one name; no line is a list alias
left untouched unless ``--exact`` asks for some.

>>> names = near_miss(200, seed=1)
>>> len(names), len(set(names)) > 150
(200, True)
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = ["Ivan", "Aigerim", "Nursultan", "Askar", "Dana", "Maria", "Timur", "Aliya", "Serik", "Olga", "Bolat",
         "Gulnara", "Yerlan", "Madina", "Dmitry", "Zhanna", "Arman", "Kairat", "Saule", "Marat", "Ainur", "Daniyar",
         "Иван", "Айгерим", "Нурсултан", "Аскар", "Дана", "Мария", "Тимур", "Алия", "Серик", "Ольга", "Болат",
         "Гульнара", "Ерлан", "Мадина", "Дмитрий", "Жанна", "Әсел", "Қайрат", "Өмірзақ", "Ұлан", "Арман", "Сауле"]
LAST = ["Petrov", "Nurlanovna", "Amerkhanov", "Ahmetov", "Tusupbekov", "Smith", "Yuldashev", "Bekov", "Omarova",
        "Kim", "Li", "Ivanova", "Sadykov", "Zhumabayev", "Abenov", "Karimova", "Seitkali", "Utepov", "Mukanova",
        "Петров", "Нурланова", "Ахметов", "Тусупбеков", "Иванова", "Садыков", "Жумабаев", "Қасымов", "Төлеуов",
        "Бекмұхамбетов", "Оспанова", "Абенов", "Каримова", "Утепов", "Муканова"]
PATRONYMIC = ["Serikovich", "Bolatovna", "Askarovich", "Маратович", "Ерлановна", "Кайратович", "Нурланұлы",
              "Асқарқызы"]
EXTRA_BEFORE = ["members of", "supporters of the", "a cell of", "activists of", "the so-called", "члены",
                "сторонники", "ячейка", "последователи", "мүшелері"]
EXTRA_AFTER = ["cell", "group", "members", "network", "movement", "ячейка", "группа", "организациясы",
               "branch in Almaty", "(banned)"]
LAT2CYR = {"a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж",
           "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
           "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й", "z": "з"}
CYR2LAT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
           "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
           "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
           "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u",
           "һ": "h", "і": "i"}
LETTERS = "abdeghiklmnorstuyz"


def list_aliases() -> list[str]:
    """The screenable aliases of the bundled ban lists."""
    from lawbook.rulebook import load

    rb = load(ROOT / "rules")
    return [a.name for o in rb.records("organisations") for a in o.names if a.screen]


def typo(s: str, rng: random.Random) -> str:
    """One letter dropped, doubled, swapped with the next, or replaced (never the first letter)."""
    idx = [i for i, c in enumerate(s) if c.isalpha() and i > 0]
    if len(idx) < 3:
        return s + rng.choice(LETTERS)
    i = rng.choice(idx[:-1])
    k = rng.randrange(4)
    if k == 0:
        return s[:i] + s[i + 1:]
    if k == 1:
        return s[:i] + s[i] + s[i:]
    if k == 2:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    repl = rng.choice(LETTERS) if s[i].isascii() else rng.choice("аеиоуснт")
    return s[:i] + repl + s[i + 1:]


def transliterate(s: str) -> str:
    """Latin ↔ Cyrillic, letter by letter, as a hurried clerk would."""
    cyr = sum(1 for c in s if "\u0400" <= c <= "\u04ff")
    table = CYR2LAT if cyr > len(s) / 3 else LAT2CYR
    out = []
    for c in s:
        t = table.get(c.lower())
        out.append(c if t is None else (t.capitalize() if c.isupper() else t))
    return "".join(out)


def person(rng: random.Random) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    r = rng.random()
    if r < 0.15:
        name += f" {rng.choice(PATRONYMIC)}"
    elif r < 0.25:
        name = f"{rng.choice(LAST)} {rng.choice(FIRST)}"
    return name


def edit(alias: str, rng: random.Random) -> str:
    """One or two edits of a list alias."""
    s = alias
    for _ in range(1 if rng.random() < 0.7 else 2):
        k = rng.random()
        if k < 0.45:
            s = typo(s, rng)
        elif k < 0.65:
            s = transliterate(s)
        elif k < 0.8:
            s = f"{rng.choice(EXTRA_BEFORE)} {s}"
        elif k < 0.92:
            s = f"{s} {rng.choice(EXTRA_AFTER)}"
        else:
            s = s.upper() if rng.random() < 0.5 else s.lower()
    if s == alias:
        s = typo(s, rng)
    return s


def near_miss(n: int, seed: int = 7, edited_share: float = 0.85, aliases: list[str] | None = None) -> list[str]:
    """``n`` names: ``edited_share`` edited list aliases, the rest people's names."""
    rng = random.Random(seed)
    aliases = aliases or list_aliases()
    return [edit(rng.choice(aliases), rng) if rng.random() < edited_share else person(rng) for _ in range(n)]


def people(n: int, seed: int = 7) -> list[str]:
    """``n`` ordinary people's names."""
    rng = random.Random(seed)
    return [person(rng) for _ in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--mix", choices=["near-miss", "people"], default="near-miss")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    names = near_miss(args.n, args.seed) if args.mix == "near-miss" else people(args.n, args.seed)
    sys.stdout.write("".join(n + "\n" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
