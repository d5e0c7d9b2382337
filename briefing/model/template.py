"""A house style: the organisation's name and logo, accent colour, sections and labels, defaults.

A template is a small JSON file a team shares::

    {
      "format": "briefing-template",
      "version": 1,
      "template": {
        "name": "Press office", "organisation": "Ministry of Examples",
        "logo": "<base64 PNG>", "accent": "#1F4E79", "language": "de",
        "sections": [{"key": "quotes", "label": ""}, {"key": "people", "label": "Beteiligte"}],
        "marking": "OFFICIAL", "page_size": "A4", "citation_style": "apa"
      }
    }

Loading is strict and every message names the field. A briefing that uses a template
records it by value (``Briefing.template``), so the card renders the same on a
computer that has never seen the template file. Pure Python, like the rest of the model;
the logo arrives here already processed (``briefing.logo``) and is only checked.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import re
import struct
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import briefing as _briefing  # the module, not its names: it imports this one for its field
from .labels import LANGUAGES, SECTION_KEYS

if TYPE_CHECKING:
    from .briefing import Briefing

__all__ = [
    "MIN_CONTRAST",
    "STANDARD",
    "Template",
    "TemplateError",
    "TemplateSection",
    "builtin_templates",
    "contrast_with_white",
    "darkened_for_print",
    "template_from_json",
    "template_to_json",
]

TEMPLATE_FORMAT = "briefing-template"
TEMPLATE_VERSION = 1
TEMPLATE_SUFFIX = ".json"
MAX_TEMPLATE_BYTES = 4 * 1024 * 1024
MIN_CONTRAST = 4.5
"""WCAG 2 AA for body text: the accent colour is used for labels printed on white."""
STANDARD_ACCENT = "#1F4E79"
LOGO_BOX_POINTS = (144.0, 32.4)
"""The largest the logo is printed (2 × 0.45 inches); logo processing downscales to 300 dpi of this."""
LOGO_MAX_PIXELS = 1200
"""A stored logo wider or taller than this was not made by Briefing's logo processing."""
MAX_LOGO_BYTES = 1024 * 1024
_TEXT_LIMIT = 120
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


class TemplateError(ValueError):
    """A template cannot be used; the message names the field and what is wrong with it."""


@dataclass
class TemplateSection:
    """One list on the card, in the template's order; an empty ``label`` takes the language's word."""

    key: str
    label: str = ""

    def __post_init__(self) -> None:
        if self.key not in SECTION_KEYS:
            raise TemplateError(f"sections: {self.key!r} is not a section (known: {', '.join(SECTION_KEYS)})")
        if len(self.label) > _TEXT_LIMIT:
            raise TemplateError(
                f"sections: the label of {self.key!r} is longer than {_TEXT_LIMIT} characters"
            )


def _all_sections() -> list[TemplateSection]:
    return [TemplateSection(key) for key in SECTION_KEYS]


@dataclass
class Template:
    """A house style. Empty ``page_size``, ``citation_style``, ``marking`` leave a briefing's own;
    an empty ``language`` follows the user's locale when the template is applied."""

    name: str = "Standard"
    organisation: str = ""
    logo: str = ""
    """The processed logo as base64 PNG (see ``briefing.logo``), or empty for none."""
    accent: str = STANDARD_ACCENT
    language: str = ""
    sections: list[TemplateSection] = field(default_factory=_all_sections)
    marking: str = ""
    page_size: str = ""
    citation_style: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise TemplateError("name: a template needs a name")
        for name in ("name", "organisation", "marking"):
            if len(getattr(self, name)) > _TEXT_LIMIT:
                raise TemplateError(f"{name}: longer than {_TEXT_LIMIT} characters")
        _check_accent(self.accent)
        if self.language and self.language not in LANGUAGES:
            raise TemplateError(
                f"language: {self.language!r} has no label set (shipped: {', '.join(LANGUAGES)}, "
                "or empty to follow the user's locale)"
            )
        keys = [section.key for section in self.sections]
        if len(set(keys)) != len(keys):
            raise TemplateError("sections: a section is listed twice")
        if self.page_size and self.page_size not in _briefing.PAGE_SIZES:
            sizes = ", ".join(_briefing.PAGE_SIZES)
            raise TemplateError(f"page_size: {self.page_size!r} is not one of {sizes}")
        if self.citation_style and self.citation_style not in _briefing.CITATION_STYLES:
            styles = ", ".join(_briefing.CITATION_STYLES)
            raise TemplateError(f"citation_style: {self.citation_style!r} is not one of {styles}")
        if self.logo:
            logo_size(self.logo)

    @property
    def logo_png(self) -> bytes:
        """The logo's PNG bytes (empty if none)."""
        return base64.b64decode(self.logo) if self.logo else b""

    def label(self, key: str, labels: dict[str, str]) -> str:
        """The label of section ``key``: the template's own, else ``labels``' word for it."""
        own = next((s.label for s in self.sections if s.key == key and s.label.strip()), "")
        return own or labels[key]

    def apply_to(self, briefing: Briefing, locale_language: str = "en") -> None:
        """Make ``briefing`` use this style: a copy goes into it (language fixed, so the card no longer
        depends on the locale), and the template's paper, citation style and marking replace its own."""
        language = self.language or (locale_language if locale_language in LANGUAGES else "en")
        briefing.template = dataclasses.replace(
            self, language=language, sections=[dataclasses.replace(s) for s in self.sections]
        )
        if self.page_size:
            briefing.layout.page_size = self.page_size
        if self.citation_style:
            briefing.citation.style = self.citation_style
        if self.marking:
            briefing.layout.marking = self.marking


