"""Kazakh kinds of wording found by probing (the thirteenth session, issue 10):
each test is a kind the reading missed or misread, read by a mechanism (data in
rules/lexicon/kk.yaml or rules/lexicon/morphology/kk.yaml), with a near miss in
the same words that must stay unread. The sentences are the engineer's probes in
the sources' kinds of wording, kept out of the corpus."""
from __future__ import annotations

import pytest

from lawbook.classification import classify_text


def found(rb, text):
    return sorted({f["article"] for f in classify_text(text, date="2023-05-01", rulebook=rb)["findings"]})


# -- the 2018 Latin letters write ұ as u (у is ý): ұ-words of such a sentence are read -----------------------
@pytest.mark.parametrize("text, want", [
    ("Ol «Islam memleketi» terrorıstik uıymynyń quramynda bolǵan.", ["257"]),
    ("Ol ultaralyq alaýyzdyqty qozdyrǵany úshin sottaldy.", ["174"]),
    ("Ol ulttyq namysty qorlaǵany úshin sottaldy.", ["174"]),
    # the near miss: national concord strengthened, a video on YouTube about national dishes
    ("Ol ultaralyq kelisimdi nyǵaıtý týraly baıandama jasady.", []),
    ("YouTube-ta ol ulttyq taǵamdar týraly vıdeo jarııalady.", []),
])
def test_latin_2018_u_reads_as_the_kazakh_u_with_a_bar(rb, text, want):
    assert found(rb, text) == want
