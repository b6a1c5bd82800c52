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


# -- English probes (4), the seventeenth session (issue 10): texts that tell no case, and real case wording -------------
# Sentences in the English sources' registers (RFE/RL, Forum 18, HRW, the State Department, prosecutors' releases,
# Kazinform, the Astana Times), each read on the date it names (a year before 2015 is the 1997 Code's): [] is nothing
# found. A count that names the offence stays a finding, as the corpus labels such statistics.
def _found_dated(rb, text):
    from lawbook.classification import classify_text
    return sorted({f["article"] for f in classify_text(text, rulebook=rb)["findings"]})

# batch 1: explainers, monitors' and State Department reports, analyses, officials' interviews, statistics, policy
# and programme news, warnings; beside each kind a case that must still be read
@pytest.mark.parametrize("text, want", [
    # explainers
    ("Under Kazakhstan's Criminal Code, propaganda of terrorism and public calls to commit an act of terrorism are"
     " punishable by seven to twelve years in prison.",
     []),
    ("Kazakhstan's list of banned terrorist and extremist organisations, maintained by the Prosecutor General's "
     "Office, currently includes 21 groups, among them Hizb ut-Tahrir, Tablighi Jamaat and the Islamic State.",
     []),
    ('The Supreme Court recognised Hizb ut-Tahrir as an extremist organisation in 2005, banning its activities on '
     'the territory of Kazakhstan.',
     []),
    ('In Kazakhstan, extremism is understood as the organisation or commission of acts aimed at the violent '
     'seizure of power, inciting social, national or religious discord, or propaganda of the superiority of one '
     'religion.',
     []),
    ('What is the difference between extremism and terrorism under Kazakh law? Terrorism involves violence or the '
     'threat of violence to intimidate the population.',
     []),
    ('Article 174 of the Criminal Code, which covers inciting social, national, clan, racial, class or religious '
     'discord, is among the most frequently used articles against critics.',
     []),
    ('Participation in armed conflicts abroad is a criminal offence in Kazakhstan under Article 172 of the '
     'Criminal Code.',
     []),
    ('Membership in a banned religious organisation is punishable under Article 405 of the Criminal Code.',
     []),
    # monitors' and State Department reports
    ('The government continued to use laws against extremism and inciting religious discord to prosecute members '
     'of minority religious groups, according to human rights organizations.',
     []),
    ('According to Forum 18, prosecutions of Muslims for sharing religious texts online increased in 2019.',
     []),
    ('Human rights groups reported that authorities used charges of "inciting discord" against civil society '
     'activists and journalists throughout the year.',
     []),
    ("The State Department's annual report on religious freedom said Kazakh authorities continued to restrict the "
     "activities of groups such as Tablighi Jamaat and the Jehovah's Witnesses.",
     []),
    ('Human Rights Watch said the broad definition of extremism in Kazakh law allows the authorities to '
     'criminalize peaceful religious expression.',
     []),
    ('Forum 18 has documented dozens of cases in which Muslims were jailed for alleged membership of Tabligh '
     'Jamaat since the movement was banned in 2013.',
     ['405']),
    ('The report noted that the overly broad "extremism" and "terrorism" charges had been used to jail opposition '
     'activists linked to the banned Democratic Choice of Kazakhstan.',
     []),
    # analyses
    ('Experts say that young men from western Kazakhstan were particularly vulnerable to recruitment by the '
     'Islamic State in 2014 and 2015.',
     []),
    ('Analysts attribute the spread of Salafism in the regions to poverty, unemployment and a lack of trusted '
     'religious authorities.',
     []),
    ("The 2016 Aktobe attacks exposed serious gaps in the security services' ability to track radicalised "
     "individuals, analysts said.",
     []),
    ('Some observers believe the government exaggerates the threat of religious extremism to justify tighter '
     'control over believers.',
     []),
    ('Researchers estimate that between 500 and 800 Kazakh citizens travelled to Syria and Iraq to join militant '
     'groups.',
     []),
    # interviews with officials
    ('The KNB chairman told parliament that the agency was focusing on preventing the recruitment of young people '
     'into terrorist organisations over the internet.',
     []),
    ('"Our main task is to prevent the spread of radical ideology among young people," the head of the religious '
     'affairs department said in an interview with Kazinform.',
     []),
    ('Deputy Prosecutor General said in an interview that most people convicted of extremism had been radicalised '
     'online.',
     []),
    ('The minister of information said that destructive religious movements were using social networks to spread '
     'their ideas among teenagers.',
     []),
    # statistics
    ("In 2022, courts in Kazakhstan convicted 123 people of terrorist and extremist crimes, according to the "
     "Prosecutor General's Office.",
     []),
    ('Since 2013, more than 700 Kazakh citizens have been convicted of terrorism-related offences, the KNB said.',
     []),
    ('The number of people serving sentences for terrorist and extremist crimes stood at about 600 in 2021.',
     []),
    ('Over the past five years, more than 1,000 websites containing extremist materials have been blocked.',
     []),
    # policy and programme news
    ('The government approved a state programme to counter religious extremism and terrorism for 2018-2022.',
     []),
    ('President Tokayev signed amendments to the law on countering extremism in 2021.',
     []),
    ('Under Operation Zhusan, Kazakhstan repatriated more than 600 citizens from Syria, most of them women and '
     'children, who underwent rehabilitation.',
     []),
    ('Women who returned from Syria under the Zhusan programme attend courses with theologians and psychologists '
     'at a rehabilitation centre in Aktau.',
     []),
    ("Kazakhstan's Agency for Religious Affairs has launched an outreach campaign in schools to warn teenagers "
     "about the dangers of joining destructive religious movements.",
     []),
    ('The KNB and the Interior Ministry held joint counter-terrorism exercises in Almaty in 2019.',
     []),
    # court or police warnings
    ("The Prosecutor's Office of Almaty warns that spreading false information about terrorist attacks entails "
     "criminal liability.",
     []),
    ('Police warned parents that teenagers who make false bomb threats to schools can face criminal charges.',
     []),
    ('The court reminded citizens that participation in the activities of banned organisations is a criminal '
     'offence.',
     []),
    ('The KNB warns that anyone who takes part in armed conflicts abroad will be prosecuted upon return.',
     []),
    ('The Interior Ministry urged citizens to report any attempts to recruit them into extremist groups.',
     []),
    # paired cases that must still be read
    ('In 2019, a court in Almaty sentenced a man who had returned from Syria under Operation Zhusan to eight years'
     ' for taking part in the activities of a terrorist organisation.',
     ['257']),
    ('In 2020, a court in Karaganda sentenced a man to two years of restricted freedom for participation in the '
     'activities of the banned Democratic Choice of Kazakhstan.',
     ['405']),
    ('In 2016, a court in Astana jailed a member of Tablighi Jamaat for a year and a half for participating in the'
     ' banned movement.',
     ['405']),
    ('In 2021, a resident of Shymkent was sentenced to five years for posting videos calling for jihad on WhatsApp.',
     ['256']),
    ('In 2018, a blogger in Aktau was found guilty of inciting national discord and sentenced to three years of '
     'restricted freedom.',
     ['174']),
    ('In 2023, a teenager in Pavlodar was convicted of making a false bomb threat to his school.',
     ['273']),
    ('In 2017, a court in Atyrau sentenced a man who had fought in Syria to seven years for taking part in an '
     'armed conflict abroad.',
     ['172']),
    ('In 2018, a woman in Aktobe was jailed for recruiting young people into the Islamic State over the internet.',
     ['259']),
])
def test_english_probes_4_batch_1(rb, text, want):
    assert _found_dated(rb, text) == want


