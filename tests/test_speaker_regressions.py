"""Errors the brief made on real outlets' copy, each as a short text written for this test."""

from __future__ import annotations

import pytest

import briefing
from briefing.doc import build_doc
from briefing.extract.speaker_names import is_described_speaker
from briefing.extract.who import who_candidates
from briefing.nlp.mentions import find_mentions
from briefing.read.text import article_from_text
from briefing.writers import render

from .conftest import named_places


@pytest.mark.parametrize(
    "mention",
    ["The spectacle", "A world-weary", "WHAT THEY'RE", "he is quoted as", "After", "The choice", "the streets"],
)
def test_phrases_that_are_no_one_never_speak(mention: str) -> None:
    assert not is_described_speaker(mention)


@pytest.mark.parametrize(
    "mention",
    ["a spokesman for the council", "officials", "the FBI", "Reuters", "The Hill", "the ad’s narrator", "Nervo"],
)
def test_described_roles_bodies_and_names_speak(mention: str) -> None:
    assert is_described_speaker(mention)


def test_a_quote_credited_to_a_phrase_shows_no_speaker() -> None:
    text = (
        "title: Parade draws crowds\n\n"
        "Thousands lined the streets of the city for the parade on Sunday. "
        'The spectacle drew "more people than any parade in a decade," it was reported, and the '
        "organisers were delighted with the turnout and the weather."
    )
    (quote,) = briefing.analyze(text).quotes
    assert quote.said_by is None
    assert "— The spectacle" not in render(briefing.build_brief([text]), "md")


def test_two_words_in_quotation_marks_are_no_key_quote() -> None:
    text = (
        "title: FBI warns on election security\n\n"
        'The FBI said on Tuesday that it had "grave concerns" about the security of voting machines in '
        "three states. Officials will meet state election chiefs next week to discuss the findings."
    )
    brief = briefing.build_brief([text])
    assert any(q.text == "grave concerns" for q in brief.stories[0].quotes)  # found, kept in JSON
    assert "grave concerns”" not in render(brief, "md")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A tornado struck Birmingham, Ala., on Tuesday, destroying dozens of homes, officials said.",
            "Birmingham, United States",
        ),
        ("A storm hit Birmingham on Tuesday, destroying dozens of homes, police said.", "Birmingham, United Kingdom"),
        ("A fire broke out in Perth, Australia, on Tuesday, officials said.", "Perth, Australia"),
    ],
)
def test_a_state_or_country_after_a_town_says_which_town(text: str, place: str) -> None:
    assert briefing.analyze(text, title="News").where[0].label == place


def test_people_whose_names_are_places_are_people_not_places() -> None:
    text = (
        "President Bush said on Monday that the economy was strong. Bush spoke at the White House. "
        "Film director Michael Mann said his new film was shot in Los Angeles."
    )
    result = briefing.analyze(text, title="Bush speaks")
    assert {"Bush", "Michael Mann"} <= {e.name for e in result.who if e.kind == "person"}
    assert not {"Bush", "Mann"} & {p.name for p in result.where}


def test_a_club_is_an_organisation() -> None:
    text = "Celtic beat Hamilton Academical 3-1 at Parkhead on Saturday. Hamilton Academical had led at half-time."
    kinds = {e.name: e.kind for e in briefing.analyze(text, title="Celtic win").who}
    assert kinds.get("Hamilton Academical") == "organization"
    assert "Hamilton" not in {p.name for p in briefing.analyze(text, title="Celtic win").where}


def test_an_explicit_date_beats_its_weekday() -> None:
    result = briefing.analyze(
        "On Sunday, October 29, voters in Madrid chose a new mayor.", title="Vote", published="2017-11-02"
    )
    assert str(result.when.date) == "2017-10-29"


@pytest.mark.parametrize(
    "text",
    [
        "Alec Baldwin returned to Saturday Night Live to play the president, NBC said.",
        "The Sunday Times reported that the minister had resigned.",
    ],
)
def test_titles_are_not_dates(text: str) -> None:
    result = briefing.analyze(text, title="News", published="2017-10-25")
    assert result.when.text is None and str(result.when.date) == "2017-10-25"


def test_furniture_greetings_and_formats_are_never_who() -> None:
    text = (
        "Main Content Tweets About the storm poured in as the hurricane hit Florida on Thursday. "
        "Happy Thanksgiving from the GMT desk, said UV expert Ann Lee. JPEG files were shared."
    )
    names = {e.name for e in briefing.analyze(text, title="Storm").who}
    assert names == {"Ann Lee"}


@pytest.mark.parametrize(
    "body",
    [
        "General Contractors of Alabama",
        "National Conference of State Legislatures",
        "Transport for London",
    ],
)
def test_a_body_named_with_of_or_for_keeps_its_whole_name(body: str) -> None:
    text = f"The {body} backed the new road plan on Monday, and the vote is due in March."
    who = {e.name: (e.kind, e.role) for e in briefing.analyze(text, title="Road plan").who}
    assert who.get(body) == ("organization", None)


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("said Sen. Tom Carper of Delaware on Monday.", "Tom Carper", "Sen."),
        ("said Sen. Sherrod Brown of Ohio on Monday.", "Sherrod Brown", "Sen."),
        ("said CBC Chairman G.K. Butterfield of North Carolina.", "G.K. Butterfield", "CBC Chairman"),
        ("said Lee Zeldin of New York, a Republican.", "Lee Zeldin", None),
    ],
)
def test_a_person_from_a_place_is_named_without_it(text: str, person: str, role: str | None) -> None:
    quoted = f'"We will not back this bill in its present form," {text} Later, {person.split()[-1]} left.'
    (quote,) = briefing.analyze(quoted, title="Bill").quotes
    assert quote.said_by == person
    assert (person, "person", role) in {(e.name, e.kind, e.role) for e in briefing.analyze(quoted, title="Bill").who}


@pytest.mark.parametrize("body", ["Home Depot", "State Farm"])
def test_a_role_modifier_without_a_title_starts_a_body(body: str) -> None:
    text = f"Sales at {body} rose in the third quarter, and {body} raised its forecast for the year."
    who = {e.name: (e.kind, e.role) for e in briefing.analyze(text, title="Sales").who}
    assert who.get(body) == ("organization", None)
    titled = "Home Secretary Priti Patel said the plan would go ahead in the spring."
    assert ("Priti Patel", "Home Secretary") in {(e.name, e.role) for e in briefing.analyze(titled, title="Plan").who}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "BIRMINGHAM, Ala. (AP) — The city council voted on Monday to close the old steel plant.",
            "Birmingham, United States",
        ),
        (
            "BIRMINGHAM, England (Reuters) - The city council voted on Monday to close the old plant.",
            "Birmingham, United Kingdom",
        ),
        ("PERTH, Australia (Reuters) - Fire crews fought a blaze in the hills on Monday.", "Perth, Australia"),
    ],
)
def test_a_datelines_state_or_country_says_which_town(text: str, place: str) -> None:
    assert briefing.analyze(text, title="News").where[0].label == place


def test_the_object_of_a_relative_clause_does_not_speak() -> None:
    relative = (
        'Tom Reed, who has written a book about Ann Lee, the former mayor, said: "This is the worst '
        'decision the council has made."'
    )
    assert {q.said_by for q in briefing.analyze(relative, title="Council").quotes} == {"Tom Reed"}
    described = (
        "The military historian Thomas Ricks, who has written about Robert Gates, the Defense Secretary, "
        'said: "This is the worst decision of the war."'
    )
    (quote,) = briefing.analyze(described, title="War").quotes
    assert quote.said_by != "Robert Gates"  # the historian spoke; the brief must not credit Gates


def test_a_day_never_speaks() -> None:
    text = (
        "Reince Priebus met the nominee on Wednesday. Priebus later Thursday told Fox News: "
        '"We are going to have a unified party by the convention."'
    )
    (quote,) = briefing.analyze(text, title="Party").quotes
    assert quote.said_by == "Reince Priebus"


def test_a_stretch_of_water_is_a_place_not_a_body() -> None:
    text = "Oil spilled into the Gulf of Mexico on Monday after a rig exploded off the coast of Louisiana."
    result = briefing.analyze(text, title="Oil spill")
    assert [p.name for p in result.where][:1] == ["Gulf of Mexico"]
    assert "Gulf of Mexico" not in {e.name for e in result.who}
    island = briefing.analyze("Voters on the Isle of Man chose a new parliament on Thursday.", title="Vote")
    assert "Isle of Man" in {p.name for p in island.where}


def test_a_name_that_shows_nothing_of_a_person_is_a_body_in_who() -> None:
    text = (
        "Borussia Dortmund has warned it will go bankrupt if talks with creditors fail. "
        "Sontaya Kunplome, who advises the club, met the banks on Monday. "
        "Kunplome said a deal was close, and Borussia Dortmund shares rose."
    )
    kinds = {e.name: e.kind for e in briefing.analyze(text, title="Dortmund near bust").who}
    assert kinds["Borussia Dortmund"] == "organization"
    assert kinds["Sontaya Kunplome"] == "person"  # named again by the surname alone


def test_a_bare_name_the_lead_opens_with_and_names_again_is_the_actor() -> None:
    text = (
        "Arsenal came from behind to beat Aston Villa 2-1 on Sunday. Mikel Arteta praised his players. "
        '"This team never stops," he said. Next Saturday Arsenal host Chelsea.'
    )
    result = briefing.analyze(text, title="Late winner keeps leaders top")
    kinds = {e.name: e.kind for e in result.who}
    assert kinds["Arsenal"] == "organization"
    assert result.quotes[0].said_by == "Mikel Arteta"
    # a title elsewhere shows the opener to be a person, whom "he" may mean
    titled = (
        "Obama on Tuesday defended his climate record. In an interview, Mr. Obama called the trends "
        'terrifying. "We cannot put this off," he said. Obama leaves office in January.'
    )
    spoken = briefing.analyze(titled, title="Climate legacy")
    assert {e.name: e.kind for e in spoken.who}["Obama"] == "person"
    assert spoken.quotes[0].said_by == "Obama"
    # a word capitalised only because sentences open with it is no actor
    plain = briefing.analyze("Deputies rushed the suspect from court. Deputies then held him down.", title="Court")
    assert "Deputies" not in {e.name for e in plain.who}


def test_a_one_word_name_the_text_calls_it_is_a_body_and_he_never_means_it() -> None:
    text = (
        "Hamas said it had handed over the bodies of two hostages on Monday. Sami Khalil, who "
        "negotiated for Egypt, met Israeli officials in Cairo. Hamas said its fighters would withdraw. "
        '"The handover went as agreed," he said. Mr Howard said it was wrong.'
    )
    result = briefing.analyze(text, title="Hostage bodies returned")
    kinds = {e.name: e.kind for e in result.who}
    assert kinds["Hamas"] == "organization"
    assert kinds["Howard"] == "person"  # a title shows a person, whatever "it" follows
    (quote,) = result.quotes
    assert quote.said_by == "Sami Khalil"


