"""Generate varied text accounts for the batch bench: JSON Lines of {id, date, text}.

    python bench/gen_accounts.py --n 100000 > accounts.jsonl

Each account is two to four sentences in English or Russian, built from slots
(who, where, when, which organisation or act, by what means, what followed),
with names, ages, days and places drawn at random, so no sentence repeats
(checked). The organisations are listed names and unlisted ones, the acts are
the kinds the rulebook reads (leaflets, online calls, financing, joining, an
attack plan) and ordinary events that are not crimes. Deterministic for a seed.

>>> accs = accounts(50, seed=1)
>>> len(accs), len({a["text"] for a in accs})
(50, 50)
"""
from __future__ import annotations

import argparse
import json
import random
import sys

CITIES_EN = ["Shymkent", "Almaty", "Astana", "Karaganda", "Aktobe", "Atyrau", "Taraz", "Pavlodar", "Kyzylorda",
             "Oskemen", "Semey", "Kostanay", "Uralsk", "Zhezkazgan", "Turkestan", "Kentau"]
CITIES_RU = ["Шымкенте", "Алматы", "Астане", "Караганде", "Актобе", "Атырау", "Таразе", "Павлодаре", "Кызылорде",
             "Усть-Каменогорске", "Семее", "Костанае", "Уральске", "Жезказгане", "Туркестане", "Кентау"]
ORGS_EN = ["Hizb ut-Tahrir", "the Islamic State", "Tablighi Jamaat", "At-Takfir wal-Hijra", "Jabhat al-Nusra",
           "the Taliban", "Jund al-Khilafah", "Al-Qaeda", "a local sports club", "a charity fund", "a book club"]
ORGS_RU = ["Хизб ут-Тахрир", "ИГИЛ", "Таблиги джамаат", "Ат-Такфир валь-Хиджра", "Джабхат ан-Нусра", "Талибан",
           "Джунд аль-Халифат", "Аль-Каида", "местного спортивного клуба", "благотворительного фонда"]
FIRST_EN = ["A man", "A woman", "A student", "A taxi driver", "A 17-year-old", "A pensioner", "An imam", "A teacher",
            "A trader", "An unemployed resident", "Two brothers", "A group of four men"]
FIRST_RU = ["Мужчина", "Женщина", "Студент", "Таксист", "Пенсионер", "Житель города", "Учитель", "Предприниматель",
            "Безработный", "Двое братьев", "Группа из четырёх человек"]
ACTS_EN = ["handed out leaflets of {org}", "posted videos calling for jihad on WhatsApp", "recruited young men into {org}",
           "transferred money to members of {org} in Syria", "took part in meetings of {org}",
           "kept an improvised explosive device at home", "called on social media for an attack on a police station",
           "travelled to Syria to fight for {org}", "sold vegetables at the market", "organised a football match",
           "shared extremist materials of {org} on Telegram", "planned to blow up a railway line"]
ACTS_RU = ["распространял листовки {org}", "разместил в интернете видеоролики с призывами к джихаду",
           "вербовал молодых людей в {org}", "перечислял деньги членам {org} в Сирии", "участвовал в собраниях {org}",
           "хранил дома самодельное взрывное устройство", "призывал в социальных сетях к нападению на отдел полиции",
           "выехал в Сирию для участия в боевых действиях на стороне {org}", "торговал на рынке",
           "распространял в Telegram экстремистские материалы {org}"]
AFTER_EN = ["He was detained by the National Security Committee on {d2}.", "The court sentenced him to {y} years.",
            "The investigation is continuing.", "Police opened a criminal case.", "He pleaded not guilty.",
            "Neighbours said he had lived there for {y} years.", "The prosecutor asked for {y} years of imprisonment."]
AFTER_RU = ["{d2} он был задержан сотрудниками КНБ.", "Суд приговорил его к {y} годам лишения свободы.",
            "Следствие продолжается.", "Возбуждено уголовное дело.", "Свою вину он не признал.",
            "Прокурор запросил {y} лет лишения свободы.", "Соседи рассказали, что он жил там {y} лет."]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]


def account(rng: random.Random, k: int) -> dict:
    year = rng.randint(1999, 2024)
    m = rng.randrange(12)
    day = rng.randint(1, 28)
    age = rng.randint(17, 68)
    y = rng.randint(2, 12)
    if rng.random() < 0.55:
        org = rng.choice(ORGS_EN)
        who = rng.choice(FIRST_EN)
        head = f"On {day} {MONTHS_EN[m]} {year} {who[0].lower() + who[1:]} aged {age} from {rng.choice(CITIES_EN)}"
        text = f"{head} {rng.choice(ACTS_EN).format(org=org)}, case no. {k}."
        for _ in range(rng.randint(1, 3)):
            text += " " + rng.choice(AFTER_EN).format(d2=f"{rng.randint(1, 28)} {rng.choice(MONTHS_EN)} {year + 1}", y=y)
    else:
        org = rng.choice(ORGS_RU)
        text = (f"{day} {MONTHS_RU[m]} {year} года {rng.choice(FIRST_RU).lower()} {age} лет в "
                f"{rng.choice(CITIES_RU)} {rng.choice(ACTS_RU).format(org=org)} (дело № {k}).")
        for _ in range(rng.randint(1, 3)):
            text += " " + rng.choice(AFTER_RU).format(d2=f"{rng.randint(1, 28)} {rng.choice(MONTHS_RU)} {year + 1} года",
                                                      y=y)
    return {"id": f"acc-{k:07d}", "date": None, "text": text}


def accounts(n: int, seed: int = 11) -> list[dict]:
    """``n`` accounts, no two the same (each carries its case number)."""
    rng = random.Random(seed)
    return [account(rng, k) for k in range(n)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    w = sys.stdout.write
    for k in range(args.n):
        w(json.dumps(account(rng, k), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