# batch 2: real case wording (passives, 'on ... charges', 'for allegedly', 'was found guilty of', 'jailed for',
# reported speech, named banned groups, dates) and near misses
@pytest.mark.parametrize("text, want", [
    # passive voice, "on X charges"
    ('A resident of Taraz was sentenced to six years in prison on terrorism propaganda charges in March 2019, the '
     'regional court said.',
     ['256']),
    ('Activist Serikzhan Bilash was detained in Almaty in March 2019 on charges of inciting ethnic discord.',
     ['174']),
    ('In 2021, three activists in Shymkent were handed restricted freedom sentences on extremism charges for '
     'supporting the banned Koshe Party.',
     ['405']),
    ('In 2016 a court in Pavlodar jailed a Muslim for five years on charges of inciting religious hatred over '
     'sermons he had posted online.',
     ['174']),
    ('Two men were jailed in 2017 on charges of membership of a terrorist organisation after they returned from '
     'Syria.',
     ['257']),
    # "for allegedly"
    ('In 2020, a man in Kyzylorda was arrested for allegedly spreading terrorist propaganda on Telegram.',
     ['256']),
    ('In 2019, police in Almaty detained an activist for allegedly taking part in the activities of the banned DVK'
     ' movement.',
     ['405']),
    ('In 2018, a pensioner in Petropavl was put on trial for allegedly inciting national discord in Facebook posts.',
     ['174']),
    ('In 2022, a woman from Aktobe was charged for allegedly sending money to her husband, who was fighting for '
     'the Islamic State in Syria.',
     ['258']),
    # "was found guilty of"
    ('In 2017, a court in Almaty found five men guilty of propaganda of terrorism and participation in a terrorist'
     ' group.',
     ['256', '257']),
    ('In 2018 a court in Kostanai found a follower of Tablighi Jamaat guilty of participating in the activities of'
     ' a banned religious organisation.',
     ['405']),
    ('In 2016, the Almaty District Court found Nurlan Alimbekov guilty of inciting religious discord and '
     'propaganda of terrorism.',
     ['174', '256']),
    ('In 2021, a court in Nur-Sultan found a local man guilty of preparing a terrorist attack on a police station.',
     ['24', '255']),
    # "jailed for"
    ('A blogger in Aktobe was jailed for seven years in 2019 for posting videos that called for jihad.',
     ['256']),
    ('In 2015, a man from Zhezkazgan was jailed for nine years for fighting in Syria.',
     ['172']),
    ('In 2016, a resident of Almaty was jailed for three years for illegally keeping a pistol and ammunition at '
     'home.',
     ['287']),
    ('In 2022 a student was jailed for two years for falsely reporting a bomb at Almaty airport.',
     ['273']),
    # reported speech
    ('Prosecutors said the man had posted audio recordings calling for jihad on his WhatsApp channel in 2019.',
     ['256']),
    ('According to the court, in 2020 the defendant took part in the activities of the banned Koshe Party by '
     'calling for rallies.',
     ['405']),
    ('The KNB said it had detained in 2021 a member of an Islamic State cell who was planning to leave for '
     'Afghanistan.',
     ['257']),
    ('In 2019, the court established that the defendant had recruited three young men to fight in Syria.',
     ['259']),
    ('Investigators say that in 2022 he called on his followers to seize power by force.',
     ['179']),
    # named banned groups
    ('In 2015, a court in Astana sentenced four members of Tablighi Jamaat to prison for participation in a banned'
     ' extremist organisation.',
     ['405']),
    ('In 2017 six men in Kentau were convicted of membership of Hizb ut-Tahrir, which is banned in Kazakhstan.',
     ['405']),
    ("In 2019 a court in Shymkent jailed a supporter of Mukhtar Ablyazov's banned Democratic Choice of Kazakhstan "
     "for participating in the movement's activities.",
     ['405']),
    ('In 2016, a 24-year-old from Karaganda was convicted of membership in Jabhat al-Nusra.',
     ['257']),
    ('In 2014 a court in Petropavl convicted a man of belonging to At-Takfir wal-Hijra, a banned group.',
     ['337-1']),
    # dates in various forms
    ('On March 3, 2020, the Esil district court sentenced a woman to five years for disseminating terrorist '
     'propaganda.',
     ['256']),
    ('On 14 February 2017, a court in Ridder sentenced him to two years for inciting social discord.',
     ['174']),
    ('In late 2018, the Karaganda regional court upheld the sentence for inciting religious discord.',
     ['174']),
    # near-miss case wording that must give nothing
    ('In 2019 a court in Almaty acquitted the man of propaganda of terrorism.',
     []),
    ('Prosecutors dropped the extremism charges against the activist in 2020.',
     []),
    ('In 2021 the man said he had been wrongly accused of inciting ethnic discord.',
     ['174']),
    ('In 2018 the court returned the case on inciting religious discord to the prosecutor for further '
     'investigation.',
     ['174']),
    ('The activist was released in 2022 after serving his sentence.',
     []),
    ('In 2020, the appeals court reduced his sentence by one year.',
     []),
    ('He was granted parole in 2021.',
     []),
])
def test_english_probes_4_batch_2(rb, text, want):
    assert _found_dated(rb, text) == want


@pytest.mark.parametrize("text, want", [
    ('In 2018, a man from Aktau was sentenced to eight years for fighting alongside Islamic State militants in '
     'Iraq.',
     ['257']),
])
def test_english_probes_4_batch_2_include(rb, text, want):
    assert set(want) <= set(_found_dated(rb, text))


# batch 3: texts of several sentences that tell no case, and cases in the same register
@pytest.mark.parametrize("text, want", [
    # multi-sentence non-case texts in the sources' register
    ('ASTANA – Kazakhstan will spend 20 billion tenge on a new programme to counter religious extremism and '
     'terrorism in 2023-2027, the Agency for Religious Affairs said. The programme includes work with convicts '
     'serving sentences for terrorist and extremist crimes and with their families.',
     []),
    ('The National Security Committee (KNB) has warned of a growing threat from online recruitment by '
     'international terrorist organisations. In 2023 the KNB blocked more than 3,000 accounts spreading terrorist '
     'propaganda, its press service said.',
     []),
    ("Kazakhstan's Prosecutor General's Office reminds citizens that participation in foreign armed conflicts is "
     "punishable by up to nine years in prison. Those who return voluntarily and cooperate with the investigation "
     "may be exempted from criminal liability.",
     []),
    ('In its 2021 report on Kazakhstan, Human Rights Watch said the authorities continued to use vague and '
     'overbroad charges of "inciting discord" and "participation in a banned extremist organization" to silence '
     'critics. Dozens of people were prosecuted for alleged links with the banned opposition movement Democratic '
     'Choice of Kazakhstan.',
     ['405']),
    ("The U.S. State Department's 2020 Country Reports on Terrorism said Kazakhstan remained committed to "
     "countering terrorism and had repatriated more than 600 of its citizens from Syria. The government prosecuted"
     " returnees suspected of terrorist activity and provided rehabilitation to women and children.",
     []),
    ('Religious scholar Asylbek Izbairov said in an interview that Salafi ideas had spread among young people in '
     'the west of the country. "Recruiters exploit social problems and a lack of religious knowledge," he said.',
     []),
    ('Speaking at a briefing in Almaty, the deputy head of the city police department said officers had held '
     'preventive talks with more than 200 young people at risk of radicalisation.',
     []),
    ("Kazakhstan's Supreme Court issued a normative resolution explaining how courts should apply the articles on "
     "terrorism and extremism. The resolution clarifies the difference between propaganda of terrorism and the "
     "mere possession of banned materials.",
     []),
    ('The Astana city court on Tuesday recognised the Islamic State as a terrorist organisation and banned its '
     'activities in Kazakhstan.',
     []),
    ('Forum 18 notes that since the start of 2022 at least 12 Muslims have been jailed for sharing Islamic talks '
     'on WhatsApp, in what human rights defenders call a crackdown on peaceful believers.',
     []),
    ('Experts warn that the return of fighters from Syria and Afghanistan poses a risk of new terrorist attacks in'
     ' Central Asia.',
     []),
    ('The KNB chairman said in 2019 that 15 terrorist attacks had been prevented and 35 members of terrorist '
     'groups detained.',
     []),
    ('In 2022, the number of registered crimes of a terrorist and extremist nature fell by 30% compared with 2021.',
     []),
    ('Police in Pavlodar held a lecture at a local college on criminal liability for spreading false information '
     'and making false bomb threats.',
     []),
    ('The Ministry of Information and Social Development said that since the beginning of the year, 1,200 '
     'materials containing propaganda of terrorism and extremism had been removed from the internet.',
     []),
    ('Tokayev said the January 2022 unrest was an attempted coup d\'etat and that "terrorists" had been trained '
     'abroad, though he offered no evidence.',
     []),
    ('Amnesty International called on the Kazakh authorities to release activist Aron Atabek and to stop using '
     'anti-extremism legislation to punish dissent.',
     []),
    # multi-sentence cases that must still be read
    ('The Almaty district court sentenced activist Askhat Zheksebayev in 2020 to four years in prison. He was '
     'convicted of participation in the activities of the banned Koshe Party.',
     ['405']),
    ("ASTANA – A court in Kostanay sentenced a 30-year-old resident to six years in prison for propaganda of "
     "terrorism, the regional prosecutor's office said on Monday. In 2022 he posted videos of Islamic State "
     "fighters on his Instagram page.",
     ['256']),
    ("A man repatriated from Syria under Operation Zhusan in 2019 was sentenced to seven years for participating "
     "in a terrorist organisation, the KNB said. He had lived in the Islamic State's territory since 2014.",
     ['257']),
    ('In 2018 a court in Semei sentenced a local imam to five years for inciting religious discord. Human rights '
     'defenders said the case was part of a broader crackdown on Salafi Muslims.',
     ['174']),
    ('A 15-year-old schoolboy from Karaganda who threatened on Telegram in 2023 to blow up his school has been '
     'convicted of making a false report of an act of terrorism, police said.',
     ['273']),
])
def test_english_probes_4_batch_3(rb, text, want):
    assert _found_dated(rb, text) == want


