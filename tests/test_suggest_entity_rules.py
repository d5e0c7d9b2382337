"""People, places, contexts, dates and the lead as general rules of language (issue 10, item 2).

Every article here is a few invented sentences written for the rule it tests: no text,
name or phrase comes from a real page.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from briefing.ingest import read_article
from briefing.model import Article
from briefing.resources import sample_article
from briefing.suggest import draft_briefing, lead_summary, suggest
from briefing.suggest.clauses import dangling

FIXTURES = Path(__file__).parent / "fixtures" / "suggest"
PUBLISHED = dt.date(2026, 3, 6)  # a Friday


def found(*paragraphs: str, title: str = "") -> dict[str, str]:
    """Suggested people and organisations: name -> position."""
    article = Article(title=title, paragraphs=list(paragraphs), published=PUBLISHED)
    return {person.name: person.position for person in suggest(article).people}


# -- Who ---------------------------------------------------------------------------------


def test_german_capitalised_nouns_are_no_people_but_a_glued_title_is_split_from_the_name() -> None:
    people = found(
        "Wichtiger Vorfall in der Stadt: Die Polizei ermittelt seit Montag gegen mehrere Verdächtige.",
        "Unterlagen Stempel und Akten wurden beschlagnahmt, sagte die Berliner Landesbeauftragte "
        "Maria Beispiel am Dienstag.",
        "„Wir prüfen alles“, sagte Beispiel. Wichtiger Vorfall bleibt ein Thema, Unterlagen Stempel auch.",
    )
    assert people == {"Maria Beispiel": "Berliner Landesbeauftragte"}


GERMAN_REPORT = [
    "Die Behörden haben seit Anfang Februar mehr als zwei Millionen Menschen Quarantäne verordnet, "
    "und die Zahl der Fälle steigt weiter. Viele Menschen haben nur leichte Beschwerden.",
    "Auch der Virologe Jonas Adler von der Universitätsklinik sagte, die Lage sei ernst. Er rechnet mit "
    "weiteren Fällen in den kommenden Wochen, vor allem in den großen Städten des Landes.",
    "Verursacht das Virus Engpässe bei Medikamenten? Die Hersteller sagen, ihre Lager seien voll. "
    "Doch die Apotheken melden schon jetzt, dass einzelne Mittel knapp werden, weil die Fabriken stehen.",
    "Die Regierung will die Lage am Freitag neu bewerten. Bis dahin bleiben die Schulen geöffnet, "
    "sagte Adler, und die Menschen sollten sich an die Regeln halten, die für alle gelten. Unter "
    "Quarantäne stehen vor allem Reisende, die aus den betroffenen Regionen zurückkehren.",
]


def test_in_german_nouns_written_after_an_article_or_adjective_are_never_names() -> None:
    assert found(*GERMAN_REPORT) == {"Jonas Adler": "Virologe"}


def test_a_capitalised_pair_with_no_evidence_of_a_person_is_left_out() -> None:
    people = found(
        "Prozent Mehrwertsteuer zahlen Reisende im Zug, im Bus dagegen mehr.",
        "Der Betreiber nannte die Prozent Mehrwertsteuer unfair. Die Regeln gelten seit Jahren.",
        "Hanna Vogel, die Sprecherin des Verbands, sagte, man warte auf das Ministerium.",
    )
    assert people == {"Hanna Vogel": "Sprecherin des Verbands"}


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        ("Economy Minister Lara Quint said the budget was final.", "Lara Quint", "Economy Minister"),
        (
            "Der Landesverkehrsminister Jonas Adler sagte, der Plan komme.",
            "Jonas Adler",
            "Landesverkehrsminister",
        ),
        (
            "Le ministre de l'Intérieur Paul Marchand a déclaré que la réforme était prête.",
            "Paul Marchand",
            "ministre de l'Intérieur",
        ),
        (
            "El ministro de Hacienda Julio Serrano dijo que el plan seguía adelante.",
            "Julio Serrano",
            "ministro de Hacienda",
        ),
        (
            "A ministra da Saúde, Teresa Amaral, afirmou que a campanha começa em breve.",
            "Teresa Amaral",
            "ministra da Saúde",
        ),
        (
            "Пресс-секретарь Кремля Игорь Седов сказал, что встреча состоится.",
            "Игорь Седов",
            "Пресс-секретарь Кремля",
        ),
        (
            "O presidente eleito Rui Falcão disse que não irá à cerimônia.",
            "Rui Falcão",
            "presidente eleito",
        ),
    ],
)
def test_a_title_glued_to_a_name_is_its_position_in_every_language(
    text: str, name: str, position: str
) -> None:
    assert found(text)[name] == position


def test_positions_as_the_article_states_them_in_full() -> None:
    people = found(
        "Secretary of State Ida Brandt said the treaty would be signed.",
        "Anna Lindqvist, a former U.S. ambassador to Norway, said the plan was sound.",
        "Tomas Berg, executive vice president of the Harlow Institute, said he doubted it.",
        "Former Liberal Democrat leader Ola Nyberg called it a mistake. Brandt disagreed.",
    )
    assert people["Ida Brandt"] == "Secretary of State"
    assert people["Anna Lindqvist"] == "former U.S. ambassador to Norway"
    assert people["Tomas Berg"] == "executive vice president of the Harlow Institute"
    assert people["Ola Nyberg"] == "Former Liberal Democrat leader"


def test_a_title_is_never_cut_to_its_last_word() -> None:
    # "prime" also appears in lower case; that does not make "Prime" a stray sentence opener
    people = found(
        "Prime Minister Ana Lee said the prime suspect had fled.", "Lee added that police were searching."
    )
    assert people == {"Ana Lee": "Prime Minister"}


def test_a_given_name_that_is_also_a_town_with_a_stated_role() -> None:
    people = found("Vladimir Ostrov, the President of Russia, said talks would go on.", "Ostrov spoke later.")
    assert people == {"Vladimir Ostrov": "President of Russia"}


def test_names_listed_with_a_person_are_people_and_share_a_plural_title() -> None:
    people = found("Sens. Ana Lee and Tom Berg backed the bill, as did Rep. Ola Cho, Ida Marr and Per Holm.")
    assert people == {
        "Ana Lee": "Sen.",
        "Tom Berg": "Sen.",
        "Ola Cho": "Rep.",
        "Ida Marr": "",
        "Per Holm": "",
    }


def test_a_title_keeps_the_place_named_after_the_name() -> None:
    assert found("Foreign Minister Ana Lee of Norway said talks would go on.") == {
        "Ana Lee": "Foreign Minister of Norway"
    }


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("The club will replace Ana Lee as Harbour City's manager next week.", "Harbour City's manager"),
        ("Ana Lee served as a senior adviser to the board.", "senior adviser"),
        ("Ana Lee, who stepped down as chief executive in May, said she was sad.", "chief executive"),
    ],
)
def test_the_role_a_person_takes_as(text: str, position: str) -> None:
    assert found(text, "Lee said she would stay in touch.") == {"Ana Lee": position}


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Harbour Board physician Dr. Ana Lee said the crew was healthy.", "Harbour Board physician"),
        (
            "Ana Lee, 54, a nurse at the city hospital, said the crew was healthy.",
            "nurse at the city hospital",
        ),
        (
            "Ana Lee, who is the executive director of the Harlow Trust, said the crew was healthy.",
            "executive director of the Harlow Trust",
        ),
    ],
)
def test_a_role_before_an_honorific_after_an_age_or_in_a_who_is_clause(text: str, position: str) -> None:
    assert found(text, "Lee said she was glad.") == {"Ana Lee": position}


def test_a_later_fuller_position_replaces_a_bare_title() -> None:
    people = found(
        "President Ilse Marr opened the session on Monday.",
        "Marr, the Valdorian President, said the country was ready.",
    )
    assert people == {"Ilse Marr": "Valdorian President"}


def test_a_surname_alone_is_the_person_named_in_full_earlier() -> None:
    people = found(
        "On Monday, chief pilot Piet Olsen said the channel was closed.",
        "Olsen said the storm had moved the buoys. Mr Olsen expects to reopen it on Sunday.",
    )
    assert people == {"Piet Olsen": "chief pilot"}


def test_an_organisation_with_and_without_its_article_is_one() -> None:
    people = found(
        "The Kremlin said talks would resume. Kremlin officials gave no date.",
        "A Kremlin statement followed, and the Kremlin said it was ready.",
    )
    assert [name for name, position in people.items() if position == "organisation"] == ["Kremlin"]


def test_a_name_printed_twice_without_a_space_is_one_name() -> None:
    people = found("A man threatened Rep. Ilse KaranIlse Karan on Monday. Karan said she felt safe.")
    assert list(people) == ["Ilse Karan"]


def test_an_office_named_by_its_title_is_no_person() -> None:
    people = found("The Regional High Commissioner for Water Rights said the dam must open. Nobody objected.")
    assert "Water Rights" not in people and "Regional High Commissioner" not in people


# -- Where -------------------------------------------------------------------------------


def places(*paragraphs: str, title: str = "") -> list[str]:
    article = Article(title=title, paragraphs=list(paragraphs), published=PUBLISHED)
    return [place.name for place in suggest(article).places]


def test_places_named_in_the_headline_are_always_offered_and_first() -> None:
    names = places(
        "Officials said the talks would go on. The delegation flew home to Oslo.",
        title="Talks in Vienna stall again",
    )
    assert names[0] == "Vienna" and "Oslo" in names


def test_a_demonym_or_a_country_used_as_an_adjective_is_no_place() -> None:
    names = places(
        "Swiss mediators and U.S. officials met French diplomats in Geneva.",
        "Norway's envoy said talks in Geneva would go on.",
    )
    assert names == ["Geneva", "Norway"]


def test_a_dateline_and_a_place_named_by_a_geographic_word_are_places() -> None:
    names = places("LISBON (AP) — Fishermen on Berlenga Island said the storm had passed.")
    assert set(names) == {"Lisbon", "Berlenga Island"}


def test_places_in_a_credit_or_section_line_are_not_the_story_s() -> None:
    names = places(
        "From the section Asia",
        "Fishermen in Bergen said the catch had halved since spring.",
        "Ola Nyberg reported from Tromsø.",
    )
    assert names == ["Bergen"]


def test_a_place_the_text_says_is_a_place() -> None:
    names = places(
        "Two whales stranded on the Korova coast, near the city of Lenmar, on Sunday.",
        "Fishermen from the Russian border helped.",
    )
    assert set(names) == {"Korova", "Lenmar"}


def test_a_place_is_named_as_the_article_writes_it() -> None:
    assert places("O técnico voltou ao Brasil na segunda-feira e falou com a imprensa.") == ["Brasil"]


# -- contexts: complete clauses, pronouns resolved -------------------------------------

_PRONOUN = re.compile(r"^(?:he|she|they|it|its|his|her|their|them|him|we)\b", re.IGNORECASE)


def _bad(text: str) -> bool:
    text = text.strip()
    return bool(text) and (
        not (text[0].isalnum() or text[0] in "“\"«„‘'") or bool(_PRONOUN.match(text)) or dangling(text)
    )


@pytest.mark.parametrize(
    "path", [sample_article(), *sorted(FIXTURES.glob("*.txt"))], ids=lambda path: Path(path).stem
)
def test_drafted_cards_have_no_context_starting_with_a_pronoun_or_punctuation_or_ending_mid_phrase(
    path: Path,
) -> None:
    card = draft_briefing(read_article(path))
    texts = (
        [p.context for p in card.places] + [d.event for d in card.dates] + [s.stance for s in card.positions]
    )
    assert [text for text in texts if _bad(text)] == []


def test_a_leading_pronoun_is_resolved_or_the_clause_not_used() -> None:
    article = Article(
        title="Talks",
        paragraphs=[
            "Mayor Lena Ortiz met the unions on Monday. She opened a new depot in Tarnow that afternoon.",
            "The Harbour Board met on Tuesday, and its ships stayed in Koper all week. They needed more tugs in Rijeka.",
        ],
        published=PUBLISHED,
    )
    contexts = {place.name: place.context for place in draft_briefing(article).places}
    assert contexts["Tarnow"] == "Lena Ortiz opened a new depot in Tarnow"  # "She": the person last named
    assert contexts["Koper"] == "The Harbour Board's ships stayed in Koper all week"  # "its": the body
    assert contexts["Rijeka"] == ""  # "They": a group the text does not name; the clause is not used


def test_a_clause_whose_subject_an_aside_cut_off_gets_it_back() -> None:
    article = Article(
        paragraphs=[
            "In a speech on Saturday, Ana Lee, 61, a former judge who took office last year, had not "
            "taken questions since the vote on Wednesday, March 4."
        ],
        published=PUBLISHED,
    )
    events = {item.text: item.event for item in suggest(article).dates}
    assert events["Wednesday, March 4"].startswith("Ana Lee had not taken questions since the vote")


def test_a_clock_time_does_not_cut_a_clause() -> None:
    article = Article(
        paragraphs=["The council met from 10:30 p.m. until dawn on Tuesday, March 3."], published=PUBLISHED
    )
    assert suggest(article).dates[0].event.startswith("The council met from 10:30 p.m.")


# -- When --------------------------------------------------------------------------------


def test_when_is_in_date_order() -> None:
    article = Article(
        paragraphs=[
            "The vote is set for April 2. Campaigning began on March 1, after a ruling on February 20.",
            "Results are due on Sunday, and in 2027 the next vote.",
        ],
        published=PUBLISHED,
    )
    dates = [item.date for item in suggest(article).dates]
    calendar = [date for date in dates if date is not None]
    assert calendar == sorted(calendar) and len(calendar) == 4
    assert dates[-1] is None  # the year alone comes last


# -- Bottom line -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        ["Stand: 12.03.2021 09:00 Uhr"],
        ["24 July 2026", "From the section Europe", "941 comments"],
        ["By Ana Lima and Jonas Weber, Staff Writers"],
        ["Updated 3:15 PM ET, Fri March 6, 2026"],
        ["OSLO —"],
    ],
)
def test_the_lead_is_the_first_substantive_sentence(furniture: list[str]) -> None:
    lead = "The city council approved a new budget on Friday after three weeks of talks with the unions."
    article = Article(paragraphs=[*furniture, lead + " It takes effect in May."])
    assert lead_summary(article).startswith(lead)


def test_a_timestamp_glued_to_the_first_sentence_is_not_the_lead() -> None:
    article = Article(
        paragraphs=["Stand: 12.03.2021 09:00 Uhr Die Stadt hat am Freitag einen neuen Haushalt beschlossen."]
    )
    assert lead_summary(article).startswith("Die Stadt hat am Freitag")


@pytest.mark.parametrize(
    "opening",
    ["SEOUL, South Korea — ", "(CNN)", "WASHINGTON (AP) — ", "Lansing — ", "New Delhi, Nov 20 (PTI) "],
)
def test_the_lead_goes_without_its_dateline(opening: str) -> None:
    lead = "The city council approved a new budget on Friday after three weeks of talks with the unions."
    assert lead_summary(Article(paragraphs=[opening + lead])) == lead


def test_a_dash_inside_the_first_sentence_is_no_dateline() -> None:
    lead = "U.S.-China talks — the first in a year — ended on Friday without any agreement at all."
    assert lead_summary(Article(paragraphs=[lead])) == lead


def test_a_chinese_lead_is_its_first_sentences_not_the_whole_paragraph() -> None:
    from briefing.model import Article
    from briefing.suggest import lead_summary

    sentence = "代表团周四在瑞士日内瓦举行了第一轮会谈。"
    quoted = "一位官员说：“我们准备好了！请相信我们。”会谈将持续三天。"
    paragraph = sentence + quoted + "这是第三句话，内容很长。" * 30
    lead = lead_summary(Article(title="会谈", paragraphs=[paragraph]))
    assert lead.startswith(sentence + quoted)  # a mark inside quotation marks ends no sentence
    assert len(lead) < len(paragraph) / 2 and lead.endswith("。")
