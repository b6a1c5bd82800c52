"""Russian kinds of wording found by probing (the thirteenth session, issue 10):
each test is a kind the reading missed or misread, read by data in
rules/lexicon/ru.yaml or rules/lexicon/ru-frames.yaml, with a near miss in the
same words that must read otherwise. The sentences are the engineer's probes in
the sources' kinds of wording (prosecutors', police and court press releases,
news, monitors), kept out of the corpus."""
from __future__ import annotations

import pytest




# -- acts the reading missed --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # lectures of a terrorist ideologue named, with no word «террористический»
    ("Подсудимый распространял среди знакомых аудиолекции Саида Бурятского.", ["256"]),
    # tickets paid for the trip to «the conflict zone»; money to «брату-боевику» (one hyphenated word)
    ("Обвиняемый оплатил билеты единомышленникам для выезда в зону конфликта.", ["258"]),
    ("Суд установил, что она перевела своему брату-боевику 300 тысяч тенге через третьих лиц.", ["258"]),
    # taking part continued after the court's ban
    ("Он продолжил участвовать в деятельности организации после её запрета судом.", ["405"]),
    # people of a nationality called «second-rate»
    ("В своих видео он называл представителей другой национальности «людьми второго сорта».", ["174"]),
    # a school-chat threat to «устроить стрельбу», found empty in the next sentence
    ("Ученик отправил в школьный чат сообщение, что завтра устроит стрельбу. Оружия у него не оказалось.", ["273"]),
    # candidates sought for sending to Syria
    ("Он подыскивал кандидатов для отправки в Сирию.", ["259"]),
    # calls to go to war in Syria
    ("Обвиняемый в чате призывал соотечественников ехать воевать в Сирию.", ["256"]),
    # the «лжеминёр» who sent the letters
    ("Лжеминёр, разославший письма о бомбах в школы Алматы, установлен.", ["273"]),
])
def test_russian_kinds_are_read(found, text, want):
    assert set(want) <= set(found(text))


@pytest.mark.parametrize("text, want", [
    # the near misses of the kinds above
    ("Он распространял в соцсетях видео бурятского ансамбля.", []),
    ("Волонтёры оплатили билеты беженцам из зоны конфликта.", []),
    ("Она перевела брату-студенту 300 тысяч тенге.", []),
    ("Покупатели жаловались, что в магазине продают казахстанские товары второго сорта.", []),
    ("Он призывал брата вернуться из Сирии домой.", []),
    ("Отдел кадров подыскивал кандидатов на должность инженера.", []),
])
def test_russian_near_misses_of_the_read_kinds_give_nothing(found, text, want):
    assert found(text) == want


# -- sentences that name an act but tell none -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Полиция опровергла слухи о теракте в Астане.",  # a rumour refuted
    "КНБ опроверг информацию о задержании членов ИГИЛ в Алматы.",
    "Он отрицает, что состоял в «Хизб ут-Тахрир».",  # the accused's denial
    "Министр заявил, что в Казахстане нет почвы для межнациональной розни.",
    "Ведомство назвало фейком видео о захвате заложников в Шымкенте.",
    "По версии защиты, переписка не содержит призывов к терроризму.",  # no calls in it
    "В 2015 году по статье 174 было осуждено 30 человек.",  # statistics for a period
    "В 2021 году за пропаганду терроризма осуждены 25 человек.",
    "Учения по пресечению теракта прошли на вокзале Астаны.",  # a drill
    "В Бишкеке казахстанца обвинили в финансировании терроризма.",  # charged or detained abroad
    "В Турции задержан гражданин Казахстана, подозреваемый в участии в ИГИЛ.",
    "Российские силовики задержали уроженца Казахстана, готовившего теракт.",
    "Он стал жертвой теракта в Стамбуле.",  # a victim abroad
    "Закон предусматривает до 10 лет за пропаганду терроризма.",  # the law, no one accused
    "Полиция предупредила: за ложные сообщения о терактах грозит до 7 лет лишения свободы.",
    "Прокуратура вынесла предостережение блогеру о недопустимости разжигания розни.",  # a warning
    "МВД напоминает, что участие в деятельности запрещённых организаций преследуется по закону.",
    # under the age of liability: no criminal case
    "Подросток 12 лет сообщил о бомбе в школе; уголовное дело не возбуждено, так как он не достиг возраста ответственности.",
])
def test_russian_sentences_that_tell_no_act_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    # the same words telling an act: confirmed, in the case of this account, in Kazakhstan, with the accused named
    ("В КНБ подтвердили информацию о задержании членов ИГИЛ в Алматы.", ["257"]),
    ("Следствие установило, что он состоял в «Хизб ут-Тахрир».", ["405"]),
    ("По данным следствия, переписка содержит призывы к терроризму.", ["256"]),
    ("В 2021 году по делу о пропаганде терроризма осуждены пятеро жителей Атырау.", ["256"]),
    ("За пропаганду терроризма ему грозит до семи лет.", ["256"]),
    ("В Турции задержан гражданин Казахстана, которого разыскивал КНБ за участие в ИГИЛ.", ["257"]),
    ("Он стал жертвой теракта в Актобе.", ["255"]),
])
def test_russian_near_misses_of_the_blocks_are_read(found, text, want):
    assert set(want) <= set(found(text))


