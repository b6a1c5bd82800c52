"""Kazakh kinds of wording found by probing (the thirteenth session, issue 10):
each test is a kind the reading missed or misread, read by a mechanism (data in
rules/lexicon/kk.yaml or rules/lexicon/morphology/kk.yaml), with a near miss in
the same words that must stay unread. The sentences are the engineer's probes in
the sources' kinds of wording, kept out of the corpus."""
from __future__ import annotations

import pytest

from lawbook.reading.language import detect



# -- the 2018 Latin letters write ұ as u (у is ý): ұ-words of such a sentence are read -----------------------
@pytest.mark.parametrize("text, want", [
    ("Ol «Islam memleketi» terrorıstik uıymynyń quramynda bolǵan.", ["257"]),
    ("Ol ultaralyq alaýyzdyqty qozdyrǵany úshin sottaldy.", ["174"]),
    ("Ol ulttyq namysty qorlaǵany úshin sottaldy.", ["174"]),
    # the near miss: national concord strengthened, a video on YouTube about national dishes
    ("Ol ultaralyq kelisimdi nyǵaıtý týraly baıandama jasady.", []),
    ("YouTube-ta ol ulttyq taǵamdar týraly vıdeo jarııalady.", []),
])
def test_latin_2018_u_reads_as_the_kazakh_u_with_a_bar(found, text, want):
    assert found(text) == want


# -- a short Kazakh sentence with one Kazakh letter or word and no Russian function word is Kazakh ---------------
@pytest.mark.parametrize("text, want", [
    ("Ол ДАИШ идеологиясын насихаттады.", ["256"]),
    ("Ол адамдарды кепілге алды.", ["261"]),
    ("Он признал вину и раскаялся.", []),
])
def test_short_kazakh_sentences_are_read_as_kazakh(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", [
    # a short Russian sentence whose one Kazakh letter is in a name stays Russian: the acquittal is read
    "В 2019 году Ерлана Қасымова обвинили в пропаганде терроризма. Суд оправдал Ерлана Қасымова.",
    "В 2019 году Жанару Өтепову обвинили в пропаганде терроризма. Жанара Өтепова оправдана.",
])
def test_a_kazakh_name_leaves_a_short_russian_sentence_russian(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    ("Суд оправдал Ерлана Қасымова.", "ru"),
    ("Ахмет Әлиев задержан.", "ru"),
    ("Ерлан Қасымов сотталды.", "kk"),  # a Kazakh past verb beside the name
    ("Келіншекке тек ескерту жасалды.", "kk"),
])
def test_the_language_of_a_short_sentence_with_a_kazakh_name(text, want):
    assert detect(text) == want


# -- lexicon kinds (each also a lexicon example with its near miss) -------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # in the ranks of, on the side of a terrorist organisation: taking part in it
    ("Ұлттық қауіпсіздік комитетінің мәліметінше, ер адам 2015 жылдан бері ДАИШ қатарында болған.", ["257"]),
    ("Ол «Ислам мемлекеті» террористік ұйымының сапында соғысқан.", ["257"]),
    # justifying the terrorists' acts is propaganda, not an acquittal; an acquittal stays one
    ("Сотталушы әлеуметтік желіде лаңкестерді мақтап, олардың әрекеттерін ақтаған.", ["256"]),
    ("Сот «Хизб ут-Тахрир» ұйымына қатысы бар деп айыпталған азаматты ақтады.", []),
    # looting during riots (active) is taking part; a shop looted (passive) is a victim's
    ("Олар 2022 жылдың қаңтарында жаппай тәртіпсіздіктер кезінде дүкендерді тонаған.", ["272"]),
    ("Жаппай тәртіпсіздіктер кезінде оның дүкені тоналды.", []),
    # charity collected for the fighters is financing; for refugees it is not
    ("Ол «Ислам мемлекеті» ұйымына қайырымдылық жинап жіберген.", ["258"]),
    ("Мешіт жамағаты Сириядағы босқындарға қайырымдылық жинап жіберді.", []),
    # a call that a place will blow up, told as unconfirmed or a lie, with no bomb named
    ("Ол сауда орталығын жарып жіберетінін айтып, полицияға қоңырау шалған, алайда ақпарат расталмады.", ["273"]),
    ("Ол 102 кезекші бөліміне хабарласып, вокзалда жарылыс болатынын айтқан, бірақ бұл өтірік болып шықты.", ["273"]),
    # the radicals who attacked (the Aktobe attack's naming) are in the field
    ("Ақтөбеде қару-жарақ дүкендері мен әскери бөлімге шабуыл жасаған радикалдар 7 адамды өлтірді.", ["255"]),
])
def test_kazakh_lexicon_kinds_are_read(found, text, want):
    assert set(want) <= set(found(text)) if want else found(text) == []


@pytest.mark.parametrize("text", [
    "Ол Сирияға ағасын іздеп барды.",  # a trip with another purpose
    "Діни басқарма «Таблиғи жамағаттың» қызметіне тыйым салынғанын еске салды.",  # a board, no one's leading
    "Қырғызстанда «Хизб ут-Тахрир» ұйымының бес мүшесі ұсталды.",  # detained abroad
    "Мәскеуде Орталық Азиядан келген үш адам теракт жасады деп айыпталды.",  # charged abroad
    "Өзбекстанда «Хизб ут-Тахрир» мүшелеріне үкім шықты.",  # sentenced abroad
    "Ол вокзалда жарылыс болғанын хабарлады, екі адам жарақат алды.",  # a real blast reported
    # a drill: notional «terrorists» in quotation marks, a planned drill, a drill in the Latin letters
    "Шартты «лаңкестер» әуежай ғимаратына басып кіріп, жолаушыларды кепілге алды – бұл жоспарлы оқу-жаттығу болды.",
    "Oqý-jattyǵý kezinde «terrorıster» mektepti basyp aldy.",
    "Сарапшылар оның жазбаларынан ұлтаралық араздықты қоздыру белгілерін таппады.",  # no signs found
    "Ол «Хизб ут-Тахрир» ұйымына мүше болмағанын айтты.",  # not a member
])
def test_kazakh_near_misses_give_nothing(found, text):
    assert found(text) == []


# -- the fourteenth session (issue 10) ------------------------------------------------------------------------------
# a charge reclassified: Kazakh puts the new charge (the dative) before the verb, the old one in the ablative, before
# «бойынша айып», or in the sentence before; the old gives way to the new, as «переквалифицировали на» does
@pytest.mark.parametrize("text, want", [
    ("Сот отырысында оның іс-әрекеті Қылмыстық кодекстің 256-бабынан 174-бабына қайта сараланды.", ["174"]),
    ("Ол бастапқыда ҚК-нің 256-бабы 2-бөлігі бойынша айыпталған. Кейін тергеу барысында оның іс-әрекеті ҚК-нің "
     "174-бабына қайта сараланды.", ["174"]),
    ("ҚК-нің 256-бабы бойынша тағылған айып 174-бабына ауыстырылды.", ["174"]),
    ("Күдіктіге алдымен терроризмді насихаттау бабы бойынша айып тағылды, кейін оның әрекеті әлеуметтік "
     "алауыздықты қоздыру бабына қайта сараланды.", ["174"]),
    ("Ол ҚК-нің 256-бабы бойынша айыпталған еді, кейін іс-әрекеті бұзақылыққа қайта сараланды.", ["293"]),
    # near misses: a transfer to another colony, a sentence commuted, a reclassification that led to the charge told
    ("Ол ҚК-нің 256-бабы бойынша сотталды. Кейін ол басқа колонияға ауыстырылды.", ["256"]),
    ("Ол ҚК-нің 256-бабы бойынша 5 жылға сотталды. Кейін оның жазасы бас бостандығын шектеуге ауыстырылды.", ["256"]),
    ("Ол ҚК-нің 256-бабы бойынша сотталды. Бұған дейін оның іс-әрекеті 293-бабынан 256-бабына қайта сараланған.",
     ["256"]),
    # in the Latin letters, folded to Cyrillic
    ("Sot otyrysynda onyń is-áreketi Qylmystyq kodekstiń 256-babynan 174-babyna qaıta saralandy.", ["174"]),
    ("QK-nıñ 256-baby boiynşa tağylğan aiyp 174-babyna auystyryldy.", ["174"]),
])
def test_a_kazakh_charge_reclassified_gives_way_to_the_new_one(found, text, want):
    assert found(text) == want


