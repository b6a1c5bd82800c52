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


# -- English probes (3), the fifteenth session (issue 10): kinds of wording, each with near misses ---------------
# denials: the accused's denial of an act holds its own words; a charge, a denied charge or a denied appeal beside it
# stands
@pytest.mark.parametrize("text", [
    "In 2019 the imam denied planning a terrorist attack, his lawyer told RFE/RL.",
    "He has denied recruiting anyone for the Islamic State, his lawyer said in 2018.",
    "In 2020 the blogger denied calling for the violent seizure of power.",
    "Zhaksylyk denied financing terrorism and said the money was for his sister's medical treatment.",
    "In 2017 the two men denied having any links to Hizb ut-Tahrir.",
    "She denied that she had ever sent money to militants in Syria, Forum 18 reported in 2019.",
    "In 2018 the accused insisted he had never been a member of any banned organisation.",
    "He denies storing weapons in his garage, his wife told Azattyq in 2020.",
    "In 2016 the defendants denied any involvement in the attacks in Aktobe.",
    "In 2022 the detainee denied taking part in the riots in Almaty.",
    "In 2019 the preacher denied that his sermons incited religious hatred.",
    "In 2023 the KNB denied reports that a terrorist attack had been prevented in Almaty.",
    "In 2022 the ministry denied that troops had fired on peaceful protesters.",
    "In 2017 the mother denied her son had gone to Syria to fight for ISIS.",
])
def test_english_probes_3_denials_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    ("In 2021 the activist rejected accusations that he had incited ethnic hatred.", ["174"]),
    ("In 2019 a court in Almaty sentenced Askar to five years for propaganda of terrorism; he denied the "
     "charge.", ["256"]),
    ("In 2020 the blogger was convicted of inciting ethnic hatred, although he denied the accusations.", ["174"]),
    ("In 2017 he was jailed for taking part in a terrorist organisation. He denied fighting for ISIS in "
     "Syria.", ["257"]),
    ("In 2018 prosecutors charged him with recruiting young people for ISIS, which he denies.", ["259"]),
    ("In 2018 prosecutors said he had recruited five men for ISIS; he denies recruiting anyone.", ["259"]),
    ("In 2019 he pleaded not guilty to financing terrorism.", ["258"]),
    ("In 2020 Askarov, who denied that he was a terrorist, was sentenced for propaganda of terrorism.", ["256"]),
    ("In 2019 the court rejected his appeal; he had denied the charges of propaganda of terrorism.", ["256"]),
    ("In 2019 he was denied access to a lawyer and sentenced to five years for propaganda of terrorism.", ["256"]),
    ("In 2020 the Supreme Court denied his appeal against the sentence for financing terrorism.", ["258"]),
    ("In 2018 she was denied bail on charges of participating in the banned DVK.", ["405"]),
    ("In 2022 the court denied parole to a man serving eight years for propaganda of terrorism.", ["256"]),
    ("He did not deny posting calls to terrorism in 2016 and was sentenced to five years.", ["256"]),  # no denial
    ("In 2018 he never denied posting videos calling for jihad.", ["256"]),
])
def test_english_probes_3_denials_are_read(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, want", [
    ("In 2016 a woman was sentenced to six years for financing terrorism after sending money to her husband "
     "in Syria; she pleaded not guilty.", ["258"]),
    ("In 2019 he denied wrongdoing but was convicted of propaganda of terrorism.", ["256"]),
    ("In 2021 the court denied the defence's request to call witnesses and convicted the blogger of inciting "
     "ethnic hatred.", ["174"]),
])
def test_english_probes_3_denials_include(found, text, want):
    assert set(want) <= set(found(text))


