"""Interface text in English, Russian and Kazakh, read from ``i18n.yaml``.

>>> t("ru", "not_advice")
'Не является юридической консультацией.'
>>> t("xx", "not_advice")  # an unknown language falls back to English
'Not legal advice.'
>>> pick_language("kk", None, "ru-RU,ru;q=0.9")
'kk'
>>> pick_language(None, None, "ru-RU,ru;q=0.9,en;q=0.8")
'ru'
"""
from __future__ import annotations

import functools
from pathlib import Path

LANGUAGES = ("en", "ru", "kk")
NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


@functools.lru_cache(maxsize=1)
def strings() -> dict:
    import yaml

    with open(Path(__file__).with_name("i18n.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def t(lang: str, key: str) -> str:
    """The string ``key`` in ``lang`` (English when missing; the key itself when unknown)."""
    entry = strings().get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["en"]


def pick_language(query: str | None, cookie: str | None, accept: str | None) -> str:
    """``?lang=``, else the ``lang`` cookie, else the browser's first known language, else English."""
    for cand in (query, cookie):
        if cand in LANGUAGES:
            return cand
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"
