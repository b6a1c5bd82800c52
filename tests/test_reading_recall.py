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


# -- hatred named by other nouns and adjectives: animosity, antagonism, неприязнь, ненависть; inter-religious ------
@pytest.mark.parametrize("text, want", [
    ("In 2004 the official report charged the two with instigating inter-religious animosity.", "164"),
    ("In 2016 prosecutors accused him of kindling inter-ethnic animosity in his posts.", "174"),
    ("In 2019 he was convicted of provoking religious antagonism between Muslims and Christians.", "174"),
    ("In 2017 the court found that his posts stirred up interethnic animosity.", "174"),
    ("В 2017 году его осудили за разжигание межрелигиозной ненависти в соцсетях.", "174"),
    ("В 2018 году прокуратура обвинила его в возбуждении межэтнической неприязни.", "174"),
])
def test_hatred_in_other_words_is_incitement(rb, text, want):
    assert want in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text", [
    "In 2019 the referee's decision provoked animosity between the fans of the two clubs.",
    "In 2016 he was convicted of instigating a fight with a neighbour.",
    "In 2018 the ombudsman warned that such laws could kindle inter-ethnic animosity.",
    "In 2017 police said the brawl was caused by personal animosity between the two men.",
    "In 2020 he denied instigating inter-religious animosity, and the case was dropped.",
    "В 2019 году между соседями возникла личная неприязнь, переросшая в драку.",
    "В 2018 году эксперт не нашёл в его постах признаков разжигания межрелигиозной ненависти.",
    "В 2020 году драка произошла на почве личной неприязни.",
    "В 2018 году правозащитники заявили, что поправки могут спровоцировать межрелигиозную вражду.",
])
def test_personal_animosity_a_law_s_effect_or_an_expert_s_no_is_no_incitement(rb, text):
    assert not {"164", "174"} & articles(classify_text(text, rulebook=rb))


# -- an organisation's activity resumed after a court liquidated it: the article's "banning or liquidating" ---------
@pytest.mark.parametrize("text, want", [
    ("В 2009 году их признали виновными в возбуждении религиозной вражды и возобновлении деятельности после того, "
     "как суд постановил ликвидировать организацию.", "337-1"),
    ("В 2012 году он возобновил деятельность религиозного объединения, ликвидированного по решению суда.", "337-1"),
    ("В 2016 году члены общины продолжили деятельность организации после её ликвидации по решению суда.", "405"),
    ("In 2010 they resumed the activities of the association after a court had ordered its liquidation.", "337-1"),
    ("In 2013 he continued the activities of a religious group that a court had liquidated.", "337-1"),
    ("2016 жылы ол сот шешімімен таратылған ұйымның қызметін қайта жалғастырды.", "405"),
])
def test_activity_after_a_court_liquidated_the_body_is_taking_part(rb, text, want):
    assert want in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text", [
    "In 2012 the court liquidated the company for tax debts, and its director opened a new firm.",
    "В 2015 году суд ликвидировал компанию за долги, а её директор продолжил деятельность в другой фирме.",
    "В 2016 году спецслужбы ликвидировали террористическую ячейку в Актобе.",
    "In 2017 the community asked the court not to liquidate it and stopped its activities.",
    "В 2018 году суд отказал в ликвидации объединения, и оно продолжило деятельность.",
    "2016 жылы ол ұйымның үнпарақтарын таратқан.",
])
def test_a_liquidation_that_no_court_ordered_or_no_one_defied_is_no_offence(rb, text):
    assert not {"337-1", "405"} & articles(classify_text(text, rulebook=rb))


