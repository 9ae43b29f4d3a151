from datetime import date

import briefing
from briefing.extract.quotes import find_quotes
from briefing.extract.who import find_cast
from briefing.writers import render

from .conftest import FIXTURES, named_places


def quotes_of(text: str) -> list[briefing.Quote]:
    return find_quotes(text, find_cast(text))


def speakers_of(text: str) -> dict[str, str | None]:
    return {q.text: q.said_by for q in quotes_of(text)}


def test_seed_who_what_when_where(seed_text: str) -> None:
    result = briefing.as_data(briefing.analyze(seed_text))
    assert result["who"][:2] == [
        {"name": "Vladimir Putin", "kind": "person", "role": "Russian President"},
        {"name": "Donald Trump", "kind": "person", "role": "US President"},
    ]
    assert result["when"] == {"date": "2025-05-20", "text": "on Tuesday"}
    assert result["where"][0] == {"name": "Moscow", "kind": "city", "country": "Russia"}
    # untitled: what happened is the lead's main clause, which also heads the story
    assert result["what"] == "Russian President Vladimir Putin said the exchange was extremely productive"


def test_seed_quotes_are_all_putins_with_offsets(seed_text: str) -> None:
    quotes = briefing.analyze(seed_text).quotes
    assert len(quotes) >= 5
    for quote in quotes:
        assert quote.said_by == "Vladimir Putin"
        assert seed_text[quote.start : quote.end] == quote.text
        assert seed_text[quote.speaker.start : quote.speaker.end] == "he"


def test_published_date_resolves_weekdays() -> None:
    text = "The bridge collapsed on Sunday night, officials said on Monday."
    assert briefing.analyze(text, published="2025-05-20").when.date == date(2025, 5, 18)
    assert briefing.analyze("Fire broke out yesterday.", published=date(2025, 5, 20)).when.date == date(2025, 5, 19)


def test_explicit_dates_prefer_the_past() -> None:
    result = briefing.analyze("The treaty was signed on 28 December in Geneva.", published="2025-01-03")
    assert result.when.date == date(2024, 12, 28)


def test_speaker_after_and_before_the_quote_with_roles() -> None:
    text = (FIXTURES / "ap_style.txt").read_text(encoding="utf-8")
    quotes = {q.text: q for q in quotes_of(text)}
    assert quotes["a promise kept."].said_by == "Maria Lopez"  # a partial quote of three words
    family = quotes["Every family deserves water that does not poison their children."]
    assert family.said_by == "Maria Lopez" and text[family.speaker.start : family.speaker.end] == "She"
    waited = quotes["We have waited far too long for this"]
    assert waited.said_by == "John Hale"
    assert text[waited.speaker.start : waited.speaker.end] == "Sen. John Hale"
    good = quotes["It is a good day for public health"]
    assert good.said_by == "Maria Lopez" and text[good.speaker.start : good.speaker.end] == "Lopez"


def test_scare_quotes_are_not_quotes_and_curly_quotes_work() -> None:
    text = (
        "The so-called \u201creform\u201d passed on \u201cMeet the Press\u201d day. "
        "\u201cWe will fight this in court,\u201d said Anna Berg, a lawyer."
    )
    (quote,) = quotes_of(text)
    assert quote.text == "We will fight this in court"
    assert quote.said_by == "Anna Berg"


def test_a_quote_over_several_paragraphs_is_one_quote() -> None:
    text = (
        'Mayor Joan Field said: "We will rebuild the bridge this year.\n\n'
        '"It will cost more than we hoped, but the town needs it."\n\nWork starts in June.'
    )
    (quote,) = quotes_of(text)
    assert quote.text.startswith("We will rebuild") and quote.text.endswith("the town needs it.")
    assert quote.said_by == "Joan Field"


def test_unbalanced_quotation_mark_does_not_swallow_the_article() -> None:
    text = 'He said "this is odd and never closes\n\nThe next paragraph is plain reporting about the vote.'
    quotes = quotes_of(text)
    assert all("plain reporting" not in q.text for q in quotes)


def test_a_quote_with_no_cue_continues_the_previous_speaker() -> None:
    text = (
        '"We did everything we could," said coach Ann Lee.\n\n'
        '"The players gave their all and I am proud of them."\n\nThe team flies home on Sunday.'
    )
    first, second = quotes_of(text)
    assert first.said_by == second.said_by == "Ann Lee"
    assert text[second.speaker.start : second.speaker.end] == "Ann Lee"  # the mention that attributes it