# -- the fourteenth session's probes --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    # a threat to blow up a place, its falsity told in the next sentence
    ("Мужчина в TikTok пригрозил взорвать аэропорт. Взрывчатки полиция не обнаружила.", ["273"]),
    # a sale of explosives, only tried
    ("Двое мужчин осуждены за попытку продать килограмм тротила сотрудникам полиции.", ["24", "287"]),
    # a terrorist organisation's videos spread as its propaganda are the propaganda (256), not taking part (257)
    ("Суд признал его виновным в пропаганде терроризма: он распространял в мессенджерах видеоролики ИГИЛ.",
     ["256"]),
    # an extremist organisation's leaflets spread are taking part in it (405)
    ("В 2018 году он распространял листовки «Хизб ут-Тахрир» среди студентов.", ["405"]),
])
def test_russian_threats_sales_and_an_organisations_videos(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", [
    "В 2019 году продажа оружия в стране выросла на 10 процентов.",  # statistics of a trade, no one's sale
    "В 2021 году он пригрозил взорвать дом соседа, если тот не вернёт долг.",  # a threat, nothing said false
    # the authorities' measures, prevention, a warning, a case abroad
    "В 2023 году КНБ заблокировал 500 сайтов с террористической пропагандой и удалил 2000 экстремистских публикаций.",
    "В 2020 году имамы провели семинар для молодёжи об опасности религиозного экстремизма и вербовки в интернете.",
    "В 2024 году гражданин Казахстана, обвиняемый в России в финансировании терроризма, экстрадирован в Москву.",
    "В 2023 году полиция предупредила, что за ложные сообщения о минировании грозит до 7 лет лишения свободы.",
])
def test_russian_near_misses_of_threats_and_sales_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    # a channel blocked beside the case opened for what it carried; a suspect brought back from Russia and charged
    ("В 2023 году полиция заблокировала его Telegram-канал и возбудила дело о пропаганде терроризма за размещённые "
     "там видео.", ["256"]),
    ("В 2019 году его задержали в России и экстрадировали в Казахстан, где обвинили в финансировании терроризма.",
     ["258"]),
])
def test_russian_near_misses_of_measures_and_cases_abroad_are_read(found, text, want):
    assert found(text) == want


