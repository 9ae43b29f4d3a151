"""Headlines: the main clause says what happened, the name it opens with says who."""

import briefing
from briefing.model import Entity
from briefing.nlp.headline import headline_action, headline_subject

MASSA = Entity("Felipe Massa", "person")
F1 = Entity("F1", "organization")


def test_what_is_the_headline_main_clause() -> None:
    assert (
        headline_action("China well rescue: Race to reach boy trapped in Hebei") == "Race to reach boy trapped in Hebei"
    )
    assert headline_action("Trump meets with Obama at the White House as whirlwind transition starts") == (
        "Trump meets with Obama at the White House"
    )
    assert headline_action("Budget agreed after talks") == "Budget agreed after talks"  # too short to cut
    assert headline_action("Chicago Cubs win World Series to end 108-year curse") == "Chicago Cubs win World Series"
    assert headline_action("Boeing agrees to sell jets to Qatar") == "Boeing agrees to sell jets to Qatar"
    assert headline_action("Chicago Cubs win World Series: 'Baseball will never be the same'") == (
        "Chicago Cubs win World Series"
    )
    assert headline_action("Trump meets Obama: What their body language tells us") == "Trump meets Obama"
    assert headline_action("Five shot in Seattle close to anti-Trump protest") == (
        "Five shot in Seattle close to anti-Trump protest"
    )


def test_a_role_before_the_name_belongs_to_the_subject() -> None:
    subject = headline_subject([F1, MASSA], "F1 legend Felipe Massa makes an emotional farewell at Interlagos")
    assert subject is not None
    assert subject.entity is MASSA
    assert subject.phrase == "F1 legend Felipe Massa"


def test_names_joined_by_commas_and_and_are_one_group_subject() -> None:
    people = [Entity(name, "person") for name in ("Kimi Raikkonen", "Marcus Ericsson", "Felipe Massa")]
    subject = headline_subject(people, "Kimi Raikkonen, Marcus Ericsson and Felipe Massa crash out as race is halted")
    assert subject is not None
    assert (subject.entity.name, subject.entity.kind) == ("Kimi Raikkonen, Marcus Ericsson and Felipe Massa", "group")


def test_a_name_qualifying_a_noun_or_before_a_preposition_is_not_the_subject() -> None:
    clinton = Entity("Hillary Clinton", "person")
    toblerone = Entity("Toblerone", "organization")
    assert headline_subject([clinton], "Hillary Clinton aide blames US presidential loss on FBI chief") is None
    assert headline_subject([clinton], "Hillary Clinton in the clear as FBI announces decision") is None
    assert headline_subject([toblerone], "Toblerone chocolate bar shape change sparks anger among fans") is None
    fans = headline_subject([toblerone], "Toblerone fans outraged after gap between triangles is increased")
    assert fans is not None and (fans.entity.name, fans.entity.kind) == ("Toblerone fans", "group")
    army, u2 = Entity("Army", "organization"), Entity("U2", "organization")
    assert headline_subject([army], "Army chiefs in regiments decision") is None
    assert headline_subject([u2], "U2 stars enter rock Hall of Fame") is None
    google = Entity("Google", "organization")
    assert headline_subject([google], "Google shares fall as staff sell") is None
    subject = headline_subject([google], "Google buys mapping firm for $2bn")
    assert subject is not None and subject.entity is google
    subject = headline_subject([toblerone], "Toblerone sparks outrage after changing iconic shape")
    assert subject is not None and subject.entity is toblerone


def test_what_leaves_the_subject_to_who() -> None:
    text = (
        "Felipe Massa bid farewell to the Brazilian Grand Prix on Sunday, leaving the circuit in tears. "
        "Massa crashed on lap 48 at Interlagos."
    )
    brief = briefing.analyze(text, title="F1 legend Felipe Massa makes an emotional farewell after crashing out")
    assert brief.who[0].name == "Felipe Massa"
    assert brief.what == "makes an emotional farewell"
    alone = briefing.analyze(text, title="Emotional farewell for a Brazilian driver at Interlagos")
    assert alone.what == "Emotional farewell for a Brazilian driver at Interlagos"


def test_a_person_named_in_full_only_in_the_headline_is_who_the_surname_means() -> None:
    text = (
        '"I must say that he surprised me," said his father, Jos. Congratulating the Verstappen family, '
        'Niki Lauda said: "He was outstanding." Verstappen finished third.'
    )
    brief = briefing.analyze(text, title="Max Verstappen even stuns his dad by storming into third place")
    assert brief.who[0].name == "Max Verstappen"
    assert "Congratulating the Verstappen" not in [e.name for e in brief.who]


def test_a_headline_opening_with_a_count_or_a_group_names_who() -> None:
    text = (
        'Seattle police said they were investigating a shooting with "multiple victims" close to a protest. '
        "The fire department said crews were treating five patients."
    )
    brief = briefing.analyze(text, title="Trump rally shooting: Five shot in Seattle close to protest")
    assert (brief.who[0].name, brief.who[0].kind) == ("Five", "group")
    assert brief.what == "Five shot in Seattle close to protest"  # a group stays in what
    driver = briefing.analyze(text, title="Driver arrested as seven dead and dozens injured")
    assert driver.who[0].name == "Driver"


def test_the_lead_group_that_names_the_headline_count_in_full_is_who() -> None:
    text = "At least seven people were killed when a tram derailed in Croydon on Wednesday morning."
    brief = briefing.analyze(text, title="Seven killed as tram derails after speeding round a bend")
    assert brief.who[0].name == "At least seven people"