def test_the_lead_subject_is_who_when_it_names_a_group() -> None:
    text = "At least seven people were killed when a tram derailed in Croydon on Wednesday, police said."
    result = briefing.analyze(text, published="2016-11-09")
    assert (result.who[0].name, result.who[0].kind) == ("At least seven people", "group")


def test_the_named_actor_of_the_lead_comes_first() -> None:
    text = (
        "Police chief Anna Berg praised the rescuers on Monday. Firefighters worked for hours, "
        "said Tom Reed and Tom Reed's deputy. Tom Reed thanked them. Tom Reed left."
    )
    assert briefing.analyze(text).who[0].name == "Anna Berg"


def test_places_need_support_and_sites_count() -> None:
    text = "Max Verstappen drove for Mercedes rivals in the race. Leaders met at the White House in New York on Monday."
    names = [p.name for p in briefing.analyze(text).where]
    assert "White House" in names and "New York" in names
    assert "Mercedes" not in names  # a small town named bare is not a place


def test_headline_is_what_happened() -> None:
    result = briefing.analyze("Ministers met on Monday to agree the budget.", title="Budget agreed after talks")
    assert result.what == "Budget agreed after talks"


def test_a_colon_introduction_names_the_speaker_of_the_next_paragraph() -> None:
    text = (
        "When the senator died, President Clinton released the following statement:\n\n"
        "\u201cHillary and I offer our condolences to his family and friends.\u201d"
    )
    (quote,) = quotes_of(text)
    assert text[quote.speaker.start : quote.speaker.end] == "President Clinton"


def test_the_entity_the_headline_names_is_who() -> None:
    text = "Police chief Anna Berg praised firefighters on Monday. Tom Reed, the mayor, said the city owed them."
    assert briefing.analyze(text, title="Mayor Tom Reed thanks firefighters").who[0].name == "Tom Reed"


def speaker_mention(text: str, quote: briefing.Quote) -> str | None:
    return None if quote.speaker is None else text[quote.speaker.start : quote.speaker.end]


def test_a_dash_and_a_name_after_a_quote_attribute_it() -> None:
    text = "Readers wrote in.\n\n\u201cThe debate changed my mind.\u201d \u2015 Ana Ruiz\n\u201cI will vote early.\u201d \u2015 Tom Beck."
    first, second = quotes_of(text)
    assert (first.said_by, second.said_by) == ("Ana Ruiz", "Tom Beck")


def test_a_title_written_in_lower_case_still_names_the_speaker() -> None:
    text = (
        "Officers arrived at noon.\n\n"
        "\u201cWe will find who did this,\u201d Tulsa police Chief Carl Moss said Monday. "
        "\u201cNobody is above the law,\u201d Rep. Jane Dole (D-Wis.) said later."
    )
    first, second = quotes_of(text)
    assert first.said_by == "Carl Moss" and speaker_mention(text, first).startswith("Tulsa police Chief")
    assert speaker_mention(text, second).startswith("Rep. Jane Dole")


def test_a_described_speaker_is_shown_as_written_not_as_the_name_it_mentions() -> None:
    text = "The row grew.\n\n\u201cThat was outrageous and he knows it,\u201d Obama's former campaign strategist said."
    (quote,) = quotes_of(text)
    assert speaker_mention(text, quote) == "Obama's former campaign strategist"


def test_the_actor_after_a_setting_speaks_not_the_programme_or_a_word_inside_quotes() -> None:
    text = (
        "Talks went on.\n\n"
        "In an interview on CBS's \u201cFace the Nation,\u201d Speaker Paul Ryan urged \u201cmore listening\u201d "
        "from both parties."
    )
    quote = next(q for q in quotes_of(text) if q.text == "more listening")
    assert quote.said_by == "Paul Ryan"


def test_what_someone_called_something_belongs_to_the_sentence_subject() -> None:
    text = "The vote failed.\n\nSecretary General Ban Ki-moon condemned what he called a \u201cbrazen breach\u201d of the rules."
    (quote,) = quotes_of(text)
    assert quote.said_by == "Ban Ki-moon"


def test_a_described_group_at_the_start_of_the_sentence_speaks() -> None:
    text = "Night fell.\n\nSmall groups of protesters marched past the stadium while chanting \u201cHands up, don't shoot.\u201d"
    (quote,) = quotes_of(text)
    assert speaker_mention(text, quote) == "Small groups of protesters"