# -- Latin-script Kazakh is read in Cyrillic letters, so the Cyrillic patterns, dates and charges reach it -----------
@pytest.mark.parametrize("cyrillic, latin", [
    # a stage (a pattern: -мақ болды), in the 2018 and 2021 letters and plain ASCII
    ("Ол терактіні жасамақ болған.", "Ol teraktini jasamaq bolǵan."),
    ("Ол терактіні жасамақ болған.", "Ol teraktını jasamaq bolğan."),
    ("Ол терактіні жасамақ болған.", "Ol teraktini jasamaq bolgan."),
    # ASCII: i for і/и/й, u for ұ/ү/у, g for ғ/г, n for ң, read by vowel harmony
    ("Ол 2019 жылы «Ислам мемлекеті» террористік ұйымының құрамында болғаны үшін 6 жылға бас бостандығынан айырылды.",
     'Ol 2019 jyly "Islam memleketi" terroristik uiymynyn quramynda bolgany ushin 6 jylga bas bostandygynan aiyryldy.'),
    ("Ол Telegram мессенджерінде терроризмді насихаттағаны үшін сотталды.",
     "Ol Telegram messenjerinde terrorizmdi nasikhattagany ushin sottaldy."),
    ("Ол 2022 жылғы қаңтарда жаппай тәртіпсіздіктерге қатысқан.", "Ol 2022 jylgy qantarda jappai tartipsizdikterge qatysqan."),
    ("Ол заңсыз қару-жарақ сақтағаны үшін сотталды.", "Ol zansyz qaru-jaraq saqtagany ushin sottaldy."),
    ("Ол Сирияға барып, ДАИШ қатарында соғысқан.", "Ol Siriyaga baryp, DAISH qatarynda sogysqan."),
    ("Ол Сирияға барып, ДАИШ қатарында соғысқан.", "Ol Sırııaǵa baryp, DAISh qatarynda soǵysqan."),
    # ASCII short sentences (Kazakh by their endings and q), and the verbal noun's u (у after the first syllable)
    ("Ол террористік топ құрды.", "Ol terroristik top qurdy."),
    ("Ол солтүстік облыстарды Ресейге қосылуға шақырды.", "Ol soltustik oblystardy Reseige qosyluga shaqyrdy."),
    ("Ол WhatsApp топтарында шиит мұсылмандарға қатысты жеккөрушілікке шақырды.",
     "Ol WhatsApp toptarynda shiit musylmandarga qatysty zhekkorushilikke shaqyrdy."),
    # near misses read alike: an earlier conviction, an administrative arrest, prayer
    ("Бұрын сотталған ер адам терактіні жасады деп айыпталды.",
     "Buryn sottalgan er adam teraktini jasady dep aiyptaldy."),
    ("Ол 5 тәулікке қамауға алынды.", "Ol 5 taulikke qamauga alyndy."),
    ("Мешітте намаз оқыды.", "Meshitte namaz oqydy."),
])
def test_latin_script_kazakh_reads_as_its_cyrillic(found, cyrillic, latin):
    assert found(latin) == found(cyrillic)


@pytest.mark.parametrize("text, year, words", [
    ("Ol 2013 jyly terrorızmdi nasıhattaǵany úshin sottaldy.", 2013, "2013 jyly"),
    ("2016 jylğy 5 mausymda Aqtöbede teraktını jasady.", 2016, "2016 jylğy 5 mausymda"),
    ("Ol 2013 jylgy qazanda terrorizmdi nasikhattagany ushin sottaldy.", 2013, "2013 jylgy qazanda"),
])
def test_latin_script_kazakh_dates_are_read_and_quoted_as_written(rb, text, year, words):
    from lawbook.reading import read

    ex = read(text, rb)
    date = next(x for x in ex["extracted"] if x["what"] == "date")
    assert ex["date"].year == year and date["text"] == words and text[slice(*date["span"])] == words
    for fact in (x for x in ex["extracted"] if x["what"] == "fact"):
        assert all(text[slice(*e["span"])] == e["text"] for e in fact["evidence"])


# -- kinds probed in the fourteenth session: each read as the article a Kazakh court applies, with its near miss ------
@pytest.mark.parametrize("text, want", [
    # separatism told in the words of art. 180's title (territory's inviolability); a constitution's guarantee is not
    ("Ол Қазақстан Республикасының тұтастығын, оның аумағына қол сұғылмауын бұзуды насихаттаған.", ["180"]),
    ("Конституция Республика аумағының тұтастығына, қол сұғылмауына және бөлінбейтініне кепілдік береді.", []),
    # help sent to a terrorist organisation's members is financing, not membership
    ("Күдікті террористік ұйымның мүшелеріне қаржылай көмек көрсеткен.", ["258"]),
    # hostages held under a threat to blow them up: hostage-taking, not a false report; property taken as collateral
    ("Ол әйелі мен балаларын үйге қамап, жарып жіберемін деп қорқытып, кепілде ұстаған.", ["261"]),
    ("Банк пәтерді кепілге алды.", []),
    # a tourist trip to Syria is no war
    ("Ол Сирияға туристік сапармен барды.", []),
    # a home-made device stored is storage (287), not making (288)
    ("Күдікті қолдан жасалған жарылғыш құрылғыны сақтаған.", ["287"]),
    # the January events named as such, with violent acts or a conviction: mass riots; their victims are not
    ("Қаңтар оқиғасы кезінде ол әкімдік ғимаратын өртеуге қатысқан.", ["272"]),
    ("Алматыда қаңтар оқиғасына қатысқан 331 адам сотталды.", ["272"]),
    ("Қаңтар оқиғасы кезінде зардап шеккендерге өтемақы төленді.", []),
    # a drill in preventing an attack is a drill, not an attack prevented
    ("ҰҚК қызметкерлері террористік шабуылдың алдын алу бойынша жаттығу өткізді.", []),
    ("ҰҚК Алматыда террорлық актінің алдын алды.", ["24", "255"]),
    # calls to kill people of another faith: incitement of discord; against the police: not
    ("Ол Telegram-чатта басқа дін өкілдерін өлтіруге шақырған.", ["174"]),
    ("Ол полицейлерді өлтіруге шақырды.", []),
    # agitating for jihad is propaganda; agitating to join the fighters in Syria is recruiting
    ("ҰҚК хабарлауынша, күдікті WhatsApp мессенджері арқылы жастарды жиһадқа үгіттеген.", ["256"]),
    # alms collected and sent to the fighters is financing; alms for a mosque is not
    ("Ол жамағаттан жиналған садақаны Сириядағы содырларға жіберген.", ["258"]),
    ("Ол жиналған садақаны мешіттің жөндеуіне жіберді.", []),
    # «ақтап» (the converb) acquits too, as «ақтады» does
    ("Сот айыпталушыны 256-бап бойынша ақтап, оны сот залында босатты.", []),
    ("Сот айыпталушыны 256-бап бойынша кінәлі деп танып, 5 жылға бас бостандығынан айырды.", ["256"]),
    # a video against terrorism posted is no terrorist material; one praising its fighters is propaganda
    ("Телеграм-арнада терроризмге қарсы күрес туралы бейнежазба жарияланды.", []),
    ("Ол Telegram-арнасында «Ислам мемлекеті» жауынгерлерін дәріптейтін бейнелерді жариялаған.", ["256"]),
])
def test_kazakh_kinds_of_the_fourteenth_session(found, text, want):
    assert found(text) == want


def test_agitating_to_join_the_fighters_is_recruiting(found):
    # the agitation is also read as propaganda (256); recruiting is what the words add
    assert "259" in found("Ол жастарды Сириядағы содырлардың қатарына қосылуға үгіттеген.")


@pytest.mark.parametrize("text, want", [
    # «терроризм» named as the charge beside murder (round-34 probes, the lead)
    ("2016 жылы Күлекбаев терроризм мен кісі өлтіру үшін өлім жазасына кесілді.", ["255", "99"]),
    ("2016 жылы ол терроризм айыбымен сотталды.", ["255"]),
    # «бұзақылық жасап, қоңырау шалған»: a prank call's manner, not a charge of hooliganism (round 34's dev side)
    ("Саумалкөлде белгісіз ер адам 103 нөміріне қоңырау шалып, ауруханада жарылғыш зат қойылғанын хабарлаған. "
     "Жарылғыш зат табылмады. Полицейлер бұзақылық жасап, қоңырау шалған 18 жастағы тұрғынды ұстады.", ["273"]),
])
def test_kazakh_terrorism_named_as_a_charge_and_a_prank_call(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", [
    "Былтыр терроризм мен экстремизм үшін 40 адам сотталды.",  # the field, counted
    "Терроризммен күрес туралы заңға өзгерістер енгізілді.",  # a law against it
])
def test_kazakh_terrorism_as_the_field_gives_nothing(found, text):
    assert found(text) == []