@pytest.mark.xfail(
    strict=True,
    reason="known cost of the learned kind (who_kind.py): a one-word name is a body more often than not in "
    "the labelled news (62 of 117), and one 'he' beside one 'it' does not outweigh that",
)
def test_a_one_word_name_he_follows_as_often_as_it_is_a_person() -> None:
    star = briefing.analyze("Ronaldinho said he was happy. Ronaldinho said it was his best season.", title="Happy")
    assert [(e.name, e.kind) for e in star.who] == [("Ronaldinho", "person")]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("said Senate Majority Leader Chuck Schumer.", "Chuck Schumer", "Senate Majority Leader"),
        ("said Bank of England Governor Mark Carney.", "Mark Carney", "Bank of England Governor"),
    ],
)
def test_a_title_after_a_bodys_name_makes_a_person(text: str, person: str, role: str) -> None:
    quoted = f'"This is a good day for working families and for the country," {text}'
    (quote,) = briefing.analyze(quoted, title="Vote").quotes
    assert (quote.said_by, quote.speaker.role if quote.speaker else None) == (person, role)
    assert "Bank of England" in {e.name for e in briefing.analyze("The Bank of England held rates.", title="Rates").who}


@pytest.mark.parametrize(
    "described",
    [
        "Estael Sias, a meteorologist at MetSul, said",
        "Estael Sias, 52, a farmer, said",
        "said Estael Sias, a chairwoman",
    ],
)
def test_a_name_described_as_a_person_stays_a_person_in_who(described: str) -> None:
    text = f'Rains flooded the valley on Friday. "It is extremely critical," {described}. Vale Sul, a Brazilian company, closed.'
    kinds = {e.name: e.kind for e in briefing.analyze(text, title="Floods").who}
    assert kinds["Estael Sias"] == "person"
    assert kinds["Vale Sul"] == "organization"  # an adjective in -ian before the head does not make a person


def test_a_person_called_by_a_middle_name_is_one_person() -> None:
    text = (
        "President Luiz Inacio Lula da Silva flew over the region on Thursday. "
        '"There will be no shortage of resources," Lula said in a post on social media.'
    )
    result = briefing.analyze(text, title="Floods")
    assert [e.name for e in result.who if e.kind == "person"] == ["Luiz Inacio Lula da Silva"]
    assert result.quotes[0].said_by == "Luiz Inacio Lula da Silva"
    # a body the mentions took for a person is not whom a bare word of its name means
    committee = briefing.analyze(
        "The pair gave evidence at the Hellenic Olympic Committee's offices. Yiannis Papadoyiannakis, who was "
        "head of the Greek Olympic team at the Athens Games, also testified.",
        title="Doping",
    )
    assert {e.name: e.kind for e in committee.who}.get("Hellenic Olympic Committee") != "person"


def test_names_joined_by_do_del_and_di_are_whole() -> None:
    text = (
        "Rains hit the Brazilian state of Rio Grande do Sul on Friday, said Pedro dos Santos, a farmer. "
        "Luca di Montezemolo met Luigi del Neri in Mar del Plata. How do Americans see it?"
    )
    result = briefing.analyze(text, title="Rains")
    assert {"Rio Grande do Sul", "Mar del Plata"} <= {p.name for p in result.where}
    assert {"Pedro dos Santos", "Luca di Montezemolo", "Luigi del Neri"} <= {e.name for e in result.who}
    assert not any("How" in e.name for e in result.who)


def test_a_word_for_who_someone_is_before_the_name_is_the_role() -> None:
    text = (
        'Witness Gemma Lowe said: "There was a terrible bang and people were screaming." '
        'Neighbour Tom Hale, 60, said: "We heard the crash at nine in the morning." '
        "Fans of Family Guy gathered outside."
    )
    result = briefing.analyze(text, title="Crash")
    assert [(q.said_by, q.speaker.role if q.speaker else None) for q in result.quotes] == [
        ("Gemma Lowe", "Witness"),
        ("Tom Hale", "Neighbour"),
    ]
    assert "Guy" not in {e.name for e in result.who}  # a first name alone after the word is a title


def test_an_appositive_that_opens_with_a_role_word_is_the_role() -> None:
    text = (
        '"The earthquake is close to land," said Wu Chien-fu, director of the Seismology Center. '
        "Ann Lee, who was there, said the tremor lasted a minute."
    )
    roles = {e.name: e.role for e in briefing.analyze(text, title="Quake").who}
    assert roles["Wu Chien-fu"] == "director of the Seismology Center"
    assert roles["Ann Lee"] is None


def test_a_shared_town_name_is_the_namesake_in_the_storys_country() -> None:
    spanish = briefing.analyze(
        "Real Madrid beat Valencia in Valencia on Sunday, the Spanish league said.", title="Madrid win"
    )
    assert ("Valencia", "Spain") in {(p.name, p.country) for p in spanish.where}
    british = briefing.analyze(
        "Rishi Sunak conceded defeat at his count in Richmond, as British voters gave Labour a landslide.",
        title="Election",
    )
    # not Virginia's: the British town of that name (smaller, so only in a story placed in Britain)
    assert ("Richmond", "United Kingdom") in {(p.name, p.country) for p in british.where}
    big = briefing.analyze("The Spanish club flew to Barcelona on Monday.", title="Cup")
    assert ("Barcelona", "Spain") in {(p.name, p.country) for p in big.where}


def test_a_county_of_the_storys_country_beats_a_town_abroad_of_the_same_name() -> None:
    british = briefing.analyze(
        "Floods closed roads in Kent on Monday, and MPs at Westminster called for help for British farmers.",
        title="Floods",
    )
    places = {(p.name, p.country) for p in british.where}
    assert {("Kent", "United Kingdom"), ("Westminster", "United Kingdom")} <= places
    american = briefing.analyze("Police in Kent, Washington, arrested two men on Monday.", title="Arrests")
    assert ("Kent", "United States") in {(p.name, p.country) for p in american.where}


def test_an_appositive_after_a_place_is_not_its_role() -> None:
    text = 'Addressing a rally at Tate Modern, the Labour leader said: "We did it, and change begins now."'
    assert "Tate Modern" not in {e.name: e.role for e in briefing.analyze(text, title="Victory").who if e.role}


def test_names_end_at_a_closing_mark_and_shouted_subheadings_are_no_one() -> None:
    text = (
        "Police in Newquay.' Several witnesses saw Bill Gates' car outside the Musicians' Union. "
        "EXPERT VERDICT: the claims are false, Kostas Kenteris' lawyer said."
    )
    names = {e.name for e in briefing.analyze(text, title="Claims").who}
    assert {"Bill Gates", "Musicians' Union"} <= names
    assert not any("'" in n.replace("Musicians'", "") or (n.isupper() and " " in n) for n in names)


def test_a_plural_possessive_is_not_the_speaker() -> None:
    text = (
        "One of the experts to tip the band was The Times' music critic Paul Connolly, who described "
        'them as "spiky but in love with pop".'
    )
    (quote,) = briefing.analyze(text, title="Sound of 2005").quotes
    assert quote.said_by == "Paul Connolly"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Passenger Chris Downes said the driver had apologised.", "Chris Downes", "Passenger"),
        ("Novelist Andrea Levy said the prize meant a great deal.", "Andrea Levy", "Novelist"),
        ("Frenchman Gilles Simon said he was tired after the match.", "Gilles Simon", "Frenchman"),
        ("Hunter Biden said he would testify.", "Hunter Biden", None),  # a first name is no description
    ],
)
def test_a_word_for_what_someone_does_before_a_full_name_is_the_role(text: str, name: str, role: str | None) -> None:
    who = {e.name: e.role for e in briefing.analyze(text, title="News").who}
    assert who.get(name, "missing") == role


def test_a_time_word_opening_a_sentence_is_not_part_of_a_name() -> None:
    names = {e.name for e in briefing.analyze("Yesterday Wolves fans cheered the team home.", title="Wolves").who}
    assert not any(n.startswith("Yesterday") for n in names)


def test_a_shared_town_name_in_a_story_that_names_no_country_gets_none() -> None:
    result = briefing.analyze("Fans travelled to Newcastle on Saturday for the derby.", title="Derby")
    assert ("Newcastle", None) in {(p.name, p.country) for p in result.where}  # Australia's and South Africa's


def test_a_name_holding_a_known_city_or_country_is_a_body_in_who() -> None:
    text = (
        "Real Madrid beat Manchester City on Tuesday. Carlo Ancelotti praised his side, and "
        "Florence Welch sang before the game."
    )
    kinds = {e.name: e.kind for e in briefing.analyze(text, title="Madrid win").who}
    assert kinds["Real Madrid"] == kinds["Manchester City"] == "organization"
    assert kinds["Carlo Ancelotti"] == kinds["Florence Welch"] == "person"  # a first name, though a city too


def test_a_shouted_common_word_is_no_organisation() -> None:
    text = "The claims are false. CLAIMS about the cream were made by UNICEF and NATO officials on Monday."
    names = {e.name for e in briefing.analyze(text, title="Cream").who}
    assert "CLAIMS" not in names and {"UNICEF", "NATO"} <= names


def test_a_role_set_off_before_the_name_is_the_role() -> None:
    text = (
        'The governor, Andrew Bailey, said: "We need more evidence before we can cut rates." '
        "The former prime minister, Boris Johnson, agreed. In the end, Ann Lee, a voter, left."
    )
    roles = {e.name: e.role for e in briefing.analyze(text, title="Rates").who}
    assert roles["Andrew Bailey"] == "governor"
    assert roles["Boris Johnson"] == "former prime minister"
    assert briefing.analyze(text, title="Rates").quotes[0].speaker.role == "governor"


def test_a_town_the_gazetteer_lacks_is_placed_by_its_state() -> None:
    text = (
        "Ahmad Jamal died Sunday at his home in Ashley Falls, Massachusetts. Born Frederick Russell "
        "Jones in Pittsburgh, he later lived in Holland, Germany and France. He flew with Jet Airways, "
        "India's biggest private airline."
    )
    result = briefing.analyze(text, title="Jamal dies")
    assert ("Ashley Falls", "United States") in {(p.name, p.country) for p in result.where}
    names = {e.name for e in result.who}
    assert "Ashley Falls" not in names and not any(n.startswith("Born") for n in names)
    assert "Jet Airways" not in {p.name for p in result.where}  # "India's" opens an appositive
    assert "Holland" not in {p.name for p in result.where if p.country == "Germany"}  # a list


