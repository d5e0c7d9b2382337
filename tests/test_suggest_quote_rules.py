"""Quote rules of language (issue 10, item 2), each on a short article written for the test.

Every article here is invented: names, places and sentences are made up so that a rule is
checked as a rule of the language, never as a memory of a page.
"""

from __future__ import annotations

import pytest

from briefing.model import Article
from briefing.suggest import speaker_for, suggest
from briefing.suggest.quote_marks import marked_spans
from briefing.suggest.quotes import find_quotes


def quoted(paragraphs: list[str], language: str = "en") -> list[tuple[str, str]]:
    """(text of each quotation-mark span, speaker of its quote), in document order."""
    article = Article(paragraphs=paragraphs, language=language)
    return [
        (paragraphs[part.paragraph][part.start : part.end].rstrip(","), finding.speaker)
        for finding in find_quotes(article)
        for part in finding.parts
    ]


# -- a second quoted sentence after the attribution ---------------------------------------


def test_a_second_quotation_after_an_attribution_with_a_statement_is_the_same_speaker() -> None:
    paragraphs = [
        "Prosecutor Dana Whitlow filed the charges on Monday.",
        '"No one is above the law," the prosecutor said in a statement. "The right to a fair trial '
        'belongs to everyone."',
    ]
    assert quoted(paragraphs) == [
        ("No one is above the law", "Dana Whitlow"),
        ("The right to a fair trial belongs to everyone.", "Dana Whitlow"),
    ]


def test_a_second_quotation_after_a_long_attribution_is_still_the_same_speaker() -> None:
    paragraphs = [
        "Prosecutor Dana Whitlow filed the charges on Monday.",
        '"No one is above the law," the prosecutor said in a statement released by her office late on '
        'Tuesday after the hearing ended. "The right to a fair trial belongs to everyone."',
    ]
    assert [speaker for _, speaker in quoted(paragraphs)] == ["Dana Whitlow", "Dana Whitlow"]


def test_a_quotation_after_reported_speech_continues_its_speaker() -> None:
    paragraphs = ['The plan is sound, Ravi Osei said. "But it is also expensive, and we must be careful."']
    assert quoted(paragraphs) == [("But it is also expensive, and we must be careful.", "Ravi Osei")]


def test_a_quotation_after_reported_speech_by_a_surname_alone_continues_that_speaker() -> None:
    paragraphs = ['The budget is balanced, Okonjo said. "But it is also fragile, and we know it."']
    assert quoted(paragraphs) == [("But it is also fragile, and we know it.", "Okonjo")]


def test_doubled_apostrophes_close_a_quotation_and_the_next_one_is_found() -> None:
    paragraphs = ["“We are ready,’’ Ana Pires told reporters. “And we will win the vote.”"]
    assert quoted(paragraphs) == [("We are ready", "Ana Pires"), ("And we will win the vote.", "Ana Pires")]


def test_a_stray_space_inside_an_opening_mark_still_opens_it() -> None:
    paragraphs = ["Ana Pires leads the list.", "“Campaigning is hard,” Pires said. “ I love what I do.”"]
    assert quoted(paragraphs) == [("Campaigning is hard", "Ana Pires"), ("I love what I do.", "Ana Pires")]


# -- quote conventions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "inside"),
    [
        ("Sie sagte: „Wir bleiben hier.“", "de", "Wir bleiben hier."),
        ("Sie sagte: »Wir bleiben hier.«", "de", "Wir bleiben hier."),
        ("Sie sagte: ›Wir bleiben hier.‹", "de", "Wir bleiben hier."),
        ("Er sprach von einem ‚schweren Fehler‘.", "de", "schweren Fehler"),
        ("Elle a dit : « Nous restons ici. »", "fr", "Nous restons ici."),
        ("Ela disse: “Vamos ficar aqui.”", "pt", "Vamos ficar aqui."),
        ("Ella dijo: «Nos quedamos aquí».", "es", "Nos quedamos aquí"),
        ("Она сказала: «Мы остаёмся здесь».", "ru", "Мы остаёмся здесь"),
        ("He said: ‘‘We are staying here.’’", "en", "We are staying here."),
        ("He said: ”We are staying here.”", "en", "We are staying here."),
        ("He said: ″We are staying here.″", "en", "We are staying here."),
    ],
)
def test_quotation_marks_of_each_language(text: str, language: str, inside: str) -> None:
    spans = marked_spans([text], language)
    assert [text[s.start : s.end] for s in spans] == [inside]