# -- the fifteenth session's probes (issue 10) ---------------------------------------------------------------------
# Kinds in the wording of egemen.kz, baq.kz, Azattyq and the KNB's and prosecutors' Kazakh releases, in Cyrillic and in
# the Latin spellings outlets use: 2018 (acute accents, also with a stray plain u or i), 2021 (diaeresis), plain
# ASCII and the apostrophe alphabet of October 2017 ("qurg'any u'shin"). A count over a period, a denied plan, a
# reminder of the penalty, talk about a danger, a rumour refuted and a rusty grenade found in a field give nothing.
# Each sentence is the engineer's own, none from the corpus.
@pytest.mark.parametrize("text, want", [
    # seizures: the offence
    ("Полиция қызметкерлері оның үйінен заңсыз сақталған граната тауып алды.", ['287']),
    ("Тінту кезінде оның көлігінен тапанша мен 50 патрон тәркіленді.", ['287']),
    # a hoax someone sent is still a false report (273)
    ("Ол мектепке шабуыл жасаймыз деген жалған хабарламаны Telegram арнасында таратқаны үшін ұсталды.", ['273']),
    # Cyrillic register: egemen, baq, Azattyq
    ("Тергеу мәліметінше, ол Telegram арнасында терроризмді насихаттаған.", ['256']),
    ("Сот оны WhatsApp желісінде терроризмді насихаттағаны үшін 5 жылға бас бостандығынан айырды.", ['256']),
    ("Блогер әлеуметтік желіде ұлтаралық араздықты қоздырғаны үшін сотталды.", ['174']),
    ("Ол тыйым салынған «Таблиғи жамағат» ұйымының қызметіне қатысқаны үшін айыпталды.", ['405']),
    ("Ол 2016 жылы террористік топ құрып, оған жетекшілік еткен.", ['257']),
    ("Әйел Сириядағы күйеуіне ақша аударып, терроризмді қаржыландырған.", ['258']),
    ("Қылмыстық топ мүшелері полиция бөлімшесіне шабуыл жасамақ болған, деп хабарлады ҰҚК.", ['255']),
    # denials: the charge stays
    ("Сотталушы терроризмді насихаттағаны үшін кінәсін мойындамады.", ['256']),
    ("Айыпталушы кінәсін мойындамаса да, сот оны терроризмді насихаттағаны үшін 6 жылға соттады.", ['256']),
    # 2018 Latin (acute)
    ("Ol Telegram arnasynda terrorızmdi nasıhattaǵany úshin 5 jylǵa sottaldy.", ['256']),
    ("Bloger áleýmettik jelide ulttyq alaýyzdyqty qozdyrǵany úshin sottaldy.", ['174']),
    ("Ol tyıym salynǵan «Tablıǵı jamaǵat» uıymynyń qyzmetine qatysqany úshin aıyptaldy.", ['405']),
    ("Ol terrorıstik top qurǵany úshin 10 jylǵa sottaldy.", ['257']),
    # 2021 Latin (diaeresis, ş ğ ñ ı ū)
    ("Ol Telegram arnasynda terrorizmdi nasihattağany üşin 5 jylğa sottaldy.", ['256']),
    ("Bloger äleumettık jelıde ūlttyq alauyzdyqty qozdyrğany üşın sottaldy.", ['174']),
    ("Ol tyiym salynğan «Tablighi jamağat» ūiymynyñ qyzmetıne qatysqany üşın aiyptaldy.", ['405']),
    ("Ol terroristık top qūrğany üşın 10 jylğa sottaldy.", ['257']),
    # ASCII newsroom Latin (sh, zh, kh, gh)
    ("Ol Telegram arnasynda terrorizmdi nasikhattagany ushin 5 zhylga sottaldy.", ['256']),
    ("Bloger aleumettik zhelide ulttyq alauyzdyqty qozdyrgany ushin sottaldy.", ['174']),
    ("Ol terroristik top qurgany ushin 10 zhylga sottaldy.", ['257']),
    ("Ol zhastardy Siriyaga soghysuga attandyrdy, dep habarlady KNB.", ['259']),
    # 2017 apostrophe Latin
    ("Ol Telegram arnasynda terrorizmdi nasihattag'any u'shin 5 jylg'a sottaldy.", ['256']),
    ("Ol Telegram arnasynda terrorizmdi nasihattaǵany ushin 5 jylǵa sottaldy.", ['256']),
    ("Ol terroristik top qurg'any u'shin 10 jylg'a sottaldy.", ['257']),
    ("Ol tyi'ym salyng'an «Tabli'g'i jamag'at» ui'ymynyn' qyzmetine qatysqany u's'in ai'yptaldy.", ['405']),
    ("Bloger a'leumettik jelide ulttyq alauyzdyqty qozdyrg'any u'shin sottaldy.", ['174']),
    # capital headline
    ("TERRORIZMDI NASIHATTAǴANY ÚShIN SOTTALDY", ['256']),
    ("Терроризмді насихаттағаны үшін сотталды", ['256']),
    # 2018 Latin headline mixed
    ("Sırııadaǵy kúıeýine aqsha aýdaryp, terrorızmdi qarjylandyrǵan áıel sottaldy.", ['258']),
    ("Ol polıtsııa ǵımaratyn jarmaq bolǵan, dep habarlady UQK.", ['255']),
    ("Tergeý málimetinshe, ol teraktini jasaýǵa daıyndalǵan.", ['24', '255']),
    # dates in Kazakh forms and ranges
    ("2014-2016 жылдар аралығында ол тыйым салынған «Таблиғи жамағат» ұйымының жиындарына қатысқан.", ['405']),
    ("2019 жылдың наурыз айында ол әлеуметтік желіде терроризмді насихаттайтын бейнежазба жариялаған.", ['256']),
    ("2016 жылдан 2018 жылға дейін ол WhatsApp арқылы ДАИШ-тің үгіт видеоларын таратқан.", ['256']),
    ("Ол 2020 жылғы 5 мамырда Facebook парақшасында ұлтаралық араздықты қоздыратын жазба жариялады.", ['174']),
    # participles, passive, reported speech
    ("Терроризмді насихаттағаны үшін сотталған Атырау тұрғыны шартты түрде мерзімінен бұрын босатылды.", ['256']),
    ("Сириядағы содырларды қаржыландырған әйел 6 жылға сотталды.", ['258']),
    ("Жастарды Сирияға соғысуға жіберу үшін жалдаған ер адам ұсталды.", ['259']),
    ("Прокуратураның хабарлауынша, ол тыйым салынған «Хизб ут-Тахрир» ұйымының қызметіне қатысқан.", ['405']),
    ("Сот үкіміне сәйкес, ол Telegram арнасында жиһадқа шақырған.", ['256']),
    ("ҰҚК мәліметінше, ол террористік топ құрып, оның мүшелерін қару ұстауға үйреткен.", ['257']),
    ("Ақтауда теракт жасауға дайындалған ер адам ұсталды.", ['255']),
    ("Мектепте бомба бар деп жалған хабарлаған жасөспірім анықталды.", ['273']),
    # 2021 Latin in outlets' register
    ("Sot ony Telegram arnasynda terrorizmdı nasihattağany üşın 6 jylğa bas bostandyğynan aiyrdy.", ['256']),
    ("Ol tyiym salynğan «Hizb ut-Tahrir» ūiymynyñ qyzmetıne qatysqan, dep habarlady prokuratura.", ['405']),
    ("Äiel Siriiadağy küieuıne aqşa audaryp, terrorizmdı qarjylandyrğan.", ['258']),
    ("Ol 2016 jyly terroristık top qūryp, oğan jetekşılık etken.", ['257']),
    ("Bloger äleumettık jelıde dını alauyzdyqty qozdyrğany üşın sottaldy.", ['174']),
    # 2018 Latin
    ("Áıel Sırııadaǵy kúıeýine aqsha aýdaryp, terrorızmdi qarjylandyrǵan.", ['258']),
    ("Ol 2016 jyly terrorıstik top quryp, oǵan jetekshilik etken.", ['257']),
    ("Ol jastardy Sırııaǵa soǵysýǵa jiberý úshin jaldaǵan.", ['259']),
    # ASCII
    ("Ol tyiym salyngan «Hizb ut-Tahrir» uiymynyn qyzmetine qatysqan, dep habarlady prokuratura.", ['405']),
    ("Aiel Siriiadagy kuieuine aqsha audaryp, terrorizmdi qarzhylandyrgan.", ['258']),
    ("Ol Telegram arnasynda zhihadqa shaqyrgany ushin sottaldy.", ['256']),
])
def test_kazakh_probes_3_acts_are_read(found, text, want):
    assert set(want) <= set(found(text))