def test_a_shouted_word_after_a_place_opens_the_next_sentence() -> None:
    text = "Hamilton kept his hopes alive in Sao Paulo YOU get the feeling that whatever happens he will fight."
    assert ("Sao Paulo", "Brazil") in {(p.name, p.country) for p in briefing.analyze(text, title="F1").where}


def test_a_role_in_lower_case_before_the_name_is_the_role() -> None:
    text = (
        'Thousands fled. "We need people to go now," said fire captain Erik Scott. The order came from '
        "police chief Ann Lee, and the dedication impressed manager Tom Hale, on the way former Jo Bloggs came."
    )
    result = briefing.analyze(text, title="Fire")
    roles = {e.name: e.role for e in result.who}
    assert (roles["Erik Scott"], roles["Ann Lee"], roles["Tom Hale"]) == ("fire captain", "police chief", "manager")
    assert roles.get("Jo Bloggs") is None  # "former" needs a title after it
    assert result.quotes[0].speaker.role == "fire captain"


def test_a_scrapers_text_that_is_still_html_is_read_as_text() -> None:
    from briefing.read.jsonl import articles_from_jsonl

    line = (
        '{"title": "Fed holds rates", "content": "<p>The Federal Reserve held rates steady on Wednesday.</p>'
        '<p>&quot;The economy remains strong,&quot; Jerome Powell said.</p>"}'
    )
    (article,) = articles_from_jsonl(line, origin="wire.jsonl")
    body = " ".join(article.text[article.body_start :].split())
    assert (
        body == 'The Federal Reserve held rates steady on Wednesday. "The economy remains strong," Jerome Powell said.'
    )


def test_a_generic_body_word_opening_a_sentence_is_no_one_and_a_spokeswoman_is_a_person() -> None:
    text = (
        "Teachers struck on Monday. School district spokeswoman Linda Park said buses would not run. "
        "Schools closed and the school board met. Police said the march was peaceful, and the police "
        "chief agreed. Congress will vote on Friday. Fans met near Victoria Park."
    )
    result = briefing.analyze(text, title="Strike")
    kinds = {e.name: e.kind for e in result.who}
    assert kinds.get("Linda Park") == "person" and kinds.get("Congress") == "organization"
    assert "School" not in kinds and "Police" not in kinds
    assert "Victoria Park" in {p.name for p in result.where}


def test_peoples_of_countries_prepositions_and_abbreviated_countries() -> None:
    text = "The U.S. and Russia met. Americans and North Americans watched. Unlike Patriot Coal, the firm grew."
    result = briefing.analyze(text, title="Talks")
    assert not {e.name for e in result.who} & {"Americans", "North Americans", "U.S", "Unlike Patriot Coal"}
    # the rules read the name whole; whether a body named once, in passing, is shown is the scorer's call
    doc = build_doc(article_from_text(text, title="Talks"))
    assert "Patriot Coal" in {e.name for e in who_candidates(doc)}
    assert "U.S." in {p.name for p in result.where}


def test_shows_plans_conventions_and_tournaments_are_no_one() -> None:
    text = (
        "Steve Harvey told the Steve Harvey Morning Show that the Clean Power Plan was dead. Delegates at the "
        "Democratic National Convention cheered, and Roger Federer won the Dubai Open."
    )
    names = {e.name for e in briefing.analyze(text, title="Week").who}
    assert not names & {"Steve Harvey Morning Show", "Clean Power Plan", "Democratic National Convention", "Dubai Open"}
    assert {"Steve Harvey", "Roger Federer"} <= names


@pytest.mark.parametrize("verb", ["pledged", "assured", "blasted", "retaliated"])
def test_cue_verbs_learned_from_polnear_train_attribute_quotes(verb: str) -> None:
    text = f'"Never again," an angry Francois Hollande {verb} on Friday.'  # two words: a quote only with a cue
    (quote,) = briefing.analyze(text, title="France").quotes
    assert (quote.text, quote.said_by) == ("Never again", "Francois Hollande")


def test_he_after_a_sentence_naming_two_people_means_its_subject() -> None:
    text = (
        "title: Sherwood backs Ramsey\n\n"
        "Tim Sherwood praised his former assistant Chris Ramsey on Friday. He added: 'If there was ever an "
        "opportunity for me to work with him again I would do that.\n\n"
        "'Listen, I know I am biased - he has been good for me and I have been good for him.' Ramsey was "
        "pictured on the touchline during a QPR match as he tries to save the club from relegation."
    )
    assert [q.said_by for q in briefing.analyze(text).quotes] == ["Tim Sherwood", "Tim Sherwood"]


def test_he_never_means_a_name_that_shows_nothing_of_a_person() -> None:
    text = (
        "title: Film sales rise\n\n"
        "Mike Goodridge praised the year's films in an interview on Tuesday. Screen International reported "
        'that sales rose by a fifth. "Audiences want to see stories about their own lives," he said.'
    )
    assert [q.said_by for q in briefing.analyze(text).quotes] == ["Mike Goodridge"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Because we own the London exchange, the savings are greater for us," the newspaper quoted the '
            "executive as saying.",
            "the executive",
        ),
        (
            'The music business is "in the state of a zombie" because it has failed to respond to piracy, a '
            "leading industry figure has said.",
            "a leading industry figure",
        ),
        (
            'A Number 10 spokeswoman would only say: "He will announce an election when he wants to."',
            "A Number 10 spokeswoman",
        ),
        ('The document reportedly said: "We are looking for the return of the old order."', "The document"),
        (
            "Gordon Brown spoke in Glasgow on Monday. The former prime minister said that SNP leader Nicola "
            'Sturgeon\'s answers on the issue of a referendum are "all evasion and no substance from start to finish".',
            "The former prime minister",
        ),
        (
            'Fund manager Florian Hamm wants a say. "I demand better transparency," he is quoted as saying by a magazine.',
            "he",
        ),
        (
            'The wording was published on Monday. "Should the United Kingdom approve the treaty?" The Electoral '
            "Commission on Thursday said it was satisfied the question was easy to understand.",
            "The Electoral Commission",
        ),
        (
            '"The litigation risks are real," said Credit Suisse analyst Vadim Mitroshin The dispute with the '
            "authorities is partly driven by politics.",
            "Credit Suisse analyst Vadim Mitroshin",
        ),
    ],
)
def test_the_speaker_mention_holds_no_verb_day_or_next_sentence(text: str, speaker: str) -> None:
    (quote,) = briefing.analyze(text).quotes
    assert quote.speaker is not None
    assert text[quote.speaker.start : quote.speaker.end] == speaker


def test_a_capitalised_role_means_the_one_person_who_holds_it() -> None:
    text = (
        "In the ruling handed down this week by Superior Court Judge James Kleinberg, Apple can read the "
        "bloggers' e-mail. California has laws which protect journalists if what they are writing about is in "
        'the public interest. The Judge wrote: "It is not surprising that the company wants to protect its secrets."'
    )
    assert [q.said_by for q in briefing.analyze(text, title="Apple wins").quotes] == ["James Kleinberg"]


def test_a_body_named_only_as_the_medium_someone_spoke_to_is_no_one_of_the_story() -> None:
    text = (
        "Maternity pay is to rise by £1,400, Trade Secretary Patricia Hewitt told GMTV's Sunday programme. "
        "The British Chambers of Commerce said the plan would burden small firms, and Ms Hewitt later told "
        'BBC News that the government would help them. Fund manager Florian Hamm wants a say. "I demand '
        "better transparency,\" he is quoted as saying by Germany's Spiegel Online."
    )
    names = {e.name for e in briefing.analyze(text, title="Maternity pay to rise").who}
    assert "Patricia Hewitt" in names and "British Chambers of Commerce" in names
    assert not names & {"GMTV", "BBC News", "BBC", "Spiegel Online"}


def test_products_and_economic_measures_in_capitals_are_no_one() -> None:
    text = (
        "Sony said sales of its PC and DVD players rose, while the economy's GDP grew by 2%, the company said. "
        "The PCS union said its members would strike."
    )
    names = {e.name for e in briefing.analyze(text, title="Sony sales rise").who}
    assert "Sony" in names and "PCS" in names
    assert not names & {"PC", "DVD", "GDP"}


def test_a_name_the_text_introduces_as_a_work_is_no_one() -> None:
    text = (
        "Producer Judy Craymer said the musical Mamma Mia would open in Las Vegas, and the film Vera Drake "
        "won three awards. Portugal will play Rui Costa in midfield, coach Luiz Felipe Scolari said."
    )
    names = {e.name for e in briefing.analyze(text, title="Mamma Mia heads to Vegas").who}
    assert {"Judy Craymer", "Rui Costa"} <= names
    assert not names & {"Mamma Mia", "Vera Drake"}


@pytest.mark.parametrize(
    ("text", "whole", "broken"),
    [
        (
            "A New York City skin clinic's popular new laser treatment promises tighter skin, Skin Laundry said.",
            None,
            "York City",
        ),
        ("Shares fell, the New York Times reported on Monday after the vote.", "New York Times", "York Times"),
    ],
)
def test_a_place_opening_a_sentence_keeps_its_first_word(text: str, whole: str | None, broken: str) -> None:
    names = [entity["name"] for entity in briefing.as_data(briefing.analyze(text))["who"]]
    assert broken not in names
    assert whole is None or whole in names


def test_a_lone_role_word_is_no_body() -> None:
    text = (
        "Deputy leader Harriet Harman said Labour would fight on. Shadow ministers agreed, and the party's "
        "Home Office team met on Monday."
    )
    names = [entity["name"] for entity in briefing.as_data(briefing.analyze(text))["who"]]
    assert "Harriet Harman" in names and "Deputy" not in names and "Shadow" not in names


def test_titles_in_quotation_marks_initials_and_modifiers_are_no_one() -> None:
    text = (
        "Blues legend B.B. Wood was taken to hospital on Tuesday, his daughter Patty Wood said. B.B. is short "
        'for Blues Boy. His hits include "The Thrill Is Gone" and "When Love Comes to Town," a song with U2. '
        "Patty Wood, a Washington D.C.-based nurse, said he was resting."
    )
    names = [entity["name"] for entity in briefing.as_data(briefing.analyze(text))["who"]]
    assert "Patty Wood" in names and "U2" in names
    for junk in ("B.B", "Thrill Is Gone", "Love Comes", "Washington D.C.-based"):
        assert junk not in names


def test_a_lead_subject_cut_at_a_participle_is_no_group() -> None:
    text = (
        "The family of murdered Australian baseball player Chris Lane broke down in court on Monday as the "
        "jury heard the call. Chancey Luna, 17, denies murder."
    )
    who = briefing.as_data(briefing.analyze(text))["who"]
    assert who[0]["name"] != "The family of" and all(not e["name"].endswith(" of") for e in who)