def test_straight_single_marks_quote_speech_but_apostrophes_stay_apostrophes() -> None:
    paragraphs = [
        "Ana Pires leads the list.",
        "'We are ready,' Pires said. 'Are you?'",
        "Rock 'n' roll, the '90s and the teachers' union don't matter, she joked.",
        "Candidate asks court to apply 'a new rule' in the count",
    ]
    assert quoted(paragraphs) == [("We are ready", "Ana Pires"), ("Are you?", "Ana Pires")]


def test_a_lone_closing_guillemet_in_french_opens_nothing() -> None:
    text = "Le texte » reste en l'état, dit-on."
    assert marked_spans([text], "fr") == []


@pytest.mark.parametrize(
    ("paragraph", "language", "expected"),
    [
        (
            "—Es un día histórico —dijo Lucía Ferrán—. Nadie lo esperaba.",
            "es",
            [("Es un día histórico", "Lucía Ferrán"), ("Nadie lo esperaba.", "Lucía Ferrán")],
        ),
        (
            "— Мы готовы, — сказал Игорь Сомов. — Переговоры продолжатся.",
            "ru",
            [("Мы готовы", "Игорь Сомов"), ("Переговоры продолжатся.", "Игорь Сомов")],
        ),
        ("— Nous sommes prêts, a affirmé Luc Perrin.", "fr", [("Nous sommes prêts", "Luc Perrin")]),
    ],
)
def test_dialogue_opened_by_a_dash(paragraph: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert quoted([paragraph], language) == expected


def test_a_dash_opens_no_quotation_in_english_or_without_an_attribution() -> None:
    assert quoted(["— The ministry will publish the figures on Friday."]) == []
    assert (
        quoted(["— El ministerio publicará las cifras el viernes.", "El plazo vence en marzo."], "es") == []
    )


def test_dialogue_turns_without_attribution_next_to_an_attributed_turn_but_no_lists() -> None:
    dialogue = ["—¿Nos vamos ya? —preguntó Marta Solís.", "—Todavía no.", "—Pues yo me voy."]
    # Who says an unattributed turn is left to context: dialogue alternates, so only the text is checked.
    assert [text for text, _ in quoted(dialogue, "es")] == [
        "¿Nos vamos ya?",
        "Todavía no.",
        "Pues yo me voy.",
    ]
    assert quoted(dialogue, "es")[0] == ("¿Nos vamos ya?", "Marta Solís")
    listed = ["Le plan prévoit :", "— 300 emplois supprimés ;", "— la fermeture de trois sites."]
    assert quoted(listed, "fr") == []


def test_a_pull_quote_repeating_the_body_and_a_quoted_crosshead_are_left_out() -> None:
    paragraphs = [
        "Mara Vance, the senator, spoke for an hour on Tuesday.",
        "“We cannot keep asking teachers to do more with less”",
        "“No more broken promises for the schools of this state”",
        "“We cannot keep asking teachers to do more with less, and we will not,” Vance said.",
    ]
    assert quoted(paragraphs) == [
        ("We cannot keep asking teachers to do more with less, and we will not", "Mara Vance")
    ]


def test_a_quotation_repeated_in_two_standalone_paragraphs_is_offered_once() -> None:
    paragraphs = [
        "Mara Vance spoke for an hour.",
        "“Our schools deserve better than this budget.”",
        "“Our schools deserve better than this budget.”",
    ]
    assert len(quoted(paragraphs)) == 1


def test_a_title_after_titled_is_no_quote_even_with_its_full_stop() -> None:
    paragraphs = [
        "Mara Vance said her staff once printed a booklet titled “The Sayings of Chairwoman Vance.”",
        "Vance said a pamphlet “Ten Reasons to Vote Vance.” was a joke.",
    ]
    assert quoted(paragraphs) == []


def test_strings_in_template_code_are_no_quotes() -> None:
    code = '{{ item.status === "pending" ? "En attente de validation" : "Inconnu" }}'
    assert quoted([code], "fr") == []


# -- partial quotes in German and French ------------------------------------------------


def test_short_german_partial_quotes_with_so_and_sprach() -> None:
    paragraphs = [
        "Jonas Albrecht leitet den Verband.",
        "Das sei „völlig unverständlich“, so Albrecht.",
        "Albrecht sprach von einem „großen Fehler der Regierung“.",
    ]
    assert quoted(paragraphs, "de") == [
        ("völlig unverständlich", "Jonas Albrecht"),
        ("großen Fehler der Regierung", "Jonas Albrecht"),
    ]


def test_short_french_partial_quotes_with_guillemet_spacing() -> None:
    paragraphs = [
        "Claire Dumoutier, la maire de la ville, a réuni le conseil.",
        "Le projet est « une erreur », a-t-elle déclaré.",
        "Selon Dumoutier, la décision est « injuste et brutale ».",
    ]
    assert quoted(paragraphs, "fr") == [
        ("une erreur", "Claire Dumoutier"),
        ("injuste et brutale", "Claire Dumoutier"),
    ]


def test_a_medium_named_in_quotation_marks_is_no_quote() -> None:
    paragraphs = ["Jonas Albrecht sagte im »Morgenradio«, die Lage sei ernst."]
    assert quoted(paragraphs, "de") == []


# -- speakers in other languages ---------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "language", "speaker"),
    [
        (["„Wir sind bereit“, sagte Jonas Albrecht."], "de", "Jonas Albrecht"),
        (
            ["Jonas Albrecht leitet den Verband.", "„Es wird schwer“, sagt auch Albrecht."],
            "de",
            "Jonas Albrecht",
        ),
        (["Jonas Albrecht leitet den Verband.", "„Das ist falsch“, sagte er."], "de", "Jonas Albrecht"),
        (["Laut Jonas Albrecht ist der Plan „ein teurer Irrtum der Regierung“."], "de", "Jonas Albrecht"),
        (["Jonas Albrecht zufolge ist der Plan „ein teurer Irrtum der Regierung“."], "de", "Jonas Albrecht"),
        (["« Nous ne céderons pas », a déclaré Claire Dumoutier."], "fr", "Claire Dumoutier"),
        (
            ["Claire Dumoutier a réuni le conseil.", "« Nous ne céderons pas », dit-elle."],
            "fr",
            "Claire Dumoutier",
        ),
        (["«No vamos a rendirnos», dijo Mateo Ibarrola."], "es", "Mateo Ibarrola"),
        (["Según Mateo Ibarrola, el acuerdo es «un paso atrás para todos»."], "es", "Mateo Ibarrola"),
        (["“Não vamos desistir”, afirmou João Teixeira."], "pt", "João Teixeira"),
        (["«Мы готовы к переговорам», — заявил Игорь Сомов."], "ru", "Игорь Сомов"),
        (
            ["Игорь Сомов возглавляет комиссию.", "По словам Сомова, это «большая ошибка правительства»."],
            "ru",
            "Игорь Сомов",
        ),
    ],
)
def test_attributions_in_other_languages(paragraphs: list[str], language: str, speaker: str) -> None:
    assert [s for _, s in quoted(paragraphs, language)] == [speaker]