# figures and metaphors: counts of attacks prevented or terrorist crimes registered, and terrorism as a figure of
# speech, give nothing; a count that names the offence is a positive in this corpus (corpus/README.md), and a case
# beside a figure stands
@pytest.mark.parametrize("text", [
    "In 2023 the KNB prevented 12 terrorist attacks, its chairman told parliament.",
    "The number of terrorist crimes in Kazakhstan fell by 30 percent in 2022, the Prosecutor General's "
    "Office said.",
    "Over the past five years, security services have foiled 45 terrorist plots, President Tokayev said in "
    "2021.",
    "In 2019 courts convicted 230 people of extremist and terrorist offences, according to the Supreme Court.",
    "Some 600 Kazakhs have travelled to Syria and Iraq since 2013, officials said in 2019.",
    "Since 2016, more than 700 people have been convicted of terrorism-related crimes in Kazakhstan.",
    "Kazakhstan recorded 18 terrorist crimes in 2018, down from 24 a year earlier.",
    "Terrorism remains the main threat to security in Central Asia, the minister said in 2019.",
    "In 2020 an economist compared the tax reform to a terrorist attack on small business.",
    "The opposition leader called the new tariffs economic terrorism in 2021.",
    "In 2018 Kazakhstan hosted a conference on the fight against terrorism and extremism.",
    "Religious extremism is a serious challenge for the country, Tokayev said in 2022.",
    "In 2017 the minister said the war on terror must not become a war on believers.",
    "In 2019 the president signed a new state programme to counter religious extremism and terrorism for "
    "2018-2022.",
    'In 2021 the KNB said the terrorist threat level in the country remained moderate ("yellow").',
    "In the first half of 2021, 37 people were convicted of terrorist crimes, the KNB said.",
    "In 2021 the KNB disrupted the activities of 11 terrorist cells, its chairman said.",
])
def test_english_probes_3_figures_and_metaphors_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    ("In 2022, 40 criminal cases of propaganda of terrorism were registered in the country.", ["256"]),
    ("The number of crimes related to inciting discord rose to 120 in 2021, Interfax-Kazakhstan reported.", ["174"]),
    ("In 2020 the ministry said 15 cases of false reports of bombs had been registered in Almaty.", ["273"]),
    ("In the first half of 2021, 37 people were sentenced for propaganda of terrorism, the KNB said.", ["256"]),
    ("In 2022 a court in Shymkent sentenced a man to five years for propaganda of terrorism; he was one of "
     "40 people convicted of the crime that year.", ["256"]),
    ("The court sentenced the 12 men to terms of 6 to 8 years for taking part in a terrorist organisation in "
     "2017.", ["257"]),
])
def test_english_probes_3_figures_and_metaphors_are_read(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, want", [
    ("In 2023 the KNB said it had detained a man who was planning a terrorist attack on a police station in "
     "Aktobe.", ["24", "255"]),
    # two attacks a group planned are its case, not a count (the counts start at five)
    ("In 2019 the KNB said it had foiled two terrorist attacks that a group of ISIS supporters had planned in "
     "Aktobe.", ["24", "255"]),
])
def test_english_probes_3_figures_and_metaphors_include(found, text, want):
    assert set(want) <= set(found(text))


# fight beside an organisation: a fight told in a clause about the accused (a 'who' clause without commas, a colon's
# elaboration) is background to a named 257 charge; both charged, both stand
@pytest.mark.parametrize("text, want", [
    ("In 2017 a man who fought in Syria was sentenced to eight years for taking part in a terrorist "
     "organisation.", ["257"]),
    ("In 2018 a court in Aktobe sentenced a man who had been fighting in Syria to seven years for "
     "participation in a terrorist organisation.", ["257"]),
    ("In 2019 a returnee was convicted of participation in the activities of a terrorist organisation: he "
     "had fought for ISIS in Syria for two years.", ["257"]),
    ("In 2019 a returnee was convicted of participation in the activities of a terrorist organisation. He "
     "fought for ISIS in Syria for two years.", ["257"]),
    ("In 2020 a court in Nur-Sultan jailed a returnee from Syria for ten years for membership in the Islamic "
     "State, in whose ranks he had fought since 2014.", ["257"]),
    ("A man who took part in hostilities in Syria on the side of ISIS was sentenced in 2018 to nine years "
     "for participating in a terrorist organisation.", ["257"]),
    ("In 2018 he was convicted of participation in an armed conflict abroad and in the activities of a "
     "terrorist organisation.", ["172", "257"]),
    ("In 2017 he was found guilty of taking part in hostilities in Syria and membership of the terrorist "
     "organisation Jabhat al-Nusra.", ["172", "257"]),
    ("In 2016 five men who had gone to Syria to fight for ISIS were sentenced in Aktobe.", ["172", "257"]),
    ("In 2018 a man was sentenced to six years for taking part in the armed conflict in Syria.", ["172"]),
    ("In 2019 a court in Shymkent jailed a man who had fought in Syria for participating in armed conflict "
     "on the territory of a foreign state.", ["172"]),
    ("In 2023 a Kazakh citizen was sentenced to six years for fighting in Ukraine on the side of Russia's "
     "Wagner group.", ["172"]),
])
def test_english_probes_3_fight_beside_an_organisation_are_read(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, not_want", [
    ("In 2016 a Kazakh volunteer was convicted of fighting against the Islamic State in Iraq.", ["257"]),
])
def test_english_probes_3_fight_beside_an_organisation_leave_out(found, text, not_want):
    assert not set(not_want) & set(found(text))