def test_a_no_break_space_before_the_verb_does_not_hide_the_cue() -> None:
    text = "Intro.\n\n\u201cWe are not just checking numbers,\u201d he\u00a0told reporters after Anna Berg spoke."
    (quote,) = quotes_of(text)
    assert speaker_mention(text, quote) == "he"


def test_a_lost_full_stop_does_not_turn_a_city_into_a_person() -> None:
    text = "At least five people have been shot in Seattle A swathe of police arrived within minutes."
    result = briefing.analyze(text, title="Five shot in Seattle near protest")
    assert result.where[0].name == "Seattle"
    assert all(entity.name != "Seattle A" for entity in result.who)


def test_a_place_after_a_preposition_stays_a_place_when_a_name_starts_with_it() -> None:
    text = (
        "Seven people died after a tram overturned in Croydon on Wednesday. "
        "Croydon Tram services stopped. Lewis Hamilton sent his thoughts, and Hamilton said he was shocked."
    )
    names = [p.name for p in briefing.analyze(text).where]
    assert names[0] == "Croydon"
    assert "Hamilton" not in names  # the driver's surname, never after "in"


def test_a_city_the_lead_names_is_more_specific_than_its_country() -> None:
    text = (
        "A suicide bomber attacked the German consulate in Mazar-i-Sharif, killing six people. "
        "Afghanistan has seen many attacks. Officials in Afghanistan said the Taliban claimed it. "
        "Security in Afghanistan was raised."
    )
    names = [p.name for p in briefing.analyze(text, title="Consulate bombed in Afghanistan").where]
    assert names[:2] == ["Mazar-i-Sharif", "Afghanistan"]


def test_a_named_appositive_after_a_title_is_the_speaker() -> None:
    text = (
        "Ministers set out plans.\n\n"
        'The Shadow Secretary of State for the Family, Theresa May, said: "These plans were announced '
        'in December and are now being recycled."'
    )
    (quote,) = quotes_of(text)
    assert quote.said_by == "Theresa May"


def test_a_part_of_a_city_is_not_a_person() -> None:
    text = (
        "Seven people died when a tram overturned in South East London on Wednesday. Tom Reed said rescuers came fast."
    )
    assert all(entity.name != "South East London" for entity in briefing.analyze(text).who)


def test_the_organisation_a_headline_opens_with_is_who() -> None:
    text = (
        "Dozens of agents worked through the weekend as the FBI reviewed emails of Hillary Clinton. "
        "The FBI said on Sunday that its finding stood."
    )
    assert briefing.analyze(text, title="FBI clears Clinton in email review").who[0].name == "FBI"
    assert briefing.analyze(text).who[0].name == "Dozens of agents"  # no headline: the lead's group


def test_a_city_named_with_its_state_is_where() -> None:
    text = (
        "Fans in Chicago cheered as the Cubs beat the Indians in Cleveland, Ohio, on Wednesday night. "
        "The team will fly home on Thursday."
    )
    assert briefing.analyze(text).where[0].name == "Cleveland"


def test_a_province_is_where_when_the_lead_puts_the_event_in_it_and_a_word_is_not() -> None:
    text = (
        "A boy fell into a dry well in Hebei, and rescuers from across China worked all night. China's media followed."
    )
    assert briefing.analyze(text, title="China well rescue: race to reach boy").where[0].name == "Hebei"
    names = [p.name for p in briefing.analyze("Central bankers met in London on Monday to discuss rates.").where]
    assert names == ["London"]  # "Central" is a province of several countries, but not here


def test_the_city_of_a_landmark_comes_before_the_landmark() -> None:
    text = "Lady Gaga protested outside Trump Tower in New York City early on Wednesday. Fans joined her."
    names = [p.name for p in briefing.analyze(text, title="Lady Gaga protests outside Trump Tower").where]
    assert names[:2] == ["New York City", "Trump Tower"]


def test_a_group_of_fighters_opening_the_lead_is_who() -> None:
    text = (
        "Taliban insurgents struck at the German Consulate in Mazar-i-Sharif late Thursday night, killing at "
        "least two people. A spokesman, Sayid Sarwar Hussaini, said the attackers drove a truck bomb."
    )
    assert briefing.analyze(text).who[0].name == "Taliban insurgents"
    arrest = "A 34-year-old man was arrested in Leeds on Monday after a fire at a block of flats, police said."
    assert briefing.analyze(arrest).who[0].name == "A 34-year-old man"