# -- pronouns, roles, according to, colon, inversion ---------------------------------------


def test_he_and_she_resolve_to_the_last_person_of_that_gender() -> None:
    paragraphs = [
        "Mr Okafor, the union's treasurer, met Ms Lindgren, the mayor, on Monday.",
        '"We found common ground," she said.',
        '"It was a long night," he said.',
    ]
    assert [s for _, s in quoted(paragraphs)] == ["Lindgren", "Okafor"]


def test_it_said_is_the_organisation_not_the_last_person() -> None:
    paragraphs = [
        "Nadia Brook praised the deal.",
        "Kestrel Bank announced the merger on Friday.",
        '"This is the right moment," it said.',
    ]
    assert [s for _, s in quoted(paragraphs)] == ["Kestrel Bank"]


def test_they_said_may_be_the_body_just_named() -> None:
    paragraphs = [
        "Nadia Brook praised the deal.",
        "The Dockworkers Union rejected the offer on Friday.",
        '"We will strike on Monday," they said.',
    ]
    assert [s for _, s in quoted(paragraphs)] == ["Dockworkers Union"]


def test_a_role_noun_resolves_to_the_person_named_with_that_role() -> None:
    paragraphs = [
        "Nadia Brook, a spokeswoman for the ministry, declined to comment on Tuesday.",
        "The ministry later issued a short note.",
        '"We have nothing to add," the spokeswoman said.',
    ]
    assert [s for _, s in quoted(paragraphs)] == ["Nadia Brook"]


