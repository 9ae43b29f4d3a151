"""Scraped text as it really comes: bylines, agency datelines, calls to action, captions, subheads,
site names in titles and pages with no story. Every text here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import briefing
from briefing.analyze import analyze_article
from briefing.errors import InputError
from briefing.extract.title import MAX_WORDS, headline_from_lead
from briefing.nlp.segment import split_sentences
from briefing.read import read_bytes, read_inputs
from briefing.read.text import article_from_text
from briefing.read.title import clean_title

from .conftest import named_places


@pytest.mark.parametrize(
    ("text", "body", "source"),
    [
        (
            "By . Rob Cooper . PUBLISHED: . 03:53 EST, 23 July 2013 . | . UPDATED: . 05:37 EST, 23 July 2013 . "
            "Pottery makers are ready for the royal baby.",
            "Pottery makers",
            None,
        ),
        ("By . John Hall . and Ted Thornhill . A dog that attacked a boy was put down.", "A dog", None),
        ("By Jo Bloggs and Ann Lee\n\nThe council voted on Monday.", "The council", None),
        ("(CNN)They may not be aliens, but life is out there.", "They may", "CNN"),
        ("(CNN) -- With a sweep of his pen the president signed.", "With a sweep", "CNN"),
        ("(The Hollywood Reporter)Stan Freberg has died.", "Stan Freberg", "The Hollywood Reporter"),
    ],
)
def test_bylines_and_agency_openings_are_not_the_lead(text: str, body: str, source: str | None) -> None:
    article = article_from_text(text)
    assert article.body.startswith(body)
    assert article.source == source
    assert article.title is None


def test_a_sentence_opening_with_by_is_the_story() -> None:
    article = article_from_text("By the time the police arrived, the man had gone.")
    assert article.body.startswith("By the time")


def test_calls_to_action_and_credits_never_reach_a_summary() -> None:
    text = (
        "The harbour master closed the port on Monday after a storm damaged the sea wall.\n"
        "Scroll down for video\n"
        "Photo: AP\n"
        "Read more: Why the sea wall failed\n"
        "Sign up here to get an email with the day's top stories.\n"
        "Courtesy G4\n"
        "Engineers said repairs would take three weeks and cost about two million pounds.\n"
        "Continue reading...\n"
        "Submit your letter to the editor via this form.\n"
        "Fishing boats were moved to a neighbouring harbour until the work is finished."
    )
    article = article_from_text(text, title="Storm closes port")
    kept = " ".join(s.text for s in split_sentences(article.text, article.body_start))
    for furniture in (
        "Scroll down",
        "Photo: AP",
        "Read more",
        "Sign up",
        "Courtesy",
        "Continue reading",
        "Submit your",
    ):
        assert furniture not in kept
    assert briefing.summarize(text, sentences=3, title="Storm closes port") == [
        "The harbour master closed the port on Monday after a storm damaged the sea wall.",
        "Engineers said repairs would take three weeks and cost about two million pounds.",
        "Fishing boats were moved to a neighbouring harbour until the work is finished.",
    ]


def test_a_wire_storys_foot_credits_and_ad_slots_are_not_the_story() -> None:
    text = (
        "Torrential rains in southern Brazil have killed at least 39 people, local authorities said on Friday.\n"
        "Advertisement · Scroll to continue\n"
        "Another 68 people are missing, the state's civil defense agency said.\n"
        "Sign up here.\n"
        "Reporting by Ana Mano in Sao Paulo and Lisandra Paraguassu in Brasilia; Editing by Sandra Maler\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
        "Reporting by the agency found that the dam had not been inspected since 2019."
    )
    result = briefing.analyze(text, title="Floods in Brazil")
    kept = " ".join(s.text for s in split_sentences(result.article.text, result.article.body_start))
    for furniture in ("Scroll to continue", "Sign up", "Editing by", "Our Standards"):
        assert furniture not in kept
    assert "Reporting by the agency found" in kept  # a sentence of reporting stays
    assert "Ana Mano" not in {e.name for e in result.who}
    assert "Sao Paulo" not in {p.name for p in result.where}


def test_a_subhead_line_without_a_stop_ends_its_sentence() -> None:
    text = (
        "The attorney general filed the suit on Tuesday.\n"
        "Trump acknowledges changing valuation of Trump Tower triplex\n"
        "The attorney general's office said the value of the apartment was tripled."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The attorney general filed the suit on Tuesday.",
        "Trump acknowledges changing valuation of Trump Tower triplex",
        "The attorney general's office said the value of the apartment was tripled.",
    ]


def test_hard_wrapped_lines_are_not_sentences() -> None:
    text = "The minister said the plan would go ahead in\nMarch despite the objections raised by\nCouncil leaders and residents."
    assert len(split_sentences(text)) == 1


def test_glued_photo_captions_are_cut_from_the_text_and_kept_out_of_the_brief() -> None:
    text = (
        "Actress Julia Louis-Dreyfus has revealed that her short hairstyle in the new season of Veep was "
        "inspired by Hillary Clinton. Speaking to a magazine, the 54-year-old said the former senator had "
        "faced unfair scrutiny of her hair for years. Strictly business: Julia Louis-Dreyfus covers the "
        "supplement, which is featured in the May issue of the magazine Short and sweet: Julia revealed "
        "that the hairstyle (pictured) was inspired by Hillary Clinton Ever since her husband was elected, "
        "Clinton's hair has been the subject of scrutiny. Ms Louis-Dreyfus said: \"Hair, for some reason, is "
        'a really big deal." She wore a wig while filming the show instead of cutting her own hair.'
    )
    sentences = [s.text for s in split_sentences(text)]
    assert any(s.startswith("Short and sweet: Julia revealed") for s in sentences)
    assert any(s.startswith('Ms Louis-Dreyfus said: "Hair') for s in sentences)  # "said:" is no caption label
    summary = analyze_article(article_from_text(text, title="Veep star's hair"), sentences=4).summary
    assert len(summary) == 4
    assert not any(s.startswith(("Strictly business", "Short and sweet")) or "(pictured)" in s for s in summary)


def test_a_title_with_a_colon_inside_a_sentence_is_no_caption_label() -> None:
    """A sentence never ends on "of", so "Empire: The Story" after it is a title, not a glued caption."""
    text = (
        "Images of the late actor Peter O'Toole on set have been released with the film Fall of an "
        "Empire: The Story of Katherine of Alexandria. He can be seen laughing with the cast."
    )
    sentences = [s.text for s in split_sentences(text)]
    assert len(sentences) == 2
    assert sentences[0].endswith("The Story of Katherine of Alexandria.")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Astronomers find water on distant moon - CNN.com", "Astronomers find water on distant moon"),
        ("Germany braces for storm | DW | 19.01.2020", "Germany braces for storm"),
        ("TechCrunch | Startup raises $50m for battery recycling", "Startup raises $50m for battery recycling"),
        (
            "Trump team weighs response to leak - Maggie Haberman and Shira Toeplitz",
            "Trump team weighs response to leak",
        ),
        ("Trump Wins Iowa - Politics - The New York Times", "Trump Wins Iowa"),
        ("Brexit - what happens next", "Brexit - what happens next"),
        ("Spider-Man - Far From Home review", "Spider-Man - Far From Home review"),
        ("Labour plans maternity pay rise", "Labour plans maternity pay rise"),
    ],
)
def test_titles_lose_site_section_date_and_byline(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


def test_a_page_with_only_a_caption_is_reported_not_briefed() -> None:
    page = b"<html><head><title>Gallery</title></head><body><article><p>Fans gather outside the stadium.</p></article></body></html>"
    (result,) = read_bytes(page, "gallery.html", kind="html")
    assert isinstance(result, InputError)
    assert str(result).startswith("gallery.html: only 5 words of text on the page")
    (one,) = read_bytes(b"<html><body><article><p>Menu</p></article></body></html>", "nav.html", kind="html")
    assert str(one).startswith("nav.html: only 1 word of text on the page")


def test_an_untitled_article_gets_a_short_headline_and_keeps_its_lead_in_the_summary() -> None:
    lead = (
        "On Tuesday, the Senate voted 52-48 to confirm the nominee, who had faced fierce opposition from "
        "Democrats for his record on voting rights."
    )
    text = f"{lead} The vote came after two days of debate. Senators from both parties said the result was expected."
    result = analyze_article(article_from_text(text))
    assert result.title == "The Senate voted 52-48 to confirm the nominee"
    assert result.summary[0] == lead


def test_a_headline_from_a_long_lead_is_at_most_fourteen_words() -> None:
    lead = (
        "Russian President Vladimir Putin on Tuesday following a telephone conversation with US President "
        "Donald Trump said that the exchange was extremely productive."
    )
    headline = headline_from_lead(lead)
    assert len(headline.split()) <= MAX_WORDS + 1  # the ellipsis
    assert headline.startswith("Russian President Vladimir Putin") and "on Tuesday" not in headline


def test_a_cut_headline_does_not_end_on_a_function_word() -> None:
    lead = (
        "Kenya's president on Tuesday ordered an inquiry into the collapse of a school building in the western "
        "town of Kakamega that killed at least 12 children."
    )
    assert headline_from_lead(lead) == "Kenya's president ordered an inquiry into the collapse of a school building …"


@pytest.mark.parametrize(
    ("lead", "headline"),
    [
        (
            "The Senate passed the budget bill late on Thursday by 51 votes to 49, sending it to the president.",
            "The Senate passed the budget bill by 51 votes to 49",
        ),
        (
            "Police arrested two men early on Monday at the museum in the city centre.",
            "Police arrested two men at the museum in the city centre",
        ),
    ],
)
def test_a_headline_drops_the_whole_time_phrase_and_a_participle_clause(lead: str, headline: str) -> None:
    assert headline_from_lead(lead) == headline


@pytest.mark.parametrize(
    ("lead", "headline"),
    [
        (
            "Chocolate fans have vented their fury after Toblerone widened the gaps between the peaks.",
            "Chocolate fans have vented their fury after Toblerone widened the gaps between the peaks",
        ),
        (
            "Lady Gaga staged a protest outside Trump Tower after Donald Trump won the election.",
            "Lady Gaga staged a protest outside Trump Tower",
        ),
    ],
)
def test_a_headline_keeps_the_clause_after_a_main_clause_that_names_no_one(lead: str, headline: str) -> None:
    assert headline_from_lead(lead) == headline


def test_a_german_article_gets_no_english_analysis(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from briefing.cli import main

    body = (
        "Die Sache ist noch nicht entschieden, sagte der Bürgermeister am Dienstag in Berlin. Der Stadtrat will "
        "im Juni über den Bau der neuen Brücke abstimmen, die seit Jahren umstritten ist. Viele Anwohner "
        "fürchten den Lärm, andere hoffen auf kürzere Wege zur Arbeit und in die Schule."
    )
    (tmp_path / "de.txt").write_text(f"title: Streit um neue Brücke\ndate: 2025-05-20\n\n{body}\n", encoding="utf-8")
    assert main(["build", str(tmp_path), "-f", "json", "--no-history"]) == 0
    captured = capsys.readouterr()
    assert "de.txt: not English; summarised without who, where and quotes" in captured.err
    assert "Die Sache" not in captured.out.split('"who"')[1].split("]")[0]
    result = analyze_article(article_from_text(body, title="Streit um neue Brücke"))
    assert result.who == () and result.quotes == () and not result.english
    english = analyze_article(
        article_from_text(
            "The mayor said on Tuesday that the council would vote on the new bridge in June, after years of argument about its cost and its noise."
        )
    )
    assert english.english


def test_an_html_page_is_decoded_by_its_declared_charset() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><title>Budżet</title></head>'
        "<body><article><p>"
        + "Prezydent spotkał się w środę z premierem w Warszawie, gdzie rozmawiano o budżecie. " * 3
        + "</p></article></body></html>"
    )
    (article,) = read_bytes(page.encode("iso-8859-2"), "pl.html", kind="html")
    assert not isinstance(article, InputError)
    assert article.body.startswith("Prezydent spotkał się w środę")


def test_the_brief_never_shows_a_sentence_from_inside_a_quotation() -> None:
    text = (
        "The minister announced the new budget in parliament on Wednesday afternoon.\n\n"
        '"This budget has taken two years to prepare and it protects families. I would like to emphasise '
        'that it was both careful and fair. Overall, I believe it is the right plan," she said.\n\n'
        "Opposition leaders said the plan would raise taxes for millions of working families."
    )
    summary = analyze_article(article_from_text(text, title="Minister sets out budget"), sentences=3).summary
    assert not any(s.startswith(("I would like", "Overall")) for s in summary)


def test_a_live_blog_reads_as_a_story() -> None:
    page = (
        "title: Election night live: results as they come in\ndate: 2026-11-03\n\n"
        "Key points\nPolls have closed in most eastern states\nTurnout is reported to be high\n\n"
        "10.42pm: Polls have now closed across the East Coast, and counting is under way in Virginia and Georgia.\n\n"
        '10.55pm: "We feel very good about where we are tonight," campaign manager Jen O\'Malley Dillon told '
        "reporters in Wilmington.\n\n"
        "11.03pm: The Associated Press has called Vermont for the Democrats.\n"
    )
    result = analyze_article(article_from_text(page))
    assert result.summary[0] == (
        "Polls have now closed across the East Coast, and counting is under way in Virginia and Georgia."
    )
    assert not any(s.startswith(("Key points", "10.")) for s in result.summary)
    assert "Vermont for the Democrats" not in {e.name for e in result.who}
    assert "Jen O'Malley Dillon" in {q.said_by for q in result.quotes}


def test_a_live_blogs_stamps_before_a_dash_are_no_part_of_its_sentences() -> None:
    page = (
        "title: Storm live: Hurricane Milton makes landfall\n\n"
        "11:40 p.m. — Hurricane Milton made landfall near Siesta Key, Fla., at 8:30 p.m. as a Category 3 "
        "storm, the National Hurricane Center said.\n\n"
        "10:55 p.m. ET – More than 2 million homes were without power across Florida.\n\n"
        '10:20 - "Shelter in place," Gov. Ron DeSantis said in Tallahassee at 9:15 - the last briefing.\n'
    )
    result = analyze_article(article_from_text(page))
    assert result.summary[0].startswith("Hurricane Milton made landfall")
    assert not any(s[:1].isdigit() for s in result.summary)
    assert any(s.endswith("at 9:15 - the last briefing.") for s in result.summary)


def test_a_wire_storys_credits_are_no_part_of_it() -> None:
    text = (
        "LONDON, Dec 1 (Reuters) - Oil prices rose more than 2% on Tuesday after OPEC+ producers agreed to "
        "deepen output cuts into next year.\n\n"
        "(Reporting by Alex Lawler in London; Additional reporting by Florence Tan in Singapore; "
        "Editing by Jason Neely)\n"
    )
    result = analyze_article(article_from_text(text, title="Oil prices jump"))
    assert [p.name for p in result.where] == ["London"]
    assert not {"Alex Lawler", "Jason Neely", "Florence Tan"} & {e.name for e in result.who}


def test_an_ap_and_a_cnn_foot_credit_are_no_part_of_the_story() -> None:
    text = (
        "PORTO ALEGRE, Brazil (AP) — Heavy rains swept through southern Brazil on Tuesday, killing at least "
        "12 people, officials said. The governor, Eduardo Leite, said rescue teams were searching for the "
        "missing.\n\nAssociated Press writer Mauricio Savarese contributed from Sao Paulo. CNN's Manesh "
        "Shrestha reported from Kathmandu."
    )
    result = analyze_article(article_from_text(text, title="Floods kill 12 in southern Brazil"))
    assert not {"Mauricio Savarese", "Manesh Shrestha"} & {e.name for e in result.who}
    assert not {"Sao Paulo", "Kathmandu"} & set(named_places(text, "Floods kill 12 in southern Brazil"))


def test_text_pasted_from_a_page_reads_as_its_story() -> None:
    page = (
        "UK inflation falls to 2.3%, lowest in nearly three years\n"
        "Rate drop boosts hopes of Bank of England cut next month\n"
        "Larry Elliott Economics editor\n"
        "Wed 22 May 2024 07.00 BST\n"
        "Share\n"
        "Facebook Twitter Pinterest\n"
        "Shoppers on Oxford Street in London. Food prices rose by 2.9% in the year to April. "
        "Photograph: Leon Neal/Getty Images\n"
        "Inflation in the UK has fallen to its lowest level in nearly three years, raising hopes that the "
        "Bank of England will cut interest rates next month.\n"
        "The annual rate of consumer price inflation dropped to 2.3% in April from 3.2% in March, the "
        "Office for National Statistics said.\n"
        "Explore more on these topics\n"
        "Inflation\n"
        "Reuse this content\n"
    )
    result = analyze_article(article_from_text(page))
    assert result.summary[0].startswith("Inflation in the UK has fallen")
    assert not any("Food prices" in s or "Share" in s for s in result.summary)
    assert "Larry Elliott Economics" not in {e.name for e in result.who}
    assert str(result.when.date) == "2024-05-22"


def test_wire_copy_loses_its_file_photo_caption_and_its_foot() -> None:
    text = (
        "title: Hurricane Milton makes landfall in Florida\n\n"
        "FILE - In this Oct. 9, 2024, satellite image provided by NOAA, Hurricane Milton moves toward the "
        "Florida coast. (NOAA via AP, File)\n\n"
        "SIESTA KEY, Fla. (AP) — Hurricane Milton roared ashore on Florida's Gulf Coast on Wednesday night "
        "as a Category 3 storm, bringing a dangerous storm surge to the Tampa Bay area.\n\n"
        "___\n\n"
        "Associated Press writers Kate Payne in Tallahassee and Freida Frisaro in Miami contributed to this report.\n\n"
        "This story has been corrected to show that the storm made landfall on Wednesday, not Thursday.\n"
    )
    article = article_from_text(text)
    result = analyze_article(article)
    assert article.dateline is not None and article.dateline.label == "Siesta Key, United States"
    assert result.summary == (
        "Hurricane Milton roared ashore on Florida's Gulf Coast on Wednesday night as a Category 3 storm, "
        "bringing a dangerous storm surge to the Tampa Bay area.",
    )
    assert not {"Tallahassee", "Miami", "File"} & {p.name for p in result.where}
    assert not {"Gulf Coast", "Tampa Bay"} & {e.name for e in result.who}


def test_a_page_copied_with_its_panels_and_byline_reads_as_its_story() -> None:
    page = (
        "Thousands queue for free bus passes in Cardiff\nPublished\n2 hours ago\nShare\nclose panel\n"
        "Share page\nCopy link\nAbout sharing\nImage source, Getty Images\nImage caption,\n"
        "People queued around the block outside the council offices on Monday\nBy Gareth Evans\n"
        "Thousands of people queued for hours in Cardiff on Monday to apply for free bus passes on the first "
        "day of a new scheme.\n"
        "Cardiff Council said 4,500 applications were made by 17:00 GMT, more than it had expected.\n"
        "Related Topics\nCardiff\n"
    )
    article = article_from_text(page)
    result = analyze_article(article)
    assert article.title == "Thousands queue for free bus passes in Cardiff"
    assert result.summary[0].startswith("Thousands of people queued for hours")
    assert not any("Image caption" in s or "People queued around" in s for s in result.summary)
    assert "Gareth Evans" not in {e.name for e in result.who}


def test_a_page_copied_with_ad_slots_and_author_notes_reads_as_its_story() -> None:
    page = (
        "Advertisement\nSKIP ADVERTISEMENT\nSupported by\nSKIP ADVERTISEMENT\n"
        "Senate Passes Bill to Avert Government Shutdown\n"
        "Listen to this article · 5:12 min Learn more\nShare full article\n"
        "By Carl Hulse and Catie Edmondson\nReporting from Washington\nDec. 20, 2024\n"
        "The Senate on Friday passed a stopgap spending bill to keep the government open into March, sending "
        "the measure to President Biden hours before a midnight deadline.\n"
        "Carl Hulse is the chief Washington correspondent, covering Congress. More about Carl Hulse\n"
        "A version of this article appears in print on Dec. 21, 2024, Section A, Page 1 of the New York edition.\n"
    )
    article = article_from_text(page)
    result = analyze_article(article)
    assert article.title == "Senate Passes Bill to Avert Government Shutdown"
    assert result.summary == (
        "The Senate on Friday passed a stopgap spending bill to keep the government open into March, sending "
        "the measure to President Biden hours before a midnight deadline.",
    )
    assert not {"Carl Hulse", "Catie Edmondson"} & {e.name for e in result.who}
    assert article.dateline is not None and article.dateline.label == "Washington, United States"


def test_a_live_blogs_controls_stamps_and_doubled_author_name_are_furniture() -> None:
    text = (
        "Key events\nShow key events only\nPlease turn on JavaScript to use this feature\n\n"
        "5 Jul 2024 06.12 BST\n\nRishi Sunak has conceded defeat, saying he takes responsibility for the loss.\n\n"
        "Updated at 06.15 BST\n\nPeter Walker\nPeter Walker\n\n"
        "5 Jul 2024 02.05 BST\n\nNigel Farage has been elected as MP for Clacton, at his eighth attempt."
    )
    result = briefing.analyze(text, title="Election live")
    kept = " ".join(s.text for s in split_sentences(result.article.text, result.article.body_start))
    for furniture in ("Key events", "JavaScript", "Updated at", "Peter Walker"):
        assert furniture not in kept
    assert "Nigel Farage has been elected" in kept


def test_a_page_copied_with_its_navigation_keeps_headline_date_and_dateline() -> None:
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "pasted_nyt_style.txt").read_text(encoding="utf-8")
    result = briefing.analyze(text)
    article = result.article
    assert article.title == "Ukraine Strikes Russian Oil Refinery as Talks Stall"  # not "World", not "Skip to …"
    assert str(article.published) == "2026-11-30"
    assert article.dateline is not None and (article.dateline.name, article.dateline.country) == ("Kyiv", "Ukraine")
    body = article.text[article.body_start :]
    for furniture in ("Skip to", "Today’s Paper", "Credit...", "Updated 6:42", "Related Content", "bureau chief"):
        assert furniture not in body
    assert result.summary[0].startswith("Kyiv’s drones hit a facility")


def test_a_press_releases_frame_is_not_the_story() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\nAcme Robotics Raises $40 Million to Expand Warehouse Automation\n\n"
        "SAN FRANCISCO, Nov. 30, 2026 /PRNewswire/ -- Acme Robotics, a maker of warehouse robots, today "
        "announced it has raised $40 million in funding led by Horizon Ventures.\n\n"
        "About Acme Robotics\nAcme Robotics, founded in 2019, builds robots for logistics companies.\n\n"
        "Media Contact:\nJane Doe\npress@acmerobotics.example\n(415) 555-0100\n\nSOURCE Acme Robotics\n###\n"
    )
    article = briefing.analyze(text).article
    assert article.title == "Acme Robotics Raises $40 Million to Expand Warehouse Automation"
    assert (article.source, str(article.published)) == ("PRNewswire", "2026-11-30")
    assert article.dateline is not None and article.dateline.name == "San Francisco"
    body = article.text[article.body_start :]
    assert body.startswith("Acme Robotics, a maker of warehouse robots")
    for furniture in ("IMMEDIATE", "About Acme", "Media Contact", "@", "555-0100", "SOURCE", "###"):
        assert furniture not in body
    assert "founded in 2019" in body  # the boilerplate's facts stay; only its heading goes


def test_a_local_news_page_keeps_its_people_and_leaves_out_its_river_and_furniture() -> None:
    # a local paper's page: skip link, menu, cookie banner, share bar, caption, related links, newsletter
    path = Path(__file__).parent / "fixtures" / "local_news_page.html"
    (article,) = read_inputs([str(path)])
    brief = analyze_article(article)
    names = {e.name: e for e in brief.who}
    assert "River Wear" not in names  # a river is no one
    assert {"Amanda Hopgood", "Jon Lee", "Environment Agency"} <= set(names)
    assert not any(w in article.text for w in ("Skip to main content", "We use cookies", "Sign up to our daily"))
    said = {q.text: q.said_by for q in brief.quotes}
    assert said["We'll be looking at a judicial review."] == "Mark Wilkes"
    assert said["The design has been changed three times to respond to what people told us."] == "Jon Lee"