def test_a_lead_subject_ends_before_its_relative_clause() -> None:
    text = (
        "A drunk driver who killed a young woman in a head-on crash while checking his phone has been "
        "jailed for six years. Craig Todd, 27, admitted causing death by dangerous driving."
    )
    who = [e["name"] for e in briefing.as_data(briefing.analyze(text))["who"]]
    assert who[0] == "A drunk driver"


def test_a_day_run_into_a_name_is_no_part_of_it() -> None:
    text = (
        "Arsenal won 2-0 at home. On Saturday Wright scored twice for the club, and Ian Wright said the "
        "fans were superb. Manager Arsene Wenger agreed."
    )
    names = [entity["name"] for entity in briefing.as_data(briefing.analyze(text))["who"]]
    assert "Ian Wright" in names and not any(name.startswith("Saturday") for name in names)


def test_a_common_word_capitalised_at_a_sentence_start_is_no_one() -> None:
    text = (
        "The first minister praised Scottish Water for flying in bottled water after the storm, engineer "
        "Jane Ross said on Monday."
    )
    names = [entity["name"] for entity in briefing.as_data(briefing.analyze(text))["who"]]
    assert "Jane Ross" in names and "Water" not in names


def test_a_surname_after_of_or_a_verb_is_no_place() -> None:
    text = (
        "Ander Herrera scored twice for Manchester United in Leicester on Saturday. Six of Herrera's seven "
        "goals came from outside the box, and Fabian Delph tried to block Herrera's shot."
    )
    places = [place["name"] for place in briefing.as_data(briefing.analyze(text))["where"]]
    assert "Herrera" not in places and "Leicester" in places


@pytest.mark.parametrize(
    ("mention", "shown"),
    [
        ("laws which protect journalists from prosecution if what they are", False),
        ("It will be nothing more than a temporary break in normal service, as broadcasters and the people", False),
        ("princess who has been ‘designed by committee’. Meanwhile Sandi Toksvig caused outrage when she", False),
        ("Mr. King", True),  # abbreviations are no sentence break
        ("The former first lady and U.S. senator", True),
        ("a spokesman for Dell", True),
    ],
)
def test_a_misread_clause_is_never_shown_as_a_speaker(mention: str, shown: bool) -> None:
    from briefing.extract.speaker_names import resolve_speaker
    from briefing.extract.who import Cast

    text = f"The day began quietly. {mention} said the plan was fine."
    start = text.index(mention)
    assert resolve_speaker(text, start, start + len(mention), Cast((), ())) == ((mention, None) if shown else None)


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        (
            "He was questioned by the US Department of Justice and the Securities and Exchange Commission.",
            ["US Department of Justice", "Securities and Exchange Commission"],
            ["Exchange Commission", "US Department of Justice and the Securities"],
        ),
        (
            "The World Bank and the International Monetary Fund backed the plan.",
            ["World Bank", "International Monetary Fund"],
            ["World Bank and the International Monetary Fund"],
        ),
        (
            "Malcolm Glazer and Manchester United agreed terms with UPS and Deutsche Post.",
            ["Malcolm Glazer", "Manchester United"],
            ["Malcolm Glazer and Manchester United", "UPS and Deutsche Post"],
        ),
        (
            "Chelsea let leads slip against Manchester City and United, then beat Manchester United and "
            "Manchester City in the cup.",
            ["Manchester City", "Manchester United"],
            ["Manchester City and United", "Manchester United and Manchester City"],
        ),
    ],
)
def test_and_joins_one_body_but_splits_a_list(text: str, names: list[str], not_names: list[str]) -> None:
    from briefing.nlp.mentions import find_mentions

    found = [m.name for m in find_mentions(text)]
    assert all(name in found for name in names)
    assert not any(name in found for name in not_names)


def test_a_name_written_after_the_is_a_body_but_a_first_name_or_the_rev_keeps_a_person() -> None:
    text = (
        "title: Rates held\n\n"
        "The Federal Reserve left rates on hold on Wednesday, the Wall Street Journal reported. Reserve "
        "officials said prices were rising, the Journal added. Michael Jackson fans gathered for the "
        "Michael Jackson tribute. Jackson fans cheered. Analysts said the Fed has done enough. "
        '"We are watching," said Rt Rev Michael Scott-Joynt. Scott-Joynt spoke to the Rev Jesse Jackson.'
    )
    kinds = {e.name: e.kind for e in briefing.analyze(text).who}
    assert kinds.get("Federal Reserve") == "organization"
    assert kinds.get("Wall Street Journal") == "organization"  # "the Journal" alone is no surname
    assert kinds.get("Michael Jackson") == "person"
    assert kinds.get("Michael Scott-Joynt") == "person"
    teams = "Red Cross workers helped the Los Angeles Lakers. Lakers fans cheered the Lakers. The Red Cross said so."
    kinds = {e.name: e.kind for e in briefing.analyze(teams).who}
    assert kinds.get("Red Cross") == "organization"  # "Red" is a first name too
    assert kinds.get("Los Angeles Lakers") == "organization"


def test_a_first_name_alone_means_the_one_person_named_so_in_full_but_not_a_royal() -> None:
    text = (
        "Air Chief Marshal Sir Michael Graydon said the RAF was ready. But Sir Michael warned of more "
        'killings. "We must expect more of this," he said. Kayaker Tomasz Furmanek spends his spare time '
        'on the water. "It was cold," Tomasz said. Prince Andrew visited Andrew Smith on Monday.'
    )
    result = briefing.analyze(text)
    who = {e.name: e.role for e in result.who if e.kind == "person"}
    assert "Michael" not in who and "Tomasz" not in who
    assert who.get("Michael Graydon") == "Air Chief Marshal"  # the role stops before "Sir"
    assert {"Andrew", "Andrew Smith"} <= set(who)
    assert [q.said_by for q in result.quotes] == ["Michael Graydon", "Tomasz Furmanek"]


def test_a_full_stop_and_quotation_mark_with_no_space_end_a_name() -> None:
    text = (
        "Amish colonies are growing in New York, said Don Kraybill of Elizabethtown College. 'They farm "
        "well,' said Kraybill.'If the land is cheap, they come.' Robert Downey Jr.'s film opened."
    )
    names = {e.name for e in briefing.analyze(text).who}
    assert not any(".'" in name for name in names)
    assert {"Don Kraybill", "Elizabethtown College"} <= names  # a person "of" a body is two names


def test_the_guinness_book_of_records_stays_one_name() -> None:
    names = {e.name for e in briefing.analyze("The Guinness Book of Records has declared the tower the tallest.").who}
    assert "Guinness Book" not in names


def test_a_bodys_last_word_alone_is_no_second_body() -> None:
    text = (
        "Teacher Ray Coe gave a kidney to a pupil at Royal Docks Community School in east London. The "
        "School said he was a hero. Manchester United fans cheered him, and United sent a shirt."
    )
    names = {e.name for e in briefing.analyze(text).who}
    assert {"Royal Docks Community School", "Manchester United"} <= names
    assert not {"School", "United"} & names


def test_a_title_after_a_first_name_is_a_surname_and_peers_are_named_by_their_style() -> None:
    text = (
        "Foreign Minister Julie Bishop met Bank of England governor Mervyn King on Monday. Bishop said "
        "the talks went well. The Duchess of Cambridge visited Leeds, and Bishop John Folda of the Fargo "
        "Catholic Diocese said prayers. Carole King sang. US Vice President Joe Biden was there."
    )
    who = {e.name: (e.kind, e.role) for e in briefing.analyze(text).who}
    assert who["Julie Bishop"] == ("person", "Foreign Minister")
    assert who["Mervyn King"][0] == "person" and who["Carole King"][0] == "person"
    assert who["Duchess of Cambridge"][0] == "person"
    assert who["John Folda"] == ("person", "Bishop")
    assert who["Joe Biden"] == ("person", "US Vice President")


def test_military_abbreviations_stay_in_the_name_and_with_a_participle_names_the_speaker() -> None:
    text = (
        'Attacks rose in 2010. "We are not a militia," said Maj. Gen. Adnan Dmeiri, spokesman for the '
        "security services."
    )
    result = briefing.analyze(text)
    assert [q.said_by for q in result.quotes] == ["Adnan Dmeiri"]
    assert {e.name: e.role for e in result.who}.get("Adnan Dmeiri") == "Maj. Gen."
    game = "It is popular, with one user, Jimmo Olson, commenting: ‘This is the best thing I have bought all year.’"
    assert [q.said_by for q in briefing.analyze(game).quotes] == ["Jimmo Olson"]


def test_double_marks_inside_a_single_mark_quotation_are_part_of_it() -> None:
    text = (
        "Maryellen Olson, 30, and her wife share the feeding. 'Our friends are fascinated by the fact that "
        "we both feed our daughter,' Heidi, a 26-year-old nurse, said.\n\n'We get a lot of: \"Wow, that's "
        "amazing!\" and \"I didn't know that was possible!\"' she added.\n\n'It was a hard time,' said Heidi. "
        "'We were so happy,' Maryellen said. 'It's been wonderful,' said Heidi."
    )
    quotes = briefing.analyze(text).quotes
    assert [q.text[:11] for q in quotes][:2] == ["Our friends", "We get a lo"]
    assert quotes[0].said_by == "Heidi"


def test_a_name_governed_by_a_preposition_or_object_of_a_verb_is_not_the_speaker() -> None:
    broker = "HSBC was fined last year. David Buik from broker Panmure Gordon said: ‘Mr Gulliver may be right.’"
    assert [q.said_by for q in briefing.analyze(broker).quotes] == ["David Buik"]
    backed = (
        "Louis van Gaal has welcomed support from Sir Alex Ferguson. The former Old Trafford boss backed Van "
        "Gaal, who has taken United to third place, saying: ‘You watch United go.’"
    )
    assert [q.said_by for q in briefing.analyze(backed).quotes] == ["The former Old Trafford boss"]


def test_how_the_text_writes_a_name_types_it() -> None:
    text = (
        "Hull Trains and National Rail cancelled trains to London on Sunday as rail works overran. "
        "Nezar Hindawi, who was jailed for 45 years, is held at the prison. Director J.J. Abrams praised "
        "the app. Watch Peñaflorida's story on CNN."
    )
    kinds = {e.name: e.kind for e in briefing.analyze(text).who}
    assert kinds.get("Hull Trains") == kinds.get("National Rail") == "organization"
    assert kinds.get("Nezar Hindawi") == kinds.get("J.J. Abrams") == "person"
    assert "Watch Peñaflorida" not in kinds


def test_a_country_opening_a_body_name_is_part_of_it_but_describes_a_person() -> None:
    text = (
        "China Daily and the Australian Transport Safety Bureau reported the crash on Monday. Australian "
        "Lynton Crosby ran the campaign. Crosby said it went well. Russian President Vladimir Putin spoke."
    )
    who = {e.name: (e.kind, e.role) for e in briefing.analyze(text).who}
    assert who.get("China Daily", ("",))[0] == "organization"
    assert who.get("Australian Transport Safety Bureau", ("",))[0] == "organization"
    assert who.get("Lynton Crosby") == ("person", "Australian")
    assert who.get("Vladimir Putin") == ("person", "Russian President")