def test_a_capitalised_sentence_opener_ends_a_name() -> None:
    text = (
        "Hamilton kept his title hopes alive in Sao Paulo YOU get the feeling that this is not his year. "
        "He won at Interlagos Then the rain came back."
    )
    names = [p.name for p in briefing.analyze(text).where]
    assert names[0] == "Sao Paulo"


def test_the_city_a_headline_puts_the_event_in_comes_before_the_dateline() -> None:
    text = "LONDON (Reuters) - A tram derailed in Croydon on Wednesday morning, killing seven people."
    brief = briefing.analyze(text, title="Tram derails in Croydon, killing seven")
    assert [p.name for p in brief.where][:2] == ["Croydon", "London"]
    plain = briefing.analyze(text, title="Seven killed as tram derails")
    assert plain.where[0].name == "London"


def test_a_date_in_a_relative_clause_about_a_person_is_background() -> None:
    text = (
        'US President Barack Obama has described his first meeting with Donald Trump as "excellent". '
        'Mr Trump, who stormed to a shock election victory on Wednesday, said it was a "great honour" to meet '
        "Mr Obama at the White House on Thursday."
    )
    when = briefing.analyze(text, published=date(2016, 11, 10)).when
    assert (when.text, when.date) == ("on Thursday", date(2016, 11, 10))
    crash = "The crash, which happened on Wednesday morning, killed seven."
    assert briefing.analyze(crash, published=date(2016, 11, 10)).when.date == date(2016, 11, 9)


def test_a_landmark_keeps_first_place_over_a_city_used_as_a_modifier() -> None:
    text = (
        "There was misery for Hillary Clinton's band of Hollywood megafans as Donald Trump won. "
        "Lady Gaga stood outside Trump Towers with a sign."
    )
    names = [p.name for p in briefing.analyze(text, title="Lady Gaga stages protest outside Trump Towers").where]
    assert names[0] == "Trump Towers"


def test_a_state_after_a_city_counts_at_the_end_of_a_sentence() -> None:
    text = "Trump told supporters in Omaha and in Sterling Heights, Michigan. He said the system was rigged."
    assert briefing.analyze(text).where[0].name == "Sterling Heights"


def test_present_tense_and_phrasal_speech_verbs_name_the_speaker() -> None:
    text = (
        "Ann Lee, who runs the food bank, spoke first. Tom Hale, the mayor, listened.\n\n"
        "\u201cWe feed four hundred families a week,\u201d Lee explains.\n\n"
        "\u201cThe council has never once asked us what we need,\u201d Hale points out.\n\n"
        "\u201cThat is simply not true, and she knows it,\u201d Lee shot back."
    )
    speakers = [q.said_by for q in quotes_of(text)]
    assert speakers == ["Ann Lee", "Tom Hale", "Ann Lee"]


def test_people_sharing_a_surname_stay_apart_and_caption_words_do_not_join_a_name() -> None:
    text = (
        "Barack Obama met Donald Trump at the White House on Thursday. First lady Michelle Obama showed "
        'Melania Trump the residence. "It was excellent," Obama said of the talks. Barack Obama smiled. '
        "Fans cheered the World Series Bill Murray gets champagne sprayed in his face. Bill Murray laughed."
    )
    names = [e.name for e in briefing.analyze(text).who]
    assert {"Barack Obama", "Michelle Obama", "Donald Trump", "Melania Trump", "Bill Murray"} <= set(names)
    assert "World Series Bill Murray" not in names
    (quote,) = briefing.analyze(text).quotes
    assert quote.said_by == "Barack Obama"


def test_a_surname_always_used_with_another_role_is_another_person() -> None:
    text = (
        "President Obama welcomed the president-elect. First lady Michelle Obama gave Melania Trump a tour. "
        "President Obama said the talks went well. Later President Obama spoke to reporters."
    )
    who = {e.name: e.role for e in briefing.analyze(text).who}
    assert who.get("Obama") == "President" and "Michelle Obama" in who
    assert who["Michelle Obama"] != "President"


