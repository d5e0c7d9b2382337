"""The matching rules of benchmarks/suggest_eval.py, on labels written for these tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path) -> Any:  # benchmarks/ is no package: load the script by its path
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


suggest_eval = _load("suggest_eval", REPO / "benchmarks" / "suggest_eval.py")
match = sys.modules["benchmarks.entity_match"]

PEOPLE = [
    {
        "name": "Ilse Varga",
        "kind": "person",
        "position": "Deputy Mayor of Tarnby",
        "position_acceptable": ["Deputy Mayor", "Tarnby's deputy mayor"],
        "aliases": ["Ms. Varga"],
    },
    {"name": "Tomas Varga", "kind": "person", "position": None, "position_acceptable": [], "aliases": []},
    {
        "name": "Piet Olund Jr.",
        "kind": "person",
        "position": "harbour master",
        "position_acceptable": [],
        "aliases": [],
    },
]
ORGANISATIONS = [{"name": "Harbour Board", "aliases": ["the Board"]}, {"name": "Kremlin", "aliases": []}]


def _statuses(suggestions: list[str], labels: list[Any]) -> list[tuple[str, str | None]]:
    return [
        (outcome.status, outcome.label.name if outcome.label else None)
        for outcome in match.assign(suggestions, labels)
    ]


def test_fold_unifies_case_spaces_apostrophes_and_composition() -> None:
    assert match.fold("Tarnby’s  Deputy\u00a0MAYOR ") == "tarnby's deputy mayor"
    assert match.fold("Jose\u0301") == match.fold("José")


def test_a_name_matches_its_name_or_an_alias_and_a_leading_the_is_ignored() -> None:
    labels = match.labels_from(PEOPLE, "person") + match.labels_from(ORGANISATIONS, "organisation")
    assert _statuses(["ms. varga", "The Kremlin", "Board", "Harbour"], labels) == [
        ("right", "Ilse Varga"),
        ("right", "Kremlin"),
        ("right", "Harbour Board"),
        ("wrong", None),
    ]


def test_full_stops_are_ignored_in_names() -> None:
    labels = match.labels_from([{"name": "Harbour Co.", "aliases": ["U.K. Harbour"]}], "organisation")
    assert _statuses(["Harbour Co", "UK Harbour"], labels) == [
        ("right", "Harbour Co."),
        ("duplicate", "Harbour Co."),
    ]


def test_a_surname_alone_matches_only_when_no_other_person_has_it() -> None:
    labels = match.labels_from(PEOPLE, "person")
    assert _statuses(["Varga", "Olund"], labels) == [("wrong", None), ("right", "Piet Olund Jr.")]


def test_a_second_suggestion_for_the_same_label_is_a_duplicate_and_the_surname_is_the_one() -> None:
    labels = match.labels_from(PEOPLE, "person") + match.labels_from(ORGANISATIONS, "organisation")
    assert _statuses(["Olund", "Piet Olund Jr.", "Kremlin", "The Kremlin"], labels) == [
        ("duplicate", "Piet Olund Jr."),
        ("right", "Piet Olund Jr."),
        ("right", "Kremlin"),
        ("duplicate", "Kremlin"),
    ]


@pytest.mark.parametrize(
    ("given", "right"),
    [
        ("Deputy Mayor of Tarnby", True),
        ("deputy mayor", True),
        ("the town's Deputy Mayor", True),  # contains an acceptable form
        ("Mayor", False),  # shorter than every acceptable form
        ("Deputy Mayoral candidate", False),  # contains it only inside a longer word
        ("", False),
    ],
)
def test_a_position_equals_or_contains_an_acceptable_form(given: str, right: bool) -> None:
    label = match.labels_from(PEOPLE, "person")[0]
    assert match.position_right(given, label) is right


def test_a_lead_starts_with_an_acceptable_opening_at_a_word_boundary() -> None:
    acceptable = ["Tarnby’s harbour will close for two weeks from"]
    assert match.lead_right(
        "Tarnby's harbour will close for two weeks from Monday, the Board said.", acceptable
    )
    assert not match.lead_right("Tarnby's harbour will close for two weeks fromage", acceptable)
    assert not match.lead_right("Updated 12.03.2021 09:00", acceptable)
    assert not match.lead_right("", acceptable)


def _result(truth: dict[str, Any]) -> Any:
    page = suggest_eval.Page("fixture", "en", truth, Path("fixture.txt"))
    return suggest_eval.PageResult(page, "gold")


def test_people_precision_counts_organisations_recall_counts_people_only() -> None:
    result = _result({"people": PEOPLE, "organisations": ORGANISATIONS})
    suggested = [
        ("Ilse Varga", "Deputy Mayor"),
        ("Harbour Board", "organisation"),
        ("Varga", ""),  # two Vargas on the page: the surname alone is no one
        ("Piet Olund Jr.", "organisation"),
        ("Olund", "harbour master"),  # a duplicate: its position does not count
    ]
    suggest_eval._score_people(result, suggested)
    counts = result.counts
    assert (counts.people_right, counts.people_suggested) == (3, 5)
    assert (counts.people_found, counts.people_labelled) == (2, 3)
    assert (counts.position_right, counts.position_total) == (1, 2)
    kinds = [line.split()[0] for line in result.notes["people"]]
    assert sorted(kinds) == ["duplicate", "missed", "position", "wrong"]


def test_places_are_matched_one_to_one() -> None:
    places = [{"name": "Tarnby", "aliases": ["Tarnby harbour"]}, {"name": "Lake Osk", "aliases": []}]
    result = _result({"places": places})
    suggest_eval._score_places(result, [("Tarnby", "Tarnby"), ("Tarnby Harbour", ""), ("Osk", "Osk")])
    counts = result.counts
    assert (counts.places_right, counts.places_suggested) == (1, 3)
    assert (counts.places_found, counts.places_labelled) == (1, 2)


def test_a_place_also_matches_by_the_text_it_points_at() -> None:
    result = _result({"places": [{"name": "NR", "aliases": []}, {"name": "Osk", "aliases": []}]})
    suggest_eval._score_places(result, [("Northern Reach", "NR"), ("Oskland", "Oskland")])
    assert (result.counts.places_right, result.counts.places_found) == (1, 1)
    assert "written" not in result.notes["places"][0]  # the wrong one is shown by its name alone


def test_the_held_out_pages_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert suggest_eval.main(["--list-held-out"]) == 0
    assert capsys.readouterr().out.split() == list(suggest_eval.HELD_OUT)
    assert len(suggest_eval.HELD_OUT) == 7