def test_capitalised_words_met_once_with_nothing_of_a_person_are_no_one() -> None:
    text = (
        "Gary Neville said that Chelsea were not yet great, ticking off his Bucket List. Neville added "
        "that Jose Mourinho had built a strong side. Mourinho said: 'We are happy.' Mr Osborne watched "
        "the game. Counter ISIS talks were held in London, where ministers discussed ISIS."
    )
    names = {e.name for e in briefing.analyze(text).who}
    assert {"Gary Neville", "Jose Mourinho", "Osborne"} <= names
    assert "Counter ISIS" not in names


def test_a_name_with_a_particle_is_whole_and_its_surname_alone_means_the_person() -> None:
    text = (
        "David Cameron met Iraq's Prime Minister Haider al-Abadi in Downing Street on Monday. Abadi later "
        'visited Leeds. "We are grateful," Abadi said.'
    )
    result = briefing.analyze(text)
    assert [(e.name, e.role) for e in result.who if e.name.endswith("Abadi")] == [("Haider al-Abadi", "Prime Minister")]
    assert [q.said_by for q in result.quotes] == ["Haider al-Abadi"]


def test_wire_and_live_blog_copy_name_people_not_storms_or_jails() -> None:
    wire = (
        'PHOENIX (AP) — A judge on Tuesday freed Carlos Hernandez, 52. "He never gave up," his lawyer, '
        "Lindsay Herf of the Arizona Justice Project, said. Hernandez left the Lower Buckeye Jail on Tuesday."
    )
    who = {e.name for e in briefing.analyze(wire).who}
    assert "Lindsay Herf" in who and "Lower Buckeye Jail" not in who
    blog = (
        'Storm Ciarán hit Jersey overnight. "It is the worst storm I have seen," said Deputy Kirsten Morel, '
        "Jersey's economic development minister."
    )
    result = briefing.analyze(blog)
    assert "Storm Ciarán" not in {e.name for e in result.who}
    assert [q.said_by for q in result.quotes] == ["Kirsten Morel"]


def test_lead_groups_adverbs_saints_and_regnal_numbers() -> None:
    text = (
        "Thousands of bottles of alcohol were destroyed in Kabul this week. A woman whose nose was bitten "
        "off by mice has had surgery. Recently Qingdao Boshi Hospital said it would help. King Juan Carlos I "
        "abdicated on Monday, and Juan Carlos said his son was ready. She was treated at St Mary's in London, "
        "and fans flew to St Petersburg."
    )
    result = briefing.analyze(text)
    names = {e.name for e in result.who}
    assert "Qingdao Boshi Hospital" in names and "Recently Qingdao Boshi Hospital" not in names
    assert "Juan Carlos I" in names and "Juan Carlos" not in names
    assert not any(name.startswith(("Thousands", "A woman whose", "St Mary")) for name in names)
    assert named_places(text).get("St Petersburg") == "Russia"


def test_a_cue_naming_a_website_still_names_the_speaker() -> None:
    text = (
        "She filed a complaint. Her attorney, Stan Plappert, told WESH.com: 'We will fight this in court.' "
        "Davis added: 'I want people to be treated well.'"
    )
    assert [q.said_by for q in briefing.analyze(text).quotes] == ["Stan Plappert", "Davis"]


def test_roles_lose_a_leading_preposition_and_names_a_shouted_caption() -> None:
    text = (
        "Alec Stewart wants the job following the sacking on Wednesday of Managing Director Paul Downton. "
        "Sheriff Joe Arpaio said the raid was over. Wendy Davis WHERE'S SCOOBY posted a picture, and "
        "Stephen Kramer QC said Manchester United FC would appeal."
    )
    who = {e.name: e.role for e in briefing.analyze(text).who}
    assert who.get("Paul Downton") == "Managing Director" and who.get("Joe Arpaio") == "Sheriff"
    assert "Wendy Davis" in who and "Stephen Kramer" in who  # a silk's letters are no part of the name


def test_a_full_stop_inside_the_marks_before_a_lower_case_cue_does_not_end_the_sentence() -> None:
    text = (
        "A spokesman for Rajasthan Police said they had taken statements, India Times reported. "
        "'We have arrested the driver.' said the officer. 'He was sent to judicial custody.'"
    )
    assert briefing.analyze(text).quotes[0].said_by != "India Times"


def test_a_full_name_and_one_word_more_is_one_person_and_but_splits_a_lead() -> None:
    text = (
        "Most people give up chocolate for Lent but one businesswoman decided to change lives. Hillary "
        "Clinton spoke on Monday. Hillary Clinton said she was ready. Critics called the show Hillary "
        "Clinton Obsessed in a review."
    )
    names = [e.name for e in briefing.analyze(text).who]
    assert "Hillary Clinton" in names and "Hillary Clinton Obsessed" not in names
    assert not any(" but " in name for name in names)


def test_a_plural_role_before_a_name_and_a_peers_seat_keep_the_person() -> None:
    text = (
        "Judges Simon Cowell, Louis Walsh and Sharon Osbourne will return for the series. Lord Faulkner "
        "of Worcester said betting rules must change."
    )
    who = {e.name: (e.kind, e.role) for e in briefing.analyze(text).who}
    assert who.get("Simon Cowell") == ("person", "Judges")
    assert who.get("Faulkner", ("",))[0] == "person"


def test_models_events_and_codes_are_no_one() -> None:
    text = (
        "Zodiac Aerospace showed its crew bunks at the Aircraft Interiors Expo in Hamburg for the Airbus "
        "A330. The suspect was charged under the Indian Penal Code. Zodiac Aerospace said demand was high."
    )
    names = {e.name for e in briefing.analyze(text).who}
    assert "Zodiac Aerospace" in names
    assert not {"Aircraft Interiors Expo", "Airbus A330", "Indian Penal Code"} & names


def test_a_first_name_that_is_also_a_city_opens_a_body_when_its_last_word_is_a_common_noun() -> None:
    text = (
        "Waves at the harbour entrance were huge, said Sydney Harbour Waves. The harbour waves "
        "service posts a report every hour. Jordan Henderson said the team would travel."
    )
    kinds = {e.name: e.kind for e in briefing.analyze(text).who}
    assert kinds.get("Sydney Harbour Waves") == "organization"
    assert kinds.get("Jordan Henderson") == "person"
    who = {e.name: e.role for e in briefing.analyze("Blackburn striker Jordan Rhodes scored. Rhodes said so.").who}
    # a country that is a first name opens the name, not the role (the words before it are the
    # role); the club the striker plays for is a body
    assert who == {"Jordan Rhodes": "Blackburn striker", "Blackburn": None}


def test_he_never_means_a_woman_named_as_someones_girlfriend() -> None:
    text = (
        "Golf: Rickie Fowler won on Sunday. Online, the winner defended his girlfriend Alexis Randock. "
        "'Get your facts straight before you talk to my girl friend like that,' he posted."
    )
    assert [q.said_by for q in briefing.analyze(text).quotes] == ["Rickie Fowler"]


def test_a_capitalised_role_set_off_before_the_name_is_the_role() -> None:
    text = "To keep its name, the Kyrgyz President, Askar Akaev, pushed through the law on Monday."
    assert {e.name: e.role for e in briefing.analyze(text).who} == {"Askar Akaev": "Kyrgyz President"}


def test_a_sentence_opener_after_a_lost_full_stop_ends_a_name() -> None:
    text = (
        "They drove from Texas to Colorado When John fell ill, Lindsey Sims drove him home. Her husband "
        "was 30. The talks went on in New Hampshire Her husband Chris Christie said."
    )
    names = {e.name for e in briefing.analyze(text).who}
    assert not any(name.endswith((" When John", " Her")) for name in names)


def test_a_name_only_ever_written_before_a_word_for_a_work_is_the_work() -> None:
    text = (
        "Veteran actor Robert Hardy, who played in the Harry Potter films, is selling his antiques. "
        "Hardy said the sale was sad. Robert Hardy lives in the Cotswolds."
    )
    names = {e.name for e in briefing.analyze(text).who}
    assert "Robert Hardy" in names and "Harry Potter" not in names


def test_a_short_quotation_heading_a_caption_is_no_quote() -> None:
    text = (
        "The yacht has huge windows. 'At one with the sea': Oversized windows were built to take in the "
        "views. 'It is the best boat we have built,' said Luca Boldrini."
    )
    assert [q.text for q in briefing.analyze(text).quotes] == ["It is the best boat we have built"]


def test_a_works_title_after_titled_is_no_quote_however_long() -> None:
    text = (
        'The 29-minute video, titled "Until It Came To Them - Clear Evidence", showed dozens of militants, '
        'said Colonel Ahmed Mismari. The memo was entitled "We will not take this lying down any more". '
        '"We are entitled to a fair hearing," said Colonel Ahmed Mismari.'
    )
    assert [q.text for q in briefing.analyze(text).quotes] == ["We are entitled to a fair hearing"]


def test_a_quote_whose_best_speaker_is_a_guess_is_given_to_no_one() -> None:
    # the one who spoke is a role the rules cannot read as a speaker; the names nearby did not speak
    unsure = (
        "Mick Schumacher makes his debut this weekend. Three-time champion Niki Lauda said: 'Of course, the "
        "public will be watching him, thanks to his father.' He links up with team-mate Harrison Newey, the son "
        "of the Red Bull designer Adrian. Van Amersfoort Racing team managing director told Bild: 'We are "
        "all pleased with how things are going. Mick makes few errors.'"
    )
    lauda, guess = briefing.analyze(unsure).quotes
    assert lauda.said_by == "Niki Lauda"
    assert guess.said_by is None and guess.speaker is not None and guess.speaker.confidence < 0.5
    sure = unsure.replace("Van Amersfoort Racing team managing director", "Frits van Amersfoort")
    _, known = briefing.analyze(sure).quotes
    assert known.said_by == "Frits van Amersfoort" and known.speaker and known.speaker.confidence > 0.9


def test_an_auxiliary_or_a_day_between_a_speaker_and_the_verb_still_binds_the_quote() -> None:
    text = (
        'The music business is "in the state of a zombie" because it failed to respond to piracy, a leading '
        'industry figure has said. "The plan needs more work," the Electoral Commission on Thursday said.'
    )
    speakers = [q.speaker for q in briefing.analyze(text).quotes]
    assert [text[s.start : s.end] for s in speakers if s] == ["a leading industry figure", "the Electoral Commission"]