# batch 4: laws adopted, bans, programmes, anniversaries, advice, lists, statistics; cases of the same kinds
@pytest.mark.parametrize("text, want", [
    ("In June 2021, Kazakhstan's parliament adopted amendments introducing criminal liability for financing the "
     "travel of citizens to foreign armed conflicts.",
     []),
    ('The Supreme Court explained in a 2018 resolution that possessing extremist materials for personal use, '
     'without the aim of distributing them, does not constitute propaganda.',
     []),
    ('Kazakhstan added the Turkestan Islamic Party to its list of banned terrorist organisations in 2016, '
     'following a court ruling.',
     []),
    ('The government reported it had placed 25 convicts serving sentences for terrorism and extremism in '
     'deradicalisation programmes in prisons in 2019.',
     []),
    ('A counter-terrorism operation regime was introduced in Aktobe region after the June 2016 attacks and lifted '
     'a month later.',
     []),
    ('On the fifth anniversary of the Aktobe terrorist attacks, residents laid flowers at a memorial to the '
     'victims.',
     []),
    ('Kazakhstan and Uzbekistan signed an agreement on the extradition of persons accused of terrorism and '
     'extremism.',
     []),
    ('The UN Special Rapporteur on counter-terrorism urged Kazakhstan to revise its vague definitions of '
     '"extremism" and "terrorism" in line with international standards.',
     []),
    ('Theologians from the Spiritual Administration of Muslims held meetings with convicts serving sentences for '
     'extremist and terrorist crimes in Karaganda region.',
     []),
    ('Why do young people from Kazakhstan join terrorist organisations? Sociologists point to unemployment, weak '
     'religious education and family problems.',
     []),
    ('In an interview with Tengrinews, the KNB spokesman explained what citizens should do if they receive '
     'messages containing calls to terrorism.',
     []),
    ('The Financial Monitoring Agency added 1,500 people to the list of persons involved in financing terrorism '
     'and extremism in 2022.',
     []),
    ('Each year the KNB holds an international conference on countering the financing of terrorism in Astana.',
     []),
    ('The Interior Ministry said the number of criminal offences involving false reports of bombs fell compared '
     'with last year.',
     ['273']),
    # a clause block that holds reports (blocks_reports) withdraws a false report read in its clause
    ('Deputy Interior Minister: "Each false report of a bomb costs the state about 500,000 tenge, and '
     'the perpetrators will be found."',
     []),
    ("Kazakhstan's anti-extremism law allows courts to ban organisations and materials deemed extremist at the "
     "request of prosecutors.",
     []),
    ('The religious affairs committee called on parents to pay attention to what their children watch online, '
     'saying recruiters of terrorist groups actively use social media.',
     []),
    ('The Astana Times interviewed former convicts who renounced radical views after taking part in rehabilitation'
     ' programmes.',
     []),
    # paired cases of the same kinds, which must still be read
    ('In 2022, a resident of Atyrau was sentenced to six years for financing the travel of two men to Syria to '
     'join the Islamic State.',
     ['258']),
    ('In 2019, a court in Aktau sentenced a man to five years for storing and distributing extremist materials '
     'calling for jihad among his acquaintances.',
     ['256']),
    ('In 2017, a court in Almaty sentenced a man to eight years for membership in the Turkestan Islamic Party, a '
     'banned terrorist organisation.',
     ['257']),
    ('A convict serving a sentence for terrorism in a Karaganda colony was given another five years in 2021 for '
     'spreading terrorist propaganda among other inmates.',
     ['256']),
    ('In 2020, a man was sentenced to two years of restricted freedom for a false report of a bomb at a shopping '
     'centre in Nur-Sultan, the Interior Ministry said.',
     ['273']),
    ('In 2021, the KNB detained a resident of Taraz who had used social media to recruit young people into a '
     'terrorist organisation.',
     ['259']),
])
def test_english_probes_4_batch_4(rb, text, want):
    assert _found_dated(rb, text) == want


# batch 5: court and prosecutors' releases, wire copy, in-absentia verdicts, extradition; near misses (amnesty,
# acquittal, fine, refusal to open a case, a child)
@pytest.mark.parametrize("text, want", [
    ("A resident of Kyzylorda region has been brought to criminal responsibility for propaganda of terrorism, the "
     "regional prosecutor's office reported in 2021.",
     ['256']),
    ('In 2022 a Shymkent court handed a six-year prison sentence to a 27-year-old man who distributed audio '
     'lectures of a preacher calling for armed jihad via WhatsApp.',
     ['256']),
    ('The 35-year-old, who stands accused of propagating terrorism on Telegram, was remanded in custody in Almaty '
     'in 2023.',
     ['256']),
    ('Almaty, 2019 – Activist Sanavar Zakirova was detained on suspicion of inciting national discord over a video'
     ' she posted on Facebook.',
     ['174']),
    ('The Ekibastuz court sentenced Dauren Madiyarov in 2020 to five years of restricted freedom under Article 174'
     ' for posts about ethnic Russians.',
     ['174']),
    ('In absentia, a Kazakh court sentenced in 2016 a citizen fighting in Syria to 15 years for participation in a'
     ' terrorist organization.',
     ['257']),
    ('In 2019 Turkey extradited to Kazakhstan a man wanted on charges of participating in the activities of a '
     'terrorist organisation.',
     ['257']),
    ('He pleaded guilty in 2019 to participating in the activities of a banned extremist organisation, the DVK, '
     'and received a restricted freedom sentence.',
     ['405']),
    ('"The guilt of the defendant in propaganda of terrorism has been fully proven," the press service of the '
     'Aktobe regional court said in 2018. The verdict has not yet entered into force.',
     ['256']),
    ("In February 2023, the Almaty prosecutor's office sent to court a criminal case against a 19-year-old man who"
     " reported a bomb at the airport by phone; the report proved false.",
     ['273']),
    ('In 2018 a man from Zhanaozen was convicted of financing terrorism after transferring 300,000 tenge to a '
     'militant in Syria.',
     ['258']),
    ('In 2017 a court in Aktobe convicted a woman of recruiting her sister and two friends to travel to Syria and '
     'join the Islamic State.',
     ['259']),
    ('In 2019 police in Nur-Sultan detained three men suspected of plotting to blow up a police station on behalf '
     'of the Islamic State.',
     ['24', '255', '257']),
    ('In 2021 a resident of Taraz was convicted of illegally acquiring, storing and carrying firearms and '
     'ammunition.',
     ['287']),
    ('In 2023 a court in Kostanay sentenced a local man to six years for fighting in Ukraine on the side of '
     'Russian forces as part of the Wagner group.',
     ['172']),
    ('In 2024 a court in Pavlodar sentenced a Kazakh citizen to five years for mercenarism after he signed a '
     'contract with the Russian army to fight in Ukraine for money.',
     ['170']),
    ('In 2014, a resident of Ust-Kamenogorsk was charged with separatism after calling in an online post for East '
     'Kazakhstan region to join Russia.',
     ['170']),
    ('In 2022 a blogger was arrested on charges of calling for the violent seizure of power after the January '
     'unrest.',
     ['179']),
    ('In 2022 a court in Almaty sentenced a man to eight years for taking part in the mass riots of January 2022 '
     'and looting shops.',
     ['272']),
    ('Charged with participation in a banned organisation, the activist was placed under house arrest in Almaty in'
     ' 2021.',
     ['405']),
    ('In 2016 prosecutors charged the imam under Articles 174 and 256 of the Criminal Code.',
     ['174', '256']),
    ('In 2021 the Almaty court released the activist from criminal liability under an amnesty before trial; the '
     'charge of inciting discord was dropped.',
     []),
    ('In 2019 the Supreme Court overturned the conviction for inciting discord and acquitted him.',
     []),
    ('A resident of Taraz was fined 100 MCI in 2020 under the Code of Administrative Offences for posting '
     'extremist materials.',
     []),
    ('In 2022 the police refused to open a criminal case against the blogger over his posts, finding no signs of '
     'inciting discord.',
     []),
    ('In 2023 prosecutors said a video claiming a bomb had been planted at the school was fake, and its author was'
     ' a 10-year-old boy who cannot be held criminally liable.',
     []),
])
def test_english_probes_4_batch_5(rb, text, want):
    assert _found_dated(rb, text) == want


