"""Precision of the reading: near misses that the sources write about other
events than the offences lawbook reads (drills, warnings of liability, rule
violations, ties between organisations, shoot-outs, the content of messages,
victims), and beside each mechanism a real charge that must still be read.
The near misses are written in the sources' kinds of wording; the positives
are sentences of dev-split accounts (corpus/accounts) or in their wording."""
from __future__ import annotations

import pytest

from lawbook.classification import classify_text


def articles(res, key="findings"):
    return sorted({f["article"] for f in res.get(key, [])})


@pytest.mark.parametrize("text", [
    # drills and exercises stage an attack or a hijacking
    "В 2018 году в аэропорту прошли антитеррористические учения: условные террористы захватили самолёт.",
    "2018 жылы әуежайда антитеррорлық оқу-жаттығу өтті: шартты террористер ұшақты басып алды.",
    # a warning of the liability for an offence is no report of one
    "In 2023 police reminded residents that false reports of bombs are punishable under article 273.",
    "В 2023 году полиция напомнила, что за заведомо ложное сообщение об акте терроризма грозит ответственность.",
    "2023 жылы полиция терроризм актісі туралы көрінеу жалған хабар үшін жауапкершілік барын ескертті.",
    # the rules for keeping weapons broken, or weapons carried with permits
    "In 2016 the director of the gun shop was convicted for violating the rules of storing weapons.",
    "In 2019 hunters carried weapons with valid permits during the hunting season, the police said.",
    "В 2016 году директора оружейного магазина осудили за нарушение правил хранения оружия.",
    # one organisation's ties to another, a verdict linked to a movement
    "In 2019 the court ruled that the Democratic Choice of Kazakhstan, which is associated with Alga, is extremist.",
    "In 2004 the KNB said the Jamaat of Central Asian Mujahideen was structurally affiliated with al-Qaeda.",
    "В 2024 году в Алматы вынесли последний приговор, связанный с движением «Таблиги джамаат».",
    # a shoot-out is how an arrest went; a victim made to fight; what messages say
    "In 2011 five suspected militants and two security officers were killed in a shootout, prosecutors said.",
    "In 2023 a Kazakh student studying in Siberia was abducted and forced to fight in Ukraine, his mother said.",
    "В 2024 году полицейские задержали автора рассылок об актах терроризма в Карагандинской области.",
    # commentary on how a law is used; a study's topic
    "In 2021 human rights defenders said the law on inciting discord is used to silence critics.",
    "В 2021 году правозащитники заявили, что статья о разжигании розни используется против критиков власти.",
    "2021 жылы құқық қорғаушылар алауыздықты қоздыру туралы бап сыншыларға қарсы қолданылатынын айтты.",
    "In 2020 a researcher published a study of terrorist propaganda on Telegram channels.",
    "В 2020 году исследователь опубликовал доклад о террористической пропаганде в Telegram-каналах.",
    # an insult to one person; a false alarm about a fire; materials banned with no one charged; a plot abroad
    "In 2018 he complained to the police that neighbours had insulted him because of his nationality; the police "
    "refused to open a case.",
    "In 2020 a woman called the fire service about a fire in her building; it turned out to be a false alarm caused "
    "by smoke from a barbecue.",
    "In 2019 a court in Astana declared 20 videos extremist at the prosecutor's request and banned their "
    "distribution.",
    "In 2017 the FBI said two men in New York had plotted to bomb the subway.",
    # those whom someone condemns; a film's plot; a witness retelling what he was told
    "In 2017 the imam condemned those who praise Islamic State fighters and urged young people not to go to Syria.",
    "В 2017 году имам осудил тех, кто восхваляет боевиков ИГИЛ, и призвал молодёжь не ехать в Сирию.",
    "2017 жылы имам ИМ содырларын мадақтайтындарды айыптап, жастарды Сирияға бармауға шақырды.",
    "В 2020 году вышел фильм о группе, которая планировала теракт в Алматы.",
    "В 2020 году свидетель рассказал суду, что подсудимый сообщил ему о заложенной бомбе в машине соседа.",
    # versions the investigators considered, before an ellipsis between excerpts
    "Initially investigators considered a variety of causes, including a fight among the soldiers, an attack by "
    "religious extremists, an assault by smugglers … The main version, however, was bullying.",
    "В 2021 году следователи рассматривают несколько версий взрыва, в том числе теракт.",
    "2021 жылы тергеушілер жарылыстың бірнеше нұсқасын, соның ішінде теракт нұсқасын қарастыруда.",
    # a measure that comes after earlier attacks, what it targets, what it checks, a site's lawful purpose
    "In 2016 police in Kazakhstan were cracking down on illegal firearm ownership. The move comes after terrorists "
    "staged deadly attacks in Aktobe. Police confiscated unregistered firearms and checked whether gun owners were "
    "storing their weapons safely.",
    "In 2017 law enforcement agencies were preparing for possible new terrorist attacks in Astana.",
    "In 2021 a series of explosions at a military warehouse injured 66 people; the cause was not known. The warehouse "
    "was used for storing engineering-purpose explosives.",
])
def test_near_misses_give_no_finding(rb, text):
    assert classify_text(text, rulebook=rb)["findings"] == []


def test_a_block_before_an_ellipsis_holds(rb):
    # sources join excerpts with "…": a background sentence that ends there still blocks its words
    res = classify_text("In 2016, Kazakhstan saw its deadliest attacks when gunmen stormed gun shops and a military "
                        "unit in Aqtobe … He was later detained.", rulebook=rb)
    assert res["findings"] == [] and any(x.get("cue") == "en.block.background" for x in res["extracted"])


def test_a_charge_lawbook_has_no_rule_for_still_names_the_charges(rb):
    # en-2016-aktobe-gunshop-director-negative (dev): the terrorists' attack is described, the director's charge is
    # the storage rules; the attack is not his charge
    text = ("It was the director of the arms store, which the terrorists attacked and seized weapons after killing "
            "the guard and seller. The director of the store was convicted for violating the rules of storing "
            "weapons, though the relatives of the killed staff made no claims against him.")
    res = classify_text(text, "2016-06-05", rulebook=rb)
    assert res["findings"] == [] and "255" in articles(res, "also_described")
    assert any("violation of the rules for keeping or selling weapons" in n for n in res["notes"])