def test_a_name_ending_the_speakers_words_is_the_speaker_and_what_precedes_it_the_role() -> None:
    text = (
        'Apple unveiled a cheaper phone on Tuesday. "It\'s a defensive move," said Counterpoint Research '
        'analyst Neil Shah. "Huawei and Xiaomi have been eating Apple\'s lunch in China for two years."'
    )
    quotes = briefing.analyze(text).quotes
    assert [(q.said_by, q.speaker.role if q.speaker else None) for q in quotes] == [
        ("Neil Shah", "Counterpoint Research analyst"),
        ("Neil Shah", "Counterpoint Research analyst"),
    ]


def test_a_name_after_an_aside_is_not_the_head_of_the_speakers_words() -> None:
    text = (
        'Talks stalled again. "They will not move," said Victor Cha, a Korea scholar at the Center for '
        "Strategic and International Studies."
    )
    assert [q.said_by for q in briefing.analyze(text).quotes] == ["Victor Cha"]


def test_where_someone_was_born_or_grew_up_is_no_place_of_the_story() -> None:
    text = (
        'Fishermen in Grand Isle, La., pulled their boats on Wednesday after the spill. "This is the '
        'disaster we warned about," said Tom Reyes, who grew up in Biloxi, Mississippi. The HSBC boss, who '
        "was born in Derby, said nothing. Crews worked in Grand Isle through the night."
    )
    places = {p.name: p.country for p in briefing.analyze(text).where}
    assert places.get("Grand Isle") == "United States"  # a site the gazetteer lacks, placed by its state
    assert "Biloxi" not in places and "Derby" not in places


def test_the_cue_nearest_the_quote_names_its_speaker() -> None:
    texts = [
        "Bobby Flay and Stephanie March split last year. Stephanie claimed, according to TMZ, that Bobby "
        "said “I am far too busy with work to come” and sent his assistants instead.",
        "Ken Cross wrote a speech for Al Smith. Despite what he wrote in Smith’s speech about Clinton, Cross "
        "said he “may yet have to vote for her because of the failings of my own party.”",
    ]
    assert [[q.said_by for q in briefing.analyze(text).quotes] for text in texts] == [["Bobby Flay"], ["Ken Cross"]]


def test_a_rank_set_off_before_a_name_is_no_person_of_its_own() -> None:
    text = (
        "Police arrested 28 people. The head of the unit, Acting Detective Chief Superintendent, Mick Deats, "
        'said: "This was a long and complex inquiry into the theft of card numbers."'
    )
    brief = briefing.analyze(text)
    assert "Superintendent" not in {e.name for e in brief.who}
    assert [q.said_by for q in brief.quotes] == ["Mick Deats"]


def test_a_body_and_a_three_word_role_before_the_name_after_said() -> None:
    text = (
        'The awards were set up seven years ago. "This year\'s nominees show how strong our film-making is," '
        "said BIFA founder and director Elliot Grove."
    )
    assert [q.said_by for q in briefing.analyze(text).quotes] == ["Elliot Grove"]


def test_a_phrase_opening_on_a_preposition_never_speaks() -> None:
    text = (
        'Tory spokesman David Davis said the proposals were "little more than a taxpayer-funded PR exercise" '
        "ahead of a general election predicted for next May."
    )
    assert [q.said_by for q in briefing.analyze(text).quotes] == ["David Davis"]


def test_he_means_the_first_speaker_of_the_last_sentence_that_has_one() -> None:
    text = (
        "Charles Clarke defended the plans on Monday. But Mr Clarke said he had supported the plans when "
        'Mr Blunkett argued for them in Cabinet. "ID cards are a means to a more secure society," he said.'
    )
    assert [q.said_by for q in briefing.analyze(text).quotes] == ["Charles Clarke"]


def test_mrs_and_a_surname_is_not_the_man_of_that_surname() -> None:
    text = (
        "The cat followed Erica and Roger Triantafilo home from a park. 'That dog did not even know what hit "
        "him,' Roger Triantafilo said. She 'really just adopted us from there', Mrs Triantafilo said."
    )
    assert [q.said_by for q in briefing.analyze(text).quotes] == ["Roger Triantafilo", "Triantafilo"]


def test_a_straight_mark_before_a_word_opens_the_next_quotation_and_names_no_one() -> None:
    text = (
        'Rates were left alone on Thursday. "Today\'s decision is correct," said David Frost, director general '
        'of the BCC. "But the bank should be ready to cut rates. "Dismal reports from the retail trade are '
        'worrying," he said.'
    )
    quotes = briefing.analyze(text).quotes
    assert quotes[1].text.startswith("But") and quotes[1].said_by == "David Frost"


def test_an_ampersand_joins_a_firms_name() -> None:
    text = (
        "The Securities & Exchange Commission accused the lender of fraud. Shares in Procter & Gamble rose. "
        "David Wyss of Standard & Poor's said rates would rise, and Procter & Gamble said sales were strong."
    )
    who = {e.name: e.kind for e in briefing.analyze(text).who}
    assert who.get("Securities & Exchange Commission") == "organization"
    assert who.get("Procter & Gamble") == "organization"
    assert who.get("David Wyss") == "person"


def test_a_name_inside_what_he_said_is_not_whom_he_means() -> None:
    text = (
        "Michael Howard set out his plans in Bournemouth on Friday. Mr Blair has failed to tackle these "
        'problems, he claimed. "The result is big government and higher taxes," he said.'
    )
    assert [q.said_by for q in briefing.analyze(text).quotes] == ["Michael Howard"]


def test_a_word_for_someone_right_before_a_name_shows_a_person() -> None:
    text = (
        "Survival expert and TV star Bear Grylls also lent Mr Cameron his support for the scheme. "
        "'Any initiative that encourages people to volunteer is good news,' he said."
    )
    assert [q.said_by for q in briefing.analyze(text).quotes] == ["Bear Grylls"]


def test_countries_by_the_names_news_uses() -> None:
    text = (
        "Talks were held in the Netherlands on Monday. Delegates from the Czech Republic, Burma and the "
        "UAE flew in for the talks in the Netherlands."
    )
    assert {"Netherlands", "Czech Republic", "Burma"} <= set(named_places(text))
    assert briefing.analyze(text).where[0].name == "Netherlands"


def test_a_modifier_made_of_a_two_word_place_is_no_part_of_the_name() -> None:
    text = "The San Francisco-based Balco laboratory was at the centre of the case. Balco denied it on Monday."
    assert [m.name for m in find_mentions(text, 0)] == ["Balco", "Balco"]


def test_first_opening_a_title_is_part_of_the_role() -> None:
    text = (
        "First Minister Jack McConnell said the plan would work. "
        '"We will not be bullied," said Scotland\'s First Minister Jack McConnell. First, the bill must pass.'
    )
    result = briefing.analyze(text, title="Holyrood vote")
    (quote,) = result.quotes
    assert (quote.said_by, quote.speaker.role if quote.speaker else None) == ("Jack McConnell", "First Minister")
    assert {e.name: e.role for e in result.who}["Jack McConnell"] == "First Minister"


def test_a_description_set_off_before_a_name_speaks_as_that_person() -> None:
    text = (
        "A grandmother of six swam the Channel on Saturday. Margaret Sullivan, 72, reached France at 9pm. "
        "Her son, Mark Sullivan, 45, who followed in the support boat, said: 'Mum has trained for two years.'"
    )
    (quote,) = briefing.analyze(text, title="Channel record").quotes
    assert quote.said_by == "Mark Sullivan"
    assert quote.speaker is not None and quote.speaker.role == "her son"


def test_a_peoples_possessive_before_an_event_word_is_the_event_and_no_one() -> None:
    text = "Annika Sorenstam won the Volvo Women's Open in Pattaya on Sunday. The Children's Hospital thanked her."
    names = {e.name for e in briefing.analyze(text, title="Golf").who}
    assert "Volvo Women" not in names and "Open" not in names
    assert {"Annika Sorenstam", "Children's Hospital"} <= names


def test_he_after_a_role_the_article_gives_one_person_means_that_person() -> None:
    text = (
        "David Cameron met Iraq's prime minister in Downing Street. Foreign Secretary Philip Hammond attended. "
        "Mr Cameron vowed the UK would do everything it could. The Foreign Secretary acknowledged that Iraq's "
        "forces had fallen into disarray. 'There is a big challenge ahead of us,' he told the BBC."
    )
    (quote,) = briefing.analyze(text, title="Iraq summit").quotes
    assert quote.said_by == "Philip Hammond"


def test_a_name_ending_in_a_country_named_alone_elsewhere_is_a_body_not_whom_she_means() -> None:
    text = (
        "Waiting lists in Wales fell in May. Dr Brian Gibbons told Radio Wales the NHS in Wales was improving. "
        'Alcohol Focus Scotland said drinking was up. "We need action now," she said.'
    )
    result = briefing.analyze(text, title="Waiting lists fall")
    kinds = {e.name: e.kind for e in result.who}
    assert kinds.get("Alcohol Focus Scotland") == "organization"
    assert all(q.said_by != "Radio Wales" for q in result.quotes)


def test_a_names_spokesman_speaks_not_the_name() -> None:
    text = (
        "The prime minister has no plans to change the law. Mr Blair's official spokesman said: "
        '"The prime minister has regular meetings with both leaders." Mr Blair said nothing.'
    )
    (quote,) = briefing.analyze(text, title="Abortion law").quotes
    assert quote.said_by == "Mr Blair's official spokesman"
    own = briefing.analyze('Mr Blair\'s speech said: "We will win."', title="Speech").quotes
    assert [q.said_by for q in own] != ["Mr Blair's speech"]  # a speech is no speaker noun


def test_he_after_a_sentence_a_spokesman_opens_is_the_spokesman() -> None:
    text = (
        "Michael Howard promised 40,000 more police. A Labour Party spokesman criticised Michael Howard's "
        'record, saying police numbers fell when he was home secretary. He said: "The Tories cut police numbers."'
    )
    (quote,) = briefing.analyze(text, title="Police pledge").quotes
    assert quote.said_by == "A Labour Party spokesman"
    named = (
        'The Liberal Democrats\' economics spokesman Vincent Cable backed the rise. He said: "It is good for workers."'
    )
    (quote,) = briefing.analyze(named, title="Minimum wage").quotes
    assert quote.said_by == "Vincent Cable"


def test_a_thing_in_capitals_is_no_one_whatever_word_comes_before_it() -> None:
    text = "Ronnie Corbett attacked British TV on Monday. He said cheap DVDs were everywhere. The PCS union backed him."
    names = {e.name for e in briefing.analyze(text, title="Corbett attacks TV").who}
    assert "Ronnie Corbett" in names and "PCS" in names
    assert not names & {"TV", "DVDs"}