@pytest.mark.parametrize("text", [
    # found ordnance: no crime
    "Ауыл тұрғыны даладан тот басқан граната тауып алып, полицияға хабарлады.",
    "Құрылыс жұмыстары кезінде Ұлы Отан соғысы кезіндегі снаряд табылды.",
    # rumours of attacks refuted
    "Әлеуметтік желіде мектептерге шабуыл жасалады деген ақпарат тарады, полиция бұл ақпаратты жалған деп мәлімдеді.",
    # statistics: nothing
    "Елімізде террористік сипаттағы қылмыстар саны азайды.",
    "Бас прокуратура мәліметінше, 2022 жылы экстремистік қылмыстар саны екі есе қысқарды.",
    "Биыл терроризмді насихаттағаны үшін 25 адам сотталды.",
    "Соңғы бес жылда террористік сипаттағы қылмыстар 30 пайызға төмендеді.",
    # denial of a plan: nothing
    "Ол теракт жасауды жоспарламағанын айтты.",
    "Ол Сирияға баруды ойламағанын мәлімдеді.",
    # near misses
    "Ol terrorizmge qarsy konferentsiyaga qatysty.",
    "Ol 2019 zhyly mektepte tarikh pәnin okytty.",
    "Қызылорда облысында терроризмнің алдын алу бойынша жиын өтті.",
    # near misses
    "Сот терроризмді насихаттады деп айыпталған азаматты ақтады.",
    "Прокурор терроризмді насихаттағаны үшін 12 жылға дейін бас бостандығынан айыру қарастырылғанын еске салды.",
    "Атырауда діни экстремизмнің алдын алу бойынша дөңгелек үстел өтті.",
    "Имам студенттерге террористік ұйымдарға тартылудың қаупі туралы айтты.",
    "ҰҚК өзін ведомство қызметкері ретінде таныстыратын алаяқтардан сақтандырды.",
    "Беслан теракті туралы фильм кинофестивальде көрсетіледі.",
    # Latin near misses
    "Sot ony terrorizmdi nasihattady degen aiyptan aqtady.",
    "Atyrauda dini ekstremizmnin aldyn alu boiynsha dongelek ustel otti.",
    "Biyl terrorizmdi nasihattagany ushin 25 adam sottaldy.",
])
def test_kazakh_probes_3_sentences_that_tell_no_act_give_nothing(found, text):
    assert found(text) == []


# the charges of the field in the Kazakh wording of verdicts and releases (participles, «бабы бойынша кінәлі деп
# танылды», «деген айыппен»), and sentences about victims, prevention and penalties (the fifteenth session, 2)
@pytest.mark.parametrize("text, want", [
    ("Ол ҚК-нің 256-бабының 2-бөлігі бойынша кінәлі деп танылды.", ['256']),
    ("Сот оны әлеуметтік, ұлттық, рулық, нәсілдік, топтық немесе діни алауыздықты қоздыру бабы бойынша кінәлі деп тапты.", ['174']),
    ("Экстремистік ұйымның қызметіне қатысу бабы бойынша қылмыстық іс қозғалды.", ['405']),
    ("Ол шетелдегі қарулы қақтығысқа қатысқаны үшін 7 жылға сотталды.", ['172']),
    ("Ол 2022 жылғы қаңтар оқиғасы кезінде жаппай тәртіпсіздіктерге қатысқаны үшін 5 жылға сотталды.", ['272']),
    ("Жаппай тәртіпсіздік ұйымдастырды деген айыппен екі белсенді қамауға алынды.", ['272']),
    ("Ол билікті күшпен басып алуға әрекеттенген топқа жетекшілік етті деп айыпталды.", ['179']),
    ("Блогер сепаратизмге шақырғаны үшін 5 жылға бас бостандығынан айырылды.", ['180']),
    ("Ол WhatsApp топтарында көрінеу жалған ақпарат таратқаны үшін 2 жылға бас бостандығын шектеуге сотталды.", ['274']),
    ("Ол банк қызметкерін кепілге алғаны үшін 10 жылға сотталды.", ['261']),
    ("2016 жылы Ақтөбеде терроризм актісін жасағандар өмір бойына бас бостандығынан айырылды.", ['255']),
    ("Айыпталушы ДАИШ идеологиясын насихаттайтын аудиожазбаларды WhatsApp арқылы таратқан.", ['256']),
    ("Ол әлеуметтік желіде лаңкестікті насихаттаған.", ['256']),
    ("Ол Сириядағы лаңкестерге қаржылай көмек көрсеткен.", ['258']),
    ("Ол жерлестерін ДАИШ қатарына қосылуға үгіттеп, Сирияға аттандырған.", ['259']),
    ("Ол «Таблиғи жамағат» ұйымының мүшесі ретінде діни уағыз жүргізген.", ['405']),
    ("Ол «Ислам мемлекеті» ұйымының құрамында болғаны үшін сотталды.", ['257']),
    ("Ол Instagram-да қазақтарды қорлайтын видео жариялап, ұлтаралық араздықты қоздырған.", ['174']),
    ("Ол үйінде заңсыз атыс қаруы мен оқ-дәрілерді сақтаған.", ['287']),
    ("Ол полицияға қоңырау шалып, вокзалда бомба бар деп жалған хабарлаған.", ['273']),
    ("2016 жылы Ақтөбеде теракт жасалып, жеті адам қаза тапты.", ['255']),
])
def test_kazakh_probes_3_the_fields_charges_are_read(found, text, want):
    assert set(want) <= set(found(text))


@pytest.mark.parametrize("text", [
    "Сот оны терроризмді насихаттады деген айыптан ақтады.",
    "Ол терроризмге қарсы күрес жөніндегі конференцияға қатысты.",
    "Ақтөбедегі терактіде қаза тапқандарды еске алу шарасы өтті.",
    "Прокуратура экстремизмнің алдын алу бойынша түсіндіру жұмыстарын жүргізді.",
    "Ол сот залында кінәсін толық мойындап, кешірім сұрады.",
    "Депутат терроризм үшін жазаны қатаңдатуды ұсынды.",
    "ҰҚК төрағасы елде террористік қауіп деңгейі төмен екенін айтты.",
    "Ол Сириядан оралған әйелдерді оңалту орталығында психолог болып жұмыс істейді.",
    "Ақтөбедегі шабуыл кезінде жараланған полицейлерге мемлекеттік марапат берілді.",
])
def test_kazakh_probes_3_victims_prevention_and_penalties_give_nothing(found, text):
    assert found(text) == []


# short Latin headlines in the three spellings (2018, 2021, ASCII) and their mixtures: «uiym» and «ekstremistik»
# typed with i in a 2018 sentence read as ұйым and экстремистік (the fifteenth session, 3)
@pytest.mark.parametrize("text, want", [
    ("Terrorızmdi nasıhattaǵan azamat sottaldy.", ['256']),
    ("Terrorizmdı nasihattağan azamat sottaldy.", ['256']),
    ("Terrorizmdi nasikhattagan azamat sottaldy.", ['256']),
    ("Ekstremistik uiymǵa qatysqan 5 adam ustaldy.", ['405']),
    ("Ekstremıstik uıymǵa qatysqan 5 adam ustaldy.", ['405']),
    ("Ekstremistık ūiymğa qatysqan 5 adam ūstaldy.", ['405']),
    ("Dinı alauyzdyq qozdyrğan bloger sottaldy.", ['174']),
    ("Dini alaýyzdyq qozdyrǵan bloger sottaldy.", ['174']),
    ("Qañtar oqiğasy kezınde jappai tärtıpsızdıkke qatysqan 12 adam sottaldy.", ['272']),
    ("Qańtar oqıǵasy kezinde jappaı tártipsizdikke qatysqan 12 adam sottaldy.", ['272']),
    ("Mektepte bomba bar dep jalǵan habarlaǵan jasóspirim anyqtaldy.", ['273']),
    ("Mektepte bomba bar dep jalğan habarlağan jasöspırım anyqtaldy.", ['273']),
    ("DAIŞ sodyrlaryn qarjylandyrğan äiel sottaldy.", ['258']),
    ("Jastardy DAISh qataryna tartqan er adam ustaldy.", ['259']),
])
def test_kazakh_probes_3_latin_headlines_are_read(found, text, want):
    assert set(want) <= set(found(text))


@pytest.mark.parametrize("text", [
    "Terrorizmge qarsy is-qimyl turaly zañ qabyldandy.",
    "Terrorızmge qarsy is-qımyl týraly zań qabyldandy.",
    "Ekstremizmnıñ aldyn alu boiynşa jiyn öttı.",
])
def test_kazakh_probes_3_latin_laws_and_prevention_give_nothing(found, text):
    assert found(text) == []


# a date range («2013-2016 жылдар аралығында», «2013 жылдан 2016 жылға дейін»): the Code in force at its end applies
# (the fifteenth session; no date passed, the text's own is read)
@pytest.mark.parametrize("text, want", [
    ("2013-2016 жылдар аралығында ол тыйым салынған «Таблиғи жамағат» ұйымының жиындарына қатысқан.", ("2014", "405")),
    ("2013 жылдан 2016 жылға дейін ол WhatsApp арқылы терроризмді насихаттаған.", ("2014", "256")),
    ("Ol 2013-2016 jyldary terrorizmdi nasikhattagan.", ("2014", "256")),
    ("2011-2013 жылдар аралығында ол тыйым салынған «Таблиғи жамағат» ұйымының жиындарына қатысқан.", ("1997", "337-1")),
    ("2011 жылдан 2013 жылға дейін ол WhatsApp арқылы терроризмді насихаттаған.", ("1997", "233-1")),
])
def test_kazakh_date_ranges_take_the_code_at_their_end(rb, text, want):
    from lawbook.classification import classify_text

    assert want in {(f["code"], f["article"]) for f in classify_text(text, rulebook=rb)["findings"]}