@pytest.mark.parametrize("text, want", [
    ("Суд города Актобе признал виновным жителя Актюбинской области в пропаганде терроризма и незаконном хранении "
     "огнестрельного оружия.", "287"),
    ("In 2016 he was convicted of illegally storing weapons and ammunition.", "287"),
    ("In 2020 Moldin was sentenced for being associated with the DVK-linked unregistered Koshe (Street) Party, also "
     "banned in Kazakhstan as an extremist group.", "405"),
    ("In 2016 terrorists attacked two gun shops and a military unit in Aktobe, killing several people.", "255"),
    ("В 2023 году его осудили за заведомо ложное сообщение об акте терроризма.", "273"),
    ("В 2016 году боевики совершили теракт в Актобе.", "255"),
    ("In 2019 he went to fight in Syria for the Islamic State.", "172"),
    ("In 2021 he was charged under the article on inciting social discord for his posts about Russians.", "174"),
    ("В деле Сатымжана Азатова есть еще и статья о пропаганде терроризма.", "256"),
    ("In 2020 he published a study of jihad on his Telegram channel calling on Muslims to join the Islamic State "
     "in Syria.", "256"),
    ("In 2019 he insulted the religious feelings of Orthodox believers in his posts.", "174"),
    ("В 2017 году суд осудил его за восхваление боевиков ИГИЛ в соцсетях.", "256"),
    ("2017 жылы ол ИМ содырларын мадақтап, жастарды Сирияға баруға шақырды.", "256"),
    ("В 2020 году он позвонил в полицию и сообщил о заложенной бомбе в здании вокзала; бомбу не нашли.", "273"),
    ("По версии следствия, в 2019 году они готовили теракт в Актобе и изготовили взрывное устройство.", "255"),
    ("In 2016, Kazakhstan saw its deadliest attacks when gunmen stormed gun shops … In 2016 he was convicted of "
     "propaganda of terrorism.", "256"),
    ("In 2019 he phoned the police and claimed a bomb had been left at the railway station; it turned out to be a "
     "false alarm.", "273"),
    ("In 2020 his arrest came after he posted videos calling for jihad in Syria.", "256"),
    ("In 2016 they were preparing terrorist attacks on police stations and kept explosives in a garage.", "255"),
    ("In 2016 they stormed two gun stores and killed a guard to seize weapons for a terrorist attack.", "255"),
])
def test_the_real_charge_beside_each_mechanism_stands(rb, text, want):
    assert want in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text, aside, note", [
    # en-2016-aktobe-salafi-followers-illegal-oil-sales-timesca-neg (dev): the charge is the oil sales; the
    # detainees' faith, banned as extremist, describes them
    ("Kazakhstan authorities say they detained several people suspected of illegal oil sales during a large-scale "
     "security operation in the northwestern city of Aktobe on December 7, 2016. The National Security Committee "
     "said that some of those detained are followers of the Salafi branch of Islam, which is officially banned in "
     "Kazakhstan as extremist.", "405", "illegal trade in oil"),
    ("В 2019 году двух жителей Шымкента осудили за сбыт наркотических средств. Оба, по данным полиции, были "
     "сторонниками запрещённой организации «Хизб ут-Тахрир».", "405", "drug offences"),
    ("2019 жылы Шымкенттің екі тұрғыны есірткі сатқаны үшін сотталды. Полиция деректері бойынша, екеуі де тыйым "
     "салынған «Хизб ут-Тахрир» ұйымының мүшелері болған.", "405", "drug offences"),
])
def test_an_ordinary_charge_names_the_charges(rb, text, aside, note):
    res = classify_text(text, rulebook=rb)
    assert res["findings"] == [] and aside in articles(res, "also_described")
    assert any(note in n for n in res["notes"])


@pytest.mark.parametrize("text, want", [
    # the ordinary charge beside a charge lawbook classifies: both are named, the latter stands
    ("In 2019 he was convicted of drug trafficking and of propaganda of terrorism.", "256"),
    ("В 2019 году его осудили за сбыт наркотиков и за участие в деятельности запрещённой организации «Хизб "
     "ут-Тахрир».", "405"),
    # the ordinary offence told outside a charge sentence names no charge
    ("In 2019 he sold drugs to pay for his trip. In 2019 he went to fight in Syria for the Islamic State.", "172"),
])
def test_an_ordinary_charge_leaves_a_named_charge(rb, text, want):
    assert want in articles(classify_text(text, rulebook=rb))


def test_violence_beside_riots_is_no_act_of_terrorism(rb):
    # en-2011-shetpe-protesters-appeal-rejected-eurasianet (dev): the protestors' clashes are riots; the police
    # officers' shooting is told with no word of terrorism, and since the forty-second session the shooting of
    # protestors is force used on a crowd (en.block.force_against_crowd): not described as an attack either
    text = ("In 2012 an appeal from four protestors from the nearby village of Shetpe also serving time over the "
            "clashes was rejected, as was the appeal of five police officers imprisoned for unlawfully shooting "
            "protestors.")
    res = classify_text(text, rulebook=rb)
    assert articles(res) == ["241"] and "233" not in articles(res, "also_described")


