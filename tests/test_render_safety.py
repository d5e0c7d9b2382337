"""Untrusted text is text: markup and exploit payloads print literally and do nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from reportlab import rl_config
from test_render_samples import assert_clean_layout, text_of, typical

from briefing.citation import citation_text
from briefing.model import Briefing, Citation, Fact, Layout, Person, Place, Quote, Stance
from briefing.render import render_pdf


def cve_2023_33733(marker: Path) -> str:
    """The published proof of concept, aimed at a file in the test's own folder."""
    return (
        "[[[getattr(pow, Word('__globals__'))['os'].system('touch " + str(marker) + "') for Word in [ "
        "orgTypeFun( 'Word', (str,), { 'mutated': 1, 'startswith': lambda self, x: 1 == 0, '__eq__': "
        "lambda self, x: self.mutate() and self.mutated < 0 and str(self) == x, 'mutate': lambda self: { "
        "setattr(self, 'mutated', self.mutated - 1) }, '__hash__': lambda self: hash(str(self)), }, ) ] "
        "and 'red'"
    )


def injections(marker: Path) -> list[str]:
    return [
        "AT&T",
        '<font color="red">red?</font>',
        "<b>bold?</b>",
        "an unclosed <i> italic",
        '<img src="/etc/passwd"/>',
        '<img src="https://evil.example.org/pixel.png" width="10" height="10"/>',
        '<a href="javascript:alert(1)">click</a>',
        "&amp; literally, and &lt;tag&gt; and &#169; and &nbsp;",
        f'<font color="{cve_2023_33733(marker)}">exploit</font>',
        "]]> <![CDATA[ x ]]> <!-- comment --> <?pi?> <br/> <para> <seq/> <onDraw name=x/>",
    ]


def _card_full_of(strings: list[str]) -> Briefing:
    """Every string in every kind of field the card prints."""
    return Briefing(
        headline=strings[0],
        prepared_for=strings[1],
        prepared_by=strings[2],
        summary=" | ".join(strings),
        quotes=[Quote(s, speaker=f"Speaker {s}", role=f"Role {s}") for s in strings],
        people=[Person(s, s, s) for s in strings[:3]],
        places=[Place(s, s) for s in strings[3:5]],
        positions=[Stance(s, s) for s in strings[5:7]],
        facts=[Fact(s) for s in strings],
        citation=Citation(title=strings[-2], authors=["<b>Doe</b>, J."], site_name=strings[0], url=""),
        layout=Layout(page_size="A4", marking=strings[1]),
    )


def test_markup_and_payloads_appear_literally_and_execute_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    strings = injections(marker)
    for string in strings:
        card = Briefing(quotes=[Quote(string, "Someone")])  # alone: nothing can be left out
        result = render_pdf(card)
        text = text_of(result.pdf)
        assert " ".join(string.split()) in text, string
        assert_clean_layout(result.pdf)
    assert not marker.exists()


def test_every_field_escapes(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    strings = injections(marker)
    result = render_pdf(_card_full_of(strings))
    assert_clean_layout(result.pdf)
    text = text_of(result.pdf)
    assert strings[0] in text  # the headline
    assert "Speaker AT&T" in text
    assert " ".join(citation_text(_card_full_of(strings).citation).split()) in text
    assert not marker.exists()
    reader = pypdf.PdfReader(io.BytesIO(result.pdf))
    page = reader.pages[0]
    assert "/XObject" not in page["/Resources"] or not page["/Resources"]["/XObject"]  # no image was loaded
    assert "/Annots" not in page  # no link was made from text


def test_a_user_settings_file_cannot_loosen_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "toColorCanUse", "rl_safe_eval")
    monkeypatch.setattr(rl_config, "trustedHosts", ["*"])
    render_pdf(typical())
    assert rl_config.toColorCanUse not in ("rl_safe_eval", "rl_extended_literal_eval")
    assert not rl_config.trustedHosts