# outcomes told beside the charge, in Kazakh: a partial acquittal, the defence's plea, an appeal left standing keep the
# conviction; a full acquittal or a case closed give nothing (the fifteenth session, 4)
@pytest.mark.parametrize("text, want", [
    ("Сот оны 256-бап бойынша ақтады, бірақ діни алауыздықты қоздырғаны үшін кінәлі деп тапты.", ['174']),
    ("Адвокат терроризмді насихаттады деп айыпталған қорғауындағы адамның кінәсіз екенін айтты.", ['256']),
    ("Қорғаушы тыйым салынған ұйымға қатысты деп айыпталған белсендіні ақтауды сұрады.", ['405']),
    ("Апелляциялық алқа терроризмді насихаттағаны үшін сотталған Ақтөбе тұрғынына қатысты үкімді өзгеріссіз қалдырды.", ['256']),
])
def test_kazakh_probes_3_outcomes_beside_the_charge_keep_it(found, text, want):
    assert set(want) <= set(found(text))


@pytest.mark.parametrize("text", [
    "Сот терроризмді насихаттады деп айыпталған азаматты толығымен ақтады.",
    "Журналистке қатысты алауыздықты қоздыру туралы қылмыстық іс қылмыс құрамының болмауына байланысты тоқтатылды.",
])
def test_kazakh_probes_3_a_full_acquittal_or_a_case_closed_gives_nothing(found, text):
    assert found(text) == []


