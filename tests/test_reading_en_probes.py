"""English kinds of wording found by probing (the thirteenth session, issue 10):
each test is a kind the reading missed or misread, read by a mechanism (data in
rules/lexicon/en.yaml or rules/lexicon/en-frames.yaml), with a near miss in the
same words that must stay unread. The sentences are the engineer's probes in the
sources' kinds of wording (wire copy, monitors' summaries, translated court
releases), kept out of the corpus."""
from __future__ import annotations

import pytest




# -- kinds the reading missed or misread: the article must be among the findings ---------------------------------
@pytest.mark.parametrize("text, want", [
    # fighting for or alongside a named terrorist organisation is taking part in it (the fighting stays 172)
    ("The man fought alongside ISIS militants in Syria, prosecutors said.", "257"),
    ("He is accused of having fought for Jabhat al-Nusra in Syria.", "257"),
    # trying to cross a border to join a terrorist organisation
    ("He was detained while attempting to illegally cross the border to join a terrorist organization.", "257"),
    # the Code's words for 405: an association's activities after its ban
    ("He was convicted of participation in the activities of a religious association after its ban.", "405"),
    # the 269 title as translated releases give it
    ("He was convicted of an attack on buildings, structures, means of communication and their seizure.", "269"),
    # drawing others into terrorist activity («вовлечение»), enlisting others to go and fight
    ("He was accused of drawing young people into terrorist activity.", "259"),
    ("The defendant enlisted three people to go to Syria and fight for the Islamic State.", "259"),
    # material assistance bought for a member of a terrorist organisation
    ("He provided material assistance to a member of a terrorist organization by purchasing a mobile phone for him.",
     "258"),
    # propaganda of national or religious superiority (174's second half); sponsoring a terrorist group (258)
    ("He was convicted of propaganda of social, national and religious superiority.", "174"),
    ("He is accused of sponsoring a terrorist group.", "258"),
    # a reclassification into the field keeps the charge
    ("Prosecutors reclassified the hooliganism charge as inciting ethnic discord.", "174"),
])
def test_english_kinds_are_read(found, text, want):
    assert want in found(text)


# -- near misses and negatives in the same words: nothing is found ------------------------------------------------
@pytest.mark.parametrize("text", [
    "He denied that he had ever been a member of any terrorist organisation.",  # a denial
    "Police said the shooting was a domestic dispute, not a terrorist act.",  # ", not a terrorist act"
    "The court found him guilty of tax evasion, not financing terrorism.",  # ", not financing terrorism"
    "Prosecutors reclassified the terrorism charge as hooliganism.",  # reclassified out of the field
    "Imams called on believers to reject extremism and terrorism.",  # a call against terrorism
    "The president called for tougher punishment for terrorism.",  # a call for punishment
    "The KNB warned citizens about the danger of recruitment by terrorist groups online.",  # prevention
    "Amnesty International has documented the use of torture against people accused of terrorism.",  # a class
])
def test_english_near_misses_give_nothing(found, text):
    assert found(text) == []


# -- near misses that keep other findings but not the kind's article -----------------------------------------------
@pytest.mark.parametrize("text, not_want", [
    ("The state provided material assistance to the families of the victims of the terrorist attack.", "258"),
    ("He said he was drawn into terrorist activity by an acquaintance.", "259"),  # the one drawn in
    ("He enlisted in the Russian army to fight in Ukraine.", "259"),  # he joined himself
    ("The state sponsored a conference on countering extremism.", "258"),  # not a group's sponsor
])
def test_english_near_misses_give_not_the_kind(found, text, not_want):
    assert not_want not in found(text)