# batch 6: reports, releases and news that tell no case (measures, hotlines, operators' duties, bills, threats in
# general); cases in the same registers
@pytest.mark.parametrize("text, want", [
    ("Country Reports on Terrorism 2019: Kazakhstan. Kazakhstan's counterterrorism efforts focused on the "
     "repatriation of foreign terrorist fighters and their families and on preventing radicalization to violence.",
     []),
    ('The government of Kazakhstan maintained that its laws on extremism were necessary to protect national '
     'security, while civil society groups said they were applied too broadly.',
     []),
    ("In 2020 the Supreme Court summarised judicial practice in cases of terrorism and extremism and recommended "
     "that courts assess the forensic expert's conclusions more critically.",
     []),
    ("Kazakhstan's Prosecutor General said crimes of a terrorist and extremist nature had decreased by 20 percent "
     "in 2021.",
     []),
    ('The KNB reported that it had neutralised several cells of international terrorist organisations and detained'
     ' their members, without giving details.',
     ['257']),
    ('Religious freedom advocates have long criticised Kazakhstan for jailing Muslims under the extremism articles'
     ' of the Criminal Code.',
     []),
    ('USCIRF recommended that the U.S. government press Kazakhstan to release individuals imprisoned for peaceful '
     'religious activity and to amend its 2011 religion law.',
     []),
    ('A seminar on preventing religious extremism among young people was held at the Akmola regional library.',
     []),
    ('Kazakhstan has stepped up security measures at airports and railway stations following a series of false '
     'bomb threats.',
     []),
    ('The Interior Ministry has launched a hotline for reporting suspected propaganda of terrorism and extremism '
     'online.',
     []),
    ('Under the new rules, mobile operators must block SIM cards used to make false reports of terrorist acts.',
     []),
    ('Kazakh lawmakers proposed stripping citizenship from people convicted of terrorist crimes.',
     []),
    ("In 2019 Kazakhstan's parliament debated a bill that would make participation in foreign armed conflicts "
     "punishable by up to ten years.",
     []),
    ('"Propaganda of terrorism on the internet is one of the main threats to young people," the KNB deputy '
     'chairman told journalists.',
     []),
    ('Kazinform: More than 50 imams in Mangystau region attended training courses on countering the ideology of '
     'destructive religious movements.',
     []),
    ('Psychologists and theologians work with the wives of convicted terrorists to help them reintegrate into '
     'society.',
     []),
    ('The KNB said that no terrorist acts had been committed in Kazakhstan in 2023 thanks to preventive measures.',
     []),
    ('The court press service explained that a suspended sentence is not available for terrorist crimes under the '
     'Criminal Code.',
     []),
    # cases told in the same registers, which must still be read
    ('Country Reports on Terrorism 2019 noted that in 2019 a court in Almaty sentenced a returnee from Syria to '
     'eight years for participation in a terrorist organisation.',
     ['257']),
    ('In 2021 the Supreme Court upheld the sentence of activist Ermek Narymbaev, convicted of inciting social '
     'discord in his Facebook posts.',
     ['174']),
    ('The KNB said in 2022 that it had detained a resident of Shymkent who was spreading propaganda of terrorism '
     'on Telegram.',
     ['256']),
    ('In 2022 a man who made false bomb threats against airports in Almaty and Astana was sentenced to three '
     'years, the Interior Ministry said.',
     ['273']),
])
def test_english_probes_4_batch_6(rb, text, want):
    assert _found_dated(rb, text) == want


# batch 7: organisations' profiles, officials' statements, events as time anchors; cases named beside them
@pytest.mark.parametrize("text, want", [
    ('Hizb ut-Tahrir, an international Islamist movement that seeks to re-establish a caliphate, has been banned '
     'in Kazakhstan as extremist since 2005.',
     []),
    ('Tablighi Jamaat, a Muslim missionary movement founded in India, was banned in Kazakhstan in 2013 as '
     'extremist; its adherents say it is peaceful.',
     []),
    ('The Democratic Choice of Kazakhstan (DVK), founded by exiled banker Mukhtar Ablyazov, was declared extremist'
     ' by an Astana court in March 2018.',
     []),
    ("Jehovah's Witnesses have faced prosecution in Kazakhstan under Article 174 for sharing their faith, Forum 18"
     " says.",
     []),
    ('Kazakhstan considers the Islamic State, al-Qaeda, Jabhat al-Nusra and the Taliban terrorist organisations; '
     'the Taliban was removed from the list in 2023.',
     []),
    ('Salafism is not banned in Kazakhstan, but officials have repeatedly called for restricting it, and several '
     'Salafi preachers have been jailed.',
     []),
    ('In 2017 Kazakhstan amended its Criminal Code to allow courts to strip terrorism convicts of their '
     'citizenship.',
     []),
    ('Nazarbayev said in a 2016 address that terrorism and extremism had no religion and called on citizens to '
     'unite against radical ideas.',
     []),
    ('"We will not allow anyone to incite interethnic discord," Tokayev said after the clashes in Kordai in '
     'February 2020.',
     []),
    ('The Kordai clashes in February 2020, in which 11 people died, were the worst interethnic violence in '
     'Kazakhstan in decades.',
     []),
    ('Kazakh authorities say the January 2022 unrest was instigated by "terrorists" trained abroad, but have not '
     'presented evidence of foreign involvement.',
     []),
    ("The KNB's anti-terrorist centre coordinates the work of state bodies in preventing terrorism and minimising "
     "its consequences.",
     []),
    ('According to the Global Terrorism Index 2023, Kazakhstan is among the countries least affected by terrorism.',
     []),
    ('Online extremism has become a key focus of the security services since the 2016 Aktobe and Almaty attacks.',
     []),
    ('Officials say foreign-funded religious education abroad is a channel of radicalisation and have asked '
     'parents not to send their children to unregistered madrassas.',
     []),
    # cases named in the same breath, which must be read
    ("In 2016 a court in Almaty sentenced Saken Baikenov, an alleged member of Tablighi Jamaat, to three years for"
     " participating in the banned movement's activities.",
     ['405']),
    ('In 2018, a court in Astana declared the DVK extremist; in 2019 an activist from Shymkent was jailed for two '
     'years for taking part in its activities.',
     ['405']),
    ('In 2020 a court in Kordai convicted a local man of inciting interethnic discord in WhatsApp messages before '
     'the February clashes.',
     ['174']),
    ('In 2020 six men were convicted of taking part in the mass riots in Kordai in February 2020.',
     ['272']),
    ('In 2021 a Salafi preacher in Atyrau was sentenced to seven years for propaganda of terrorism in his sermons '
     'posted on YouTube.',
     ['256']),
])
def test_english_probes_4_batch_7(rb, text, want):
    assert _found_dated(rb, text) == want