# -- the sixteenth session's probes (issue 10): texts that are not a case -------------------------------------------
# Explainers, prosecutors' «түсіндірмелер», statistics, interviews, analyses and policy news in the register of
# egemen.kz, baq.kz, Azattyq and the KNB's and prosecutors' Kazakh releases, in Cyrillic and in the Latin spellings
# outlets use (2018 acutes, 2021 letters, Turkish-style ş ç ğ, ASCII with zh/sh/kh/gh digraphs): definitions («…
# дегеніміз», «… деп танылады», a verbal noun before a dash), the age of liability, counts told yearly or roughly,
# trends, false reports, organisations and convicts in general, why people go, appeals to report, prevention
# measures, criticism of verdicts, amendments; each beside cases told in the same register (a denial beside the
# charge, a cell led, money to a relative in Syria, a letter about mining, date ranges), which must stay read. Each
# sentence is the engineer's own, none from the corpus.
@pytest.mark.parametrize("text", [
    # prosecutors' түсіндірмелер: the law told alone
    "Прокуратура түсіндіреді: терроризмді насихаттау немесе террористік акт жасауға жария түрде шақыру бес жылдан тоғыз жылға дейінгі мерзімге бас бостандығынан айыруға жазаланады.",
    "ҚК-нің 256-бабының 2-бөлігіне сәйкес, бұқаралық ақпарат құралдарын немесе телекоммуникация желілерін пайдаланып жасалған дәл сол іс-әрекеттер жеті жылдан он екі жылға дейін бас бостандығынан айыруға жазаланады.",
    "Терроризм актісі туралы көрінеу жалған хабар беру дегеніміз – жарылыс, өртеу немесе адамдардың қаза болу қаупін төндіретін өзге де әрекеттер туралы жалған хабарлама.",
    "Терроризмді қаржыландыру – террористік қызметті жүзеге асыру үшін ақша немесе өзге мүлікті беру не жинау. Ол үшін ҚК-нің 258-бабында жауапкершілік көзделген.",
    "Тыйым салынған ұйымның қызметіне қатысқаны үшін қылмыстық жауапкершілік 16 жастан басталады.",
    "Әлеуметтік, ұлттық, рулық, нәсілдік, тектік-топтық немесе діни араздықты қоздыру ҚК-нің 174-бабымен екі жылдан жеті жылға дейін бас бостандығынан айыруға жазаланады.",
    "Облыс прокуратурасы ескертеді: көрінеу жалған ақпарат таратқаны үшін ҚК-нің 274-бабы бойынша қылмыстық жауапкершілік қарастырылған.",
    "Террористік акт туралы көрінеу жалған хабарлағаны үшін жауапкершілік 14 жастан басталады, ал кәмелетке толмағандар үшін ата-аналары жауап береді.",
    "Террористік актінің дайындалып жатқаны туралы өз еркімен хабарлаған адам қылмыстық жауапкершіліктен босатылады.",
    "Экстремистік материалды бір рет репост жасағаны үшін әкімшілік жауапкершілік, ал жүйелі түрде таратқаны үшін қылмыстық жауапкершілік туындайды, деп түсіндірді заңгер.",
    # definitions
    "Терроризм – халықты қорқыту арқылы мемлекеттік органдардың шешім қабылдауына ықпал ету идеологиясы мен тәжірибесі.",
    "«Терроризмге қарсы іс-қимыл туралы» заңға сәйкес, терроризм актісі – халықты үрейлендіретін жарылыс, өрт қою немесе өзге де әрекеттер жасау.",
    "Конституциялық құрылысты күштеп өзгертуге, діни араздықты қоздыруға бағытталған әрекеттер экстремизм деп танылады.",
    "Деструктивті діни ағымдар деп зорлық-зомбылықты насихаттайтын және зайырлы құндылықтардан бас тартуға үндейтін ағымдарды айтамыз, деді теолог.",
    # the threat of terrorism, levels
    "Алматыда террористік қауіптің деңгейі «сарыдан» «көкке» төмендетілді.",
    "Елімізде қарулы қақтығыс аймақтарынан оралғандар тарапынан террористік актілер жасалу қаупі сақталып отыр, деді АТО басшысы.",
    "Сарапшылардың айтуынша, Ауғанстаннан Орталық Азияға лаңкестердің өту қаупі жоғары.",
    "Ақтөбеде терроризмге қарсы операция режимі алынып тасталды.",
    # recruiters in general, methods
    "Жалдаушылар, әдетте, қиын жағдайдағы жастарды таңдап, оларға ақша мен «жұмақ өмірді» уәде етеді.",
    "Көбіне жалдау әлеуметтік желілер мен мессенджерлер арқылы жүзеге асады, деді теолог.",
    "Радикалдар өз идеологиясын тарату үшін Telegram-арналарды пайдаланады, деп атап өтті ҰҚК.",
    "Террористік ұйымдар Ресейдегі еңбек мигранттарын өз қатарына тартады, деп ескертеді сарапшылар.",
    "Деструктивті ағымдар жастарды онлайн-ойындар мен жабық чаттар арқылы арбайды.",
    # statistics
    "ҚСжАЕК деректеріне сәйкес, 2023 жылы экстремистік және террористік сипаттағы 98 қылмыс тіркелген.",
    "Соңғы бес жылда терроризмді насихаттағаны үшін 400-ге жуық қазақстандық сотталды.",
    "Бас бостандығынан айыру орындарында терроризм мен экстремизм үшін сотталған 600-ден астам адам жазасын өтеп жатыр.",
    "Сириядан оралған 125 қазақстандықтың 57-сі қылмыстық жауапкершілікке тартылды.",
    "174-бап бойынша қылмыстардың басым бөлігі Алматы мен Шымкентте тіркелген.",
    "Экстремизм үшін сотталғандардың көпшілігі – 18 бен 35 жас аралығындағы ер адамдар.",
    "2019 жылы ғимараттарды жару туралы жалған хабарламалар саны былтырғымен салыстырғанда үш есе өсті.",
    "Террористік сипаттағы қылмыстар саны 30 пайызға азайды.",
    # interviews, analyses, policy
    "Сұхбатында сарапшы қазақстандық жастардың Сирияға соғысуға не себепті аттанатынын айтып берді.",
    "Саясаттанушының пікірінше, радикалдану себептері әлеуметтік әділетсіздік пен жұмыссыздықта жатыр.",
    "Құқық қорғаушылар араздықты қоздыру туралы бап тым кең қолданылады деп есептейді.",
    "Мәжіліс сепаратизмді насихаттағаны үшін қылмыстық жауапкершілік көздейтін түзетулерді бірінші оқылымда қабылдады.",
    "Үкімет 2018–2022 жылдарға арналған діни экстремизм мен терроризмге қарсы іс-қимыл жөніндегі мемлекеттік бағдарламаны бекітті.",
    "«Жусан» операциясы аясында Сириядан 600-ден астам Қазақстан азаматы қайтарылды, олардың басым бөлігі әйелдер мен балалар.",
    "Теолог жалдаушыны қалай тануға және балаларды деструктивті ағымдардың ықпалынан қалай қорғауға болатынын айтты.",
    # Latin spellings
    "Terrorızmdi nasıhattaý bes jyldan toǵyz jylǵa deıin bas bostandyǵynan aıyrýǵa jazalanady.",
    "Terrorizmdi nasihattau bes jyldan togyz jylga deiin bas bostandygynan aiyruga jazalanady.",
    "Terrorizmdi nasihattaw bes jyldan toğyz jylğa deiın bas bostandyğynan aiyruğa jazalanady.",
    "Soñğy bes jylda terrorizmdi nasihattağany üşin 400-ge juyq qazaqstandyq sottaldy.",
    # interviews, analyses, policy
    "«Онлайн-ойындар арқылы жалдау көбейіп келеді», – деді департамент басшысы сұхбатында.",
    "Теологтың айтуынша, «Хизб ут-Тахрир» идеялары әлі күнге дейін жастар арасында жақтастар табуда.",
    "Қазақстанда 21 террористік және экстремистік ұйымға тыйым салынған, соның ішінде ДАИШ, «Әл-Каида» және «Хизб ут-Тахрир».",
    "Сот шешімімен «Таблиғи жамағат» экстремистік ұйым деп танылып, 2013 жылы оған тыйым салынды.",
    "Тыйым салынған ұйымдардың тізімі Бас прокуратураның сайтында орналастырылған.",
    "Ата-аналарға балаларының қандай арналарға жазылғанын тексеріп отыру ұсынылады.",
    "Егер интернетте терроризмді насихаттауды байқасаңыз, 102 нөміріне немесе ҰҚК сайтына хабарлаңыз.",
    "Полиция қызметкерлері мектептерде миналау туралы жалған хабарламалардың жол берілмейтіні туралы түсіндіру әңгімелерін өткізді.",
    "Статистикаға сәйкес, миналау туралы жалған хабарламалардың 80 пайызын жасөспірімдер жібереді.",
    "Әрбір жалған хабарлама бюджетке жүздеген мың теңгеге түседі.",
    "Миналау туралы жалған хабарламалар, әдетте, шетелден электрондық пошта арқылы келеді.",
    "Терроризм үшін сотталғандар жазасын өтегеннен кейін әкімшілік қадағалауда болады, деді Бас прокурор.",
    "ҰҚК азаматтарды жалдау және терроризмді насихаттау деректері туралы сенім телефонына хабарлауға шақырады.",
    "Прокуратура ескертеді: шетелдегі қарулы қақтығыстарға қатысу қылмыстық құқық бұзушылық болып табылады.",
    # statistics
    "2014-2016 жылдары Қазақстаннан Сирияға 800-ге жуық адам кеткен.",
    "ҰҚК бағалауынша, ДАИШ жағында 400-ге жуық қазақстандық соғысқан.",
    "Соттар араздықты қоздыру туралы 45 істі қарады, оның 30-ы бойынша айыптау үкімі шықты.",
    "Он жыл ішінде терроризмді насихаттау бабы бойынша мыңнан астам адам сотталды.",
    "Жарты жылдың қорытындысы бойынша терроризмді қаржыландырудың 17 дерегі анықталды.",
    # denials: no act
    "Ұсталған адам ешкімді жарғысы келмегенін, селитраны тыңайтқыш үшін сатып алғанын түсіндірді.",
    "Ол Сирияға баратын адамдарды ешқашан жалдамағанын мәлімдеді.",
    # Latin spellings, nonstandard (ASCII digraphs, mixed)
    "Terrorizmdi nasikhattau zhety zhyldan togyz zhylga deiin bas bostandygynan aiyruga zhazalanady.",
    "Songy bes zhylda terrorizmdi nasikhattagany ushin 400-ge zhuyq qazaqstandyq sottaldy.",
    # denials of an act: nothing
    "Ол ешқашан «Хизб ут-Тахрир» ұйымына мүше болмағанын айтты.",
    "Ол ешкімді Сирияға баруға үгіттемегенін мәлімдеді.",
    # explainers, several sentences, no case
    "Прокуратура түсіндіреді. Терроризмді қаржыландыру – террористік қызмет үшін ақша беру. Ол үшін 12 жылға дейін бас бостандығынан айыру жазасы қарастырылған. Жауапкершілік 16 жастан басталады.",
    "Жастар неге жалдаушылардың торына түседі? Сарапшылардың пікірінше, жалдаушылар жалғыздық пен отбасындағы қиындықтарды пайдаланады.",
    # the threat and its levels
    "Алматы мен Алматы облысында террористік қауіптің «сары» деңгейі ұзартылды.",
    "Almaty men Almaty oblysynda terroristik qauiptin «sary» dengeii uzartyldy.",
    "Almatı men Almatı oblysynda terrorlyq qaýipting «sary» deńgeıi uzartyldy.",
    # negatives in Latin
    "Terrorizmge qarsy is-qimyl turaly zangha ozgerister engizildi.",
    "Terrorızmdi nasıhattaý úshin jaýapkershilik 16 jastan bastalady.",
    "Songhy zhyldary terrorizm ushin 300-den astam adam sottaldy.",
    "Zhaldaushylar zhastardy aleumettik zhelilerde izdeidi, dep eskertti teolog.",
    "Terroristik qauiptin sary dengeii saqtalyp otyr.",
    "Jalğan habarlamalar, ädette, şetelden elektrondy poşta arqyly keledı.",
    "Terrorizmdi qarzhylandyru – terroristik qyzmetke aqsha beru nemese zhinau.",
    # kk: interviews and analyses
    "«Бүгінгі басты қатер – онлайн-насихат», – дейді Стратегиялық зерттеулер институтының директоры.",
    "Сарапшының айтуынша, Сириядан оралған әйелдердің көбі оңалту курсынан өтіп, бейбіт өмірге оралады.",
    "Зерттеушілердің пікірінше, Қазақстанда ДАИШ-ке жалдау 2017 жылдан кейін бәсеңдеді.",
    "Баяндамада қазақстандық соттар репост үшін жиі нақты мерзім тағайындайтыны айтылған.",
    "Құқық қорғаушылар әлеуметтік желідегі жазбалар үшін 174-бап бойынша шыққан үкімдерді сынады.",
    "Депутат террористер жағында соғысқан қазақстандықтарды азаматтықтан айыруды ұсынды.",
    "Ішкі істер министрі мектептерді миналау туралы жалған хабарламалардың алдын алу шаралары туралы айтты.",
    "Бас прокуратураның мәліметінше, өткен жылы «ДВК» қызметіне қатысқаны үшін 12 адам қылмыстық жауапкершілікке тартылды.",
    "Әкімнің айтуынша, өңірде террористік сипаттағы бірде-бір қылмыс тіркелмеген.",
    # kk: whole explainers, no case
    "Маңғыстау облысының прокуратурасы түсіндіреді. Экстремизм дегеніміз – конституциялық құрылысты күштеп өзгертуге бағытталған әрекеттер. Тыйым салынған экстремистік ұйымның қызметіне қатысу алты жылға дейін бас бостандығынан айыруға жазаланады. Егер сізді мұндай ұйымға шақырса, полицияға хабарласыңыз.",
    "Миналау туралы жалған қоңырау үшін не болады? Терроризм актісі туралы көрінеу жалған хабарлау жеті жылға дейін бас бостандығынан айыруға жазаланады. Жауапкершілік 14 жастан басталады.",
    "2023 жылы Қазақстанда террористік сипаттағы 50 қылмыс тіркелді. Олардың басым бөлігі интернеттегі терроризмді насихаттаумен байланысты.",
])
def test_kazakh_probes_4_texts_about_the_field_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    # near misses: a case in the same register
    ("Прокуратура хабарлайды: Шымкент тұрғыны WhatsApp-та терроризмді насихаттағаны үшін 7 жылға сотталды.", ["256"]),
    ("Наурызда оқушы сауда орталығы миналанғаны туралы жалған хабарлаған, оған қатысты қылмыстық іс қозғалды.", ["273"]),
    ("ҰҚК мәліметінше, 2023 жылы ДАИШ содырларына ақша аударған Алматы тұрғыны ұсталды.", ["258"]),
    ("Ақтөбеде ұсталған жалдаушылар жастарды Сирияға баруға үгіттеген.", ["259"]),
    ("Үкімге сәйкес, блогер YouTube-тағы видеоларында ұлтаралық араздықты қоздырған.", ["174"]),
    ("Алматы соты террористік топтың алты мүшесін 8 жылдан 15 жылға дейінгі мерзімге соттады.", ["257"]),
    ("Terrorizmdi nasihattaǵany úshin Atyraý turǵyny 5 jylǵa sottaldy.", ["256"]),
    # denials beside the charge: the charge stands
    ("Айыпталушы кінәсін мойындамады, алайда тергеу мәліметінше, ол Тараздағы ДАИШ ұяшығын қаржыландырған.", ["258"]),
    ("Сотталушылар кінәсін мойындамады, олар тыйым салынған «Таблиғи жамағат» ұйымының қызметіне қатысты деп айыпталуда.", ["405"]),
    ("Терроризмді насихаттады деп айыпталған ер адам кінәсін мойындамай, істі қолдан жасалған деп атады.", ["256"]),
    # acts in the outlets' register
    ("Тергеу мәліметінше, 2021 жылдың наурыз-қазан айларында айыпталушы терроризмді насихаттайтын материалдар жарияланған Telegram-арнаны басқарған.", ["256"]),
    ("Атырау облысы ПД баспасөз қызметінің хабарлауынша, әуежайды миналау туралы хабарлаған 19 жастағы тұрғын ұсталды.", ["273"]),
    ("TikTok-та жиһадқа шақыратын видеолар таратқан Ақтау тұрғынына қатысты сотқа дейінгі тергеп-тексеру басталды.", ["256"]),
    ("Айыптау актісіне сәйкес, сотталушы ауылдастарын Сириядағы қарулы қақтығыс аймағына баруға көндірген.", ["259"]),
    ("Орал тұрғыны Сирия аумағындағы қарулы қақтығысқа қатысқаны үшін 8 жылға сотталды.", ["172"]),
    ("Бұрынғы полиция қызметкері мемлекетке опасыздық жасағаны үшін сотталды: ол шет мемлекеттің арнаулы қызметтеріне мәліметтер берген.", ["175"]),
    ("Гимназияда «бомба» бар деп хабарлаған оқушыға қатысты қылмыстық іс қозғалды.", ["273"]),
    ("Алматы соты ДАИШ содыры күйеуіне ақша жіберген әйелді 5 жылға соттады.", ["258"]),
    ("2014 жылдан 2016 жылға дейін ол Шымкентте «Таблиғи жамағат» ұяшығын басқарған.", ["405"]),
    # Latin, nonstandard, positive
    ("Atyrau turgyny terrorizmdi nasikhattagany ushin 5 zhylga sottaldy.", ["256"]),
    ("Shymkent turgyny WhatsApp-ta terrorizmdi nasihattagany ushin 7 jylga sottaldy.", ["256"]),
    ("Oqushy mektepti minalau turaly zhalgan habarlama zhibergen, ogan qatysty qylmystyq is qozgaldy.", ["273"]),
    ("Ol tyiym salyngan «Tablighi Jamagat» uiymynyn qyzmetine qatysqany ushin sottaldy.", ["405"]),
    ("Sot terroristik toptyn alty musheisin 8 zhyldan 15 zhylga deiin merzimge sottady.", ["257"]),
    ("Bloger ulttyq arazdyqty qozdyrgany ushin 3 zhylga bas bostandygyn shekteuge sottaldy.", ["174"]),
    # the law told beside a case
    ("Наурызда полицияға мектептің миналанғаны туралы хабарлама түсті, қылмыстық іс қозғалды. Терроризм актісі туралы көрінеу жалған хабарлағаны үшін жеті жылға дейін бас бостандығынан айыру жазасы қарастырылған.", ["273"]),
    # denials beside the charge, Kazakh
    ("Сотталушы терроризмді насихаттады деген айыпты жоққа шығарды, бірақ сот оны 6 жылға соттады.", ["256"]),
    ("Ол тыйым салынған «Хизб ут-Тахрир» ұйымына мүше болғанын жоққа шығарады, алайда тергеу мұны дәлелдеді деп санайды.", ["405"]),
    # an explainer with an example case: the case stands
    ("Терроризмді насихаттау жеті жылдан тоғыз жылға дейін бас бостандығынан айыруға жазаланады. Мысалы, 2019 жылы Ақтөбе тұрғыны ДАИШ видеоларын жариялағаны үшін 7 жылға сотталды.", ["256"]),
    # Turkish-style and 2021 letters
    ("Atyrau tūrğyny terrorizmdı nasihattağany üşın 5 jylğa sottaldy.", ["256"]),
    ("Şymkent tūrğyny tyiym salynğan «Hizb ut-Tahrir» ūiymynyñ qyzmetıne qatysqany üşın sottaldy.", ["405"]),
    ("Mektepte bomba bar dep jalğan habarlama jıbergen oquşyğa qatysty qylmystyq ıs qozğaldy.", ["273"]),
    ("Bloger ūlttyq arazdyqty qozdyrğany üşın 3 jylğa bas bostandyğyn şekteuge sottaldy.", ["174"]),
    # ASCII with digraphs zh/sh/kh/gh, q for қ
    ("Aqtobe turghyny terrorizmdi nasikhattaghany ushin 7 zhylgha sottaldy.", ["256"]),
    ("Sot terroristik toptyn bes musheisin 10 zhylgha sottady.", ["257"]),
    ("Ol zhastardy Siriyaga baruga ugittep, DAISh qataryna tartqan.", ["259"]),
    ("Ol Siriyadagy kuieuine aqsha audargany ushin 5 zhylga sottaldy.", ["258"]),
    # ASCII with k for қ, g for ғ (no q)
    ("Atyrau turgyny terrorizmdi nasihattagany ushin kylmystyk zhauapkershilikke tartyldy.", ["256"]),
    # 2018 acutes with plain u and i mixed in
    ("Atyraý turǵyny terrorızmdi nasihattaǵany ushin 5 jylǵa sottaldy.", ["256"]),
    ("Ol tyıym salynǵan uiymnyń qyzmetine qatysqany úshin 2 jylǵa bas bostandyǵyn shekteýge sottaldy.", ["405"]),
    # kk: cases in the same register
    ("«Біз оны орнында ұстадық, ол Telegram-да ДАИШ видеоларын таратып жүрген», – деді сұхбатында департамент басшысы.", ["256"]),
    ("Прокуратураның түсіндіруінше, әйел тыйым салынған «ДВК» қызметіне қатысқаны үшін кінәлі деп танылып, 1 жылға бас бостандығын шектеуге сотталды.", ["405"]),
    ("Министрдің айтуынша, биыл мектептерге миналау туралы хат жіберген Қостанайдың 17 жастағы тұрғыны ұсталды.", ["273"]),
    # kk: a case, then the law: the case stands
    ("Шымкент соты 24 жастағы ер адамды терроризмді насихаттағаны үшін 7 жылға соттады. Ол Telegram-да ДАИШ видеоларын таратқан. Терроризмді насихаттау тоғыз жылға дейін бас бостандығынан айыруға жазаланады.", ["256"]),
    ("Павлодардың 17 жастағы тұрғыны колледж миналанғаны туралы хабарлады, бомба табылмады. Жалған хабарламалар, әдетте, жасөспірімдерден түседі, деді полиция. Жасөспірімге қатысты қылмыстық іс қозғалды.", ["273"]),
    # a share of the accused, not of a count: the acts stand
    ("Сот 11 ақтөбелікті соттады. Олардың көбі Сирияда ДАИШ қатарында соғысқан.", ["257"]),
])
def test_kazakh_probes_4_cases_in_the_same_register_are_read(found, text, want):
    assert set(want) <= set(found(text))