# officials spying: an officer or official of Kazakhstan's state bodies is its citizen (treason, 175); an officer of
# another state a foreigner (176); 'spying on' military sites
@pytest.mark.parametrize("text", [
    "In 2020 the KNB was accused of spying on opposition activists.",
    "In 2021 he was convicted of spying on his neighbours with a drone, a court in Almaty said.",
])
def test_english_probes_3_officials_spying_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    ("In 2019 a KNB officer was sentenced to 14 years for passing secret information to Chinese "
     "intelligence.", ["175"]),
    ("In 2021 a former Defence Ministry official was convicted of spying for a foreign state.", ["175"]),
    ("In 2018 a Kazakh diplomat was found guilty of handing classified documents to a foreign intelligence "
     "service.", ["175"]),
    ("In 2020 a military officer of the Kazakh army was jailed for 12 years for espionage on behalf of "
     "Russia.", ["175"]),
    ("In 2019 a retired KNB colonel was arrested on charges of spying for a foreign country.", ["175"]),
    ("In 2022 an employee of the Defence Ministry was sentenced for transferring state secrets to foreign "
     "special services.", ["175"]),
    ("In 2017 a border guard officer was convicted of espionage for a neighbouring state.", ["175"]),
    ("In 2019 a Chinese citizen was sentenced to 10 years for espionage in Almaty.", ["176"]),
    ("In 2020 a man was detained in Almaty on suspicion of espionage.", ["175", "176"]),
    ("In 2018 a Russian intelligence officer was convicted in Almaty of spying on military facilities.", ["176"]),
])
def test_english_probes_3_officials_spying_are_read(found, text, want):
    assert found(text) == want


# generic wordings: recruiting, financing, propaganda online, trips to conflict zones and sentences 'on extremism
# charges' in the press's words
@pytest.mark.parametrize("text", [
    "In 2019 the ministry said it was recruiting young people for the army.",
    "In 2018 the company recruited 200 workers for oil fields in Atyrau.",
    "In 2021 the KNB warned parents that recruiters target teenagers online.",
    "In 2019 the government allocated 2 billion tenge for the fight against terrorism.",
    "In 2020 he sent money to his brother, who lives in Turkey.",
    "In 2020 the KNB blocked 300 Telegram channels spreading terrorist content.",
    "In 2022 he posted a video about the dangers of terrorist propaganda online.",
    "In 2019 the government brought back 231 people from the conflict zone in Syria under Operation Zhusan.",
    "In 2020 a journalist travelled to Syria to report on the war.",
    "In 2019 the blogger was jailed for seven years on extremism charges.",
])
def test_english_probes_3_generic_wordings_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    ("In 2017 a court in Atyrau sentenced a man to nine years for recruiting young people to fight for the "
     "Islamic State in Syria.", ["259"]),
    ("Prosecutors said he had lured at least five young men into joining ISIS in 2016.", ["259"]),
    ("In 2018 a woman was jailed for recruiting other women to travel to Syria, the KNB said.", ["259"]),
    ("In 2019 the KNB detained a recruiter who had persuaded three students to join a terrorist "
     "organisation.", ["259"]),
    ("In 2016 two imams were convicted of recruiting Kazakhs for jihadist groups in Syria.", ["259"]),
    ("In 2015 he was sentenced for enticing young men to go to Syria and join militants.", ["259"]),
    ("In 2018 a woman was sentenced to five years for sending money to her husband, who was fighting for "
     "ISIS in Syria.", ["258"]),
    ("In 2016 he was jailed for transferring funds to militants in Syria via money transfer services.", ["258"]),
    ("In 2019 a court convicted a man who had wired $2,000 to a terrorist organisation.", ["258"]),
    ("In 2020 a businessman was found guilty of funding terrorist activities.", ["258"]),
    ("In 2017 three men were convicted of raising money for Islamic State fighters.", ["258"]),
    ("In 2018 a man was sentenced to five years for posting videos calling for jihad on social media.", ["256"]),
    ("In 2020 a court in Shymkent jailed a man for spreading terrorist propaganda on Telegram.", ["256"]),
    ("In 2019 he was convicted of sharing ISIS propaganda videos on WhatsApp.", ["256"]),
    ("In 2021 a student was sentenced for posts justifying terrorism on VKontakte.", ["256"]),
    ("In 2017 a man was jailed for running a Telegram channel that spread propaganda of the Islamic State.", ["256"]),
    ("In 2019 a blogger was convicted of inciting ethnic hatred in posts on Facebook.", ["174"]),
    ("In 2017 a court in Aktau sentenced a man to six years for taking part in the fighting in Syria.", ["172"]),
    ("In 2018 he was convicted of participating in the armed conflict on the territory of Syria.", ["172"]),
    ("In 2018 a man was jailed on extremism charges for posting videos calling for jihad.", ["256"]),
    ("In 2020 an activist was sentenced on extremism charges for inciting ethnic hatred.", ["174"]),
    ("In 2019 she was convicted on extremism charges for taking part in the banned Democratic Choice of "
     "Kazakhstan.", ["405"]),
])
def test_english_probes_3_generic_wordings_are_read(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, want", [
    ("In 2020 a man was found guilty of radicalising and recruiting teenagers via WhatsApp on behalf of "
     "ISIS.", ["259"]),
    ("In 2016 a man who had left for Syria to join ISIS was sentenced to seven years.", ["257"]),
    ("In 2015 three men were detained at the airport as they tried to leave for Syria to join militants.", ["24"]),
    ("In 2019 a returnee who had fought in a conflict zone in Syria was sentenced to six years.", ["172"]),
])
def test_english_probes_3_generic_wordings_include(found, text, want):
    assert set(want) <= set(found(text))