# batch 8 (written after the others' fixes, as a check): the same kinds in other words
@pytest.mark.parametrize("text, want", [
    ("Kazakhstan's law on countering terrorism defines a terrorist act as an explosion, arson or other action that"
     " creates a danger of death, committed to intimidate the population.",
     []),
    ("The Prosecutor General's Office reminded social media users that reposting materials that incite religious "
     "discord is a criminal offence.",
     []),
    ('Police in Shymkent held preventive conversations with students about liability for spreading false '
     'information about emergencies.',
     []),
    ("In an interview with Vlast.kz, the KNB spokesman said the agency's main task was to prevent the "
     "radicalisation of young people online.",
     []),
    ("According to the Committee on Legal Statistics, 1,250 people were serving sentences for terrorism and "
     "extremism in Kazakhstan's prisons in 2020.",
     []),
    ('Human Rights Watch says the authorities have used the charge of "spreading false information" to silence '
     'critics during the pandemic.',
     []),
    ('The Agency for Religious Affairs said some 3,000 Kazakh teenagers were at risk of recruitment by radical '
     'groups.',
     []),
    ("Kazakhstan's interior minister said the penalties for making false bomb threats would be increased from next"
     " year.",
     []),
    ('Forum 18 notes that the government uses the vague term "extremism" to punish peaceful exercise of freedom of'
     ' religion.',
     []),
    ('Experts interviewed by Eurasianet say that most Kazakhs who joined the Islamic State came from poor families'
     ' in the west.',
     []),
    ('The KNB has urged citizens to inform it about any calls for violence they encounter on social networks.',
     []),
    ('The government approved a comprehensive plan to counter religious extremism for 2021-2025 that includes '
     'deradicalisation work in prisons.',
     []),
    ('Prosecutors said the 29-year-old had reposted materials inciting terrorism on his Instagram account in 2021;'
     ' the court sentenced him to five years.',
     ['256']),
    ('Activist Aigul Utepova was charged with inciting social discord in 2018 over posts criticising the '
     'authorities, Human Rights Watch said.',
     ['174']),
    ('In April 2020 a resident of Aktobe was convicted of spreading false information about the coronavirus '
     'pandemic in a WhatsApp chat.',
     ['274']),
    ('A 31-year-old man who joined the Islamic State in Syria in 2014 was sentenced in 2020 to eight years upon '
     'his return to Kazakhstan.',
     ['233-2']),
    ('In 2019 a court in Atyrau sentenced a man to ten years for recruiting three teenagers to join a radical '
     'group fighting in Syria.',
     ['259']),
    ('In 2023 a 17-year-old from Almaty who had threatened online to blow up his college was convicted of '
     'knowingly making a false report of a terrorist act.',
     ['273']),
])
def test_english_probes_4_batch_8(rb, text, want):
    assert _found_dated(rb, text) == want

# batch 9 (written after batches 1-8's fixes, as a check): proceedings abroad, refuted rumours, condolences, outcomes;
# cases in the same words
@pytest.mark.parametrize("text, want", [
    ('A Kazakh citizen was sentenced by a Moscow court in 2021 to 14 years for preparing a terrorist attack on '
     'behalf of the Islamic State.',
     []),
    ('In 2019 a court in Bishkek jailed two Kazakh nationals for membership of Hizb ut-Tahrir.',
     []),
    ('In 2020 Turkish police detained a Kazakh citizen suspected of links to the Islamic State in Istanbul.',
     []),
    ('In 2018, the U.S. Justice Department charged a Kazakh national in New York with providing material support '
     'to ISIS.',
     []),
    ('The criminal case against the blogger on charges of inciting discord was closed in 2021 for lack of corpus '
     'delicti.',
     []),
    ('In 2020 the Almaty court acquitted all five defendants accused of participating in a banned religious group.',
     []),
    ('The KNB said in 2019 that the reports of a planned terrorist attack in Aktobe were false and urged residents'
     ' not to panic.',
     []),
    ('A Kazakh delegation took part in a 2019 OSCE conference in Vienna on countering violent extremism and '
     'radicalisation that lead to terrorism.',
     []),
    ('In 2017 the Kazakh Foreign Ministry condemned the terrorist attack in St Petersburg and expressed '
     'condolences to the families of the victims.',
     []),
    ("In 2016 the Interior Ministry denied reports on social media that a terrorist attack had taken place in "
     "Almaty's Green Market.",
     []),
    ('In 2022 the KNB denied that it was investigating the journalist for propaganda of terrorism.',
     []),
    # cases in the same words, which must still be read
    ('In 2021 a court in Almaty sentenced a man to 14 years for preparing a terrorist attack on behalf of the '
     'Islamic State.',
     ['24', '255', '257']),
    ('In 2019 a court in Shymkent jailed two local men for membership of Hizb ut-Tahrir.',
     ['405']),
    ('In 2018 the Almaty court sentenced a Kazakh national to six years for providing material support to ISIS '
     'fighters in Syria.',
     ['258']),
    ('In 2021 the case of the blogger charged with inciting discord was sent to court in Pavlodar.',
     ['174']),
    ('In 2020 the Almaty court convicted three of the five defendants accused of participating in the banned '
     'Tablighi Jamaat and acquitted two.',
     ['405']),
    ('In 2016 the Interior Ministry confirmed that the shooting at the Almaty police station was a terrorist '
     'attack.',
     ['255']),
])
def test_english_probes_4_batch_9(rb, text, want):
    assert _found_dated(rb, text) == want

# batch 10 (written after batches 1-9's fixes, as a check): case wording of other forms (headlines, 'sought a sentence',
# 'the court ruled', passives of weapons seized from a home); near misses
@pytest.mark.parametrize("text, want", [
    ("Kazakh Blogger Jailed For 'Terrorist Propaganda'. ALMATY -- A court in Almaty has sentenced blogger Aidos "
     "Sadykov to five years in prison in 2019 after finding him guilty of propagating terrorism.",
     ['256']),
    ('In 2016 Bolatbek Blyalov, the head of a Kazakh think tank, was sentenced to three years of restricted '
     'freedom after being found guilty of inciting ethnic hatred.',
     ['174']),
    ('Prosecutors in 2021 sought a five-year sentence for Qairat Qylyshev, accused of taking part in the '
     'activities of the banned DVK and Koshe Party.',
     ['405']),
    ("The court ruled in 2018 that the pastor's sermons had incited religious hatred and sentenced him to four "
     "years.",
     ['174']),
    ('Investigators say the suspect, detained in Aktau in May 2022, had been sharing videos calling for armed '
     'jihad in a closed Telegram group.',
     ['256']),
    ('Police identified and detained the author of a false message about a bomb at a school in Ekibastuz in 2023; '
     'a criminal case has been opened.',
     ['273']),
    ('During a search of his home in 2021, officers found a hunting rifle, a pistol and 200 rounds of ammunition '
     'he kept without a licence; he was charged with illegal storage of weapons.',
     ['287']),
    ('In 2019 the KNB detained a resident of Almaty who was preparing to blow up a shopping centre; an improvised '
     'explosive device was seized from his flat.',
     ['24', '255', '287']),
    ('In 2020 a woman in Shymkent was sentenced to five years for sending money to her son, a member of the '
     'Islamic State in Syria.',
     ['258']),
    ('In 2024 a Kazakh citizen was sentenced to six years for participating in hostilities in Ukraine on the side '
     'of Russia.',
     ['172']),
    ('Opposition activist Zhanbolat Mamay was charged in 2022 with organising mass riots and calling for the '
     'violent seizure of power.',
     ['179', '272']),
    # creating a group and taking part in a listed one, told in one clause, are two acts (the forty-sixth session:
    # the role a cue sets yields to the charge's own words, so the creation is no longer folded into the taking part)
    ('In 2021 a court in Almaty convicted activists of creating an extremist group and taking part in the banned DVK.',
     ['182', '405']),
    ('In 2018 three men were detained at Almaty airport as they tried to fly to Turkey to join the Islamic State '
     'in Syria.',
     ['24', '257']),
    ('In 2019 a man took his former wife and her children hostage in their flat in Karaganda, demanding money; he '
     'was sentenced to ten years.',
     ['261']),
    ('The Supreme Court in 2020 upheld the conviction of a Tablighi Jamaat member for participation in a banned '
     'extremist organisation.',
     ['405']),
    # near misses in case wording
    ('In 2020 a court in Almaty fined a blogger for insulting a police officer in a Facebook post.',
     []),
    ('In 2022 an activist was detained for 15 days for taking part in an unsanctioned rally.',
     []),
    ("In 2021 the prosecutor's office refused to open a criminal case against the akim over the explosion at the "
     "market, citing a gas leak.",
     []),
    ('In 2019 police detained two men for illegal fishing in the Ural river.',
     []),
    ('The 2018 verdict against the blogger for inciting discord was overturned on appeal and the case was closed.',
     []),
])
def test_english_probes_4_batch_10(rb, text, want):
    assert _found_dated(rb, text) == want