@pytest.mark.parametrize("text, want", [
    # ru-rudny-k-extremist-books-whatsapp-administrative-fines-neg-tobolinfo (dev): found guilty by an
    # administrative court and fined
    ("В 2023 году житель Рудного распространял экстремистские материалы в мессенджере WhatsApp. Специализированный "
     "административный суд города Рудного признал гражданина виновным. Он должен выплатить штраф.", []),
    # a criminal article cited beside the administrative words stays: the administrative arrests are his history
    ("В 2022 году в Кызылорде его обвинили по части 1 статьи 272 УК РК; ранее он 5-6 раз подвергался "
     "административному аресту.", ["272"]),
    # the criminal court's verdict in a clause of its own, after the administrative court's fine, stands
    ("В 2020 году специализированный межрайонный административный суд оштрафовал его, а позже уголовный суд признал "
     "его виновным в пропаганде терроризма.", ["256"]),
])
def test_found_guilty_by_an_administrative_court_is_no_conviction(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


def test_a_cited_general_crime_alone_is_outside_the_field(rb):
    # ru-karaganda-rails-222-metres-stolen-track-damaged-theft-188-neg-kaztag (dev): a theft cited by its article
    res = classify_text("В апреле 2023 года группа лиц совершила кражу рельс общей длиной 222 метра. По данному "
                        "факту начато досудебное расследование по признакам статьи 188 (кража) УК РК.", rulebook=rb)
    assert res["findings"] == [] and "188" in articles(res, "also_described")
    # beside an offence lawbook is built for, the same citation stays a charge
    res = classify_text("В апреле 2023 года он похитил оружие и готовил теракт. Его обвиняют по статье 188 и части 1 "
                        "статьи 255 УК РК.", rulebook=rb)
    assert {"188", "255"} <= set(articles(res))


@pytest.mark.parametrize("text, in_field", [
    # a claim of responsibility read by a frame marked field: true (ru.frame.claimed_responsibility); the claimed
    # blast is not an ordinary crime, though the sentence names no terrorism word
    ("Группа взяла на себя ответственность за два взрыва в Атырау в 2011 году.", True),
    ("Ответственность за взрывы в Атырау в 2011 году взяла на себя группировка «Солдаты Халифата».", True),
    # nobody claimed it: no fact, not in the field
    ("Никто не взял на себя ответственность за взрыв газа в 2019 году.", False),
    ("No one claimed responsibility for the explosion at the gas station in 2019.", False),
])
def test_a_claim_of_responsibility_puts_the_account_in_the_field(rb, text, in_field):
    from lawbook.reading import read
    assert read(text, rb)["in_field"] is in_field

@pytest.mark.parametrize("text, want", [
    # en.block.in_the_wake: a decision to detain someone is an arrest, not a measure; what he did stays
    ("In 2016 the decision to detain him came after he posted videos calling on Kazakhs to join the Islamic State.",
     "256"),
    # en.block.in_the_wake: a group preparing explosives for possible attacks is plotting, not on guard
    ("In 2016 the group was preparing explosives for possible attacks on police stations.", "255"),
    # en.block.storage_site: a bunker the group built to store explosives is no lawful site's purpose
    ("In 2019 police found a bunker the group built to store explosives for a terrorist attack.", "255"),
    ("In 2019 police found that the militants' base was used for storing weapons and explosives for attacks on "
     "police.", "287"),
    # en.block.whether: the question ends at ", and": the charge after it is stated
    ("In 2016 investigators were trying to establish whether he had accomplices, and he was charged with making a bomb "
     "for a terrorist attack on a police station.", "255"),
])
def test_a_measure_or_a_site_block_leaves_a_plot(rb, text, want):
    assert want in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text", [
    # the police's violence against a crowd, or a report about clashes, is no one's mass riot
    "In 2022 riot police stormed the crowd of protesters and smashed their phones.",
    "In 2022 riot police detained 20 people at the rally.",
    "В 2022 году журналиста осудили за репортажи о январских беспорядках.",
    "В 2022 году полицейские были осуждены за избиение задержанных во время беспорядков.",
    "2022 жылы журналист қаңтардағы тәртіпсіздіктер туралы репортаждары үшін сотталды.",
    "In 2012 a journalist was jailed for his reports on the Zhanaozen clashes.",
    "In 2012 two police officers were imprisoned for beating protesters during the clashes.",
])
def test_police_violence_or_a_report_on_clashes_is_no_riot(rb, text):
    assert {"241", "272"}.isdisjoint(articles(classify_text(text, rulebook=rb)))


@pytest.mark.parametrize("text", [
    # another state's proceedings told by its court's city, an investigating body, "in <state>, … was convicted",
    # or its request for an extradition: lawbook applies Kazakh law only
    "The Moscow City Court sentenced a citizen of Kazakhstan to life imprisonment for the terrorist attack.",
    "Russian investigators charged the Kazakhstani national with preparing a terrorist attack in Moscow.",
    "In Turkey, a Kazakh man was convicted of membership in the Islamic State and sentenced to six years.",
    "The Supreme Court of Kyrgyzstan upheld the sentence of a Kazakh citizen convicted of financing terrorism.",
    "A Tashkent court jailed the Kazakh national for 8 years for membership in Hizb ut-Tahrir.",
    "Uzbekistan has requested the extradition of the imam, who is wanted there on charges of religious extremism "
    "and membership of a banned group.",
    "Мосгорсуд приговорил гражданина Казахстана к пожизненному лишению свободы за теракт.",
    "Следственный комитет России предъявил уроженцу Казахстана обвинение в подготовке теракта.",
    "В Турции гражданин Казахстана осужден за участие в ИГИЛ и приговорен к шести годам.",
    "Бишкекский городской суд приговорил гражданина Казахстана к 10 годам за терроризм.",
])
def test_proceedings_under_another_states_law_give_no_finding(rb, text):
    assert articles(classify_text(text, rulebook=rb)) == []


@pytest.mark.parametrize("text, want", [
    ("He was detained in Moscow at Kazakhstan's request and extradited to Almaty, where he was sentenced to seven "
     "years for propaganda of terrorism.", "256"),
    ("Russian investigators handed the suspect over to the KNB, which charged him with propaganda of terrorism.",
     "256"),
    ("Kazakhstan has requested the extradition of the banker from France; he is charged with calls to seize power.",
     "179"),
    ("Его задержали в Москве по запросу Казахстана, а суд Алматы приговорил его к семи годам за пропаганду "
     "терроризма.", "256"),
    ("Российские следователи передали задержанного КНБ, который предъявил ему обвинение в пропаганде терроризма.",
     "256"),
])
def test_a_kazakh_case_beside_another_state_stands(rb, text, want):
    assert want in articles(classify_text(text, rulebook=rb))


def test_spreading_and_being_convicted_is_no_body_a_court_dissolved(rb):
    # «тарату» is both to spread and to dissolve, and «сот-» begins «сотталды»: no banned body here
    res = classify_text("2019 жылы ол лаңкестік әрекетті ақтайтын видеолар таратқаны үшін сотталды.", rulebook=rb)
    assert articles(res) == ["256"]
    res = classify_text("2016 жылы ол сот шешімімен таратылған «Ата жолы» ұйымының қызметін қайта жалғастырды.",
                        rulebook=rb)
    assert articles(res) == ["405"]