# -- the fourteenth session's probes --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # translated court releases: "committed a criminal offense under Part 1 of Article 174" is the verdict's article
    ("The court found that he had committed a criminal offense under Part 1 of Article 174 of the Criminal Code.",
     ["174"]),
    ("B. committed criminal offenses provided for by Part 2 of Article 174 and Part 1 of Article 256 of the Criminal "
     "Code.", ["174", "256"]),
    # the fight inside a recruiting's words is the recruits' purpose, though its words go on past the recruiting's
    ("He enlisted two men to fight for the Islamic State in Syria.", ["259"]),
    # a threat posted online to blow up a place, police telling of it; "found no explosives" confirms a hoax
    ("Almaty police said the man had threatened on TikTok to blow up the airport.", ["273"]),
    ("A man threatened in a phone call to blow up the mall. Police found no explosives.", ["273"]),
    # selling explosives, also only tried
    ("Two men were convicted of trying to sell a kilogram of TNT to undercover police officers.", ["24", "287"]),
    # a plot to blow oneself up; bombings told as someone's deed, with no target named
    ("The Supreme Court upheld the conviction of a man who had plotted to blow himself up at the KNB building.",
     ["24", "255"]),
    ("A court in Atyrau sentenced members of the Jund al-Khilafah group for organising two bomb blasts in the city.",
     ["255", "257"]),
    # a sentence handed down "for terrorism", its term and date between; the death sentence is no death caused
    ("Kulekbayev was sentenced to death in November 2016 for terrorism and murder.", ["255", "99"]),
    # a channel blocked beside the charge for what it carried: the charge stands
    ("In 2023 police blocked his Telegram channel and charged him with propaganda of terrorism for the videos he had "
     "posted there.", ["256"]),
    # an ethnic group called inferior, violence against it called for (174's two halves, in the press's words)
    ("The court said the blogger's posts described Kazakhs as an inferior people.", ["174"]),
    ("In his posts he called for violence against ethnic Russians.", ["174"]),
])
def test_english_court_wordings_and_recruits_purpose(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", [
    "Article 174 has been criticised by lawyers for its vague wording.",  # the article, no offence committed
    "A criminal offense under Article 256 carries up to nine years in prison.",  # the law, no one accused
    "In 2020 police threatened to open a case over the bomb jokes he posted on TikTok.",  # the police's threat
    "Human rights groups called for an end to violence against women.",  # no people set against another
    "He said the product was inferior to Chinese goods.",  # inferior goods
    "In 2019 police seized weapons during the sale of drugs at a market.",  # a sale of something else
    # the authorities' measures, prevention, a trial abroad
    "In 2023 the KNB said it had blocked 500 websites containing terrorist propaganda and removed 2,000 extremist "
    "posts from social networks.",
    "In 2020 imams held a seminar for young people on the dangers of religious extremism and terrorist recruitment "
    "online.",
    "In 2024 a Kazakh citizen accused in Russia of financing terrorism was extradited to Moscow.",
    # evacuees "held hostage by terrorists" in Syria, in the President's words (round 34's dev side)
    "In 2019 47 citizens were evacuated from Syria after being held \"hostage\" there. They were deceived into going "
    "to this country in crisis where they were held hostage by terrorists, the President said.",
    # an exercise's scenario told in the sentence that names it (round 34's dev side)
    "In 2021 special units carried out an operation involving apprehension of “simulated terrorists” and hostage "
    "release.",
    "In 2017 the exercise included scenarios of terrorists infiltrating Kazakhstan from abroad and hijacking a ship.",
])
def test_english_article_without_an_offence_committed_gives_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, part", [
    # a death sentence is a punishment, not deaths the acts caused (255 p3)
    ("In 2016 he was sentenced to death for an act of terrorism.", "1"),
    ("В 2016 году его приговорили к смертной казни за акт терроризма.", "1"),
    ("In 2016 he was sentenced to death for an act of terrorism in which eight police officers were killed.", "3"),
])
def test_a_death_sentence_is_no_death_caused(rb, text, part):
    from lawbook.classification import classify_text

    parts = {f["part"] for f in classify_text(text, rulebook=rb)["findings"] if f["article"] == "255"}
    assert parts == {part}