# second batch: a second batch, written before any tuning on it
@pytest.mark.parametrize("text", [
    "In 2020 Nurlan insisted that he had never called for violence against ethnic Russians.",
    "Her lawyer said she categorically denies having transferred money to militants.",
    "In 2018 the suspect denied all links to the Islamic State, police said.",
    "The men deny plotting to seize power, their relatives told RFE/RL in 2021.",
    "In 2023 the KNB thwarted nine terrorist attacks and detained 46 members of terrorist cells, it said in "
    "its annual report.",
    "The share of terrorist crimes among all crimes fell to 0.1 percent in 2020.",
    "Last year courts handed down 98 verdicts in cases involving terrorist offences, the Supreme Court said "
    "in 2022.",
    "In 2021 the opposition described the gas price rise as an act of economic terrorism against the "
    "population.",
    "In 2019 a deputy said that high interest rates amounted to financial terrorism against borrowers.",
    "Terrorism has no nationality or religion, the imam said in 2017.",
    "In 2021 the blogger was handed a suspended sentence on extremism charges.",
    "In 2018 dozens of Muslims were jailed on extremism charges, Forum 18 said.",
    "In 2015 Kazakhstan said 150 of its citizens were fighting in Syria.",
    "In 2023 Kazakhstan repatriated 40 women and children from camps in Syria.",
])
def test_english_probes_3_second_batch_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    ("In 2016 a court in Almaty sentenced a 25-year-old man who took part in combat operations in Syria to "
     "eight years for membership in a terrorist organisation.", ["257"]),
    ("The returnee, who fought alongside ISIS militants in Iraq, was convicted in 2019 of participating in "
     "the activities of a terrorist organisation.", ["257"]),
    ("In 2017 he was convicted of participating in an armed conflict in Syria and of membership in a "
     "terrorist organisation.", ["172", "257"]),
    ("In 2020 a senior officer of the National Security Committee was arrested for spying for China.", ["175"]),
    ("In 2021 a Chinese diplomat's aide, a citizen of China, was convicted of espionage in Nur-Sultan.", ["176"]),
    ("In 2017 a court found a man guilty of recruiting fighters for the so-called Islamic State among "
     "migrant workers.", ["259"]),
    ("Investigators said the woman had talked three neighbours into travelling to Syria to join a terrorist "
     "group in 2015.", ["259"]),
    ("In 2016 she was jailed for sending money and warm clothes to militants in Syria.", ["258"]),
    ("A court in Taraz convicted a man in 2018 of collecting donations for fighters in Syria.", ["258"]),
    ("In 2019 a man was sentenced for uploading jihadist videos to his Instagram page.", ["256"]),
    ("In 2020 a court sentenced a man to five years for distributing terrorist materials via Telegram.", ["256"]),
])
def test_english_probes_3_second_batch_are_read(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, want", [
    ("In 2021 four men were convicted of plotting to seize power by force; they deny the charges.", ["179"]),
    ("In 2015 police detained two men in Almaty who were preparing to leave for Syria to join the Islamic "
     "State.", ["24", "257"]),
])
def test_english_probes_3_second_batch_include(found, text, want):
    assert set(want) <= set(found(text))