@pytest.mark.parametrize("text, want", [
    # banned literature seized is no banned organisation; a banned body is
    ("ҰҚК терроризмді насихаттаған 3 адамды ұстады. Олардан тыйым салынған әдебиеттер тәркіленді.", ["256"]),
    ("КНБ задержал троих за пропаганду терроризма. У них изъята запрещенная литература.", ["256"]),
    ("Ол сот тыйым салған «Таблиғи жамағат» қозғалысының жиындарына қатысқаны үшін сотталды.", ["405"]),
])
def test_a_ban_needs_a_body_beside_it(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


def test_a_trip_to_join_a_terrorist_organisation_is_taking_part_in_it(rb):
    res = classify_text("В Алматы осуждена женщина, которая пыталась выехать в Сирию с детьми для участия в деятельности "
                        "террористической организации.", rulebook=rb)
    assert articles(res) == ["24", "257"]
    res = classify_text("В 2015 году он пытался выехать в Сирию, чтобы воевать.", rulebook=rb)
    assert articles(res) == ["172", "24"]


@pytest.mark.parametrize("text", [
    # a term of days is an administrative arrest, not a criminal sentence
    "In 2020 a man was jailed for 15 days for taking part in an unauthorised rally organised by the banned DVK.",
    "В 2020 году мужчину арестовали на 15 суток за участие в несанкционированном митинге запрещенного ДВК.",
    "2020 жылы ол тыйым салынған ДВК ұйымдастырған рұқсатсыз митингіге қатысқаны үшін 15 тәулікке қамалды.",
])
def test_a_term_of_days_is_an_administrative_arrest(rb, text):
    assert articles(classify_text(text, rulebook=rb)) == []


def test_days_of_detention_before_a_charge_are_no_arrest_term(rb):
    res = classify_text("He was detained for 10 days before he was charged with propaganda of terrorism and sentenced "
                        "to five years.", rulebook=rb)
    assert articles(res) == ["256"]


@pytest.mark.parametrize("text, want", [
    # a stay or a detention abroad told inside the sentence ("who had lived in Russia for two years was sentenced by
    # the Almaty court") is no sentence passed there: "in Turkey, … was convicted" opens its sentence
    ("In 2016 a man who had lived in Russia for two years was sentenced by the Almaty court to five years for "
     "propaganda of terrorism.", "256"),
    ("In 2017 a Kazakh citizen detained in Turkey last year was sentenced in Almaty to seven years for participation "
     "in a terrorist organisation.", "257"),
    ("In 2016 a resident of Aktobe who had studied in Moscow and worked in Almaty was convicted of propaganda of "
     "terrorism.", "256"),
    ("В 2019 году он учился в Москве, вернулся и осужден Актюбинским судом за пропаганду терроризма.", "256"),
    # another state's special service that hands the suspect over to Kazakhstan: the case is Kazakh
    ("2018 жылы Ресей арнайы қызметі Қазақстан азаматын ұстап, ҰҚК-ға тапсырды; Алматы соты оны терроризмді "
     "насихаттағаны үшін соттады.", "256"),
    ("2018 жылы Қырғызстан қауіпсіздік қызметі күдіктіні Қазақстанға ұстап берді, ол терроризмді насихаттағаны үшін "
     "сотталды.", "256"),
    ("В 2018 году польские спецслужбы передали Казахстану подозреваемого, суд Алматы осудил его за пропаганду "
     "терроризма.", "256"),
    # another state's prosecutors or investigators extraditing the suspect to Kazakhstan
    ("В 2019 году Генпрокуратура России приняла решение о выдаче Казахстану жителя Шымкента, обвиняемого в "
     "пропаганде терроризма.", "256"),
    ("В 2019 году Генеральная прокуратура Кыргызстана выдала Казахстану гражданина, которого обвиняют в участии в "
     "террористической организации.", "257"),
    ("In 2019 the Prosecutor General's Office of Russia approved the extradition to Kazakhstan of a Shymkent resident "
     "charged with propaganda of terrorism.", "256"),
    ("In 2019 the Prosecutor General's Office of Kyrgyzstan handed over to Kazakhstan a man accused of participation "
     "in a terrorist organisation.", "257"),
])
def test_a_stay_abroad_or_a_handover_to_kazakhstan_is_no_foreign_proceeding(rb, text, want):
    assert want in articles(classify_text(text, rulebook=rb))


@pytest.mark.parametrize("text", [
    # beside them, a sentence passed abroad still reads as one
    "In 2016, in Turkey, a Kazakh man was convicted of membership in the Islamic State.",
    "В 2016 году в Турции гражданин Казахстана осужден за участие в ИГИЛ.",
    "Польшаның арнайы қызметі 2024 жылы Қазақстан азаматын тыңшылық жасады деген күдікпен ұстаған.",
])
def test_a_sentence_or_a_detention_abroad_still_gives_no_finding(rb, text):
    assert articles(classify_text(text, rulebook=rb)) == []


@pytest.mark.parametrize("text, want", [
    # an act the account says was not done gives no fact; its clause only
    ("In 2016 he did not set up a terrorist group, the court found.", []),
    ("In 2016 he did not take part in the activities of Hizb ut-Tahrir, the court found.", []),
    ("In 2016 he never incited religious hatred, his lawyer said.", []),
    ("In 2016 he was sentenced on terrorism charges. His lawyer said he had never set up a terrorist group.", ["255"]),
    ("The court found that he did not act alone and had set up a terrorist group in 2016.", ["257"]),
    ("He did not deny posting calls to terrorism in 2016 and was sentenced to five years.", ["256"]),
])
def test_an_act_not_done_gives_no_fact(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text, want", [
    # another person's acquittal beside a conviction holds for its own clause
    ("Two of the defendants were convicted of propaganda of terrorism, and a third was acquitted of the same charge.",
     ["256"]),
    ("Двое подсудимых осуждены за пропаганду терроризма, а третий оправдан по тому же обвинению.", ["256"]),
    ("He was acquitted of propaganda of terrorism, and the prosecutor appealed.", []),
    # one person acquitted of one charge and convicted of another, joined by "and"
    ("In 2019 he was acquitted of propaganda of terrorism and convicted of inciting religious discord.", ["174"]),
    ("В 2019 году он был оправдан по обвинению в пропаганде терроризма и осужден за возбуждение религиозной розни.",
     ["174"]),
    ("In 2019 he was acquitted of propaganda of terrorism and inciting religious discord.", []),
])
def test_an_acquittal_beside_a_conviction_holds_for_its_clause(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text, want", [
    # what an article provides is the law, not an act; a charge with its penalty in a relative clause stands
    ("In 2019 he was fined under Administrative Code Article 489. Criminal Code Article 405 punishes participation "
     "in a banned organisation with up to six years.", []),
    ("В 2019 году его оштрафовали по статье 489 КоАП. Статья 405 УК предусматривает до шести лет за участие в "
     "запрещенной организации.", []),
    ("In 2019 he was charged under Article 174, which provides for up to seven years.", ["174"]),
])
def test_what_an_article_provides_is_no_act(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text, want", [
    # a relative's own clause is another person's case
    ("In 2021 the activist, whose brother was convicted of terrorism in 2015, was fined for an unauthorised picket.",
     []),
    ("In 2016 he and his brother were convicted of propaganda of terrorism.", ["256"]),
])
def test_a_relatives_clause_is_another_persons_case(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text, want", [
    # a term of days beside a prison term, or days to appeal, are no administrative arrest that ended the case
    ("In 2019 he was jailed for 10 days before being sentenced to six years for propaganda of terrorism.", ["256"]),
    ("In 2019 he was sentenced to seven years for propaganda of terrorism and given up to 15 days to appeal.",
     ["256"]),
    ("2019 жылы ол терроризмді насихаттағаны үшін сотталды, оған дейін 10 тәулікке уақытша қамауға алынған.", ["256"]),
    ("В 2019 году его арестовали на 10 суток, а затем осудили на пять лет за пропаганду терроризма.", ["256"]),
    # still an administrative arrest
    ("In 2020 a man was jailed for 15 days for taking part in an unauthorised rally organised by the banned DVK.", []),
])
def test_days_beside_a_prison_term_are_no_administrative_arrest(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text, want", [
    # not leaving a group is staying in it; a name not made public and a relative clause's 'never' are no denied act
    ("In 2016 he never left Hizb ut-Tahrir and continued to attend its meetings.", ["405"]),
    ("A resident of Almaty, whose name was not made public, was sentenced to five years for propaganda of terrorism.",
     ["256"]),
    ("A 19-year-old, who had never posted anything before, was sentenced in 2019 for propaganda of terrorism on "
     "Telegram.", ["256"]),
    # still an act not done
    ("In 2016 he did not leave for Syria to join Islamic State, the court found.", []),
    ("In 2016 he did not set up a terrorist group, the court found.", []),
])
def test_a_clause_that_only_looks_like_an_act_not_done_keeps_the_acts(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


def test_a_charge_with_its_punishment_after_a_comma_stands(rb):
    res = classify_text("In 2019 he was convicted under Article 256, which is punishable by up to seven years in prison.",
                        rulebook=rb)
    assert articles(res) == ["256"]
    res = classify_text("In 2019 he was fined under Administrative Code Article 489. Under Article 405, participation "
                        "in a banned organisation is punishable by up to six years.", rulebook=rb)
    assert articles(res) == []


@pytest.mark.parametrize("text, want", [
    # an account told by a relative names the accused as 'her son': that is the account's person
    ("Her son was sentenced in 2017 to seven years for propaganda of terrorism, she told RFE/RL.", ["256"]),
    ("Her husband was convicted in 2016 of taking part in a terrorist group and is serving eight years.", ["257"]),
    # a relative who 'also' was convicted shares the acts named in the relative's clause
    ("In 2019 Aliyev, whose brother was also convicted of propaganda of terrorism, was sentenced to five years for "
     "the same posts.", ["256"]),
    # a relative set beside the account's person after a semicolon is another person
    ("In 2021 he was fined for an unauthorised picket; his father had served time for propaganda of terrorism.", []),
])
def test_a_relative_who_is_the_accused_keeps_the_acts(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text, want", [
    # KNB officers (қызметкерлері) and a batch (партиясы) of banned literature are no banned body
    ("2019 жылы ҰҚК қызметкерлері оның үйінен тыйым салынған әдебиеттер тапты.", []),
    ("2019 жылы оның үйінен тыйым салынған әдебиеттердің ірі партиясы тәркіленді.", []),
    # a banned body stands
    ("2019 жылы ол Қазақстанда қызметіне тыйым салынған ұйымның жиынына қатысқан.", ["405"]),
    ("2019 жылы ол тыйым салынған «Хизб ут-Тахрир» партиясының жиналыстарын өткізген.", ["405"]),
])
def test_a_kazakh_ban_or_dissolution_needs_a_body(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


def test_accomplices_after_the_long_preposition_are_a_group(rb):
    def parts(t):
        return sorted((f["article"], f.get("part")) for f in classify_text(t, rulebook=rb)["findings"])
    assert parts("В 2019 году он вместе со своими сообщниками распространял призывы к терроризму.") == \
        parts("В 2019 году он вместе с сообщниками распространял призывы к терроризму.") == [("256", "2")]


def test_an_anti_terrorist_unit_is_no_terrorist_purpose_of_a_trip(rb):
    res = classify_text("В 2015 году он пытался выехать в Сирию, но был задержан сотрудниками антитеррористического "
                        "центра.", rulebook=rb)
    assert articles(res) == ["172", "24"]


def test_a_kazakh_police_department_acting_jointly_is_no_group(rb):
    def parts(t):
        return sorted((f["article"], f.get("part")) for f in classify_text(t, rulebook=rb)["findings"])
    # «ІІД» (the internal affairs department) with the KNB is the agencies', not the offenders' group
    assert parts("2019 жылы ҰҚК ІІД-мен бірлесіп терроризмді насихаттаған адамды ұстады.") == \
        parts("2019 жылы ҰҚК терроризмді насихаттаған адамды ұстады.") == [("256", "1")]


def test_a_ten_day_arrest_beside_a_later_prison_term_is_no_administrative_case(rb):
    res = classify_text("В 2019 году после 10-суточного ареста за митинг его приговорили к пяти годам лишения свободы "
                        "за пропаганду терроризма.", rulebook=rb)
    assert articles(res) == ["256"]


@pytest.mark.parametrize("text, want", [
    # taking part named inside the recruiting's words is the recruits' purpose, not the recruiter's act
    ("Жителя Павлодара приговорили к восьми годам за попытку завербовать одноклассников для участия в боевых "
     "действиях на стороне ИГИЛ.", ["24", "259"]),
    ("A Pavlodar court sentenced a 23-year-old to eight years for trying to recruit his classmates to fight for "
     "Islamic State.", ["24", "259"]),
    # the recruiter's own joining, told apart, stays
    ("В 2015 году он вступил в ИГИЛ и вербовал других для участия в боевых действиях.", ["257", "259"]),
    # the recruiter's own taking part joined to the recruiting by "and" inside its words stays
    ("In 2019 he was convicted of recruiting for and taking part in Islamic State.", ["257", "259"]),
    # the purpose goes on past the words the recruiting frame matched (a synonym probe written this session)
    ("В 2017 году он склонял односельчан к выезду в Сирию для участия в боевых действиях на стороне ИГИЛ.", ["259"]),
    ("In 2016 he recruited young men, who later fought for ISIS in Syria.", ["259"]),
])
def test_what_recruits_were_drawn_into_is_not_the_recruiters_act(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text, want", [
    # the fighters or members money or tickets went to, named after the financing's trigger, are its recipients:
    # not the giver's taking part, praise or fighting (synonym probes written in the twenty-seventh session)
    ("В 2016 году осуждённый финансово поддерживал участников международной террористической организации.", ["258"]),
    ("В 2017 году он материально поддерживал боевиков ИГИЛ.", ["258"]),
    ("In 2017 he sent money to ISIS fighters in Syria.", ["258"]),
    ("In 2015 he bought plane tickets for two men going to fight in Syria.", ["258"]),
    # a comma that opens a participle or relative clause describes the recipient (probes of the twenty-eighth session)
    ("В 2021 году осужден за перевод денег родственнику, примкнувшему к ИГИЛ в Сирии.", ["258"]),
    ("В 2017 году она переводила деньги мужу, воевавшему в рядах ИГИЛ в Сирии.", ["258"]),
    ("In 2021 he was convicted of sending money to his brother, who had joined Islamic State in Syria.", ["258"]),
    # the giver's own membership, told before the financing or joined to it, stays
    ("В 2017 году он, будучи членом ИГИЛ, переводил деньги боевикам в Сирию.", ["257", "258"]),
    ("В 2018 году он вступил в ИГИЛ и переводил деньги боевикам.", ["257", "258"]),
    ("В 2018 году он финансировал ИГИЛ, вступил в организацию и уехал в Сирию.", ["257", "258"]),
    ("In 2018 he financed ISIS, joined the group and left for Syria.", ["257", "258"]),
])
def test_whom_money_went_to_is_not_the_givers_act(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text, want", [
    # a case that may only be opened, or a change of the penalty, beside a charge or a verdict the sentence tells:
    # the block holds for its own clause, the charge stands
    ("In 2019 he was charged with propaganda of terrorism and could face prosecution for inciting religious discord.",
     ["256"]),
    ("В 2019 году он был осужден за пропаганду терроризма, а его жену могут привлечь к ответственности.", ["256"]),
    ("In 2019 he was convicted of propaganda of terrorism, weeks after parliament toughened penalties for it.",
     ["256"]),
    ("В 2019 году его осудили на семь лет за пропаганду терроризма по статье, ужесточившей наказание за терроризм.",
     ["256"]),
    ("2019 жылы ол терроризмді насихаттағаны үшін сотталды, ал әйеліне қатысты қылмыстық іс қозғалуы мүмкін.",
     ["256"]),
    ("2019 жылы ол терроризмді насихаттағаны үшін сотталды, бұған дейін парламент терроризмді насихаттағаны үшін "
     "жазаны күшейтті.", ["256"]),
    # a case already opened is no case to come
    ("В 2019 году ему грозит уголовное дело, возбуждённое по статье 174 УК за возбуждение религиозной розни.",
     ["174"]),
    # alone, they still give nothing
    ("Теперь ей грозит уголовное дело по статье 174 УК РК — «Разжигание розни».", []),
    ("She could face criminal charges for inciting discord.", []),
    ("The bill would toughen penalties for propaganda of terrorism and for taking part in foreign armed conflicts.",
     []),
    ("Мажилис одобрил законопроект, ужесточающий наказание за пропаганду терроризма.", []),
    ("Оған діни араздықты қоздырғаны үшін қылмыстық іс қозғалуы мүмкін.", []),
])
def test_a_case_to_come_or_a_penalty_change_beside_a_charge_leaves_the_charge(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text, want", [
    # a charge reclassified or dropped gives way to the charge it became or the conviction beside it
    # (hooliganism, 2014 art. 293, is a general crime lawbook names since the twentieth session)
    ("In 2019 the terrorism charge was later reclassified as hooliganism, and he received a suspended sentence.",
     ["293"]),
    ("В 2019 году обвинение в терроризме переквалифицировали на хулиганство, ему назначили условный срок.", ["293"]),
    ("In 2019 he was initially charged with propaganda of terrorism, but the charge was changed to inciting "
     "religious discord.", ["174"]),
    ("В 2019 году сначала ему вменяли пропаганду терроризма, затем обвинение переквалифицировали на возбуждение "
     "розни.", ["174"]),
    ("In 2019 prosecutors dropped the terrorism charge, but he was convicted of hooliganism.", ["293"]),
    ("В 2019 году прокурор отказался от обвинения по статье 256, но суд признал его виновным в возбуждении розни.",
     ["174"]),
    # the charge reclassified is the one its own sentence names before the words, not the conviction before it
    ("В 2019 году его осудили за акт терроризма. Изначально дело возбудили по статье о хулиганстве, затем его "
     "переквалифицировали.", ["255"]),
    ("In 2019 he was convicted of an act of terrorism. The case had been opened for hooliganism and was later "
     "reclassified as an act of terrorism.", ["255"]),
    # a reclassification that names no charge after it is how the conviction told came about
    ("В 2019 году его осудили за пропаганду терроризма и возбуждение розни, после того как следствие "
     "переквалифицировало его действия.", ["174", "256"]),
    ("В 2019 году суд осудил его за акт терроризма, переквалифицировав его действия.", ["255"]),
    # a sentence reduced on appeal is no reclassified charge
    ("In 2019 he was convicted of inciting religious discord; on appeal his sentence was reduced to three years.",
     ["174"]),
    # a limitation period is no prison term: the case was dropped
    ("В 2019 году дело о возбуждении розни прекращено в связи с истечением срока давности.", []),
    # a charge narrowed: what is left after "now charged only" stands, the charges told before it go
    ("In 2016 he was initially charged under Articles 174 and 179, but is now charged only under Article 174.",
     ["174"]),
    ("In 2016 he was first accused of separatism and inciting discord; he is now accused only of inciting discord.",
     ["174"]),
    ("В 2016 году ему вменяли статьи 174 и 179, теперь он обвиняется только по статье 174.", ["174"]),
    ("В 2016 году обвинение по статье 180 сняли, обвинение оставили только по статье 174.", ["174"]),
    # a dropped charge beside a charge that stands withdraws its own clause only
    ("In 2016 prosecutors dropped the separatism charge and he is now charged only with inciting discord.", ["174"]),
    ("In 2016 prosecutors dropped the separatism charge, but he is still charged with inciting social discord.",
     ["174"]),
    ("В 2016 году прокурор отказался от обвинения в сепаратизме, но его по-прежнему обвиняют в разжигании розни.",
     ["174"]),
    # near misses: "only" in a charge that narrows nothing, a dropped charge with nothing beside it
    ("In 2016 he was charged only under Article 174, his lawyer said.", ["174"]),
    ("In 2016 prosecutors dropped the separatism charge and released him.", []),
])
def test_a_charge_reclassified_or_dropped_gives_way(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text, want", [
    # a trip whose own words give fighting as its purpose is the armed conflict's (172, with 24), not the way to the
    # terrorist organisation another sentence tells; nor does its attempt make that taking part an attempt
    # (the trip, in a sentence beside the charges the account names, is not among them)
    ("In 2016 he was convicted of membership of a terrorist group. In 2017 he tried to leave for Syria to fight.",
     [("257", "2")]),
    ("In 2016 he was convicted of taking part in a terrorist organisation. His brother tried to travel to Syria to "
     "fight.", [("257", "2")]),
    ("В 2016 году он пытался выехать в Сирию, чтобы воевать. Также он состоял в террористической организации.",
     [("172", None), ("24", "3"), ("257", "2")]),
    # a trip told with no purpose of its own beside the organisation is still the way to it (24 + 257)
    ("12 актюбинцев задержаны при попытке выезда на территорию Сирии. Все они собирались участвовать в вооруженных "
     "столкновениях в составе ДАИШ.", [("24", "3"), ("257", "2")]),
])
def test_a_trip_to_fight_is_not_the_way_to_an_organisation_told_apart(rb, text, want):
    assert sorted((f["article"], f.get("part")) for f in classify_text(text, rulebook=rb)["findings"]) == want