def test_an_acronym_and_the_full_name_it_stands_for_are_one_who_entry() -> None:
    text = (
        "The Child Support Agency (CSA) has a new chief executive. Doug Smith said the CSA would clear "
        "its backlog. Work Secretary Alan Johnson said the Child Support Agency had failed families."
    )
    names = [e.name for e in briefing.analyze(text, title="CSA chief named").who]
    assert "Child Support Agency" in names and "CSA" not in names
    assert names.index("Child Support Agency") < names.index("Alan Johnson")


def test_a_name_set_off_after_a_described_speaker_at_the_sentences_end_speaks() -> None:
    text = (
        "The Santa Barbara festival went ahead after the tsunami. "
        '"When the disaster happened, we asked ourselves if we should cancel," said the festival\'s '
        "executive director, Craig Prater. Profits go to the relief fund."
    )
    (quote,) = briefing.analyze(text, title="Festival goes ahead").quotes
    assert quote.said_by == "Craig Prater"


def test_a_town_a_headline_names_bare_is_a_place_only_where_the_body_names_it_too() -> None:
    body = "A concert streamed to mobile phones will test 3G networks in London on Friday."
    assert [p.name for p in briefing.analyze(body, title="Mobile gig aims to rock 3G").where] == ["London"]
    seattle = "Police said two people were hurt when a gunman opened fire in Seattle on Sunday."
    assert "Seattle" in [p.name for p in briefing.analyze(seattle, title="Seattle shooting: two hurt").where]


def test_a_body_qualifying_a_persons_role_is_not_the_speaker() -> None:
    text = (
        "Top of the Pops moves to a new channel. BBC Two director Roly Keating: "
        '"It is an exciting new era for the show." Manchester City boss Kevin Keegan: "We had a great chance."'
    )
    said = [q.said_by for q in briefing.analyze(text, title="TOTP moves").quotes]
    assert said == ["Roly Keating", "Kevin Keegan"]
    # a person before a verb and a role word is the actor still
    praise = (
        "Leonardo DiCaprio won best actor. "
        'DiCaprio described director Martin Scorsese as "one of the greatest contributors to cinema".'
    )
    assert [q.said_by for q in briefing.analyze(praise, title="Globes").quotes] == ["Leonardo DiCaprio"]


def test_a_people_is_never_shown_as_a_speaker() -> None:
    text = (
        "World number one Lindsay Davenport has criticised Wimbledon over prize money. Reacting to a comment "
        'by chairman Tim Phillips, the American said: "I think it is highly insulting." The American said more.'
    )
    result = briefing.analyze(text, title="Davenport attacks Wimbledon")
    assert all(q.said_by not in {"American", "the American"} for q in result.quotes)
    assert "American" not in {e.name for e in result.who}


def test_a_birthplace_opening_a_sentence_is_background_too() -> None:
    text = (
        "Margaret Hale, the first woman to lead a cardiac unit in Scotland, has died at her home in Edinburgh. "
        "Born in Dundee in 1935, Hale trained at the Royal Infirmary."
    )
    places = [p.name for p in briefing.analyze(text, title="Surgeon dies at 91").where]
    assert "Edinburgh" in places and "Dundee" not in places


def test_a_town_no_town_abroad_shares_a_name_with_places_the_story() -> None:
    text = (
        "Campaigners clashed with Tories in Sunderland on Friday over the regional assembly vote. "
        "Later they protested outside the party's offices in Durham."
    )
    places = {p.name: p.country for p in briefing.analyze(text, title="Assembly vote row").where}
    assert places.get("Sunderland") == "United Kingdom"
    assert places.get("Durham") == "United Kingdom"  # not Durham, North Carolina


def test_a_site_the_headline_names_bare_needs_the_body_too() -> None:
    body = "The US stock market closed higher on Wednesday in response to George W Bush's victory."
    assert "Wall Street" not in [p.name for p in briefing.analyze(body, title="Wall Street cheers Bush victory").where]


def test_a_continent_is_no_one_and_too_wide_a_place_but_a_part_of_one_is_a_region() -> None:
    text = (
        "Nearly two million people across Asia could fall into poverty after the tsunami, the Asian "
        "Development Bank said. Asia will need years to recover. Aid also reached Eastern Europe."
    )
    result = briefing.analyze(text, title="Quake increases poverty risk")
    assert "Asia" not in {e.name for e in result.who}
    assert "Asia" not in [p.name for p in result.where]
    places = named_places(text, title="Quake increases poverty risk")
    assert "Asia" not in places and "Eastern Europe" in places


def test_a_season_is_no_place() -> None:
    text = "The new show will launch in Spring next year on BBC Two, the corporation said in London."
    assert [p.name for p in briefing.analyze(text, title="Show moves").where] == ["London"]


def test_a_long_run_of_names_joined_by_and_keeps_each_name_whole() -> None:
    text = (
        "German Chancellor Gerhard Schroeder and Italian Prime Minister Silvio Berlusconi voiced concerns "
        "about the euro. Detective Inspector Paul Miller of Thames Valley Police said nothing."
    )
    names = {e.name for e in briefing.analyze(text, title="Euro worries").who}
    assert {"Gerhard Schroeder", "Silvio Berlusconi", "Paul Miller", "Thames Valley Police"} <= names
    assert not names & {"Silvio", "Berlusconi", "Valley Police"}


def test_names_news_uses_for_one_party_are_one_who_entry() -> None:
    text = (
        "The Conservatives unveiled their plans on Monday. Michael Howard said the Tories would cut "
        "waste. The Liberal Democrats said the Tories could not be trusted, and the Lib Dems' Vince "
        "Cable said the Conservatives had no plan."
    )
    names = [e.name for e in briefing.analyze(text, title="Tory plans").who]
    assert len({"Conservatives", "Tories"} & set(names)) == 1
    assert len({"Liberal Democrats", "Lib Dems"} & set(names)) <= 1


def test_a_phrase_and_a_colon_after_a_finished_question_introduce_the_next_quote() -> None:
    text = (
        'Writer Neil Coppendale, from Kent, asked of the war: "How do you sleep at night?" On housing, '
        'London teacher Diane Granger said: "Where are you going to put everyone?" The audience applauded.'
    )
    first, second = briefing.analyze(text, title="Voters question the prime minister").quotes
    assert (first.said_by, second.said_by) == ("Neil Coppendale", "Diane Granger")


def test_a_misspelt_surname_is_the_person_named_in_full_not_a_second_entry() -> None:
    text = (
        "Sonaptic chief executive David Monteith said the firm had signed a deal with a Japanese network. "
        '"Phones will sound like concert halls," Mr Montieth said. Montieth added that sales would double.'
    )
    brief = briefing.analyze(text, title="3D audio comes to phones")
    assert [e.name for e in brief.who if e.kind == "person"] == ["David Monteith"]
    assert [q.said_by for q in brief.quotes] == ["David Monteith"]


def test_a_surname_one_slip_from_a_name_that_shows_no_person_stays_whom_she_means() -> None:
    text = (
        "Black voters lack enthusiasm for Hillary Clinton, as two voters, Tyresha McClenney and Bryan Anderson, "
        "who saw Tim Kaine speak at a recent rally, show. McLenney said Clinton doesn't show consistency. "
        '"It\'s not something that she continuously says," she said.'
    )
    (quote,) = briefing.analyze(text, title="Clinton courts black voters").quotes
    assert quote.said_by == "McLenney"


def test_a_nationality_noun_before_a_name_is_a_description_not_part_of_the_name() -> None:
    text = (
        "Briton Tim Henman beat Swede Joachim Johansson in the second round on Wednesday. "
        '"I played well," said Henman, who next meets Spaniard Tommy Robredo.'
    )
    brief = briefing.analyze(text, title="Henman through in Rotterdam")
    people = {e.name: e.role for e in brief.who}
    assert people["Tim Henman"] == "Briton"
    assert people["Joachim Johansson"] == "Swede"
    assert "Spaniard Tommy Robredo" not in people
    assert [q.said_by for q in brief.quotes] == ["Tim Henman"]


def test_where_someone_works_is_a_body_though_it_opens_with_a_first_name() -> None:
    text = (
        "US retail sales fell 0.3% in January as car sales dropped, the Commerce Department said. "
        "Tom Rourke, a bond strategist at Popular Securities, said the figures were weak. "
        "Bond prices rose, said Paul Jones, an analyst at ING Barings."
    )
    kinds = {e.name: e.kind for e in briefing.analyze(text, title="Cars pull down US retail figures").who}
    assert kinds["Popular Securities"] == kinds["ING Barings"] == "organization"
    assert kinds["Tom Rourke"] == kinds["Paul Jones"] == "person"


def test_a_party_named_alone_is_a_body_but_before_a_noun_describes_a_person() -> None:
    text = (
        "Labour has promised to cut class sizes if it wins the election. The Labour peer and former "
        'minister Lord Smith said: "Schools need it." Labour voters in marginal seats were urged to turn out.'
    )
    brief = briefing.analyze(text, title="Labour pledges smaller classes")
    assert {e.name: e.kind for e in brief.who}["Labour"] == "organization"
    assert [q.said_by for q in brief.quotes] != ["Labour"]


def test_a_bodys_short_name_and_full_name_are_one_entry_under_the_full_name() -> None:
    text = (
        "The Fed held interest rates steady on Wednesday. Federal Reserve Chair Jerome Powell said the "
        "Federal Reserve wanted more good data before it cut. Fed officials now expect one cut this year."
    )
    names = [e.name for e in briefing.analyze(text, title="Fed holds rates").who]
    assert "Federal Reserve" in names
    assert "Fed" not in names


def test_a_plain_text_files_title_line_is_not_the_body_that_names_a_headline_town() -> None:
    text = (
        "Police: Man shot outside Five Points South bar early Sunday\n\n"
        "BIRMINGHAM, Ala. (WBRC) - A man is in critical condition after a shooting outside a bar early "
        "Sunday morning, according to Birmingham Police. No arrests have been made."
    )
    places = [(p.name, p.country) for p in briefing.analyze(text).where]
    assert places == [("Birmingham", "United States")]


def test_he_or_she_after_a_spokesman_for_a_body_shows_the_body_too() -> None:
    text = (
        "Google will scan a million books held in the Bodleian Library. A spokeswoman for Oxford University "
        'said the books would include novels and poetry. "This is a great day for readers," she said.'
    )
    (quote,) = briefing.analyze(text, title="Google to scan Oxford books").quotes
    assert quote.said_by == "A spokeswoman for Oxford University"


def test_a_body_named_in_full_then_by_its_first_word_is_one_entry() -> None:
    text = (
        "Australian miner WMC Resources has rejected a takeover bid from Xstrata. WMC said the offer "
        "undervalued the company. Analysts said WMC would seek a higher price, while the Tories and "
        "Lib Dems had nothing to do with it."
    )
    names = [e.name for e in briefing.analyze(text, title="WMC rejects bid").who]
    assert "WMC Resources" in names
    assert "WMC" not in names


