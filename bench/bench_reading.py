"""Text classification end to end on the real passages of corpus/accounts
(one process, one core, warm): accounts per CPU second, and where the time goes
("reading" is :func:`lawbook.reading.read` as classify_text calls it, an undated
account's date read from its text included; the rest is the rules, the
resolution and the output).
With ``--cold`` the word-form caches (Russian lemmas, English stems, Kazakh
stems) and the engine's memo of facts already run are emptied before each pass,
as for an archive whose words and facts are new.

    python bench/bench_reading.py
    python bench/bench_reading.py --cold
"""
from __future__ import annotations

import glob
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lawbook import engine, rulebook  # noqa: E402
from lawbook.classification import _assumed_date, classify_text  # noqa: E402
from lawbook.errors import LawbookError  # noqa: E402
from lawbook.reading import read  # noqa: E402
from lawbook.reading import wordforms  # noqa: E402
from lawbook.reading.organisations import mentions as org_mentions  # noqa: E402


def forget_word_forms(rb) -> None:
    """Empty the word-form caches and the engine's memo, as if every word and fact were new."""
    wordforms.ru_lemma.cache_clear()
    wordforms.en_stem.cache_clear()
    wordforms.kazakh(rb)._cache.clear()
    engine._FIRED_ON.clear()


def main() -> int:
    rb = rulebook.load()
    passages = [a["passage"] for p in sorted(glob.glob(str(ROOT / "corpus" / "accounts" / "*.yaml")))
                for a in yaml.safe_load(open(p, encoding="utf-8"))]

    cold = "--cold" in sys.argv[1:]

    def run(fn, rounds=3):
        for t in passages:  # warm: caches, compiled rule sets
            try:
                fn(t)
            except LawbookError:
                pass
        t0 = time.process_time()
        for _ in range(rounds):
            if cold:
                forget_word_forms(rb)
            for t in passages:
                try:
                    fn(t)
                except LawbookError:
                    pass
        return rounds * len(passages) / (time.process_time() - t0)

    total = run(lambda t: classify_text(t, rulebook=rb))
    # reading as classify_text reads: an undated account's date comes from the text too (the citations in it, an event
    # it names: classification._assumed_date), which is reading the text, not the rules or the output
    reading = run(lambda t: read(t, rb, undated=lambda t2, r, charged=None: _assumed_date(t2, r, charged, None)))
    print(f"{len(passages)} real passages (avg {sum(len(p) for p in passages) / len(passages):.0f} chars)"
          + (", word-form caches emptied before each pass" if cold else ""))
    print(f"classify_text end to end: {total:.0f} accounts/s ({1000 / total:.2f} ms each)")
    print(f"reading alone:            {reading:.0f} accounts/s ({1000 / reading:.2f} ms each)")
    print(f"everything but reading:   {1000 / total - 1000 / reading:.2f} ms per account")
    # the organisations an account names are screened inside the reading (lawbook.reading.organisations): issue 16
    # counts screening with the rules and the output, so its share is measured apart
    screening = run(lambda t: org_mentions(rb, t, None))
    print(f"screening the names in it: {1000 / screening:.2f} ms per account (inside reading); with the rest: "
          f"{1000 / total - 1000 / reading + 1000 / screening:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
