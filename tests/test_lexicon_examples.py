"""Every cue's example sentences run as tests: a ``match`` sentence must
produce the cue (unblocked), a ``no_match`` sentence must not."""
from __future__ import annotations

import pytest

from lawbook import rulebook
from lawbook.reading import sentences
from lawbook.reading.frames import cues
from lawbook.reading.required import fold_case
from lawbook.reading.wordforms import kazakh, tokens

RB = rulebook.load()
ENTRIES = [e for e in RB.records("lexicon") if e.examples]


def _hits(entry, text: str) -> bool:
    cx = cues(RB)
    for a, b in sentences(text) or [(0, len(text))]:
        toks = tokens(text, entry.lang, a, b, kk=kazakh(RB))
        if any(m.entry.id == entry.id and not m.blocked for m in cx.match(text, a, b, entry.lang, toks)):
            return True
    return False


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_examples(entry):
    for s in entry.examples.match:
        assert _hits(entry, s), f"{entry.id} ({RB.where_str(entry)}) should match: {s!r}"
    for s in entry.examples.no_match:
        assert not _hits(entry, s), f"{entry.id} ({RB.where_str(entry)}) should not match: {s!r}"


def test_every_frame_has_examples():
    frames = [e.id for e in RB.records("lexicon") if e.frame is not None and not e.examples]
    assert frames == []


def test_negated_trigger_does_not_hide_a_later_one():
    cx = cues(RB)
    s = "He did not fight in Syria, but later he fought in Iraq."
    hits = [m for m in cx.match(s, 0, len(s), "en", tokens(s, "en")) if m.entry.id == "en.frame.foreign_fight"]
    assert [m.blocked for m in hits] == [None] and "fought" in hits[0].words
    s = "He did not fight in Syria."
    hits = [m for m in cx.match(s, 0, len(s), "en", tokens(s, "en")) if m.entry.id == "en.frame.foreign_fight"]
    assert [m.blocked for m in hits] == ["negated"]


def test_rulebook_check_names_a_cue_with_an_unknown_attribute_or_a_broken_pattern(tmp_path):
    import shutil
    from pathlib import Path

    src = Path(__file__).resolve().parent.parent / "rules"
    root = tmp_path / "rules"
    shutil.copytree(src, root)
    with open(root / "lexicon" / "en-frames.yaml", "a", encoding="utf-8") as fh:
        fh.write("- id: en.frame.bad\n  lang: en\n  frame:\n    trigger: [foo]\n  fact: {kind: public_calls, colour: blue}\n"
                 "- id: en.bad.pattern\n  lang: en\n  patterns: ['(unclosed']\n  circumstance: group\n")
    errs = [str(e) for e in rulebook.Rulebook(root).check()]
    assert any("en-frames.yaml:" in e and "pattern" in e for e in errs), errs
    with open(root / "lexicon" / "en-frames.yaml", encoding="utf-8") as fh:
        text = fh.read().replace("- id: en.bad.pattern\n  lang: en\n  patterns: ['(unclosed']\n  circumstance: group\n", "")
    (root / "lexicon" / "en-frames.yaml").write_text(text, encoding="utf-8")
    errs = [str(e) for e in rulebook.Rulebook(root).check()]
    assert any("has no attribute 'colour'" in e and "en-frames.yaml:" in e for e in errs), errs


def test_an_english_verb_in_a_frame_matches_its_irregular_past_forms():
    """rules/lexicon/morphology/en.yaml puts "went", "fought", "taken" back to
    their verbs in a text, so a frame listing "take power by force" reads "had
    taken power by force"; a past form a frame lists ("blew up" among a false
    report's exclusions) still means the past only."""
    assert [t.key for t in tokens("He went to Syria and fought there", "en")][1:5] == ["go", "to", "syria", "and"]
    assert [t.key for t in tokens("fought", "en")] == ["fight"]
    seizure = next(e for e in ENTRIES if e.id == "en.frame.power_seizure.act")
    assert _hits(seizure, "Prosecutors said the men planned the raid and had taken power by force in the town for a day.")
    hoax = next(e for e in ENTRIES if e.id == "en.frame.false_report.unconfirmed_claim")
    assert _hits(hoax, "He phoned the akimat and threatened to blow up the building; nothing was found.")
    assert not _hits(hoax, "He phoned the akimat, and then the bomb blew up the building; nothing was found.")


def test_a_word_written_with_equals_is_compared_as_written():
    """``=leave`` in a frame is "leave" as written, not "left" (a departure told,
    not a call to leave) nor "leaving"; the same word without ``=`` reads every
    form, "left" too (rules/lexicon/morphology/en.yaml)."""
    from lawbook.models.lexicon import Frame
    from lawbook.reading.frames import Cues

    cx = Cues(RB)  # a compiled lexicon of its own: the terms below are not the rulebook's
    written, any_form = cx._term("en", "=leave the country"), cx._term("en", "leave the country")
    occ = cx.occurrences(tokens("Many people left the country.", "en"), "en")
    assert occ.get(any_form) and not occ.get(written)
    assert cx.occurrences(tokens("They urged them to leave the country.", "en"), "en").get(written)
    with pytest.raises(ValueError, match="leading ="):
        Frame.model_validate({"trigger": ["=leave*"]})


def test_required_words_never_hide_a_match():
    """The cheap test that skips a pattern cue (a word every match must hold) never skips a
    pattern that matches: over every cue's examples and every corpus passage, a match of the
    compiled pattern always holds one of its required words (compared as the index compares them,
    by fold_case: "terrorıster" in the 2018 Kazakh letters holds "terrorist")."""
    import glob

    import yaml

    cx = cues(RB)
    texts = [s for e in ENTRIES for s in list(e.examples.match) + list(e.examples.no_match)]
    root = __import__("pathlib").Path(__file__).resolve().parent.parent
    for path in sorted(glob.glob(str(root / "corpus" / "accounts" / "*.yaml"))):
        texts += [a["passage"] for a in yaml.safe_load(open(path, encoding="utf-8"))]
    checked = 0
    for rx, entry, need in cx.all_patterns:
        if need is None:  # no word of three letters every match holds: the pattern always runs
            continue
        for text in texts:
            for m in rx.finditer(text):
                checked += 1
                assert any(n in fold_case(m.group(0)) for n in need), (entry.id, m.group(0), need)
    assert checked > 1000


def test_field_may_stand_beside_a_fact_but_is_otherwise_the_one_effect():
    from pydantic import ValidationError

    from lawbook.models.lexicon import LexiconEntry
    frame = {"trigger": ["claim*"], "with": [["blast*"]]}
    assert LexiconEntry.model_validate({"id": "x", "lang": "en", "frame": frame, "fact": {"kind": "act_of_terrorism"},
                                        "field": True}).field
    assert LexiconEntry.model_validate({"id": "x", "lang": "en", "patterns": ["salafi"], "field": True}).field
    with pytest.raises(ValidationError):
        LexiconEntry.model_validate({"id": "x", "lang": "en", "frame": frame, "blocks": True, "field": True})