# -- an acquittal asked for or an appeal dismissed is no acquittal: the conviction stands ------------------------------
@pytest.mark.parametrize("text, want", [
    ("2021 жылы ол тыйым салынған ұйымның ісіне араласты деп айыпталып, бас бостандығы шектелді. "
     "Адвокаты соттан үкімнің күшін жойып, оны ақтауды сұрады.", "405"),
    ("2020 жылы ол экстремистік ұйымның қызметіне қатысқаны үшін сотталды. Ол апелляцияда өзін ақтауды талап етті.", "405"),
    ("В 2021 году его осудили за участие в деятельности запрещённой организации. Защита просила суд оправдать активиста.",
     "405"),
    ("В 2019 году она приговорена к пяти годам за пропаганду терроризма. Адвокат потребовал оправдательного приговора, "
     "но суд отказал.", "256"),
    ("In 2020 he was sentenced to five years for inciting religious hatred. His lawyer asked the court to acquit him.", "174"),
    ("In 2019 she was convicted of propaganda of terrorism; her defence sought an acquittal on appeal.", "256"),
])
def test_an_acquittal_asked_for_leaves_the_conviction(rb, text, want):
    assert want in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text", [
    "2021 жылы ол тыйым салынған ұйымның ісіне араласты деп айыпталды, бірақ сот оны ақтады.",
    "В 2019 году его обвинили в пропаганде терроризма, но суд его оправдал.",
    "In 2020 he was charged with inciting religious hatred, but the court acquitted him.",
    "In 2018 the appeal court granted the defence's request and acquitted her of propaganda of terrorism.",
    "В 2018 году апелляционный суд удовлетворил ходатайство защиты и оправдал её по статье о пропаганде терроризма.",
    "2019 жылы апелляциялық сот шағымды қанағаттандырып, оны терроризмді насихаттады деген айыптан ақтады.",
])
def test_an_acquittal_granted_still_clears_the_charge(rb, text):
    assert not articles(classify_text(text, rulebook=rb))


# -- separatism told as ideas put forward, and "will answer before the law" as a charge -------------------------------
@pytest.mark.parametrize("text", [
    "In 2015 he put forward separatist initiatives on his social media page.",
    "В 2015 году он выдвигал сепаратистские инициативы в соцсетях.",
    "В 2014 году он выдвигал сепаратистские лозунги на митинге в Петропавловске.",
    "2015 жылы ол әлеуметтік желіде сепаратистік ұрандар көтерді.",
    "2015 жылы ол сепаратистік идеяларды алға тартты.",
    "2015 жылы ол сепаратистік бастамалар көтергені үшін заң алдында жауап береді.",
    "In 2015 he was charged with inciting discord. For his calls for the northern regions to secede he will answer "
    "before the law.",
    "2015 жылы ол алауыздықты тудыратын жазбалар жариялады деп сотталды. Сепаратистік бастамалар көтергені үшін ол заң "
    "алдында жауап береді.",
])
def test_separatism_put_forward_is_read(rb, text):
    assert "180" in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text", [
    "In 2015 the ombudsman raised concerns about separatist sentiment in the north.",
    "In 2016 the conference put forward proposals to counter separatism.",
    "В 2015 году депутат выдвинул инициативу о борьбе с сепаратизмом.",
    "В 2016 году эксперты обсудили сепаратистские лозунги в соцсетях.",
    "2015 жылы журналист сепаратизм мәселесін көтерді.",
    "2016 жылы депутат сепаратизмге қарсы күрес туралы бастама көтерді.",
    "In 2016 the minister warned that anyone who calls for the northern regions to secede will answer before the law.",
    "2016 жылы министр сепаратизмге шақырған кез келген адам заң алдында жауап беретінін ескертті.",
])
def test_policy_commentary_and_warnings_about_separatism_are_no_act(rb, text):
    assert "180" not in articles(classify_text(text, rulebook=rb))