# batch 11 (written after batches 1-10's fixes, as a check): more texts that tell no case (results of the year, a
# lawyer's answer, a code's new article, a cyber team), reported speech in the past perfect; cases in the same registers
@pytest.mark.parametrize("text, want", [
    ('Results of 2022: the Almaty police department reports a 15 percent decrease in crime, including extremist '
     'and terrorist offences.',
     []),
    ('"Under Article 274, the dissemination of knowingly false information is punishable by a fine or restricted '
     'freedom," the regional prosecutor explained.',
     []),
    ('Q: Why are people prosecuted for reposts? A: Because sharing materials that call for terrorism is itself '
     'propaganda under the law, the lawyer said.',
     []),
    ('The Almaty Bar Association held a seminar for lawyers on defending clients accused of extremism and '
     'terrorism.',
     []),
    ('A new book by journalist Joanna Lillis examines the Zhanaozen massacre and the trials of oil workers that '
     'followed.',
     []),
    ("Kazakhstan's new Criminal Code, which entered into force on 1 January 2015, introduced a separate article on"
     " participation in foreign armed conflicts.",
     []),
    ('The film "Bomb" about a Soviet nuclear test site in Kazakhstan premiered in Almaty in 2018.',
     []),
    ('Kazakhstan marks the Day of Remembrance of Victims of Political Repression on 31 May.',
     []),
    ('In 2019 the government signed a memorandum with UNICEF on the rehabilitation of children returned from Syria.',
     []),
    ('A survey by the Institute of Philosophy found that 12 percent of young people in Mangystau approve of '
     'religious extremism.',
     []),
    ('The KNB invited young people to join its cyber-security team and help detect terrorist propaganda online.',
     []),
    ('Imams in Atyrau region conducted 300 explanatory meetings on the dangers of radicalisation in 2021.',
     []),
    ('The number of Kazakhstanis leaving for Syria has dropped sharply since 2016, the KNB said.',
     []),
    ("Parliament's lower house approved a bill on countering the financing of terrorism in its first reading in "
     "2020.",
     []),
    ("Following the attack in Moscow's Crocus City Hall, Kazakhstan's KNB said it was checking information about "
     "Kazakh citizens possibly involved.",
     []),
    # cases in the same registers
    ('In 2022 the Almaty police detained a man who had posted videos inciting interethnic hatred, the department '
     'said in its report on the results of the year.',
     ['174']),
    ('In 2020 the regional prosecutor said a blogger from Taraz had been convicted under Article 274 for spreading'
     ' knowingly false information about the coronavirus.',
     ['274']),
    ('The lawyer said her client was convicted in 2021 of terrorist propaganda for reposting a video with calls '
     'for jihad.',
     ['256']),
    ('In 2016 a court in Aktobe sentenced a man to seven years for participating in armed conflicts abroad after '
     'he returned from Syria.',
     ['172']),
])
def test_english_probes_4_batch_11(rb, text, want):
    assert _found_dated(rb, text) == want

# batch 12 (written after batches 1-11's fixes, as a check of them): real cases worded near the new blocks (a warning,
# the use of a charge, advice to parents, counts, removed videos, anniversaries, measures, 'each such report')
@pytest.mark.parametrize("text, want", [
    ("In 2019 the Prosecutor's Office said a resident of Taraz who spread propaganda of terrorism on WhatsApp had "
     "been sentenced to five years; it warned that such acts entail criminal liability.",
     ['256']),
    ('In 2018 a court found the blogger guilty of inciting national discord; human rights defenders said the '
     'charge was used to silence him.',
     ['174']),
    ('In 2021 the activist was sentenced to five years for participation in the banned DVK, which the authorities '
     'have used to jail dozens of critics.',
     ['405']),
    ('In 2017 the KNB detained a man in Aktobe who recruited teenagers into the Islamic State via social networks;'
     ' the agency urged parents to pay attention to what their children do online.',
     ['259']),
    ('In 2023 a schoolboy in Karaganda was convicted of a false report of a bomb at his school; since the '
     'beginning of the year police have recorded 40 such reports.',
     ['273']),
    ('In 2022 a court in Kostanay sentenced a man to six years for posting videos that called for jihad; the '
     'videos were removed.',
     ['256']),
    ('In 2020 a woman who returned from Syria under Operation Zhusan was sentenced to six years for participation '
     'in a terrorist organisation.',
     ['257']),
    ('In 2019, on the anniversary of the clashes, a man was detained in Kordai for posting messages inciting '
     'interethnic hatred.',
     ['174']),
    ('In 2016 the KNB said the group had planned terrorist attacks in Almaty; security was stepped up at railway '
     'stations after their arrest.',
     ['24', '255']),
    ('In 2020 he was charged under Article 256 for reposting calls to terrorism, the regional police said in a '
     'statement warning citizens that reposts are punishable.',
     ['256']),
    ('In 2021 a man who made a false report of a bomb at Almaty airport was sentenced to two years; each such '
     'report costs the state millions of tenge, police said.',
     ['273']),
    ("In 2019 Kazakhstan's parliament passed the law, and in 2020 a man from Aktau was sentenced under Article 172"
     " for fighting in Syria.",
     ['172']),
])
def test_english_probes_4_batch_12(rb, text, want):
    assert _found_dated(rb, text) == want

# batch 13 (written after batches 1-12's fixes, as a check): paragraphs that open with the context (the law's use, a ban,
# a threat, a reminder, the penalty) and then tell a case, each beside the same context told alone
@pytest.mark.parametrize("text, want", [
    ('Kazakhstan has used its broadly worded law against inciting discord to prosecute critics. In the latest '
     'case, a court in Uralsk in 2020 sentenced activist Nurlan Mukhamedov to three years of restricted freedom '
     'for inciting social discord in his posts.',
     ['174']),
    ('The DVK was banned as extremist in 2018. Since then, dozens of its supporters have been prosecuted. On 5 '
     'October 2021, the Almaty district court sentenced Aigul Akberdi to five years of restricted freedom for '
     'participation in the banned movement.',
     ['405']),
    ('The threat of online radicalisation remains high, the KNB said. In March 2022 its officers detained a '
     '24-year-old resident of Taraz who had posted audio sermons calling for jihad on his Telegram channel; he has'
     ' been charged with propaganda of terrorism.',
     ['256']),
    ('The threat of online radicalisation remains high, the KNB said. Its officers blocked more than 1,000 '
     'channels in 2022 and held preventive talks with 300 young people.',
     []),
    ("According to the State Department's report, in 2019 courts convicted 57 individuals who had returned from "
     "Syria of participation in terrorist organisations.",
     ['257']),
    ("According to the State Department's report, the government continued its efforts to rehabilitate returnees "
     "from Syria and to counter violent extremism online in 2019.",
     []),
    ('Police remind that false reports of bombs entail criminal liability. In December 2022, a 20-year-old '
     'resident of Pavlodar who called the police and claimed a bomb had been planted at the railway station was '
     'sentenced to two years of restricted freedom.',
     ['273']),
    ('Police remind that false reports of bombs entail criminal liability. Since the beginning of the year, the '
     'city has recorded 25 such calls, costing the budget millions of tenge.',
     []),
    ('Participation in foreign armed conflicts is punishable by five to nine years in Kazakhstan. In 2023, a court'
     ' in Kostanay sentenced a local man to six years for fighting for Wagner in Ukraine.',
     ['172']),
    ('Participation in foreign armed conflicts is punishable by five to nine years in Kazakhstan. The Foreign '
     'Ministry has urged citizens not to take part in the war in Ukraine.',
     []),
])
def test_english_probes_4_batch_13(rb, text, want):
    assert _found_dated(rb, text) == want