# -- the fourteenth session's Russian probes (2) --------------------------------------------------------------------
# Sentences in the wording of Azattyq, Vlast.kz, Tengrinews, Zakon.kz, KazTAG, Orda.kz and prosecutors' and courts'
# releases, each a kind that read wrong before, with a near miss in the same words.
@pytest.mark.parametrize("text", [
    # «отделение банка», «отдел полиции»: a branch and a department, not a region's secession
    "В 2019 году мужчина ворвался в отделение банка, требуя у кассира выдать деньги.",
    "В 2017 году полицейские, пострадавшие при нападении на отдел полиции, награждены орденами.",
    # another state's court named by its city or its adjective
    "В 2020 году суд в Душанбе приговорил гражданина Казахстана к 12 годам за участие в ИГИЛ.",
    "В 2015 году в Брюсселе бельгийский суд осудил вербовщиков ИГИЛ.",
    # statistics: attacks prevented in a year, a count that rose, cases opened in a year
    "В 2017 году КНБ сообщил, что за год предотвращено 8 терактов.",
    "В 2020 году генпрокурор заявил, что число осуждённых за пропаганду терроризма выросло на 20%.",
    "В 2018 году по статье о разжигании розни в стране было заведено 60 дел.",
    # an acquittal on appeal of one convicted earlier
    "В 2021 году апелляционная коллегия оправдала активиста, осуждённого ранее за участие в запрещённой организации.",
])
def test_russian_probes_2_sentences_that_tell_no_case_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    # secession told with the verb; the appeal upheld; a Kazakh court in a city of Kazakhstan
    ("В 2020 году он в видео требовал, чтобы западные области отделились от страны.", ["180"]),
    ("В 2021 году апелляционная коллегия оставила без изменения приговор активисту, осуждённому за участие в "
     "запрещённой организации.", ["405"]),
    ("В 2020 году суд в Алматы приговорил гражданина Таджикистана к 12 годам за участие в ИГИЛ.", ["257"]),
    ("В 2017 году КНБ предотвратил теракт в Алматы, задержаны двое.", ["24", "255"]),
    # suicide bombers praised are the propaganda's object (256 alone); a suicide bomber's own death is no death caused
    ("В 2019 году он рассылал в WhatsApp ролики, восхваляющие смертников ИГИЛ.", ["256"]),
    ("В 2018 году житель Кызылорды выкладывал в «ВКонтакте» видео, оправдывающие взрывы смертников.", ["256"]),
])
def test_russian_probes_2_near_misses_are_read(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, want", [
    # help, items or a trip paid for fighters is financing (258); «пособничество террористам» is the article's word
    ("Срок за помощь боевикам получила жительница Жезказгана в 2018 году.", ["258"]),
    ("В 2020 году следствие предъявило жительнице Уральска обвинение в пособничестве террористам.", ["258"]),
    ("В 2017 году он купил для боевиков ИГИЛ в Сирии бинокли и рации и переправил их через Турцию.", ["258"]),
    # talked into joining a named group of the Syrian war is recruiting (259)
    ("В 2016 году он склонял студентов вступить в ряды «Джабхат ан-Нусры».", ["259"]),
    # an oath to the group's leader, entering its cell, is taking part (257)
    ("В 2016 году он присягнул на верность главарю ИГИЛ и вошёл в ячейку в Алматы.", ["257"]),
    # pay for the fighting told is mercenarism (170; 1997 art. 162), not only taking part in the conflict
    ("В 2016 году он воевал в Сирии за плату в 800 долларов в месяц.", ["170"]),
    ("В 2013 году казахстанец воевал в Сирии за деньги.", ["162"]),
])
def test_russian_probes_2_acts_told_in_other_words(found, text, want):
    if want == ["162"]:  # the 1997 Code: the acts' own year decides, not the fixture's day
        from lawbook.classification import classify_text
        assert sorted({f["article"] for f in classify_text(text)["findings"]}) == want
    else:
        assert found(text) == want