# -- an article named by its subject in someone's case is a charge; what an article provides is not ------------------
@pytest.mark.parametrize("text, want", [
    ("В 2017 году его осудили за возбуждение религиозной розни. В его деле есть ещё и статья о пропаганде терроризма.",
     "256"),
    ("В 2016 году активистов осудили за распространение ложной информации. В деле фигурировала и статья о возбуждении "
     "социальной розни.", "174"),
    ("In 2020 he was sentenced for inciting discord. His case also included the article on propaganda of terrorism.", "256"),
    ("In 2024 she was jailed for financing extremism; the case file also lists the article on participation in a banned "
     "organisation.", "405"),
    ("2017 жылы ол діни араздықты қоздырғаны үшін сотталды. Оның ісінде терроризмді насихаттау туралы бап та бар.", "256"),
])
def test_an_article_named_by_its_subject_in_a_case_is_charged(rb, text, want):
    assert want in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text", [
    "В 2017 году его осудили за возбуждение религиозной розни. Статья о пропаганде терроризма предусматривает до семи "
    "лет лишения свободы.",
    "В 2017 году его осудили за возбуждение религиозной розни. Статьи о пропаганде терроризма в его деле нет.",
    "In 2020 he was sentenced for inciting discord. Lawyers say the article on propaganda of terrorism is too vague.",
    "In 2020 he was sentenced for inciting discord. The article on propaganda of terrorism was not part of his case.",
    "2017 жылы ол діни араздықты қоздырғаны үшін сотталды. Терроризмді насихаттау туралы бап жеті жылға дейін бас "
    "бостандығынан айыруды көздейді.",
])
def test_an_article_s_sanction_or_absence_is_no_charge(rb, text):
    res = classify_text(text, rulebook=rb)
    assert "256" not in articles(res) and {"164", "174"} & articles(res)


# -- what the people in the case (фигуранты дела, подсудимые, the defendants) did is what they are charged with ---------
@pytest.mark.parametrize("text", [
    "В 2025 году КНБ задержал троих за подготовку теракта. По данным следствия, остальные фигуранты дела занимались "
    "пропагандой терроризма.",
    "In 2019 three men were detained on suspicion of preparing an attack. The defendants also distributed videos "
    "propagandising terrorism, prosecutors said.",
    "В 2018 году их осудили за участие в запрещённой организации. Подсудимые также распространяли листовки, "
    "призывающие к джихаду.",
    "2019 жылы үш адам теракт жасауға дайындалды деп ұсталды. Сотталушылар терроризмді насихаттайтын видеолар таратқан.",
])
def test_acts_of_the_people_in_the_case_are_charged(rb, text):
    assert "256" in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text", [
    "In 2019 three men were detained on suspicion of preparing an attack. A neighbour of the defendants said that "
    "terrorism propaganda was widespread online.",
    "В 2018 году их осудили за участие в запрещённой организации. Адвокат подсудимых заявил, что они не распространяли "
    "листовки с призывами к джихаду.",
    "В 2025 году КНБ задержал троих за подготовку теракта. Эксперт, выступавший по делу, рассказал, как вербовщики "
    "пропагандируют терроризм в соцсетях.",
    "2019 жылы үш адам теракт жасауға дайындалды деп ұсталды. Сотталушылардың туыстары терроризмді насихаттау туралы "
    "ештеңе білмейтінін айтты.",
])
def test_others_words_about_the_defendants_are_no_charge(rb, text):
    assert "256" not in articles(classify_text(text, rulebook=rb))


# -- the disposition's second half in other words and orders: exclusiveness / predominance propaganda -----------------
@pytest.mark.parametrize("text, want", [
    ("In 2009 she was accused of exclusiveness propaganda, predominance or inferiority of citizens by their attitude to "
     "religion.", "164"),
    ("In 2010 the court found him guilty of propaganda of exclusiveness of citizens on the basis of their religious "
     "affiliation.", "164"),
    ("In 2016 he was charged with propaganda of the superiority of one nation over others.", "174"),
    ("In 2017 he was convicted of predominance propaganda of one religion over other religions.", "174"),
])
def test_propaganda_of_superiority_in_other_words_is_read(rb, text, want):
    assert want in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text", [
    "In 2015 the brand was accused of superiority propaganda for its own products.",
    "In 2019 the minister spoke of the exclusiveness of the Kazakh steppe's nature.",
    "In 2016 the army displayed its superiority over the militants in propaganda videos.",
    "In 2018 the ombudsman said that propaganda of the superiority of one religion over others must be punished.",
])
def test_superiority_that_is_no_one_s_propaganda_is_not_read(rb, text):
    assert not {"164", "174"} & articles(classify_text(text, rulebook=rb))