def test_administrative_units_are_places_not_people() -> None:
    text = (
        "A boy fell into a well in Zhongmengchang Village of Lixian County in Hebei Province on Saturday. "
        "Rescuers from Baoding worked through the night."
    )
    brief = briefing.analyze(text)
    places = [(p.name, p.kind) for p in brief.where]
    assert places[0] == ("Zhongmengchang Village of Lixian County", "site")  # the most specific place
    assert ("Hebei", "province") in places
    assert not {"Hebei Province", "Lixian County", "Hebei"} & {e.name for e in brief.who}
    title = "Taliban Strike German Consulate in Afghan City of Mazar-i-Sharif"
    filed = briefing.analyze(
        "KUNDUZ, Afghanistan -- Taliban insurgents struck at the consulate late Thursday.", title=title
    )
    assert filed.where[0].name == "Mazar-i-Sharif"
    club = briefing.analyze("Gabriel Jesus joined Manchester City in London on Monday.")
    assert "Manchester City" not in [p.name for p in club.where]


def test_words_in_capitals_are_not_organisations_unless_they_look_like_one() -> None:
    text = (
        "Massa cried after his last race. SAO PAULO (AP) -- Felipe Massa failed to finish the race, "
        "which saw TWO red flags and FIVE safety cars, the FIA said."
    )
    brief = briefing.analyze(text)
    names = {e.name for e in brief.who}
    assert "FIA" in names and not {"TWO", "FIVE", "SAO PAULO"} & names
    assert named_places(text)["Sao Paulo"] == "Brazil"  # the shouted town is read as the place


def test_described_speakers_keep_their_description_or_resolve_by_role() -> None:
    text = (
        "Lady Gaga protested outside Trump Tower. As the results came in, the Bad Romance singer tweeted: "
        '"In a room full of hope, we will be heard." President-elect Donald Trump met Barack Obama on Thursday. '
        '"I have great respect for him," the president-elect said.'
    )
    quotes = {q.text: q for q in quotes_of(text)}
    assert quotes["In a room full of hope, we will be heard."].said_by == "the Bad Romance singer"
    respect = quotes["I have great respect for him"]
    assert (respect.said_by, respect.speaker.role) == ("Donald Trump", "President-elect")


def test_an_appositive_gives_the_speaker_a_role() -> None:
    text = (
        'The city closed the bridge on Monday. "We had no choice," said Tom Reed, a spokesman for the council. '
        '"It is not safe," he added. Jo Lane, a neighbour of ten years, said the noise never stopped.'
    )
    quotes = quotes_of(text)
    assert [(q.said_by, q.speaker.role) for q in quotes] == [("Tom Reed", "a spokesman for the council")] * 2
    assert "— Tom Reed, a spokesman for the council" in render(briefing.build_brief([text]), "md")
    assert next(e for e in briefing.analyze(text).who if e.name == "Jo Lane").role is None  # no role word


def test_he_and_she_never_mean_a_person_whose_first_name_says_otherwise() -> None:
    text = (
        "Hillary Clinton tweeted her congratulations. Barack Obama watched the game at the White House. "
        'He tweeted: "It happened: Cubs win World Series."\n\n'
        "Senator Elizabeth Warren questioned John Stumpf, the bank's chief executive. "
        '"This just isn\'t right," Warren said. Stumpf said he was sorry. '
        '"You squeezed employees to the breaking point," she said.'
    )
    speakers = speakers_of(text)
    assert speakers["It happened: Cubs win World Series."] == "Barack Obama"
    assert speakers["You squeezed employees to the breaking point"] == "Elizabeth Warren"


def test_he_skips_names_inside_quotations_and_names_that_qualify_a_noun() -> None:
    text = (
        "Barack Obama read the climate report every morning. "
        '"My science adviser, John Holdren, sends me a chart," he said.\n\n'
        "Equally enraptured was Niki Lauda, the former world champion. "
        'Congratulating the Verstappen family, he said: "That was an outstanding drive."'
    )
    speakers = speakers_of(text)
    assert speakers["My science adviser, John Holdren, sends me a chart"] == "Barack Obama"
    assert speakers["That was an outstanding drive."] == "Niki Lauda"


def test_a_described_speaker_is_the_whole_noun_phrase() -> None:
    text = (
        'Raikkonen crashed on lap 20. "This is just mad," said a furious Sebastian Vettel, who also spun. '
        '"We need to stop the race," added the four-times champion over the team radio.'
    )
    quotes = quotes_of(text)
    assert quotes[0].said_by == "Sebastian Vettel"
    assert speaker_mention(text, quotes[1]) == "the four-times champion"