# third batch: a third batch: reported speech, passives, another's non-charge, comparisons
@pytest.mark.parametrize("text", [
    "In 2019 he was said to have been recruited by ISIS while working in Turkey, but he returned home and "
    "was not charged.",
    "In 2020 Margulan, a student who had been abducted in Russia, was found fighting in Ukraine.",
    "In 2023 relatives said the man had been forced to fight for the Wagner group after being detained in "
    "Russia.",
    "In 2016 the KNB denied that any Kazakh citizens were fighting for ISIS in Afghanistan.",
    "In 2018 imams told young people that joining terrorist groups in Syria was a sin.",
    "In 2017 the deputy compared the opposition's rallies to an act of terrorism.",
    "In 2022 the number of Kazakhs convicted of taking part in foreign conflicts rose sharply, Mediazona said.",
    "In 2020 he denied ever having posted extremist materials on social networks.",
])
def test_english_probes_3_third_batch_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    ("According to the indictment, the defendant is alleged to have recruited four young men for ISIS in "
     "2016.", ["259"]),
    ("He is said to have transferred 300,000 tenge to an Islamic State fighter in 2017, the prosecutor's "
     "office said.", ["258"]),
    ("The blogger was accused in 2021 of having published posts that justified terrorist attacks.", ["256"]),
    ("In 2018 the KNB said the man had been a member of the Islamic State since 2014.", ["257"]),
    ("In 2020 he was sentenced for posting extremist materials calling for jihad on social networks, which "
     "he denied.", ["256"]),
    ("In 2018 police detained three men who had recruited young people for ISIS; a fourth man was not "
     "charged.", ["259"]),
    ("In 2020 police detained a man who recruited young people for ISIS and was charged with financing "
     "terrorism.", ["258", "259"]),
    ("In 2019 a man who posted videos calling for jihad was sentenced to five years under Article 256.", ["256"]),
])
def test_english_probes_3_third_batch_are_read(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, want", [
    ("In 2017 a returnee was found guilty of participating in hostilities in Syria, the court's press "
     "service said.", ["172"]),
])
def test_english_probes_3_third_batch_include(found, text, want):
    assert set(want) <= set(found(text))


# fourth batch: a fourth batch (Kazinform, Astana Times, prosecutors' English, HRW, Forum 18), run before tuning on
# it: drawing minors in, help sent to a member (the recipient, not membership), 'had no terrorist attacks', the number
# of fighters fallen, fake news likened to terrorism
@pytest.mark.parametrize("text", [
    "In 2021 the Astana Times reported that Kazakhstan had no terrorist attacks for five years.",
    "In 2018 the KNB said the number of Kazakhs fighting in Syria and Iraq had fallen to about 150.",
    "In 2019 the mother of a man serving time for terrorism told RFE/RL he had been tortured.",
    "In 2020 the activist denied spreading false information about the coronavirus, his lawyer said.",
    "The minister likened the spread of fake news to terrorism in 2020.",
    "In 2022 the president said the January events were an attempted coup d'etat, but the opposition "
    "rejected that claim.",
])
def test_english_probes_3_fourth_batch_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    ("The Specialized Inter-District Criminal Court of Almaty sentenced a 23-year-old resident to 5 "
     "years of imprisonment for propaganda of terrorism in 2021.", ["256"]),
    ("In 2020 the court established that the convict had involved two minors in terrorist activity "
     "through a messenger.", ["259"]),
    ("A resident of Shymkent transferred funds to a member of an international terrorist organization in "
     "Syria in 2018, the KNB press service reported.", ["258"]),
    ("In 2022 a 17-year-old resident of Karaganda sent a false message about the mining of a school to "
     "the police.", ["273"]),
    ("In 2020 the Prosecutor's Office of Atyrau region sent to court a criminal case against a man who "
     "had incited interethnic discord on social networks.", ["174"]),
    ("In 2021 Forum 18 reported that a man was jailed for five years for \"participating in the activity "
     "of a banned extremist organisation\", the DVK.", ["405"]),
    ("In 2019 Amnesty said the activist had been jailed on a charge of \"inciting social discord\" for his "
     "Facebook posts.", ["174"]),
])
def test_english_probes_3_fourth_batch_are_read(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, want", [
    ("Kazakh security services said in 2019 they had foiled a plot by a group of Islamic State "
     "supporters to bomb a police station in Nur-Sultan.", ["24", "255"]),
])
def test_english_probes_3_fourth_batch_include(found, text, want):
    assert set(want) <= set(found(text))