# -- threats of school attacks spread in messengers, and messages «о готовящемся акте терроризма» (2014 art. 273) ------
@pytest.mark.parametrize("text", [
    "В 2023 году подросток разослал одноклассникам сообщения о готовящемся теракте в школе.",
    "В 2024 году студент угрожал в Telegram расстрелом в колледже.",
    "2024 жылы жасөспірім Telegram-да мектепке шабуыл жасаймыз деп қорқытқан.",
    "2023 жылы ол мектептерді жарып жібереміз деген хабарламалар таратты.",
    "In 2024 a teenager sent messages threatening a shooting at his school via Telegram.",
    "In 2023 he posted a video threatening to attack schools in Karaganda.",
])
def test_threats_spread_in_messages_are_false_reports(rb, text):
    assert "273" in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text", [
    "В 2024 году КНБ сообщил о готовящемся теракте, который удалось предотвратить.",
    "В 2023 году он рассылал видео с призывами к совершению терактов.",
    "В 2024 году злоумышленник угрожал продавцу ножом.",
    "In 2023 the KNB reported a terrorist attack being prepared in Almaty and detained the plotters.",
    "In 2023 he posted videos calling for attacks on police.",
    "2024 жылы ол дүкен сатушысын пышақпен қорқытты.",
    "В 2025 году подросток разослал сообщения о готовящемся нападении на школу; материалы направлены в комиссию по делам "
    "несовершеннолетних.",
])
def test_reports_of_real_plots_calls_and_underage_hoaxers_are_no_273(rb, text):
    assert "273" not in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text, want", [
    # round 31's dev side, as kinds: a female hostage («заложница»); messages that an attack "may happen", found
    # false, are a false report, and «теріс ниетті адамдар» (ill-meaning people) no intent to attack
    ("Удерживаемая своим мужем заложница в Уральске выпущена, он сам задержан.", ["261"]),
    ("Теріс ниетті адамдар мектептерге шабуыл жасалуы мүмкін деп алаңдататын хабарламаларды таратуын жалғастыруда. "
     "Тексеру барысында бұл ақпарат жалған екені анықталды.", ["273"]),
])
def test_round_31_kinds_are_read(rb, text, want):
    assert sorted({f["article"] for f in classify_text(text, rulebook=rb)["findings"]}) == want


def test_a_wish_to_go_to_syria_is_no_trip(rb):
    res = classify_text("«Осудили по статье 256 за распространение видео. Хотел поехать в Сирию, участвовать в "
                        "джихаде», — рассказал подросток.", rulebook=rb)
    assert sorted({f["article"] for f in res["findings"]}) == ["256"]


@pytest.mark.parametrize("text, want", [
    # feminine forms of the people words («участница», «вербовщица») read as the masculine ones
    ("В 2016 году участница террористической группы осуждена на 8 лет.", ["257"]),
    ("В 2017 году вербовщица, отправлявшая девушек в Сирию, осуждена.", ["259"]),
])
def test_feminine_people_words_are_read(rb, text, want):
    assert sorted({f["article"] for f in classify_text(text, rulebook=rb)["findings"]}) == want