# -- English probes (2), the fourteenth session: kinds of wording the dev side lacks -------------------------------
# Negatives in near words: a threat to charge, an exercise's roles, a practice reported, a figure for the country,
# an extradition out of Kazakhstan, celebrations as a time.
@pytest.mark.parametrize("text", [
    "In 2018 the activist said police had threatened to charge him with inciting discord.",
    "In 2021 police held a training exercise in which officers playing terrorists seized a school.",
    "In 2020 the government continued to prosecute individuals for membership in banned religious groups, including "
    "Tabligh Jamaat.",
    "In 2017 the KNB chief said 300 Kazakh citizens had gone to fight in Syria.",
    "According to the government, 20 persons were convicted of terrorism in 2019.",
    "In 2020 Kazakhstan extradited an Uzbek citizen to Tashkent, where he is wanted for membership in Hizb ut-Tahrir.",
])
def test_english_probes_2_near_words_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    # the near misses' own kinds still read
    ("In 2016 KNB officers detained a group that was planning terrorist attacks during Nauryz celebrations.",
     ["24", "255"]),
    ("In 2016 he celebrated the attack on the police in Aktobe in a post on Facebook.", ["256"]),
    ("In 2016 five men who had gone to Syria to fight for ISIS were sentenced in Aktobe.", ["172", "257"]),
    ("In 2020 Russia extradited the Kazakh citizen to Almaty, where he was charged with propaganda of terrorism.",
     ["256"]),
])
def test_english_probes_2_kinds_are_read(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, want", [
    # a trip told with "reach", "had gone", "an attempt to", and fighting for the organisation as its purpose
    ("Five jailed over Syria trip. In 2016 five men were sentenced for trying to reach Syria to join ISIS.",
     ["24", "257"]),
    # (the fight as the trip's purpose still also gives 172 here: the thirteenth session's "left")
    ("In 2019 the man was jailed for a failed attempt to travel to Afghanistan to fight for the Taliban.", ["24", "257"]),
])
def test_english_probes_2_trips_to_an_organisation(found, text, want):
    assert set(want) <= set(found(text))


@pytest.mark.parametrize("text, not_want", [
    ("In 2017 he urged young people to go to Syria to fight for ISIS.", "257"),  # the calls' listeners, not his trip
    ("In 2016 he tried to reach Syria to visit his brother.", "257"),
])
def test_english_probes_2_trips_near_misses(found, text, not_want):
    assert not_want not in found(text)


@pytest.mark.parametrize("text, want", [
    # translated court releases: the court "qualified the actions" under an article; the "guilt … was proven"
    ("In 2020 the court qualified the actions of the defendant under Part 1 of Article 174 of the Criminal Code of the "
     "Republic of Kazakhstan.", ["174"]),
    ("The defendant's guilt in committing the crime under Part 1 of Article 258 of the Criminal Code was fully proven "
     "in 2020.", ["258"]),
])
def test_english_probes_2_court_release_wordings(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, want", [
    # weapons found at home (storage) or in a car (carrying); made, also "home-made"; guns converted; a purchase
    ("In 2017 police found an unregistered Kalashnikov rifle and 200 cartridges in his garage.", ["287"]),
    ("In 2018 police seized 5 kilograms of ammonium nitrate and detonators from his house.", ["287"]),
    ("In 2011 the police found a grenade and a sawn-off shotgun in his car.", ["287"]),
    ("In 2020 police said he had assembled a home-made bomb from fertiliser and nails.", ["288"]),
    ("In 2018 a man was sentenced for converting gas pistols into firearms.", ["288"]),
    ("In 2017 he was jailed for offering to buy explosives from an undercover officer.", ["287"]),
])
def test_english_probes_2_weapons(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", [
    "In 2017 police found the stolen car in his garage.",
    "In 2018 he converted his garage into a workshop.",
    "In 2019 he planned to buy a flat in Almaty.",
])
def test_english_probes_2_weapons_near_misses(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    # a threat made in a telephone call (a call to the police is no public call); a bomb joke on a flight
    ("In 2020 a man was found guilty of threatening to blow up the Akorda in a call to the police hotline.", ["273"]),
    ("In 2018 a drunk passenger joked that he had a bomb in his luggage, delaying the flight; he was charged.",
     ["273"]),
])
def test_english_probes_2_threats_by_phone_and_jokes(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", [
    "In 2020 a man told the police hotline that his neighbour had threatened to kill him.",
    "In 2019 he joked that his luggage was heavy because of the books.",
    "In 2020 he made a call to the police hotline about a fight in the yard.",
])
def test_english_probes_2_calls_and_jokes_near_misses(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    # allegiance sworn to a terrorist organisation; a fighter of one named as who the convicted person is
    ("In 2016 he was jailed for swearing allegiance to ISIS.", ["257"]),
    ("In 2018 a former fighter of the Islamic State was sentenced to eight years after returning from Syria.",
     ["257"]),
    ("In 2018 an ISIS fighter was sentenced to eight years after returning from Syria.", ["257"]),
])
def test_english_probes_2_allegiance_and_fighters(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, not_want", [
    ("In 2016 the new officers swore allegiance to the people of Kazakhstan.", "257"),
    ("In 2015 he fought against ISIS fighters in Iraq as a volunteer.", "257"),
    ("In 2016 two soldiers were killed by ISIS militants in Syria; one was a Kazakh citizen.", "257"),
])
def test_english_probes_2_allegiance_and_fighters_near_misses(found, text, not_want):
    assert not_want not in found(text)