# batch 14 (written after batches 1-13's fixes, as a check): security news that tells no case (asset freezes,
# extraditions counted, cameras, training, drills, old ordnance, a forgotten bag, commissions, a gas blast); cases in the
# same settings
@pytest.mark.parametrize("text, want", [
    ('The Financial Monitoring Agency froze the assets of 30 people included in the list of persons associated '
     'with terrorism financing.',
     []),
    ("In 2022 Kazakhstan extradited to other countries 15 persons wanted for terrorist and extremist crimes, the "
     "Prosecutor General's Office said.",
     []),
    ('The Almaty akimat installed 1,000 new surveillance cameras in 2021 to prevent terrorist acts and other '
     'crimes in crowded places.',
     []),
    ('Security guards of shopping centres in Astana were trained in 2023 on how to act in the event of a terrorist'
     ' attack.',
     []),
    ('Schools in Shymkent held evacuation drills in case of a terrorist threat at the start of the school year.',
     []),
    ('Sappers destroyed a Second World War artillery shell that residents found in a field near Kostanay.',
     []),
    ('A suspicious bag left at the Almaty-2 railway station turned out to contain clothes, the police said; the '
     'station was evacuated for two hours.',
     []),
    ('The anti-terrorist commission of Mangystau region discussed the protection of oil and gas facilities against'
     ' possible terrorist attacks.',
     []),
    ('Kazakhstan ranks 82nd in the Global Terrorism Index, among countries with a low impact of terrorism.',
     []),
    ('The KNB reported to the president on measures to prevent terrorism during the 2023 presidential election.',
     []),
    ('An explosion at a cafe in Almaty injured three people in 2021; investigators said a gas cylinder had '
     'exploded.',
     []),
    ('A man suspected of killing a police officer in a drunken brawl in Taraz was detained in 2020.',
     []),
    # cases in the same settings
    ('In 2021 police detained a man in Kostanay who kept a Second World War rifle and 50 cartridges at his home '
     'without a licence; he was charged with illegal storage of weapons.',
     ['287']),
    ('In 2019 a man who left a bag at the Almaty-2 railway station and called the police claiming it contained a '
     'bomb was convicted of a false report of an act of terrorism.',
     ['273']),
    ('In 2021 a man set off a home-made bomb at a cafe in Almaty to intimidate the authorities; he was convicted '
     'of an act of terrorism.',
     ['255']),
])
def test_english_probes_4_batch_14(rb, text, want):
    assert _found_dated(rb, text) == want

# batch 15 (written after batches 1-14's fixes, as a check): translated court and police releases ('recognized guilty',
# 'qualified the actions', 'on the fact of', 'according to the investigation'); near misses in the same register
@pytest.mark.parametrize("text, want", [
    ('By the verdict of the Specialized Inter-district Criminal Court of Almaty dated 12 March 2021, citizen B. '
     'was recognized guilty of committing a criminal offense under Part 1 of Article 174 of the Criminal Code.',
     ['174']),
    ('The court qualified the actions of the defendant under part 2 of Article 256 of the Criminal Code of the '
     'Republic of Kazakhstan; the offence was committed in 2020.',
     ['256']),
    ('In 2020 a pre-trial investigation was started under Article 405 of the Criminal Code against a resident of '
     'Semey on the fact of participation in the activities of a banned organisation.',
     ['405']),
    ('In the course of operational-search measures in 2022, the police established the person who had reported '
     'knowingly false information about the mining of the akimat building.',
     ['273']),
    ('In 2021 a criminal case was initiated on the fact of illegal acquisition, storage and carrying of a firearm '
     'by a resident of Turkestan region.',
     ['287']),
    ('According to the investigation, in 2017-2018 the accused transferred funds totalling 2 million tenge to '
     'members of the international terrorist organization "Islamic State" in Syria.',
     ['258']),
    ('The guilt of the convict in recruiting persons for the purpose of organizing terrorist activity was fully '
     'proven in court in 2019.',
     ['259']),
    ('In 2016 the court sentenced the defendant to 9 years of imprisonment in a maximum security colony for '
     'participation in the activities of a terrorist organisation abroad.',
     ['257']),
    # near misses in the same register
    ('In 2021 the pre-trial investigation under Article 174 was terminated due to the absence of corpus delicti.',
     []),
    ('In 2022 the court acquitted citizen K. of the charge under Article 274 due to the lack of evidence of his '
     'involvement.',
     []),
    ('In 2020 the criminal case against the resident of Semey was closed in connection with reconciliation of the '
     'parties.',
     []),
])
def test_english_probes_4_batch_15(rb, text, want):
    assert _found_dated(rb, text) == want


# batch 16 (written after batches 1-15's fixes, as a check): analyses, op-eds and hypotheticals (a bill if adopted,
# what a law will be used for, the line between offences); cases beside analyses
@pytest.mark.parametrize("text, want", [
    ('If the bill is adopted, people who post calls for separatism could face up to ten years in prison.',
     []),
    ('Could Kazakhstan become the next target of Islamic State attacks? Analysts say the risk is low but not '
     'negligible.',
     []),
    ('The article argues that labelling peaceful believers as extremists pushes some of them towards radical '
     'groups.',
     []),
    ("Opinion: Kazakhstan's fight against extremism should not become a fight against faith.",
     []),
    ('Critics fear that the new law on propaganda of terrorism will be used against journalists.',
     []),
    ('In theory, anyone who shares a video of an Islamic State preacher could be charged with propaganda of '
     'terrorism.',
     []),
    ('Lawyers say the line between religious preaching and inciting religious discord is often drawn by forensic '
     'experts.',
     []),
    ('Political scientist Dosym Satpayev said the January events showed that the authorities were unprepared for '
     'mass riots.',
     []),
    ('A 2020 Eurasianet analysis found that most people convicted of extremism in Kazakhstan had shared religious '
     'content online.',
     []),
    ('The researcher interviewed 40 women who had returned from Syria about their reasons for leaving.',
     []),
    # cases beside analyses
    ("Critics say the case was political: in 2016 the Almaty court sentenced journalist Seitkazy Matayev's "
     "colleague to five years for inciting social discord.",
     ['174']),
    ('Analysts note that the 2019 conviction of an Aktobe imam for propaganda of terrorism was based on a single '
     'sermon he posted online.',
     ['256']),
])
def test_english_probes_4_batch_16(rb, text, want):
    assert _found_dated(rb, text) == want


# thirtieth session, the English kinds of rounds 68 and 69's dev misses: a denial of an ethnic motive, officers insulted,
# a terrorist plot uncovered (and the financial police as its target, no financing)
@pytest.mark.parametrize("text, want", [
    ("Police insisted the fight had nothing to do with interethnic hatred.", []),
    ("The prosecutor's office said there were no signs of inciting ethnic hatred in the brawl.", []),
    ("He was charged with insulting security officers and spreading false information.", ["274", "378"]),
    ("The KNB said it had uncovered a terrorist plot to blow up its own building and the financial police headquarters.",
     ["24", "255"]),
    ("Four alleged members of a terrorist group called Jund Al-Khilafah (Soldiers of the Caliphate) were responsible for "
     "the bombings in Atyrau on October 31, 2011.", ["255", "257"]),
    ("Thirty-seven defendants are being tried on charges including organizing and participating in the unrest, arson "
     "and assault on representatives of the state.", ["272", "380"]),
])
def test_english_probes_5_denials_insults_and_plots(found, text, want):
    assert sorted(found(text)) == want


# thirty-first session, round 71's dev miss: preparing a seizure of power told with a bare infinitive or a noun
@pytest.mark.parametrize("text, want", [
    ("The investigation says he was taking active steps to prepare for seizure of power.", ["179", "24"]),
    ("The businessman was accused of plotting a coup and preparing a violent seizure of power.", ["179", "24"]),
    ("The lawyers prepare for the trial of the activists which opens on Monday.", []),
])
def test_english_probes_6_preparing_a_seizure_of_power(found, text, want):
    assert sorted(found(text)) == want


# -- weapons found on a person: carrying them (as «обнаружили у 30-летнего жителя … ружьё», round 80's dev side) ----
@pytest.mark.parametrize("text, want", [
    ("Transport police at Karaganda-Sortirovochnaya station found a smoothbore shotgun on a 30-year-old resident of "
     "Temirtau. The court sentenced him to one year of restricted freedom.", ["287"]),
    ("A pistol and 20 cartridges were found on him during the search.", ["287"]),
    # the near miss: a grenade lying in the street, found by passers-by
    ("A grenade was found on the street near the school and the area was cordoned off.", []),
])
def test_weapons_found_on_a_person(found, text, want):
    assert found(text) == want


