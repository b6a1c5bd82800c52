"""Names inside text written without spaces between words: Chinese, Japanese, and Korean with its
particles joined to the word («阿富汗塔利班士兵», «過激派組織「イスラム国」が犯行声明», «탈레반이»). Such a
script has no word to match and no capital to mark a name, so an alias written in it is looked for as
written, letter for letter, inside the query's letters (punctuation and spaces left out); an exclusion
in the same script that holds the match («伊斯兰国家», Islamic countries, holds «伊斯兰国») takes it back.

>>> from lawbook.screening import index
>>> [(al.org.id, text) for al, text, _ in index()._unspaced_hits("阿富汗塔利班士兵")]
[('org-taliban', '塔利班')]
>>> index()._unspaced_hits("伊斯兰国家的领导人")
[]
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

#: Letters of the scripts written without spaces between words: kana, Chinese characters, Hangul.
HAS_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_HIRAGANA = re.compile(r"[\u3040-\u309f]")
_KATAKANA_ONLY = re.compile(r"[\u30a0-\u30ff]+")


@cache
def _rules() -> dict:
    """How names are told apart from ordinary words (``unspaced.yaml`` beside this module), read on the first name in
    those scripts (a screening of other names reads no YAML)."""
    import yaml

    with open(Path(__file__).with_name("unspaced.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _letters(text: str) -> tuple[str, list[int]]:
    """``text``'s letters and digits run together, and where each stands in ``text``."""
    keep = [(i, ch) for i, ch in enumerate(text) if ch.isalnum()]
    return "".join(ch for _, ch in keep), [i for i, _ in keep]


def unspaced_table(aliases, exclusions) -> tuple[list, list]:
    """``(names, exclusions)``: ``(letters, alias)`` for each alias and each exclusion written in an unspaced
    script, the longest first (a longer name that holds a shorter one is the one named)."""
    def rows(items):
        out = [(_letters(al.text)[0], al) for al in items if HAS_UNSPACED.search(al.text)]
        return sorted([r for r in out if r[0]], key=lambda r: -len(r[0]))
    return rows(aliases), rows(exclusions)


class UnspacedNames:
    """The unspaced-script part of :class:`lawbook.screening.ScreeningIndex`."""

    def _unspaced_hits(self, text: str) -> list[tuple]:
        """``(alias, the name as written, (start, end) in text)`` for each alias found inside ``text``,
        no two overlapping, the longest first, none inside an exclusion that holds it."""
        if not HAS_UNSPACED.search(text):
            return []
        letters, where = _letters(text)
        names, excluded = self._unspaced
        taken: list[tuple[int, int]] = []
        out = []
        for key, al in names:
            k = letters.find(key)
            while k >= 0:
                e = k + len(key)
                if (not any(s < e and k < t for s, t in taken) and not _held(letters, k, e, excluded, al.org.id)
                        and _stands_apart(text, where, k, e, key, al.text)):
                    taken.append((k, e))
                    out.append((al, text[where[k]:where[e - 1] + 1], (where[k], where[e - 1] + 1)))
                k = letters.find(key, k + 1)
        out.sort(key=lambda h: h[2][0])
        return out


def _stands_apart(text: str, where: list[int], k: int, e: int, key: str, alias: str) -> bool:
    """Whether the letters ``key`` found at ``k..e`` (of ``text``'s letters, at ``where``) are the name and not part of
    an ordinary word (``unspaced.yaml``).

    >>> t = "伊斯兰国际学校"
    >>> _stands_apart(t, list(range(len(t))), 0, 4, "伊斯兰国", "伊斯兰国")
    False
    >>> t = "伊斯兰国组织"
    >>> _stands_apart(t, list(range(len(t))), 0, 4, "伊斯兰国", "伊斯兰国")
    True
    """
    rules = _rules()
    start, end = where[k], where[e - 1] + 1
    after = text[end:end + 1]
    before = text[start - 1:start] if start else ""
    if key[-1] in rules["country_letters"] and after and after in rules["compound_after"]:
        return False
    if _HIRAGANA.search(alias) and not (before and before in rules["quotes_open"] and after in rules["quotes_close"]):
        return False
    if len(key) <= rules["short_katakana"] and _KATAKANA_ONLY.fullmatch(key):
        # (a hiragana particle after it, «アレフが», is no part of a word)
        if any(ch and (ch == "ー" or (ch.isalnum() and not _HIRAGANA.match(ch))) for ch in (before, after)):
            return False
    return True


def _held(letters: str, k: int, e: int, excluded: list, org_id: str) -> bool:
    """Whether letters ``k..e`` stand inside an exclusion of their organisation written around them."""
    for key, ex in excluded:
        if ex.org.id != org_id:
            continue
        for start in range(max(0, e - len(key)), k + 1):
            if letters.startswith(key, start) and start + len(key) >= e:
                return True
    return False
