"""Bibliography entries as a reader of the card sees them, checked against the style manuals.

Every expected string is written out by hand from the rules of APA 7 (ch. 9-10), the MLA
Handbook 9th ed. (ch. 5) and the Chicago Manual of Style 17th ed. (ch. 14) for an article
on a news website. ``*asterisks*`` in an expected string mark the italic runs.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from briefing.citation import Run, citation_text, format_citation
from briefing.model import Citation

TITLE = "Kremlin Says Putin Is Ready to Send Delegation to Minsk"
URL = "https://www.themoscowtimes.com/2022/02/25/kremlin-delegation-minsk-a76595"
PUBLISHED = dt.date(2022, 2, 25)
ACCESSED = dt.date(2024, 3, 1)


def cite(style: str, **fields: object) -> Citation:
    values: dict[str, object] = {
        "title": TITLE,
        "authors": ["Jane Smith"],
        "site_name": "The Moscow Times",
        "published": PUBLISHED,
        "url": URL,
        "accessed": ACCESSED,
    }
    values.update(fields)
    return Citation(style=style, **values)


def marked(runs: list[Run]) -> str:
    """The entry with its italic runs wrapped in asterisks."""
    return "".join(f"*{run.text}*" if run.italic else run.text for run in runs)


# -- APA 7 ---------------------------------------------------------------------------------------


def test_apa_web_news_article_with_every_field() -> None:
    # APA 10.16: webpage on a news website -- headline italic, site roman, no retrieval date.
    assert marked(format_citation(cite("apa"))) == (
        f"Smith, J. (2022, February 25). *{TITLE}*. The Moscow Times. {URL}"
    )


def test_apa_article_of_a_print_newspaper_italicises_the_newspaper() -> None:
    # APA 10.1, example 16 (titles are printed in the case they are given).
    citation = cite(
        "apa",
        authors=["Benedict Carey"],
        title="Can we get better at forgetting?",
        site_name="The New York Times",
        published=dt.date(2019, 3, 22),
        url="https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html",
    )
    assert marked(format_citation(citation)) == (
        "Carey, B. (2019, March 22). Can we get better at forgetting? *The New York Times*. "
        "https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html"
    )


def test_apa_without_author_puts_the_title_first() -> None:
    assert marked(format_citation(cite("apa", authors=[]))) == (
        f"*{TITLE}*. (2022, February 25). The Moscow Times. {URL}"
    )


def test_apa_without_date_says_nd_and_gives_the_retrieval_date() -> None:
    assert marked(format_citation(cite("apa", published=None))) == (
        f"Smith, J. (n.d.). *{TITLE}*. The Moscow Times. Retrieved March 1, 2024, from {URL}"
    )


def test_apa_two_and_three_authors_use_an_ampersand() -> None:
    two = cite("apa", authors=["Jane Smith", "John A. Doe"])
    three = cite("apa", authors=["Jane Smith", "John A. Doe", "Mary-Jane Watson"])
    assert citation_text(two).startswith("Smith, J., & Doe, J. A. (2022, February 25). ")
    assert citation_text(three).startswith("Smith, J., Doe, J. A., & Watson, M.-J. (2022, February 25). ")


# The 21-author example of the APA Publication Manual (7th ed., 9.8), as names a user would type.
APA_21 = [
    "B. Wiskunde", "M. Arslan", "P. Fischer", "L. Nowak", "Van den Berg, O.", "L. Coetzee", "U. Juárez",
    "E. Riyaziyyat", "C. Wang", "I. Zhang", "P. Li", "R. Yang", "B. Kumar", "A. Xu", "R. Martinez",
    "V. McIntosh", "L. M. Ibáñez", "G. Mäkinen", "E. Duarte", "J. Kowalski", "M. Santos",
]  # fmt: skip


def test_apa_lists_up_to_twenty_authors_with_an_ampersand_before_the_last() -> None:
    # APA 9.8: "Provide surnames and initials for up to and including 20 authors ... use an ampersand
    # before the final author's name."
    assert citation_text(cite("apa", authors=APA_21[:20])).startswith(
        "Wiskunde, B., Arslan, M., Fischer, P., Nowak, L., Van den Berg, O., Coetzee, L., Juárez, U., "
        "Riyaziyyat, E., Wang, C., Zhang, I., Li, P., Yang, R., Kumar, B., Xu, A., Martinez, R., "
        "McIntosh, V., Ibáñez, L. M., Mäkinen, G., Duarte, E., & Kowalski, J. (2022, February 25). "
    )


@pytest.mark.parametrize("count", [21, 30])
def test_apa_twenty_one_or_more_authors_are_the_first_nineteen_an_ellipsis_and_the_last(count: int) -> None:
    # APA 9.8: "include the first 19 authors' names, insert an ellipsis (but no ampersand), and then add
    # the final author's name" -- the manual's own example.
    authors = APA_21[:20] + [f"X. Extra{n}" for n in range(count - 21)] + ["M. Santos"]
    assert marked(format_citation(cite("apa", authors=authors))) == (
        "Wiskunde, B., Arslan, M., Fischer, P., Nowak, L., Van den Berg, O., Coetzee, L., Juárez, U., "
        "Riyaziyyat, E., Wang, C., Zhang, I., Li, P., Yang, R., Kumar, B., Xu, A., Martinez, R., "
        "McIntosh, V., Ibáñez, L. M., Mäkinen, G., Duarte, E., . . . Santos, M. (2022, February 25). "
        f"*{TITLE}*. The Moscow Times. {URL}"
    )


def test_apa_names_with_particles_suffixes_and_inverted_input() -> None:
    citation = cite("apa", authors=["José de la Cruz", "Martin Luther King Jr.", "Okafor, Amara"])
    assert citation_text(citation).startswith("de la Cruz, J., King, M. L., Jr., & Okafor, A. (2022,")


def test_a_two_word_family_name_given_in_comma_form_stays_whole() -> None:
    citation = cite("apa", authors=["García Márquez, Gabriel"])
    assert citation_text(citation).startswith("García Márquez, G. (2022, February 25).")
    assert citation_text(cite("mla", authors=["García Márquez, Gabriel"])).startswith(
        "García Márquez, Gabriel. “"
    )


def test_apa_group_author_that_is_also_the_site_is_not_repeated() -> None:
    citation = cite("apa", authors=["Reuters"], site_name="Reuters", url="https://www.reuters.com/world/x")
    assert marked(format_citation(citation)) == (
        f"Reuters. (2022, February 25). *{TITLE}*. https://www.reuters.com/world/x"
    )


def test_apa_without_url_or_site_ends_after_the_title() -> None:
    citation = cite("apa", url="", site_name="")
    assert marked(format_citation(citation)) == f"Smith, J. (2022, February 25). *{TITLE}*."


# -- MLA 9 ---------------------------------------------------------------------------------------


def test_mla_web_news_article_with_every_field() -> None:
    # MLA 9: title in quotes with the period inside; container italic; "25 Feb. 2022"; the full URL,
    # since on the card it is a live link.
    assert marked(format_citation(cite("mla"))) == (
        f"Smith, Jane. “{TITLE}.” *The Moscow Times*, 25 Feb. 2022, {URL}."
    )


def test_mla_without_author_starts_with_the_title() -> None:
    assert marked(format_citation(cite("mla", authors=[]))) == (
        f"“{TITLE}.” *The Moscow Times*, 25 Feb. 2022, {URL}."
    )


def test_mla_without_date_adds_the_access_date_at_the_end() -> None:
    assert marked(format_citation(cite("mla", published=None))) == (
        f"Smith, Jane. “{TITLE}.” *The Moscow Times*, {URL}. Accessed 1 Mar. 2024."
    )


def test_mla_one_author_is_inverted_in_full() -> None:
    # MLA 9: "Last name, First name." -- given names are not reduced to initials.
    assert citation_text(cite("mla", authors=["Jane Marie Smith"])).startswith(
        f"Smith, Jane Marie. “{TITLE}.”"
    )
    assert citation_text(cite("mla", authors=["Reuters Staff"])).startswith(f"Reuters Staff. “{TITLE}.”")


def test_mla_two_authors_then_et_al_for_three_or_more() -> None:
    # MLA 9: two authors "Last, First, and First Last."; three or more "Last, First, et al."
    two = cite("mla", authors=["Jane Smith", "John Doe"])
    three = cite("mla", authors=["Jane Smith", "John Doe", "Mary Roe"])
    twelve = cite("mla", authors=["Jane Smith"] + [f"Given{n} Family{n}" for n in range(11)])
    assert citation_text(two).startswith(f"Smith, Jane, and John Doe. “{TITLE}.”")
    assert citation_text(three).startswith(f"Smith, Jane, et al. “{TITLE}.”")
    assert marked(format_citation(twelve)) == (
        f"Smith, Jane, et al. “{TITLE}.” *The Moscow Times*, 25 Feb. 2022, {URL}."
    )


def test_mla_abbreviates_long_months_only() -> None:
    assert "3 Sept. 2021," in citation_text(cite("mla", published=dt.date(2021, 9, 3)))
    assert "1 June 2021," in citation_text(cite("mla", published=dt.date(2021, 6, 1)))
    assert "9 May 2021," in citation_text(cite("mla", published=dt.date(2021, 5, 9)))


def test_mla_question_title_keeps_its_mark_and_inner_quotes_become_single() -> None:
    question = cite("mla", title="Will the Talks Succeed?", url="")
    quoted = cite("mla", title='Putin "Ready" to Talk', url="")
    assert citation_text(question) == "Smith, Jane. “Will the Talks Succeed?” The Moscow Times, 25 Feb. 2022."
    assert citation_text(quoted) == "Smith, Jane. “Putin ‘Ready’ to Talk.” The Moscow Times, 25 Feb. 2022."


def test_mla_organisation_that_is_author_and_publisher_starts_with_the_title() -> None:
    citation = cite("mla", authors=["Reuters"], site_name="Reuters", url="")
    assert marked(format_citation(citation)) == f"“{TITLE}.” *Reuters*, 25 Feb. 2022."


# -- Chicago 17, bibliography -------------------------------------------------------------------


def test_chicago_web_news_article_with_every_field() -> None:
    assert marked(format_citation(cite("chicago"))) == (
        f"Smith, Jane. “{TITLE}.” *The Moscow Times*, February 25, 2022. {URL}."
    )


def test_chicago_unsigned_article_puts_the_publication_in_the_author_place() -> None:
    assert marked(format_citation(cite("chicago", authors=[]))) == (
        f"*The Moscow Times*. “{TITLE}.” February 25, 2022. {URL}."
    )


def test_chicago_without_author_or_site_starts_with_the_title() -> None:
    assert marked(format_citation(cite("chicago", authors=[], site_name=""))) == (
        f"“{TITLE}.” February 25, 2022. {URL}."
    )


def test_chicago_without_date_gives_the_access_date_before_the_url() -> None:
    assert marked(format_citation(cite("chicago", published=None))) == (
        f"Smith, Jane. “{TITLE}.” *The Moscow Times*. Accessed March 1, 2024. {URL}."
    )


def test_chicago_lists_up_to_ten_authors_with_only_the_first_inverted() -> None:
    # CMOS 17, 14.76: up to ten authors all appear in the bibliography, the first inverted, "and"
    # before the last; with more than ten, the first seven followed by "et al."
    three = cite("chicago", authors=["Jane Smith", "John Doe", "Mary Roe"])
    assert citation_text(three).startswith(f"Smith, Jane, John Doe, and Mary Roe. “{TITLE}.”")
    ten = cite("chicago", authors=[f"Given{n} Family{n}" for n in range(1, 11)])
    assert citation_text(ten).startswith(
        "Family1, Given1, Given2 Family2, Given3 Family3, Given4 Family4, Given5 Family5, "
        "Given6 Family6, Given7 Family7, Given8 Family8, Given9 Family9, and Given10 Family10. "
        f"“{TITLE}.”"
    )


@pytest.mark.parametrize("count", [11, 25])
def test_chicago_more_than_ten_authors_are_the_first_seven_and_et_al(count: int) -> None:
    authors = cite("chicago", authors=[f"Given{n} Family{n}" for n in range(1, count + 1)])
    assert marked(format_citation(authors)) == (
        "Family1, Given1, Given2 Family2, Given3 Family3, Given4 Family4, Given5 Family5, "
        f"Given6 Family6, Given7 Family7, et al. “{TITLE}.” *The Moscow Times*, February 25, 2022. {URL}."
    )


def test_chicago_keeps_a_suffix_after_the_inverted_name() -> None:
    citation = cite("chicago", authors=["Martin Luther King Jr.", "José de la Cruz"], url="")
    assert citation_text(citation) == (
        f"King, Martin Luther, Jr., and José de la Cruz. “{TITLE}.” The Moscow Times, February 25, 2022."
    )


# -- every style --------------------------------------------------------------------------------


LONG_TITLE = (
    "Kremlin Says Putin Is Ready to Send a Delegation to Minsk for Talks With Ukraine, but Kyiv Says "
    "It Will Only Negotiate in Warsaw, Budapest, Istanbul or Baku, and Western Capitals Warn That the "
    "Offer Comes as Russian Forces Advance on Three Fronts: What We Know So Far About the Proposal"
)


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        # None of the three manuals shortens a title in a reference-list entry.
        ("apa", f"Smith, J. (2022, February 25). *{LONG_TITLE}*. The Moscow Times. {URL}"),
        ("mla", f"Smith, Jane. “{LONG_TITLE}.” *The Moscow Times*, 25 Feb. 2022, {URL}."),
        ("chicago", f"Smith, Jane. “{LONG_TITLE}.” *The Moscow Times*, February 25, 2022. {URL}."),
    ],
)
def test_a_long_title_is_given_whole(style: str, expected: str) -> None:
    assert marked(format_citation(cite(style, title=LONG_TITLE))) == expected


@pytest.mark.parametrize("style", ["apa", "mla", "chicago"])
def test_markup_in_fields_is_text_not_formatting(style: str) -> None:
    citation = cite(style, title="Tariffs <i>rise</i> & fall", site_name="R&D <Weekly>")
    runs = format_citation(citation)
    text = "".join(run.text for run in runs)
    assert "Tariffs <i>rise</i> & fall" in text
    assert "R&D <Weekly>" in text
    assert "&amp;" not in text


@pytest.mark.parametrize("style", ["apa", "mla", "chicago"])
def test_neighbouring_runs_alternate_between_roman_and_italic(style: str) -> None:
    runs = format_citation(cite(style))
    assert all(run.text for run in runs)
    assert all(first.italic != second.italic for first, second in itertools.pairwise(runs))


@pytest.mark.parametrize("style", ["apa", "mla", "chicago"])
def test_an_empty_citation_formats_to_nothing(style: str) -> None:
    assert format_citation(Citation(style=style)) == []
    assert citation_text(Citation(style=style, authors=["  "])) == ""


def test_an_unknown_style_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="harvard"):
        format_citation(cite("harvard"))