@pytest.mark.parametrize("text, want", [
    # fake news and false claims posted; sums with their currency; tickets paid for others; pay as a soldier;
    # an explosion set off to intimidate the authorities (255's purpose, no word "terrorism")
    ("In 2020 an activist was charged with spreading fake news about coronavirus deaths.", ["274"]),
    ("In 2022 he was convicted for an Instagram post that falsely claimed soldiers were shooting civilians.", ["274"]),
    ("In 2016 the defendant admitted that he had sent $500 to a militant in Syria.", ["258"]),
    ("In 2020 a man was sentenced for paying for airline tickets for three people heading to join ISIS.", ["258"]),
    ("In 2018 a man was jailed for serving as a paid soldier in a private military company in Syria.", ["170"]),
])
def test_english_probes_2_other_words_for_the_act(found, text, want):
    assert found(text) == want


def test_english_probes_2_an_explosion_to_intimidate_the_authorities(rb):
    """255's purpose told without the word terrorism, in the account's own year (1997 Code, art. 233)."""
    from lawbook.classification import classify_text

    text = "In 2012 a man detonated a bomb in a rubbish bin near the KNB office in Atyrau to intimidate the authorities."
    assert {f["article"] for f in classify_text(text, rulebook=rb)["findings"]} == {"233"}


@pytest.mark.parametrize("text", [
    "In 2020 the minister said the report was fake news spread by foreign media.",
    "In 2020 he bought tickets for himself to fly to Turkey.",
    "In 2012 a man threatened his neighbour with a knife to intimidate him.",
])
def test_english_probes_2_other_words_near_misses(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    # a holy book mocked (religious feelings insulted, 174); an armed uprising called for (179); weapons supplied to a
    # terrorist group (arming, 259); weapons handling learned at a militant camp (260); secret data collected for a
    # foreign intelligence service by a foreigner (176)
    ("In 2016 two men were jailed for a video in which they mocked the Koran.", ["174"]),
    ("In 2017 he was jailed for urging an armed uprising against the government in his YouTube videos.", ["179"]),
    ("In 2015 he was convicted of supplying weapons to a terrorist group.", ["259"]),
    ("In 2018 a man who had learned to handle weapons and explosives at a militant camp in Syria was sentenced.",
     ["260"]),
    ("In 2019 a Chinese citizen was sentenced for collecting secret data on military facilities for Chinese "
     "intelligence.", ["176"]),
])
def test_english_probes_2_acts_told_without_the_codes_words(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", [
    "In 2016 the akim called on residents to stay calm after rumours of a terrorist attack spread on WhatsApp.",
    "Police urged citizens not to spread rumours about a terrorist attack.",
    "In 2016 he read the Koran aloud to his children and quoted the Prophet Muhammad.",
    "In 2017 he wrote a history of the armed uprising of 1916 in Semirechye.",
    "In 2015 the state supplied weapons to the army.",
    "In 2018 he learned how to drive a truck in Almaty.",
])
def test_english_probes_2_acts_near_misses(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    # unrest with a riot's acts in the active voice (1997 art. 241 in 2012); a banned body's newspaper or videos
    # spread (405); persuading particular people to go is recruiting only, not a public call too
    ("In 2012 a court convicted 13 people of setting fire to the city hall and vehicles during the Zhanaozen unrest.",
     ["241"]),
    ("In 2021 a man was sentenced for distributing the newspaper of the banned Democratic Choice of Kazakhstan.",
     ["405"]),
    ("In 2019 a woman was convicted of sharing videos of the banned DVK movement on Facebook.", ["405"]),
    ("In 2016 he was sentenced for persuading two young men to travel to Syria and join ISIS.", ["259"]),
])
def test_english_probes_2_unrest_banned_materials_persuasion(rb, text, want):
    from lawbook.classification import classify_text

    assert sorted({f["article"] for f in classify_text(text, rulebook=rb)["findings"]}) == want


