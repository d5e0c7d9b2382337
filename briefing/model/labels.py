"""The card's own words in the reader's language: section labels, head and source words, month names.

Pure data and one formatter. The card's dates are written from these month names,
never through the computer's locale, so a card reads the same on every machine.
"""

from __future__ import annotations

SECTION_KEYS = ("quotes", "people", "positions", "places", "dates", "facts")
"""Every list a card can show, in the standard order (most important first)."""

OTHER_KEYS = (
    "bottom_line",
    "source",
    "published",
    "prepared",
    "prepared_for",
    "prepared_by",
    "by",
    "accessed",
    "fingerprint",
    "continued",
    "untitled",
)
"""The card's other words: the summary's lead-in, the source block, the lines under the headline."""

LABEL_KEYS = SECTION_KEYS + OTHER_KEYS

DEFAULT_LANGUAGE = "en"

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "quotes": "Quotes", "people": "Who", "positions": "Positions", "places": "Where",
        "dates": "When", "facts": "Key facts", "bottom_line": "Bottom line", "source": "Source",
        "published": "Published", "prepared": "Prepared", "prepared_for": "Prepared for",
        "prepared_by": "Prepared by", "by": "by", "accessed": "Accessed",
        "fingerprint": "Text fingerprint", "continued": "continued", "untitled": "Untitled briefing",
    },
    "de": {
        "quotes": "Zitate", "people": "Wer", "positions": "Positionen", "places": "Wo",
        "dates": "Wann", "facts": "Kernpunkte", "bottom_line": "Fazit", "source": "Quelle",
        "published": "Veröffentlicht am", "prepared": "Erstellt am", "prepared_for": "Erstellt für",
        "prepared_by": "Erstellt von", "by": "von", "accessed": "Abgerufen am",
        "fingerprint": "Text-Fingerabdruck", "continued": "Fortsetzung", "untitled": "Briefing ohne Titel",
    },
    "fr": {
        "quotes": "Citations", "people": "Qui", "positions": "Positions", "places": "Où",
        "dates": "Quand", "facts": "Faits clés", "bottom_line": "L'essentiel", "source": "Source",
        "published": "Publié le", "prepared": "Préparé le", "prepared_for": "Préparé pour",
        "prepared_by": "Préparé par", "by": "par", "accessed": "Consulté le",
        "fingerprint": "Empreinte du texte", "continued": "suite", "untitled": "Note sans titre",
    },
    "es": {
        "quotes": "Citas", "people": "Quién", "positions": "Posiciones", "places": "Dónde",
        "dates": "Cuándo", "facts": "Datos clave", "bottom_line": "En resumen", "source": "Fuente",
        "published": "Publicado el", "prepared": "Preparado el", "prepared_for": "Preparado para",
        "prepared_by": "Preparado por", "by": "por", "accessed": "Consultado el",
        "fingerprint": "Huella del texto", "continued": "continuación", "untitled": "Nota sin título",
    },
    "pt": {
        "quotes": "Citações", "people": "Quem", "positions": "Posições", "places": "Onde",
        "dates": "Quando", "facts": "Factos-chave", "bottom_line": "Em suma", "source": "Fonte",
        "published": "Publicado em", "prepared": "Preparado em", "prepared_for": "Preparado para",
        "prepared_by": "Preparado por", "by": "por", "accessed": "Consultado em",
        "fingerprint": "Impressão digital do texto", "continued": "continuação",
        "untitled": "Nota sem título",
    },
    "ru": {
        "quotes": "Цитаты", "people": "Кто", "positions": "Позиции", "places": "Где",
        "dates": "Когда", "facts": "Ключевые факты", "bottom_line": "Главное", "source": "Источник",
        "published": "Опубликовано", "prepared": "Подготовлено", "prepared_for": "Для",
        "prepared_by": "Подготовил(а)", "by": "—", "accessed": "Дата обращения",
        "fingerprint": "Отпечаток текста", "continued": "продолжение", "untitled": "Справка без названия",
    },
}  # fmt: skip
"""One complete set of the card's words per shipped language (a test checks every set is complete)."""

LANGUAGES: tuple[str, ...] = tuple(LABELS)


def labels_for(language: str) -> dict[str, str]:
    """The card's words in ``language`` (a shipped code such as "de"); English for any other."""
    return LABELS.get(language, LABELS[DEFAULT_LANGUAGE])


def language_of_locale(locale_name: str) -> str:
    """The shipped language of a locale name such as "de_AT.UTF-8" or "pt-BR"; English if none is."""
    code = locale_name.split(".")[0].split("@")[0].replace("-", "_").partition("_")[0].lower()
    return code if code in LABELS else DEFAULT_LANGUAGE