def test_a_role_introducing_an_appositive_name_makes_that_person_the_subject() -> None:
    paragraphs = ['The judge, Harriet Cole, was unmoved. "The law is clear," she wrote in her ruling.']
    assert [s for _, s in quoted(paragraphs)] == ["Harriet Cole"]


def test_the_company_said_is_the_company_and_his_spokesman_is_no_one_named() -> None:
    paragraphs = [
        "Acme Motors reported a loss, and its chief executive, Joan Pell, said cuts were coming.",
        '"We expect a difficult year," the company said.',
        "Senator Tom Baxter spoke on Monday.",
        '"We will not back down," Baxter\'s spokesman said.',
    ]
    assert [s for _, s in quoted(paragraphs)] == ["Acme Motors", ""]


def test_her_office_is_not_her() -> None:
    paragraphs = [
        "Ellen Marsh signed the bill.",
        'Her office said in a statement that the law "protects every family in the state."',
    ]
    assert [s for _, s in quoted(paragraphs)] == [""]


def test_sources_the_text_does_not_name_keep_their_description_as_the_role() -> None:
    paragraphs = [
        'In Brenna, "the mood is grim," said one resident.',
        '"It is grim," said two witnesses.',
        '"Talks will resume," said a senior official in the ministry.',
    ]
    article = Article(paragraphs=paragraphs, language="en")
    assert [(f.speaker, f.role) for f in find_quotes(article)] == [
        ("", "resident"),
        ("", "witnesses"),
        ("", "senior official in the ministry"),
    ]


def test_according_to_before_and_after_the_quotation() -> None:
    paragraphs = [
        '"The talks are over," according to Pavel Dunne, the union leader.',
        'According to Dunne, the talks are "over for good this time".',
    ]
    assert [s for _, s in quoted(paragraphs)] == ["Pavel Dunne", "Pavel Dunne"]


def test_the_speaker_before_a_colon_without_a_speech_verb() -> None:
    paragraphs = [
        'Ingrid Solberg, the coach, was blunt: "We played badly and we deserve to lose."',
        'Solberg: "We will be back next season."',
    ]
    assert [s for _, s in quoted(paragraphs)] == ["Ingrid Solberg", "Ingrid Solberg"]


def test_a_quotation_introduced_by_and_further_goes_on_with_the_one_before() -> None:
    paragraphs = [
        "Jonas Albrecht leitet den Verband.",
        "»Wir brauchen Zeit«, sagte Petra Lindqvist. Und weiter: »Die Lage bleibt ernst.«",
    ]
    assert [s for _, s in quoted(paragraphs, "de")] == ["Petra Lindqvist", "Petra Lindqvist"]