@pytest.mark.parametrize("text", [
    "In 2022 police stormed the square during the unrest and detained hundreds.",
    "In 2021 a man was sentenced for distributing a newspaper that criticised the banning of the party.",
])
def test_english_probes_2_unrest_banned_materials_near_misses(found, text):
    assert found(text) == []


def test_english_probes_2_false_information_about_unrest_is_not_riots(found):
    assert found("In 2022 he was convicted of spreading false information about the arson during the January "
                 "unrest.") == ["274"]


@pytest.mark.parametrize("text, want", [
    # a second, untuned batch's kinds: heading to join a named organisation; service in one; a threat in a school
    # chat that he "would bring a bomb"; urging people to expel a people; people held under a threat with a demand
    ("In 2016 a KNB operation stopped three young men on the Turkish border as they headed to join Jabhat al-Nusra.",
     ["257"]),
    ("In 2024 a schoolboy wrote in a school chat that he would bring a bomb to school; police found no explosives, and "
     "a case was opened.", ["273"]),
    ("In 2020 a man who called Dungans enemies and urged Kazakhs to expel them was sentenced.", ["174"]),
    ("In 2019 a man barricaded himself in a flat with his wife and children and threatened to kill them unless police "
     "brought him his mother.", ["261"]),
])
def test_english_probes_2_second_batch(found, text, want):
    assert found(text) == want


def test_english_probes_2_service_in_an_organisation(found):
    assert "257" in found("In 2019 a returnee from Syria who had served in the Islamic State's police was sentenced "
                          "to eight years.")


@pytest.mark.parametrize("text, not_want", [
    ("In 2020 a man was sentenced for paying for airline tickets for three people heading to join ISIS.", "257"),
    ("In 2024 the KNB said the teenager would blow up the school on behalf of ISIS.", "273"),
    ("In 2020 the migration police urged the court to expel two Uzbek citizens without work permits.", "174"),
    ("In 2019 a man threatened to kill his neighbour unless he paid back a debt.", "261"),
])
def test_english_probes_2_second_batch_near_misses(found, text, not_want):
    assert not_want not in found(text)


def test_english_probes_2_pilots_forced_to_divert(found):
    """A hijacking told without the word: trying to force the pilots to divert the plane (270, attempted)."""
    assert found("In 2017 a passenger who tried to force the pilots to divert the plane to Kabul was sentenced.") == [
        "24", "270"]


@pytest.mark.parametrize("text", [
    "In 2017 bad weather forced the pilots to land in Karaganda.",
    "In 2019 a drunk passenger demanded that the pilots turn back to Almaty.",
])
def test_english_probes_2_pilots_near_misses(found, text):
    assert "270" not in found(text)