# officials spying, near misses: the officers who detain or expose the suspect are not the offender; "exposed" is a
# proceeding's word beside espionage
@pytest.mark.parametrize("text, want", [
    ("In 2019 Kazakh security officers detained a Chinese citizen on suspicion of espionage.", ["176"]),
    ("In 2020 KNB officers detained a man in Almaty on suspicion of spying for a foreign state.", ["175", "176"]),
    ("In 2021 a man was arrested by KNB officers for passing secret information to foreign intelligence.",
     ["175", "176"]),
    ("In 2021 officers of the National Security Committee exposed a resident of Aktau who had been spying for a "
     "foreign country.", ["175", "176"]),
])
def test_english_probes_3_officers_who_detain_are_not_the_offender(found, text, want):
    assert found(text) == want


# the lead's kinds of round 35's dev side and after: calls for an overthrow worded as promoting or advocating it,
# joining "terrorists", websites found and blocked, commentary on what qualifies as terrorism (read on the fixture's
# date, 2023: calls for an overthrow are 2014 art. 179 p1, the overthrow itself 179 p3)
@pytest.mark.parametrize("text, want", [
    ("In 2012 he was charged with promoting the violent overthrow of the constitutional order.", ["179"]),
    ("In 2012 he was charged with advocating the violent overthrow of the government.", ["179"]),
    ("In 2008 he was found guilty of plotting to overthrow the government.", ["179", "24"]),
    ("A court in Taraz in 2018 sentenced three men to prison for preparing to travel to Syria to join terrorists.",
     ["24", "257"]),
    ("In 2016 police said terrorists had joined the protesters.", []),
    ("“We have found 94 websites that propagate terrorism, extremism and separatism,” the statement released on "
     "July 26, 2016 says.", []),
    ("In 2016 he created websites that propagate terrorism.", ["256"]),
    ("In 2018 prosecutors continued to exhibit wide discretion in determining what activities qualify as “terrorism” "
     "or “extremism” under the law.", []),
    ("In 2021 he transferred money to his brother, a fighter of Jabhat al-Nusra in Syria.", ["258"]),
    ("In 2016 he joined his brother, an Islamic State fighter in Syria.", ["257"]),
    ("The KNB detained a Kazakh citizen in 2023 on charges of propaganda of terrorism for reposting videos of an "
     "Islamic State preacher on his Instagram page.", ["256"]),
    ("In 2015 he fled to Syria, where he joined Jabhat al-Nusra; he was arrested on his return in 2018.", ["257"]),
    ("In 2015 he went to Syria where he joined the fighting.", ["172"]),
    ("Kazakhstan's Criminal Code criminalizes terrorism financing under Article 258.", []),
    ("Under the 2014 Criminal Code, participation in a banned organisation carries up to six years.", []),
])
def test_english_probes_lead_fifteenth_session(found, text, want):
    assert found(text) == want


def test_promoting_an_overthrow_is_a_call_not_the_seizure(rb):
    from lawbook.classification import classify_text
    r = classify_text("In 2012 he was charged with promoting the violent overthrow of the constitutional order.",
                      rulebook=rb)
    assert [(f["code"], f["article"], f["part"]) for f in r["findings"]] == [("1997", "170", "1")]