@pytest.mark.parametrize("text", [
    # the near misses: help to victims, to the police, to fighters' children; accomplices; items for hunting;
    # volunteers; an oath to the homeland; a fighter whose family lived on benefits
    "В 2019 году волонтёры оказали помощь пострадавшим от теракта.",
    "В 2016 году он помог полиции задержать боевиков.",
    "В 2020 году фонд помогает детям боевиков, вернувшимся из Сирии.",
    "В 2017 году он купил бинокль и рацию для охоты.",
    "В 2016 году он склонял студентов вступить в ряды волонтёров.",
    "В 2016 году он присягнул на верность Родине и вошёл в состав сборной.",
])
def test_russian_probes_2_near_misses_of_other_words_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    # aid, awards and remembrance of an attack's victims tell of the victims, not of an act
    "В 2023 году ветераны вспомнили погибших при теракте в Актобе в 2016 году.",
    "В 2017 году полицейские, пострадавшие при нападении террористов на отдел полиции, награждены орденами.",
])
def test_russian_probes_2_victims_aid_and_remembrance_give_nothing(found, text):
    assert found(text) == []


def test_russian_probes_2_a_conviction_beside_the_victims_compensation_stands(found):
    assert found("В 2017 году суд осудил его за теракт, семьям погибших при нём выплатят компенсации.") == ["255"]


def test_russian_probes_2_accomplices_and_a_named_charge_keep_their_articles(found):
    """«Пособники террористов» (accomplices) are no financiers; a former mercenary tried for taking part in the
    conflict keeps that charge (172), with no 170 beside it."""
    assert "258" not in found("В 2016 году два десятка лиц, признанных пособниками террористов, осуждены на срок от 2 "
                              "до 5 лет.")
    assert found("В 2023 году суд приговорил бывшего наёмника ЧВК «Вагнер» по делу об участии в иностранных "
                 "вооружённых конфликтах.") == ["172"]


@pytest.mark.parametrize("text, want", [
    # a made-up message spread (274); calls to «очистить» the country of another faith (174)
    ("В 2020 году жительница Актау распространила в WhatsApp выдуманное аудиосообщение о вспышке чумы в городе, "
     "посеяв панику.", ["274"]),
    ("В 2022 году он разослал в чаты фейковое сообщение о том, что в Алматы введут комендантский час.", ["274"]),
    ("В 2016 году в комментариях в Instagram она призывала «очистить» страну от иноверцев.", ["174"]),
    # secrets «выдал» to a foreign service; gathered for «чужой разведки» by a foreigner (176)
    ("В 2019 году задержан иностранец, собиравший по заданию чужой разведки секретные сведения об оборонных заводах.",
     ["176"]),
    # a bomb assembled (288); a banned organisation's ideas preached (405); a separate state called for (180)
    ("В 2017 году член террористической группы собрал дома самодельную бомбу.", ["257", "288"]),
    ("В 2017 году он продолжал проповедовать идеи запрещённой организации «Таблиги джамагат», несмотря на её запрет.",
     ["405"]),
    ("В 2020 году в видеообращении он призывал создать на юге Казахстана отдельное государство.", ["180"]),
    # a letter about explosives «заложенной в здании», found false in the next sentence (273)
    ("В 2021 году жительница Кокшетау отправила письмо на почту акимата о взрывчатке, заложенной в здании. Проверка "
     "ничего не выявила.", ["273"]),
])
def test_russian_probes_2_offences_told_without_the_codes_words(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", [
    "В 2021 году писатель опубликовал роман с выдуманными героями.",
    "В 2016 году волонтёры призывали очистить берег реки от мусора.",
    "В 2019 году сапёры собрали осколки бомбы для экспертизы.",
    "В 2018 году имам проповедовал в мечети против запрещённых организаций.",
])
def test_russian_probes_2_near_misses_of_the_codes_words_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    # arson or shooting done to frighten people or force the authorities is an act of terrorism (255)
    ("В 2016 году он поджёг здание акимата, чтобы запугать население и заставить власти освободить его брата.",
     ["255"]),
    ("В 2016 году нападавшие расстреляли посетителей оружейного магазина в Актобе, чтобы посеять страх.", ["255"]),
    # people held with demands are hostages (261), with no word «заложник»
    ("В 2019 году вооружённый мужчина удерживал в отделении банка пятерых сотрудников, требуя у властей вертолёт.",
     ["261"]),
    ("В 2020 году он удерживал жену и детей в квартире, угрожая взорвать гранату, и требовал встречи с журналистами.",
     ["261"]),
    # calls to remove the President by force are calls to seize power (179)
    ("В 2018 году активист публиковал в Facebook посты с призывами силой сместить президента и взять власть в свои "
     "руки.", ["179"]),
])
def test_russian_probes_2_acts_known_by_their_purpose_or_manner(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", [
    # a threat to burn, a neighbour frightened; passports held; removal at elections; a book's topic; a case to
    # come; a proposal on citizenship
    "В 2016 году он пригрозил поджечь акимат, чтобы заставить власти освободить его брата.",
    "В 2016 году он поджёг дом соседа, чтобы запугать его.",
    "В 2019 году работодатель удерживал паспорта сотрудников, требуя отработать долг.",
    "В 2018 году активист призывал сместить акима на ближайших выборах.",
    "В 2017 году журналист написал книгу о казахстанцах, воевавших в Сирии.",
    "В 2021 году министр заявил, что казахстанцев, воевавших в Сирии, будут привлекать к ответственности.",
    "В 2018 году депутаты предложили лишать гражданства осуждённых за терроризм.",
])
def test_russian_probes_2_threats_topics_and_proposals_give_nothing(found, text):
    assert found(text) == []