@pytest.mark.parametrize("text", [
    "Propaganda of terrorism is punishable by up to nine years in prison under Article 256 of the Criminal Code.",
    "In Kazakhstan, participation in a banned extremist organisation carries a prison sentence of up to six years.",
    "Knowingly false reports of a terrorist act are punishable by a fine or by up to three years in prison.",
    "Calls for separatism can lead to up to seven years behind bars under Kazakh law.",
    "Согласно статье 174 УК РК, возбуждение социальной, национальной, расовой или религиозной розни наказывается "
    "лишением свободы на срок от двух до семи лет.",
    "Заведомо ложное сообщение об акте терроризма наказывается штрафом либо лишением свободы на срок до трех лет.",
    "По закону за финансирование терроризма грозит до 12 лет лишения свободы с конфискацией имущества.",
    "Терроризмді насихаттау жеті жылдан тоғыз жылға дейін бас бостандығынан айыруға жазаланады.",
])
def test_a_law_told_alone_is_nobodys_act(rb, text):
    res = classify_text(text, rulebook=rb)
    assert articles(res) == [], res["findings"]
    assert any(b.get("cue", "").endswith(".block.law_penalty") for b in res["extracted"] if b["what"] == "blocked")


@pytest.mark.parametrize("text, want", [
    # en-2023-knb-ten-cases-fought-in-ukraine-babel (dev): the law's words name the offence of the cases opened
    ("In 2023 the KNB said it was investigating ten criminal cases against Kazakh citizens who fought in Ukraine. "
     "According to the Criminal Code of Kazakhstan, participation in foreign armed conflicts is punishable by "
     "imprisonment for five to nine years.", ["172"]),
    ("В 2023 году полиция возбудила уголовное дело в отношении жителя Актобе. Участие в деятельности запрещенной "
     "экстремистской организации наказывается лишением свободы на срок до шести лет.", ["405"]),
    ("In 2019 he was convicted of propaganda of terrorism, which is punishable by up to nine years in prison.",
     ["256"]),
    ("2019 жылы ол терроризмді насихаттағаны үшін сотталды, бұл жеті жылдан тоғыз жылға дейін бас бостандығынан "
     "айыруға жазаланады.", ["256"]),
])
def test_a_law_told_beside_a_case_names_its_offence(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text", [
    # a definition in the law, the use of a charge, a call to change an article
    "Kazakh law defines extremism as actions aimed at the violent seizure of power or inciting social, ethnic or "
    "religious discord.",
    "Под экстремизмом в законе понимаются действия, направленные на насильственный захват власти или возбуждение розни.",
    "According to the report, the authorities often use charges of inciting discord against religious believers.",
    "Правозащитники призвали Казахстан изменить чрезмерно широкую статью о возбуждении розни.",
    # the threat of terrorism and its levels
    "Analysts believe the threat of terrorist attacks in Central Asia has grown since the Taliban took power.",
    "Эксперты считают, что угроза терактов в Центральной Азии выросла после прихода талибов к власти.",
    "Сарапшылардың пікірінше, Орталық Азияда террористік қауіп өсті.",
    # recruiters in general, in the present tense
    "Вербовщики террористических организаций активно используют мессенджеры для вовлечения молодежи.",
    "Террористік ұйымдардың жалдаушылары жастарды тарту үшін мессенджерлерді белсенді пайдаланады.",
])
def test_texts_about_the_field_give_no_finding(rb, text):
    assert articles(classify_text(text, rulebook=rb)) == []