def test_a_date_long_before_publication_is_background_but_a_later_one_is_kept() -> None:
    text = (
        "Max Verstappen first drove a Formula One car on October 9, 2014. At the Brazilian Grand Prix he "
        "spun his car at 180mph and still avoided a serious accident."
    )
    when = briefing.analyze(text, published="2016-11-14").when
    assert (when.text, when.date) == (None, date(2016, 11, 14))
    later = briefing.analyze("Toblerone changed its bars on November 8, 2016, angering fans.", published="2016-02-08")
    assert later.when.date == date(2016, 11, 8)  # the page's date is off; the text's own date stands


def test_a_phrase_that_cannot_be_a_speaker_is_passed_over() -> None:
    text = (
        "Hillary Clinton promised on Tuesday to refrain from using the phrase \u201cillegal immigrant\u201d during "
        "the rest of her campaign, saying she had made a \u201cpoor choice of words.\u201d\n\n"
        "Trump further summed up Clinton as \u201cterrible,\u201d denounced her record as secretary of state "
        "and said she should not run."
    )
    mentions = {q.text: speaker_mention(text, q) for q in quotes_of(text)}
    assert mentions["illegal immigrant"] != "during the rest of her campaign"
    assert mentions["terrible"] != "denounced her record as secretary of state and"


def test_an_office_named_with_its_country_is_no_organisation() -> None:
    """ "The President of the United States" is the office Trump holds, not a body called so
    ("united" makes "Manchester United" an organisation, not this)."""
    text = (
        "Russian President Vladimir Putin spoke with US President Donald Trump on Tuesday. "
        '"I thanked the President of the United States for his support," Putin said. '
        "Manchester United lost 2-0 at home on Sunday."
    )
    who = {e.name: e.kind for e in briefing.analyze(text).who}
    assert "President of the United States" not in who
    assert who.get("Donald Trump") == "person" and who.get("Manchester United") == "organization"


def test_a_shared_town_name_is_placed_by_the_storys_big_cities_and_its_currency() -> None:
    london = "Fans travelled from London to Norfolk on Saturday to see the team. The team lost."
    assert named_places(london).get("Norfolk") == "United Kingdom"
    pounds = "Two friends who moved from Kent to southern Spain have won £50,000 for their board game."
    assert named_places(pounds).get("Kent") == "United Kingdom"
    houston = "Police in Houston said a man from Kent was arrested on Monday. The case goes to court."
    assert named_places(houston).get("Kent") == "United States"
    assert [p.name for p in briefing.analyze(houston).where] == ["Houston"]  # his home town is no place of the story


def test_a_town_named_with_another_countrys_state_is_in_that_country() -> None:
    # the gazetteer knows only Norway's Bergen and the US Portland; a list may still run from a town
    # to another country ("Tokyo, Seoul, Taiwan"), never to another country's state or county
    assert named_places("They returned to their Bergen, New Jersey home after a party.")["Bergen"] == "United States"
    assert named_places("A giant jellyfish was spotted in Portland, Dorset, on Monday.")["Portland"] == "United Kingdom"
    assert named_places("Sales rose in Tokyo, Seoul, Taiwan and Hong Kong.")["Seoul"] == "South Korea"


def test_a_relative_part_is_placed_only_by_the_story_and_a_compass_adjective_is_no_place() -> None:
    text = (
        "The musical opened in London's West End on Tuesday night. Western critics in London and "
        "Newcastle praised the show."
    )
    where = {p.name: p.country for p in briefing.analyze(text).where}
    assert where.get("West End", "missing") is None  # not the West End of the Cayman Islands
    assert "Western" not in where


def test_a_compass_name_put_somewhere_is_a_place_not_a_body() -> None:
    text = "Bav Shergill, a dermatologist at Queen Victoria Hospital in East Grinstead, tested the creams on Monday."
    result = briefing.analyze(text)
    assert "East Grinstead" not in {e.name for e in result.who}
    assert "East Grinstead" in {p.name for p in result.where}


def test_a_name_qualified_by_its_state_is_the_town_not_the_state() -> None:
    text = "Dr Richard Carlson of the Carnegie Institution for Science in Washington, DC said the theory held."
    assert [(p.name, p.kind) for p in briefing.analyze(text).where] == [("Washington", "city")]


def test_a_town_after_against_is_a_club_not_where() -> None:
    text = (
        "Blackburn manager Gary Bowyer joked he is considering starting goalkeeper Simon Eastwood in attack "
        "against Reading this Saturday at Ewood Park in Blackburn."
    )
    assert "Reading" not in {p.name for p in briefing.analyze(text).where}