# a range's end decides the code (no date passed: the text's own is read)
@pytest.mark.parametrize("text, want", [
    ("2014 жылдан 2016 жылға дейін ол «Таблиғи жамағат» ұйымының жиындарына қатысқан.", ("2014", "405")),
    ("2014-2015 жылдар аралығында ол WhatsApp арқылы терроризмді насихаттайтын аудиодәрістер таратқан.", ("2014", "256")),
    ("2012-2014 жылдары ол әлеуметтік желіде терроризмді насихаттайтын видеолар жариялаған.", ("1997", "233-1")),
    ("2014 jyldan 2016 jylǵa deıin ol «Tablıǵı jamaǵat» uıymynyń jıyndaryna qatysqan.", ("2014", "405")),
    ("2014-2015 jyldar aralyǵynda ol WhatsApp arqyly terrorızmdi nasıhattaıtyn aýdıodárister taratqan.", ("2014", "256")),
    # with months (a probe of the twenty-eighth session: the start alone gave 1997 art. 233-1)
    ("2014 жылдың қарашасынан 2015 жылдың наурызына дейін ол ВКонтакте желісінде жиһадқа шақыратын видеолар "
     "жариялаған.", ("2014", "256")),
])
def test_kazakh_probes_4_date_ranges_take_the_code_at_their_end(rb, text, want):
    from lawbook.classification import classify_text

    assert want in {(f["code"], f["article"]) for f in classify_text(text, rulebook=rb)["findings"]}


@pytest.mark.parametrize("text, want", [
    # fighting for money is mercenarism (2014 art. 170), as in English and Russian; any other money is not
    ("2023 жылы ол Украинада ақшаға соғысты.", ["170"]),
    ("2015 жылы ол Сирияда ақша үшін соғысқан.", ["170"]),
    ("2023 жылы ол Украинада соғысты.", ["172"]),
    ("2019 жылы ол Сирияға демалысқа барып, көп ақша жұмсады.", []),
])
def test_kazakh_fighting_for_money_is_mercenarism(rb, text, want):
    from lawbook.classification import classify_text
    assert sorted({f["article"] for f in classify_text(text, rulebook=rb)["findings"]}) == want