def test_inverted_said_with_a_name_and_with_a_role_then_the_name() -> None:
    paragraphs = [
        '"We will appeal," said Marco Lenti, the defence lawyer.',
        '"The verdict is wrong," said the defence lawyer, Marco Lenti.',
    ]
    assert [s for _, s in quoted(paragraphs)] == ["Marco Lenti", "Marco Lenti"]


def test_said_followed_by_a_country_and_its_role_then_the_name() -> None:
    paragraphs = ['"We will not accept this," said Germany\'s foreign minister, Anna Kessel.']
    assert [s for _, s in quoted(paragraphs)] == ["Anna Kessel"]


def test_said_followed_by_a_possessive_is_not_an_inverted_attribution() -> None:
    paragraphs = [
        "Ada Kroll and Lee Moran lead the two parties.",
        "Moran, the opposition leader, said Kroll’s “reckless decree” had caused chaos.",
        '"Our democracy was built by ordinary people," he said.',
    ]
    assert [s for _, s in quoted(paragraphs)][-1] == "Lee Moran"


def test_a_later_and_said_does_not_take_its_subject_from_the_words_before_it() -> None:
    paragraphs = [
        "Saeb Tarkan, a negotiator, criticised the move.",
        'Russia\'s foreign ministry said it viewed the move as "another step backwards" and said it '
        "would raise tensions.",
        'The French foreign ministry said it "regrets any decision likely to encourage violence".',
    ]
    assert [s for _, s in quoted(paragraphs)] == ["Russia's foreign ministry", "French foreign ministry"]


# -- fullest names, places, bodies ---------------------------------------------------------


def test_a_speaker_is_given_by_the_fullest_name_in_the_article() -> None:
    paragraphs = ["Barnaby Quill, the treasurer, resigned on Monday.", '"I had no choice," Mr Quill said.']
    assert quoted(paragraphs) == [("I had no choice", "Barnaby Quill")]


def test_a_title_glued_to_a_name_is_not_part_of_the_speaker() -> None:
    paragraphs = [
        "Andreas Kessler führt das Ressort.",
        "Vom „größten Projekt seit der Reform von 1994“ sprach Bundesverkehrsminister Andreas Kessler.",
    ]
    assert [s for _, s in quoted(paragraphs, "de")] == ["Andreas Kessler"]


def test_an_office_named_with_of_or_for_speaks_as_a_whole() -> None:
    paragraphs = [
        'The High Commissioner for Coastal Affairs said the decision did "not change the law at all".'
    ]
    assert [s for _, s in quoted(paragraphs)] == ["High Commissioner for Coastal Affairs"]


def test_a_place_speaks_only_as_the_subject_of_a_speech_verb() -> None:
    paragraphs = [
        '"We are ready to talk," officials in Norway said.',
        '"We are ready," Norway said.',
    ]
    assert [s for _, s in quoted(paragraphs)] == ["", "Norway"]


def test_a_relative_clause_between_subject_and_verb_is_skipped() -> None:
    paragraphs = [
        "In a sign of confusion, the Electoral Commission, which regulates campaign finance, issued a "
        'statement warning that "voters are entitled to honest campaigns."'
    ]
    assert [s for _, s in quoted(paragraphs)] == ["Electoral Commission"]


# -- the app gets the same answer ----------------------------------------------------------


def test_suggestions_and_hand_picks_agree_on_a_continuation_after_an_attribution() -> None:
    paragraphs = [
        "Prosecutor Dana Whitlow filed the charges on Monday.",
        '"No one is above the law," the prosecutor said in a statement. "The right to a fair trial '
        'belongs to everyone."',
    ]
    article = Article(paragraphs=paragraphs, language="en")
    found = suggest(article)
    assert [(q.text, q.speaker) for q in found.quotes] == [
        ("No one is above the law … The right to a fair trial belongs to everyone.", "Dana Whitlow")
    ]
    second = find_quotes(article)[0].parts[1]
    assert speaker_for(article, second)[0] == "Dana Whitlow"