@pytest.mark.parametrize("text, want", [
    # sabotage (diversion) as the press names the charge, with a proceeding beside it
    ("In 2023 a man who set fire to a power substation on instructions from a foreign special service was charged "
     "with sabotage.", {"171", "184"}),
    ("В 2023 году мужчину, поджегшего трансформаторную подстанцию по заданию иностранной спецслужбы, обвинили в "
     "диверсии.", {"171", "184"}),
    ("In 2023 the opposition accused the government of sabotage of the reform.", set()),
    # sabotage the person praised is the topic of his propaganda, not an act of his
    ("In 2016 he was convicted of propaganda of terrorism; he praised the sabotage of Russian railways by Ukrainian "
     "partisans.", {"256", "233-1"}),
    ("В 2016 году его осудили за пропаганду терроризма: он одобрял диверсии на российских железных дорогах.",
     {"256", "233-1"}),
    # fighting abroad for pay the account states is mercenarism, in English as in Russian
    ("In 2023 he signed a contract with the Wagner group and received 200,000 roubles a month for fighting in "
     "Ukraine.", {"170", "162"}),
    ("В 2023 году он за денежное вознаграждение участвовал в боевых действиях на Украине в составе ЧВК «Вагнер».",
     {"170", "162"}),
    ("In 2023 he fought in Ukraine as part of the Wagner private military company.", {"172", "162-1"}),
    # "paid" that is no pay for the fighting leaves the fighter a participant
    ("In 2017 he was convicted of taking part in the fighting in Syria; he was paid a visit by his mother in "
     "prison.", {"172", "162-1"}),
    ("In 2017 he was convicted of taking part in the armed conflict in Syria and was paid for his interview by a TV "
     "channel.", {"172", "162-1"}),
    ("In 2017 he was convicted of taking part in the fighting in Syria, where he had gone for a month for "
     "treatment.", {"172", "162-1"}),
    ("In 2017 he was convicted of fighting in Syria; he paid smugglers to take him across the border.",
     {"172", "162-1"}),
    ("In 2017 he was convicted of taking part in the war in Syria; his family paid for his lawyer.", {"172", "162-1"}),
])
def test_sabotage_and_mercenarism_as_the_press_names_them(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text, want", [
    # an attack on an embassy or consulate, and a plot on the President's life, have their own articles
    ("In 2021 he threw a Molotov cocktail at the Chinese consulate in Almaty.", {"173", "163"}),
    ("В 2021 году он бросил коктейль Молотова в здание генерального консульства Китая в Алматы.", {"173", "163"}),
    ("In 2021 activists held a protest outside the Chinese consulate in Almaty.", set()),
    ("In 2019 he was charged with plotting to kill the President.", {"178", "167", "24"}),
    ("In 2018 he wrote a book about the assassination of President Kennedy.", set()),
    # another state's President named by the adjective
    ("In 2015 a man was convicted of plotting to assassinate the Russian President.", set()),
    ("В 2015 году мужчину осудили за подготовку покушения на жизнь российского президента.", set()),
])
def test_attacks_on_protected_persons_and_the_president(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text, want", [
    # "one of the recruiters" is the person himself, not others who recruited him
    ("In 2019 he was convicted as one of the recruiters for Islamic State.", {"259", "233-4"}),
    ("In 2019 he was sentenced to seven years as one of the recruiters of a terrorist cell.",
     {"259", "233-4", "257", "233-2"}),
])
def test_one_of_the_recruiters_is_a_recruiter(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


def test_a_part_printed_beside_the_number_is_charged_though_the_words_read_another_part(rb):
    # round 63 (dev) ru-2016-balkhash-five-radicals-arrested: the words read taking part in a terrorist group (257 p2),
    # the court's release prints «статьями 257 части 1, 287 части 5» (creating one): both parts are found
    text = ("В апреле 2016 года в Карагандинской области арестовали пятерых членов радикальной группы, которые "
            "планировали совершить террористические акты. Они подозреваются в совершении преступлений, "
            "предусмотренных статьями 257 части 1, 287 части 5 УК РК.")
    found = {(f["article"], f["part"]) for f in classify_text(text, rulebook=rb)["findings"]}
    assert ("257", "1") in found and ("287", "5") in found
    # near-miss: without the printed part, only the part the words give
    found = {(f["article"], f["part"]) for f in classify_text(text.replace(" части 1", ""), rulebook=rb)["findings"]}
    assert ("257", "1") not in found and ("257", "2") in found

# -- the thirty-third session's probes, in the sources' kinds of wording: discord told through what was said of a faith
# or a people (calling them infidels, telling a people it has no place in the country), the same offence in each
# language where one language read it and another did not (a call for an armed uprising, drawing others into a banned
# body's ranks, grenades found in a search, the January 2022 arson without the word "riots"), and reported speech
@pytest.mark.parametrize("text, want", [
    ("In 2016 prosecutors said his sermons called Shia Muslims infidels.", "174"),
    ("In 2019 the imam told worshippers that Christians were enemies who should be driven out of the village.", "174"),
    ("In 2021 he posted a video saying that ethnic Russians had no place in Kazakhstan and should leave.", "174"),
    ("В 2019 году он в мечети говорил прихожанам, что шииты — неверные и с ними нельзя общаться.", "174"),
    ("2019 жылы ол мешітте жамағатқа шииттер кәпір, олармен араласуға болмайды деп айтқан.", "174"),
    ("He said in a 2018 interview that the country's Kazakhs should rise against 'Russian occupiers' and drive them out.",
     "174"),
    ("2019 жылы ол Қазақстан халқын билікке қарсы қарулы көтеріліске шақырған.", "179"),
    ("In 2018 he drew young people into the ranks of Hizb ut-Tahrir.", "405"),
    ("2018 жылы ол жастарды «Хизб ут-Тахрир» партиясының қатарына тартқан.", "405"),
    ("2019 жылы оның үйінен тыйым салынған діни әдебиеттер мен 3 граната табылды.", "287"),
    ("In January 2022 he took part in setting fire to the Almaty akimat.", "272"),
    ("В январе 2022 года он участвовал в поджоге здания акимата Алматы.", "272"),
    ("2022 жылдың қаңтарында ол Алматы әкімдігін өртеуге қатысқан.", "272"),
    ("Investigators said the teenager phoned the school on the morning of the exam in 2022, saying there was a bomb in "
     "the building.", "273"),
])
def test_the_thirty_third_sessions_probes_are_read(rb, text, want):
    assert want in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text, unwanted", [
    ("In 2016 the expert said that ISIS propaganda calls Shia Muslims infidels.", "174"),
    ("In 2022 he wrote that Russian troops should leave Ukraine.", "174"),
    ("В 2020 году он распространил неверные сведения о мусульманах района.", "174"),
    ("2019 жылы ол ДАИШ идеологтары шииттерді кәпір санайды деп жазды.", "174"),
    ("In 2019 an ethnic Uzbek farmer said in an interview that his cattle had been stolen by neighbours.", "174"),
    ("Тарихшы 1916 жылғы көтеріліс туралы айтты.", "179"),
    ("In 2018 he was drawn into the ranks of Hizb ut-Tahrir by a friend and later left it.", "405"),
    ("Пострадавшим от погромов в январе 2022 года выплатили компенсации.", "272"),
    ("In January 2022 police stormed the square, and the journalist who reported the storming was detained.", "272"),
])
def test_near_misses_of_those_probes_are_not(rb, text, unwanted):
    assert unwanted not in articles(classify_text(text, rulebook=rb))