def builtin_templates() -> dict[str, Template]:
    """The shipped templates by the short name ``--template`` takes (fresh copies)."""
    return {
        "standard": Template(name="Standard"),
        "compact": Template(
            name="Compact 5×8",
            sections=[TemplateSection(key) for key in ("quotes", "people", "positions", "facts")],
            page_size="Card5x8",
        ),
        "mono": Template(name="Black and white", accent="#000000"),
    }


# -- colour ---------------------------------------------------------------------------------------


def _channels(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def contrast_with_white(colour: str) -> float:
    """The WCAG 2 contrast ratio of ``#RRGGBB`` against white paper (1 to 21)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in _channels(colour))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return 1.05 / (luminance + 0.05)


def darkened_for_print(colour: str) -> str:
    """``colour`` darkened (same hue) just enough to reach :data:`MIN_CONTRAST` against white."""
    red, green, blue = _channels(colour)
    factor = 1.0
    while factor > 0:
        candidate = "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (red, green, blue)))
        if contrast_with_white(candidate) >= MIN_CONTRAST:
            return candidate
        factor -= 0.01
    return "#000000"


def _check_accent(colour: str) -> None:
    if not _HEX_COLOUR.fullmatch(colour):
        raise TemplateError(f"accent: {colour!r} is not a colour written #RRGGBB (e.g. #1F4E79)")
    ratio = contrast_with_white(colour)
    if ratio < MIN_CONTRAST:
        raise TemplateError(
            f"accent: {colour} is too light for printed text: its contrast against white is "
            f"{ratio:.1f}:1 and print needs at least {MIN_CONTRAST}:1. "
            f"{darkened_for_print(colour)} is the same hue dark enough to use."
        )


# -- logo -----------------------------------------------------------------------------------------


def logo_size(logo: str) -> tuple[int, int]:
    """The pixel size of a stored logo; :class:`TemplateError` unless it is a small base64 PNG."""
    try:
        data = base64.b64decode(logo, validate=True)
    except (binascii.Error, ValueError) as error:
        raise TemplateError("logo: is not base64 text") from error
    if len(data) > MAX_LOGO_BYTES:
        raise TemplateError(f"logo: is larger than {MAX_LOGO_BYTES // 1024} KB")
    if not data.startswith(_PNG_SIGNATURE) or data[12:16] != b"IHDR" or len(data) < 33:
        raise TemplateError("logo: is not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    if not (0 < width <= LOGO_MAX_PIXELS and 0 < height <= LOGO_MAX_PIXELS):
        raise TemplateError(f"logo: {width} × {height} pixels is larger than a card's logo ever needs")
    return width, height


# -- the file -------------------------------------------------------------------------------------

_FIELD_KINDS: dict[str, type] = {
    "name": str,
    "organisation": str,
    "logo": str,
    "accent": str,
    "language": str,
    "sections": list,
    "marking": str,
    "page_size": str,
    "citation_style": str,
}


def template_to_json(template: Template) -> str:
    """The template file's text."""
    document = {
        "format": TEMPLATE_FORMAT,
        "version": TEMPLATE_VERSION,
        "template": dataclasses.asdict(template),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def template_from_json(text: str | bytes) -> Template:
    """The template in a template file's text; :class:`TemplateError` naming the field if it is not one."""
    if isinstance(text, bytes):
        if len(text) > MAX_TEMPLATE_BYTES:
            raise TemplateError(f"the file is larger than {MAX_TEMPLATE_BYTES // (1024 * 1024)} MB")
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise TemplateError("the file is not a template: it is not UTF-8 text") from error
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise TemplateError("the file is not a template: it is not valid JSON") from error
    if not isinstance(document, dict) or document.get("format") != TEMPLATE_FORMAT:
        raise TemplateError(f"the file is not a template (its format is not {TEMPLATE_FORMAT!r})")
    version = document.get("version")
    if type(version) is not int or not 1 <= version <= TEMPLATE_VERSION:
        raise TemplateError(
            f"version: this Briefing reads template version {TEMPLATE_VERSION}, not {version!r}"
        )
    _no_unknown(document, {"format", "version", "template"}, "")
    body = document.get("template")
    if not isinstance(body, dict):
        raise TemplateError("template: should be an object")
    _no_unknown(body, set(_FIELD_KINDS), "")
    values: dict[str, Any] = {}
    for name, value in body.items():
        if type(value) is not _FIELD_KINDS[name]:
            raise TemplateError(f"{name}: should be {'a list' if _FIELD_KINDS[name] is list else 'text'}")
        values[name] = value
    if "sections" in values:
        values["sections"] = [_section(entry, number) for number, entry in enumerate(values["sections"])]
    return Template(**values)


def _section(entry: Any, number: int) -> TemplateSection:
    if isinstance(entry, str):
        entry = {"key": entry}
    if not isinstance(entry, dict) or not isinstance(entry.get("key"), str):
        raise TemplateError(f'sections[{number}]: should be an object with a "key"')
    _no_unknown(entry, {"key", "label"}, f"sections[{number}].")
    if not isinstance(entry.get("label", ""), str):
        raise TemplateError(f"sections[{number}].label: should be text")
    return TemplateSection(entry["key"], entry.get("label", ""))


def _no_unknown(value: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise TemplateError(f"{where}{unknown[0]}: is not a template field")


STANDARD = Template(name="Standard")
"""Today's look: blue accent, every section in the standard order, labels in the user's language."""