# -- an attack called for is the calls' object, not an act done: 256 alone (lawbook/reading/facts.py) -----------------
@pytest.mark.parametrize("text", [
    "In 2021 an Almaty resident shared an audio recording in a WhatsApp chat urging listeners to carry out a "
    "terrorist attack.",
    "В 2021 году житель Алматы распространял в чате WhatsApp аудиозапись, призывающую к совершению теракта.",
])
def test_an_attack_called_for_is_not_one_done(found, text):
    assert found(text) == ["256"]


@pytest.mark.parametrize("text", [
    # an attack done, and calls beside it: both
    "In 2016 he carried out a terrorist attack in Aktobe and in a video called on others to follow him.",
])
def test_an_attack_done_beside_calls_stays(found, text):
    assert "255" in found(text)


@pytest.mark.parametrize("text", [
    "In 2021 he posted instructions on how to make a bomb in a Telegram channel.",
    "В 2021 году он выложил в Telegram-канале инструкцию по изготовлению бомбы.",
    "2021 жылы ол Telegram-да теракт жасау жолдарын түсіндіретін нұсқаулық жариялады.",
])
def test_instructions_for_a_bomb_are_no_bomb_made(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    # an attack said to be coming, and nothing happened: a false report of one (273), not one done (255)
    "In 2023 he phoned the police and said a terrorist attack would take place at the school; nothing happened.",
    "В 2023 году он позвонил в полицию и сообщил, что в школе готовится теракт; информация не подтвердилась.",
])
def test_an_attack_said_to_be_coming_is_a_false_report(found, text):
    assert found(text) == ["273"]


@pytest.mark.parametrize("text", [
    # a wish, instructions searched for, videos watched: no act done and nothing spread
    "In 2017 he told his cellmates that he dreamed of carrying out a terrorist attack.",
    "In 2019 he searched the internet for instructions on carrying out terrorist attacks and watched ISIS videos.",
])
def test_a_wish_or_videos_watched_are_no_act(found, text):
    assert found(text) == []


def test_materials_a_court_banned_are_no_ones_propaganda(found):
    assert found("In 2021 the court ruled that the video contained propaganda of terrorism and banned it in "
                 "Kazakhstan.") == []
    # the court's finding beside a sentence: the charge stands
    assert found("In 2021 the court found that the videos he had posted on Telegram contained propaganda of terrorism "
                 "and sentenced him to five years.") == ["256"]


# -- thirty-sixth session: outcomes and wordings found by probing -------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # an acquittal of calls: "calling for" after the verb is the charge, not a request for the acquittal
    ("The court of appeal acquitted Zhanbolat of calling for the violent seizure of power.", []),
    ("The court of appeal upheld the verdict against Zhanbolat for calling for the violent seizure of power.", ["179"]),
    ("The criminal investigation into propaganda of terrorism was terminated for lack of corpus delicti.", []),
    ("The appeal court overturned the conviction of Ivanov, who had been sentenced for propaganda of terrorism, "
     "and acquitted him.", []),
    ("Charges of inciting discord were dropped, and he was convicted only of hooliganism.", ["293"]),
    ("He is accused of taking part in an illegal armed group in a foreign country.", ["172"]),
    ("In 2019 Kazakh troops took part in joint exercises with another country.", []),
    ("Investigators say the defendant set up a Telegram channel where he shared materials of a banned organisation.",
     ["405"]),
    ("She was sentenced to restricted freedom for a post that mocked Kazakhs as a nation.", ["174"]),
    ("Special forces staged a mock hostage-taking at a Kazakh school in Aktobe.", []),
])
def test_english_probes_thirty_sixth_session(found, text, want):
    assert sorted(found(text)) == want


# discord prevented and a law that bans an act are no act; a law a conviction applied leaves the act
@pytest.mark.parametrize("text, want", [
    ("Timely measures made it possible to contain the conflict and prevent interethnic discord.", []),
    ("Kazakhstani law bans its citizens from fighting in foreign wars.", []),
    ("In 2019 he was jailed under a law that bans participation in foreign armed conflicts for fighting in Syria.",
     ["172"]),
])
def test_english_probes_prevention_and_laws(found, text, want):
    assert sorted(found(text)) == want


# an attempt named as the charge ("attempted terrorism"); a trip to join ISIS through a third country
@pytest.mark.parametrize("text, want", [
    ("He was convicted of attempted terrorism.", ["24", "255"]),
    ("He was convicted of attempted murder.", []),
    ("He was detained at the airport while trying to fly to Turkey and then to Syria to join ISIS.", ["24", "257"]),
])
def test_english_probes_attempts(found, text, want):
    assert sorted(found(text)) == want


# another state's court written "a US court" or by the state before its verb ("Germany convicted"): a prosecution
# abroad under foreign law gives no Kazakh article; the same offence before a Kazakh court is read
@pytest.mark.parametrize("text, want", [
    ("A US court sentenced a Kazakh national to 10 years for attempting to provide material support to ISIS.", []),
    ("Germany convicted a Kazakh woman of membership in a foreign terrorist organisation.", []),
    ("A French court sentenced a Kazakh citizen to eight years for financing terrorism.", []),
    ("An Almaty court sentenced a Kazakh citizen to eight years for financing terrorism.", ["258"]),
    ("Police told us the court sentenced him to eight years for financing terrorism.", ["258"]),
])
def test_english_probes_courts_of_other_states(found, text, want):
    assert sorted(found(text)) == want


# a first charge that gave way: beside a conviction for other acts, the charge told as the initial one goes; told
# alone, or beside further charges with no verdict, it stays
@pytest.mark.parametrize("text, want", [
    ("The court sentenced him to eight years for participating in mass riots; investigators had initially accused him"
     " of terrorism.", ["272"]),
    ("Investigators had initially accused him of terrorism.", ["255"]),
    ("Prosecutors initially accused them of inciting social discord, but later brought more serious charges of calling"
     " for the violent seizure of power; he may serve a prison sentence of up to 12 years.", ["174", "179"]),
])
def test_english_probes_earlier_charges(found, text, want):
    assert sorted(found(text)) == want


# "distribution of knowingly false information" (a monitor quoting the charge, round 84's dev side) and TASS's
# "massive illegal actions" (mass riots in translation)
@pytest.mark.parametrize("text, want", [
    ('Authorities accused the editor of "repeated and deliberate distribution of knowingly false information".',
     ["274"]),
    ("The ministry distributed a statement refuting false information about the floods.", []),
    ("Four members of the group were detained on suspicion of committing massive illegal actions.", ["272"]),
])
def test_english_probes_monitors_wording(found, text, want):
    assert sorted(found(text)) == want


# a killing talked of or called for is no death the acts caused (no qualified part), nor a murder (ru, kk alike)
@pytest.mark.parametrize("text, want", [
    ("In 2019 five men were convicted of inciting religious hatred; they had discussed killing and weapons in a chat.",
     [("174", "1")]),
    ("In 2019 he was convicted of inciting ethnic hatred; the riots he incited killed two people.",
     [("174", None), ("272", "3")]),
])
def test_english_probes_killing_as_a_topic(rb, text, want):
    from lawbook.classification import classify_text
    got = classify_text(text, rulebook=rb)["findings"]
    assert sorted((f["article"], f.get("part")) for f in got) == want


# round 90's dev kinds: a call "to fight for their freedom" is no call to go and fight abroad; a weapons buy-back and its
# exemption from liability are policy; the US Department of Homeland Security's detention is a case abroad
@pytest.mark.parametrize("text, want", [
    ("She printed pamphlets calling people to fight for their freedom against foreign land buyers.", []),
    ("He urged young people to go to Syria and fight.", ["256"]),
    ("Citizens who voluntarily hand over firearms are exempted from criminal or administrative liability.", []),
    ("The U.S. Department of Homeland Security detained a citizen of Kazakhstan on charges of smuggling firearms.", []),
    ("Police detained a citizen of Kazakhstan on charges of smuggling firearms.", ["287"]),
])
def test_english_probes_round_90_kinds(found, text, want):
    assert sorted(found(text)) == want