def test_russian_probes_2_a_fighter_named_by_a_participle_is_still_charged(found):
    assert "257" in found("В 2017 году журналист, воевавший в Сирии, осуждён за участие в ИГИЛ.")


@pytest.mark.parametrize("text, want", [
    # «состоявшего в …» (the participle of состоять); fighting «за ИГИЛ» is taking part in it
    ("В 2019 году суд Актобе приговорил к 8 годам вернувшегося из Сирии боевика, состоявшего в «Исламском "
     "государстве».", ["257"]),
    ("В 2016 году суд заочно осудил жителя Жезказгана, уехавшего воевать за ИГИЛ в Сирию.", ["172", "257"]),
])
def test_russian_probes_2_membership_in_participles(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", [
    # a Kazakh held in an American prison; how many fight in Syria; a film about recruitment
    "В 2019 году казахстанские дипломаты посетили в американской тюрьме осуждённого за терроризм гражданина "
    "Казахстана.",
    "В 2019 году министр рассказал, сколько казахстанцев воюет в Сирии.",
    "В 2020 году журналисты сняли документальный фильм о вербовке казахстанцев в ИГИЛ.",
    "В 2019 году он состоял в браке и воевал за опеку над детьми.",
])
def test_russian_probes_2_prisons_abroad_counts_and_films_give_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize("text, want", [
    # money to a grandson «воевавшему в рядах ИГИЛ»: his fighting is his, the money is hers (258 alone)
    ("В 2019 году пенсионерка из Шымкента получила условный срок за то, что передавала деньги внуку, воевавшему в "
     "рядах ИГИЛ.", ["258"]),
    # a bomb «несуществующей»; false rumours spread; lectures justifying attacks are propaganda, no threat spread
    ("В 2022 году суд приговорил жителя Актобе к ограничению свободы за то, что он сообщил в полицию о "
     "несуществующей бомбе в школе.", ["273"]),
    ("В 2021 году распространительницу ложных слухов о массовых смертях от вакцины осудили в Караганде.", ["274"]),
    ("Проповедника джихада приговорили к 7 годам. В 2020 году он рассылал в Telegram аудиолекции, оправдывающие "
     "теракты.", ["256"]),
    # one brought back from Syria, wanted for taking part in ISIS: the organisation, not the conflict
    ("В 2020 году из Сирии на родину доставили мужчину, которого разыскивали за участие в ИГИЛ; он арестован.",
     ["257"]),
])
def test_russian_probes_2_relatives_rumours_lectures_and_returns(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text", [
    "В 2023 году депутат заявил, что ответственность за пропаганду терроризма следует ужесточить.",
    "В 2021 году аким опроверг слухи о закрытии рынка.",
])
def test_russian_probes_2_proposals_and_rumours_refuted_give_nothing(found, text):
    assert found(text) == []
