"""Recall of the reading: kinds of wording the sources use for an offence that
the frames missed, each read by a mechanism (not a phrase of one account), with
near misses in the same words that must stay unread (another offence, a
denial, a warning, another person's act). The sentences are the engineer's
own probes in the sources' kinds of wording, kept out of the corpus; the
dev-split sentence each mechanism was found on is a lexicon example."""
from __future__ import annotations

import pytest

from lawbook.classification import classify_text


def articles(res, key="findings"):
    """The articles found, with their counterparts in the other code."""
    out = set()
    for f in res.get(key, []):
        out.add(f["article"])
        out |= {c["article"] for c in f.get("counterparts", [])}
    return out


# -- membership named as the ground of the charge, beside another charge ------------------
# "members of the banned group were jailed for X" says who they are (background beside the charge X);
# "jailed for X and being members of the banned group" names the membership as charged too.
@pytest.mark.parametrize("text", [
    "In 2014 a court in Aktobe jailed four men for inciting religious hatred and being members of a banned extremist organisation.",
    "In 2019 she was sentenced for propaganda of terrorism and for being a member of a banned religious movement.",
    "In 2016 three men were convicted of financing extremism and of being members of the banned Tabligh Jamaat movement.",
    "В 2018 году его осудили за пропаганду терроризма и за то, что он являлся членом запрещённой организации.",
    "2018 жылы ол терроризмді насихаттағаны және тыйым салынған ұйымның мүшесі болғаны үшін сотталды.",
])
def test_membership_named_as_a_ground_is_charged(rb, text):
    assert "405" in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text", [
    "In 2014 a court in Aktobe jailed four members of a banned extremist organisation for inciting religious hatred.",
    "In 2016 he was convicted of inciting religious hatred; he denied being a member of the banned Tabligh Jamaat movement.",
    "In 2020 he was convicted of robbery and of being a member of a criminal gang.",
    "In 2019 she was fined for being a member of an unregistered religious community.",
    "В 2018 году членов запрещённой организации осудили за пропаганду терроризма.",
    "2018 жылы тыйым салынған ұйымның мүшелері терроризмді насихаттағаны үшін сотталды.",
])
def test_members_who_are_only_described_are_not_charged_with_membership(rb, text):
    res = classify_text(text, rulebook=rb)
    assert "405" not in articles(res)