def test_a_town_the_text_makes_a_team_of_is_no_place() -> None:
    text = (
        "Brentford held Southampton to a draw at Griffin Park in west London on Saturday. Southampton "
        "have now gone five games without a win, and Brentford travel to Sheffield next."
    )
    places = [p.name for p in briefing.analyze(text, title="Brentford v Southampton").where]
    assert "Southampton" not in places and "Brentford" not in places
    assert "Sheffield" in places or "London" in places
    case = "Lawyers cited Elonis v. United States, decided by the Supreme Court in Washington."
    assert "United States" in [p.name for p in briefing.analyze(case, title="Threats online").where] or any(
        p.country == "United States" for p in briefing.analyze(case, title="Threats online").where
    )


def test_a_theatre_named_after_a_prince_is_a_venue_not_a_prince() -> None:
    text = "Julie Andrews made a surprise visit to the Prince Edward Theatre in London to see Mary Poppins."
    brief = briefing.analyze(text, title="Dame Julie pops in to see Poppins")
    assert not any("Edward" in e.name for e in brief.who)
    assert "Prince Edward Theatre" in [p.name for p in brief.where]


def test_a_short_name_defined_in_brackets_is_one_entry_with_the_full_name() -> None:
    text = (
        "The charity Survivors Fund (SURF) helps women raped during the genocide. SURF said the money "
        "would pay for drugs. The Internet Corporation for Assigned Names and Numbers (Icann) agreed, "
        "Icann said."
    )
    names = [e.name for e in briefing.analyze(text, title="UK helps Rwandan women").who]
    assert "Survivors Fund" in names and "SURF" not in names
    assert "Icann" not in names


def test_he_after_a_name_that_branded_something_means_that_name() -> None:
    text = (
        'Lib Dem leader Charles Kennedy said Harry should apologise. "He needs to remember it," Mr Kennedy said. '
        'Former Labour MP Lord Janner, who is a member of the Jewish community, branded the act "stupid". '
        'He told ITV: "The time has come for him to apologise." He added: "I would send him into the army."'
    )
    quotes = briefing.analyze(text, title="Harry urged to apologise").quotes
    assert quotes[-1].said_by == "Janner"


def test_confirmed_after_a_quote_credits_it() -> None:
    text = (
        "Nestle may sell its French mineral water business Perrier after a dispute with unions. "
        '"The option of selling Perrier is still on the table," chief executive Peter Brabeck-Letmathe '
        "confirmed on Thursday."
    )
    (quote,) = briefing.analyze(text, title="Bad weather hits Nestle sales").quotes
    assert quote.said_by == "Peter Brabeck-Letmathe"


def test_a_one_word_name_the_text_gives_its_possessions_is_a_body() -> None:
    text = (
        "Menatep, the majority owner of Yukos, is suing Russia for $28bn. Menatep has filed its claim in "
        "Stockholm, lawyer Emmanuel Gaillard said. Menatep said the case was strong."
    )
    kinds = {e.name: e.kind for e in briefing.analyze(text, title="Yukos owner sues Russia").who}
    assert kinds["Menatep"] == "organization"


def test_a_town_a_player_or_manager_is_of_is_a_team_not_a_place() -> None:
    text = (
        "Glenn Hoddle has been appointed Wolves manager. He was manager at Southampton before a spell "
        "at Tottenham, and Southampton striker Kevin Phillips praised him. Hoddle signed the contract "
        "in London on Friday."
    )
    assert not {"Southampton", "Tottenham"} & set(named_places(text, "Wolves appoint Hoddle"))
    assert "London" in named_places(text, "Wolves appoint Hoddle")


def test_a_name_after_said_keeps_a_long_role_and_drops_where_the_person_works() -> None:
    text = (
        'The Liberal Democrats want a local income tax. "This is typical of Lib Dem hypocrisy," said Tory '
        'shadow local government secretary Caroline Spelman. "German unemployment will rise," said '
        "Isabelle Kronawitter of Hypovereinsbank in Munich."
    )
    quotes = briefing.analyze(text, title="Tories attack Lib Dem tax plan").quotes
    assert [q.said_by for q in quotes] == ["Caroline Spelman", "Isabelle Kronawitter"]


def test_a_club_its_players_or_manager_are_of_is_a_body_of_who_and_its_coach_speaks() -> None:
    text = (
        "Arsenal beat Chelsea 2-1 on Sunday. Chelsea striker Didier Drogba scored first, but Arsenal "
        'manager Arsene Wenger saw his side come back. The Chelsea boss said: "We were second best." '
        'A Football Association spokesman said: "We will look at the tackle."'
    )
    brief = briefing.analyze(text, title="Arsenal beat Chelsea")
    kinds = {e.name: e.kind for e in brief.who}
    assert kinds.get("Chelsea") == "organization"
    assert "Chelsea" not in [p.name for p in brief.where]
    assert next(q.said_by for q in brief.quotes) == "The Chelsea boss"


def test_a_campaign_or_a_spokesman_of_a_name_speaks_not_the_name() -> None:
    text = (
        "Alan Grayson is attacking the party's likely nominee, his rival said.\n\n(Grayson's spokeswoman "
        'challenged the assertion that Grayson had ever "attacked" Clinton, and said he "maintains that '
        'she will be a very competent president.")'
    )
    quotes = briefing.analyze(text, title="Grayson and Clinton").quotes
    assert quotes[-1].said_by == "Grayson's spokeswoman"


def test_a_country_a_match_is_of_is_a_side_but_a_game_after_a_bare_name_is_a_product() -> None:
    text = (
        "The Lions squad will be named on Monday. Paul O'Connell missed the Ireland match with a knee "
        "injury but hopes to be fit for the tour to New Zealand. He has been playing the Xbox game Halo."
    )
    brief = briefing.analyze(text, title="O'Connell rejects Lions rumours")
    assert "Ireland" not in named_places(text, "O'Connell rejects Lions rumours")
    assert "New Zealand" in named_places(text, "O'Connell rejects Lions rumours")
    assert "Xbox" not in [e.name for e in brief.who]


def test_in_a_story_of_sides_only_in_or_at_puts_the_event_in_a_town() -> None:
    text = (
        "Chelsea beat Liverpool 3-2 in the League Cup final at the Millennium Stadium in Cardiff on "
        "Sunday. Liverpool have now lost to Newcastle and Barcelona in a week, and Chelsea manager "
        "Jose Mourinho said Liverpool fans had upset him."
    )
    places = [p.name for p in briefing.analyze(text, title="Chelsea clinch cup").where]
    assert "Cardiff" in places
    assert not {"Liverpool", "Newcastle", "Barcelona"} & set(places)


def test_she_never_means_a_name_a_preposition_governs_across_a_possessor() -> None:
    text = (
        "Justine Henin-Hardenne lost again in Charleroi on Sunday. The previous day, the Olympic champion "
        'went down 6-2 7-5 to France\'s Nathalie Dechy. "I have to be positive," she said.'
    )
    (quote,) = briefing.analyze(text, title="Henin-Hardenne beaten on comeback").quotes
    assert quote.said_by == "Justine Henin-Hardenne"


def test_a_score_ending_a_sentence_ends_it_for_whom_he_means() -> None:
    text = (
        "Second seed Andre Agassi suffered a defeat by Jurgen Melzer in the quarter-finals.\n\n"
        "Agassi was often bamboozled by the Austrian's drop shots, losing 6-3 6-1. Top seed Andy Roddick "
        "beat Thomas Enqvist 3-6 7-6 7-5. Melzer has now beaten Agassi in two of their three meetings.\n\n"
        '"I had a good game plan and I executed it perfectly," he said.'
    )
    (quote,) = briefing.analyze(text, title="Melzer shocks Agassi in San Jose").quotes
    assert quote.said_by == "Jurgen Melzer"


@pytest.mark.parametrize(
    ("cue", "person"),
    [
        ("said Oxfam policy director, Jane Fisher.", "Jane Fisher"),
        ("said EEF chief economist, Steve Ralston, on Tuesday.", "Steve Ralston"),
    ],
)
def test_a_name_set_off_after_a_bodys_role_speaks_not_the_body(cue: str, person: str) -> None:
    """ "said RNID technology director, Guido Gybels": the comma before the name once ended the
    cue at the body."""
    text = f'The charity launched its winter appeal on Monday. "We need help more than ever," {cue}'
    (quote,) = briefing.analyze(text, title="Appeal").quotes
    assert quote.said_by == person


def test_it_opening_a_sentence_means_the_body_the_sentence_before_is_about() -> None:
    """ "In a statement Google said … . It said: …": the cast reads a bare one-word name as a
    person's, so "It" once went to the last acronym named ("ISBN")."""
    text = (
        "The toolbar links a book's ISBN number to an online shop. Critics said the tool was a bad idea. "
        "In a statement Zentrix said the feature was still on trial and that the company welcomed feedback. "
        'It said: "Users can switch the feature off at any time."'
    )
    (quote,) = briefing.analyze(text, title="Toolbar row").quotes
    assert quote.said_by == "Zentrix"


def test_a_dj_or_rapper_before_a_name_is_a_role() -> None:
    text = (
        "Controversial DJ Howard Stern has been dropped by four US radio stations, his employer said. "
        "Rapper Eminem has cancelled his European tour. Howard Stern said the move was unfair."
    )
    who = {e.name: e.kind for e in briefing.analyze(text).who}
    assert who.get("Howard Stern") == "person" and who.get("Eminem") == "person"
    assert not any(name.startswith(("Controversial", "Rapper", "DJ")) for name in who)


def test_the_role_the_article_gave_a_named_person_means_that_person() -> None:
    text = (
        "Tory leader Michael Howard has attacked Tony Blair over his feud with Gordon Brown. Mr Blair denied "
        "the claims on Wednesday. The Tory leader countered that deals had been struck at dinners. He "
        'declared: "He is the deals on meals prime minister." Later the Tory leader said: "They are fighting '
        'each other."'
    )
    assert [q.said_by for q in briefing.analyze(text).quotes] == ["Michael Howard", "Michael Howard"]


def test_another_office_of_the_same_name_is_not_the_role() -> None:
    # "shadow home secretary David Davis" does not hold the office "the home secretary" means
    text = (
        "Home Secretary Charles Clarke met police chiefs, and shadow home secretary David Davis attacked the plan. "
        'The home secretary said: "We will act."'
    )
    quote = briefing.analyze(text).quotes[0]
    assert quote.said_by == "Charles Clarke"
    former = (
        "Ex-Conservative chancellor Ken Clarke welcomed the rules. Gordon Brown announced the Budget. "
        'The chancellor said the critics were "impugning the integrity" of officials.'
    )
    assert briefing.analyze(former).quotes[0].said_by != "Ken Clarke"