@pytest.mark.parametrize("text, want", [
    ("В 2019 году в Актобе задержаны вербовщики ИГИЛ, которые искали молодёжь через соцсети.", ["259"]),
    ("2019 жылы ДАИШ жалдаушылары Ақтөбеде ұсталды.", ["259"]),
    ("In 2016 the terrorism threat level was raised after a terrorist attack on a gun shop in Aktobe in which gunmen "
     "killed several people.", ["255"]),
])
def test_the_case_beside_a_text_about_the_field_stands(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


def test_the_bomb_a_false_report_tells_of_is_not_explosives_kept(rb):
    # round 65 (dev) kk-2022-kokshetau-regional-and-city-courts-email-bomb-report-halyquni, its two sentences: the bomb
    # «hidden in the buildings» is what the e-mail reported
    text = ("Бүгін таңертең Көкшетау қаласында облыстық және қалалық соттың ғимараттарына жарылғыш зат қойылғаны туралы "
            "хабарлама түсті. Полиция департаменті баспасөз қызметінің мәліметіне қарағанда, ғимараттарда бомба "
            "жасырылғаны туралы ақпарат сот хатшысының электронды поштасына келген.")
    assert articles(classify_text(text, rulebook=rb)) == ["273"]
    # near-miss: the bomb found in someone's home, with no false report, is explosives kept
    assert articles(classify_text("2022 жылы тінту кезінде оның үйінен жасырылған бомба табылды.", rulebook=rb)) == ["287"]


@pytest.mark.parametrize("text, want", [
    # a building the caller urged others to storm is the call's content, not a seizure (2014 art. 269) of his own
    # (probes of the twenty-eighth session gave 269 beside 179)
    ("В 2021 году блогер призвал подписчиков штурмовать акимат и свергнуть власть.", ["179"]),
    ("2021 жылы блогер жазылушыларын әкімдікті басып алып, билікті құлатуға шақырды.", ["179"]),
    # the crowd's own seizure stays
    ("В январе 2022 года толпа захватила здание акимата Алматы.", ["269", "272"]),
])
def test_a_building_called_to_be_stormed_is_the_calls_content(rb, text, want):
    assert articles(classify_text(text, rulebook=rb)) == want


@pytest.mark.parametrize("text", [
    # near misses of the thirty-third session's frames: clerics condemning extremists speak of the takfir, they do not
    # practise it
    "In 2019 the imams called terrorists enemies of Islam and of all Muslims.",
    "In 2018 the muftiate said that extremists who call other Muslims infidels are enemies of the faith.",
    "Муфтий в 2019 году назвал террористов врагами ислама и всех мусульман.",
    "Имамы в 2018 году заявили, что те, кто называет других мусульман неверными, — враги веры.",
    "2019 жылы имамдар лаңкестерді исламның және барлық мұсылмандардың жауы деп атады.",
    # a soldier firing on his fellow servicemen is a murder inside the unit, not an attack on the state's forces
    "В 2021 году солдат срочной службы открыл огонь по сослуживцам в воинской части.",
    "In 2019 a conscript opened fire on fellow servicemen at a military unit in Almaty region after a quarrel.",
    # the January 2022 events: an acquittal is no riot
    "In 2023 the court acquitted a man accused of taking part in the January 2022 storming of the akimat.",
    "2023 жылы сот 2022 жылғы қаңтарда әкімдікті өртеуге қатысты деп айыпталған адамды ақтады.",
    # training for sport is no training for terrorism
    "In 2018 a teacher trained young men for a boxing tournament in Almaty.",
    "В 2019 году инструктор обучал молодых людей стрельбе в тире ДОСААФ.",
])
def test_near_misses_of_the_thirty_third_sessions_frames(rb, text):
    assert classify_text(text, rulebook=rb)["findings"] == []


def test_a_cited_part_the_article_lacks_is_dropped_not_refused():
    # an extradition summary (corpus round 130, dev) lists an embezzlement count of 2007 beside the terror plot:
    # "176, item 3" is the 1997 Code's (a year in its sentence), which lawbook does not cover; the 2014 Code's
    # art. 176 (espionage, one part) is another offence, and its missing part 3 once refused the whole account
    text = ("Kazakhstan accuses Pavlov of having set up a company with the intention of misappropriating 363 620 000 "
            "tenge (EUR 1,8 m) in 2007 (article 28, paragraph 5, 176, item 3 b,c). Along with Muratbek Ketebayev and "
            "Mukhtar Ablyazov, he has also been accused of preparation of a terrorist act that allegedly took place in "
            "Almaty on March 24, 2012 (article 24, paragraph 1 and article 233, paragraph 1 of the Criminal Code of "
            "the Republic of Kazakhstan).")
    res = classify_text(text)
    assert articles(res) == ["233", "24"] and res["code"] == "1997"


def test_a_part_the_rulebook_says_the_article_lacks_is_noted():
    res = classify_text("В 2023 году мужчина сообщил о минировании самолёта; бомбы не нашли. Факт зарегистрировали по "
                        "статье 273 часть 1 УК РК.")
    assert [(f["article"], f["part"]) for f in res["findings"]] == [("273", None)]
    assert any(x.get("what") == "citation-part-unknown" and "no part 1" in x["note"] for x in res["extracted"])


@pytest.mark.parametrize("text,want", [
    # organising and taking part told together: both parts, as courts charge them (dev accounts of rounds 103-129)
    ("In 2021 the activist was convicted of \"creating a banned organization and taking part in its activities.\"",
     {("405", "1"), ("405", "2")}),
    ("В 2022 году его обвинили в участии в массовых беспорядках и призывах к ним.", {("272", "2"), ("272", "3")}),
    ("2022 жылы оған жаппай тәртіпсіздікті ұйымдастырды және оған қатысты деген айып тағылды.",
     {("272", "1"), ("272", "2")}),
    # organising alone outranks taking part
    ("In 2022 he was convicted of organizing mass riots.", {("272", "1")}),
])
def test_organising_and_taking_part_told_together(text, want):
    assert {(f["article"], f["part"]) for f in classify_text(text)["findings"]} == want


@pytest.mark.parametrize("text, want, aside", [
    # a background clause that goes on to another event at another time is not the charge of the sentence
    ("ALMATY -- A court sentenced a blogger to five years on a charge of inciting social discord over Facebook posts "
     "she wrote in 2021. In 2016, dozens of people were jailed after protests against land reform, and the same year "
     "gunmen attacked gun shops and a military unit in Aktobe, killing several people.", ["174"], ["255"]),
    # the same in Kazakh, a frame's words reaching back into the charge's clause («сотталды»): its own words decide
    ("Сот блогерді 2021 жылы әлеуметтік араздықты қоздырғаны үшін бес жылға соттады. 2016 жылы ондаған митингке "
     "қатысушы сотталды, ал сол жылы содырлар Ақтөбедегі қару дүкендеріне шабуыл жасап, бірнеше адамды өлтірді.",
     ["174"], ["255", "99"]),
    # a list of charges joined by ", and" is one clause: every charge stands
    ("In 2019 he was convicted of propaganda of terrorism, inciting religious discord, and financing terrorism.",
     ["174", "256", "258"], []),
])
def test_a_later_event_in_a_charge_sentence_is_background(rb, text, want, aside):
    res = classify_text(text, rulebook=rb)
    assert articles(res) == want
    assert articles(res, "also_described") == aside


@pytest.mark.parametrize("text, want", [
    # a title beside the charge says who he is; the charge's own words say what he did
    ("In 2023 an Almaty court sentenced Marat Zhylanbayev, leader of the unregistered Alga Kazakhstan party, for "
     "participating in a banned extremist organization, the Democratic Choice of Kazakhstan, in 2022.", ("405", "2")),
    # being a leader named as the offence is leading
    ("In 2020 a court in Aqtobe sentenced Alibek Moldin after finding him guilty of being a leader of the banned "
     "Koshe (Street) party.", ("405", "1")),
])
def test_a_title_yields_to_the_charge(rb, text, want):
    res = classify_text(text, rulebook=rb)
    assert [(f["article"], f.get("part")) for f in res["findings"]] == [want]


@pytest.mark.parametrize("text, want", [
    # the review's probes (forty-sixth session): the firearms of the attack stay the attack's beside another weapons
    # charge; "and then" goes on with the same conduct; a preacher convicted of a murder calls for nothing; police aid
    # to an investigation is no aid to terrorism
    ("He was convicted of carrying out a terrorist attack using firearms, and of illegal storage of ammunition.",
     [("255", "2"), ("287", "3")]),
    ("He was convicted of creating a terrorist cell, and then financing its attacks in Almaty.",
     [("257", "1"), ("258", "1")]),
    ("In 2019 a preacher was convicted of the murder of an apostate in Shymkent.", [("99", None)]),
    ("In 2019 Kazakh police provided aid in terrorism investigations to Kyrgyz colleagues.", []),
])
def test_review_probes_of_the_forty_sixth_session(rb, text, want):
    res = classify_text(text, rulebook=rb)
    assert sorted((f["article"], f.get("part")) for f in res["findings"]) == want