def test_a_search_years_the_acts_not_a_ban(rb):
    # «оның үйінен тыйым салынған … табылды» (found in his home): the year is the search's, not the date of a ban
    res = classify_text("2019 жылы оның үйінен тыйым салынған діни әдебиеттер мен 3 граната табылды.", rulebook=rb)
    assert str(res["event_date"]).startswith("2019")
    # a ban's own year still is the ban's, and does not take the next sentence's year of the acts
    res = classify_text("«Таблиғи жамағат» ұйымына 2013 жылы тыйым салынған. Ол 2019 жылы жиналыстарға қатысқан.",
                        rulebook=rb)
    assert str(res["event_date"]).startswith("2019")


# -- training others is art. 259 (recruiting, training or arming), not the trainee's art. 260 ------------------------
@pytest.mark.parametrize("text, trainer", [
    ("In 2016 he trained a group of young men to make explosives for terrorist attacks.", True),
    ("В 2016 году он обучал группу молодых людей изготовлению взрывчатки для терактов.", True),
    ("2016 жылы ол жастарды теракт жасау үшін жарылғыш заттар жасауға үйреткен.", True),
    ("In 2016 he underwent training in a militant camp in Syria.", False),
    ("В 2016 году он обучался в лагере террористов обращению с оружием и взрывчаткой.", False),
])
def test_a_trainer_trains_others_a_trainee_undergoes_training(rb, text, trainer):
    got = articles(classify_text(text, rulebook=rb))
    assert ("259" in got, "260" in got) == (trainer, not trainer)
    assert "255" not in got  # the attacks are what the training was for, not acts done