# Latin Kazakh spelt as Turkish reads ı and i (ı = ы, i = і, y = й, w = ұ), with the 2021 letters ğ ñ ş (qazaqtimes.com;
# round 68's untuned miss): read as Kazakh, not by the official 2021 table (ı = і)
@pytest.mark.parametrize("text, want", [
    ("Bas prokuratura onıñ üstinen Qılmıstıq kodekstiñ 174-babımen (\"wlt arazdığın qozdıru\") qılmıstıq is qozğağan.",
     ["174"]),
    ("2019 jılı ol WhatsApp arqılı terrorizmdi nasihattağanı üşin 256-bap boyınşa sottaldı.", ["256"]),
    # the official 2021 spelling still reads as before
    ("2019 jyly ol Qylmystyq kodekstıñ 174-baby boiynşa sottaldy.", ["174"]),
])
def test_kazakh_latin_spelt_the_turkish_way(rb, text, want):
    from lawbook.classification import classify_text
    assert sorted({f["article"] for f in classify_text(text, rulebook=rb)["findings"]}) == want


@pytest.mark.parametrize("text, want", [
    ("ҰҚК лаңкестік әрекеттің жолын кесті.", ["24", "255"]),
    ("Жанболат Мамай полиция қызметкерлерін қорлады және жалған ақпарат таратты деп айыпталды.", ["274", "378"]),
    ("Прокуратура жарияланымда ұлтаралық араздықты қоздыру белгілері анықталмағанын мәлімдеді.", []),
    # a rumour's content is no act; a person who spread false information is
    ("Әлеуметтік желілерде Алматы мектептеріне террористік шабуыл дайындалып жатқаны туралы ақпарат тарады.", []),
    ("Желіде қалада теракт болады деген өсек тарады, полиция оны жоққа шығарды.", []),
    ("Көкшетауда коронавирус туралы жалған ақпарат таратқан тұрғынға қылмыстық іс қозғалды.", ["274"]),
])
def test_kazakh_probes_5_prevented_insults_and_denials(rb, text, want):
    from lawbook.classification import classify_text
    assert sorted({f["article"] for f in classify_text(text, rulebook=rb)["findings"]}) == want


# thirty-first session, round 73's dev miss: a call told in indirect speech («… бомба бар екенін айтқан»)
@pytest.mark.parametrize("text, want", [
    ("Белгісіз біреу телефон шалып, ауруханада бомба бар екенін айтқан. Ғимараттан 250 адам шығарылды.", ["273"]),
    ("Сапёрлар ғимаратта бомба бар екенін анықтап, оны залалсыздандырды.", []),
    ("Ол досына телефон шалып, үйде қару бар екенін айтқан.", []),
])
def test_kazakh_probes_6_a_call_in_indirect_speech(found, text, want):
    assert found(text) == want


# -- weapons found on a person: keeping them (as «обнаружили у 30-летнего жителя … ружьё», round 80's dev side) ----
@pytest.mark.parametrize("text, want", [
    ("2025 жылы полиция 30 жастағы Теміртау тұрғынынан тегіс ұңғылы мылтық тапты. Сот оған бір жыл бас бостандығын "
     "шектеу жазасын тағайындады.", ["287"]),
    ("2021 жылы Өскемен әуежайында жолаушының жүгінен оқ-дәрі табылды.", ["287"]),
    # the near miss: a rusty grenade a villager found in the steppe and handed to the police
    ("2021 жылы ауыл тұрғыны даладан тот басқан граната тауып алып, полицияға хабарлады.", []),
])
def test_weapons_found_on_a_person(found, text, want):
    assert found(text) == want


# -- help named as help to terrorists: other aid to terrorism (as ru «пособничество террористам») -------------------
@pytest.mark.parametrize("text, want", [
    ("2019 жылы ол террористерге азық-түлік пен ақша берген, сот оны терроризмге көмектескені үшін соттады.", ["258"]),
    # the near misses: help to the victims, to the police
    ("2019 жылы еріктілер террористік актіден зардап шеккендерге көмек көрсетті.", []),
    ("2019 жылы ол полицияға содырларды ұстауға көмектесті.", []),
])
def test_aid_to_terrorists(found, text, want):
    assert found(text) == want


# -- «үндейтін» (calling on) is a call, as «шақыратын» is: the attack it calls for is not one done -------------------
@pytest.mark.parametrize("text, want", [
    ("2021 жылы Алматы тұрғыны WhatsApp-тағы чатта теракт жасауға үндейтін аудиожазба таратқаны үшін 5 жылға "
     "сотталды.", ["256"]),
    ("2016 жылы ол Ақтөбеде теракт жасады.", ["255"]),
])
def test_a_recording_calling_for_an_attack_is_a_call(found, text, want):
    assert found(text) == want


# -- convicted abroad under another state's law; a bomb report that proved true ------------------------------------
@pytest.mark.parametrize("text", [
    "Қырғызстанда Қазақстан азаматы экстремистік ұйымға қатысқаны үшін сотталды.",
    "Өзбекстанда Қазақстан азаматы терроризмді насихаттағаны үшін 5 жылға сотталды.",
    "2022 жылы полиция мектепке бомба қойылды деген хабарды тексерді, ол шындыққа сай келді: сапёрлар құрылғыны "
    "залалсыздандырды.",
])
def test_no_kazakh_crime_read(found, text):
    assert found(text) == []


# thirty-sixth session: questions («бар-жоғын»), laws that ban, and an acquittal set against a conviction by «тек»
@pytest.mark.parametrize("text, want", [
    ("Тергеушілер бейнежазбада терроризмді насихаттау белгілері бар-жоғын тексеруде.", []),
    ("Тергеушілер бейнежазбада терроризмді насихаттау белгілері бар екенін анықтады.", ["256"]),
    ("Заң Қазақстан азаматтарына шетелдегі қарулы қақтығыстарға қатысуға тыйым салады.", []),
    ("Сот оны алауыздықты қоздырды деген айыптан ақтап, тек бұзақылық үшін жаза тағайындады.", []),
])
def test_kazakh_probes_thirty_sixth_session(found, text, want):
    assert sorted(found(text)) == want


# the first charge gives way to a conviction for other acts (as en.outcome.earlier); alone it stays
@pytest.mark.parametrize("text, want", [
    ("Ол жаппай тәртіпсіздікке қатысқаны үшін 5 жылға сотталды, бастапқыда оған терроризм айыбы тағылған.", ["272"]),
    ("Бастапқыда оған терроризм айыбы тағылған.", ["255"]),
])
def test_kazakh_probes_earlier_charges(found, text, want):
    assert sorted(found(text)) == want


# thirty-seventh session: a call not to spread hoaxes, a fine paid, and calls to go and fight in Syria
@pytest.mark.parametrize("text, want", [
    ("Полиция тұрғындарды мектептерді миналау туралы жалған хабарламаларды таратпауға шақырды.", []),
    ("Ол мектепте бомба бар деп жалған хабарлама таратты.", ["273"]),
    ("Атырауда үйінде аңшылық мылтығын рұқсатсыз сақтаған ер адам айыппұл төледі.", []),
    ("Ол жастарды Сирияға барып соғысуға шақырды.", ["256"]),
    ("Ол бейнежазбаларында жастарды Сирияға аттанып, содырлар қатарында соғысуға үндеді.", ["256"]),
    ("Ол ағасын Сириядан елге оралуға шақырды.", []),
])
def test_kazakh_probes_thirty_seventh_session(found, text, want):
    assert sorted(found(text)) == want


# Turkish-style Latin letters (y = й after a vowel, ı = ы: qazaqtimes) read by the frames as the text is read; a TV
# tower is a building seized (269); another state's police at work there are a proceeding abroad
@pytest.mark.parametrize("text, want", [
    ("Ol 2022 jılı äuejaydı basıp aluğa qatısqanı üşin sottaldı.", ["269"]),
    ("Ol 2022 jyly äuejaidy basyp aluğa qatysqany üşın sottaldy.", ["269"]),
    # («тырысқан», tried, is left without art. 24: the sources use it loosely — «қорлауға тырысты» of a completed
    # insult, the Aktobe attackers who "tried to seize" a unit they attacked — and the courts add no attempt)
    ("Ол 2022 жылы телемұнараны басып алуға тырысқаны үшін сотталды.", ["269"]),
    ("Түркияда құқық қорғау органдары ИГИЛ-мен байланысы бар деп күдіктелген 51 адамды ұстады.", []),
    ("Түркия ішкі істер министрі ИГИЛ мүшелері ұйымның идеологиясын насихаттағанын атап өтті.", []),
])
def test_kazakh_probes_turkic_letters_towers_and_foreign_police(found, text, want):
    assert sorted(found(text)) == want


# a false message of terror is a false report (273), not propaganda (round 88, dev); participation in "the war against
# Ukraine" is fighting abroad (172)
@pytest.mark.parametrize("text, want", [
    ("Қостанайда жалған террорлық хабарлама таратқан оқушы жазаланды.", ["273"]),
    ("Ол террорлық идеологияны насихаттайтын бейнежазба таратқан.", ["256"]),
    ("In 2025 he was charged with participation in the war against Ukraine.", ["172"]),
])
def test_kazakh_probes_false_terror_messages(found, text, want):
    assert sorted(found(text)) == want
