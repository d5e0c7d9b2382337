"""The data model: articles, briefings and their items, and the ``.briefing`` file.

Pure Python: imports nothing else of Briefing's and no third-party package, so
every other layer (ingest, suggest, render, ui, cli) can build on it.
"""

from .article import METADATA_FIELDS, Alternative, Article, FieldOrigin
from .atomic_file import atomic_write
from .briefing import (
    CITATION_STYLES,
    GOVERNMENT_MARKINGS,
    MARKING_PRESETS,
    PAGE_SIZES,
    TLP_MARKINGS,
    Briefing,
    Citation,
    Layout,
)
from .dates import long_date
from .file_format import FILE_SUFFIX, FORMAT_VERSION, BriefingFileError, dumps, load, loads, save
from .items import DateItem, Fact, Item, Person, Place, Quote, RejectedSuggestion, Span, Stance, is_verbatim
from .labels import LANGUAGES, SECTION_KEYS, labels_for, language_of_locale
from .regular_file import FileTooLarge, NotARegularFile, read_regular_file
from .template import (
    Template,
    TemplateError,
    TemplateSection,
    builtin_templates,
    template_from_json,
    template_to_json,
)

__all__ = [
    "CITATION_STYLES",
    "FILE_SUFFIX",
    "FORMAT_VERSION",
    "GOVERNMENT_MARKINGS",
    "LANGUAGES",
    "MARKING_PRESETS",
    "METADATA_FIELDS",
    "PAGE_SIZES",
    "SECTION_KEYS",
    "TLP_MARKINGS",
    "Alternative",
    "Article",
    "Briefing",
    "BriefingFileError",
    "Citation",
    "DateItem",
    "Fact",
    "FieldOrigin",
    "FileTooLarge",
    "Item",
    "Layout",
    "NotARegularFile",
    "Person",
    "Place",
    "Quote",
    "RejectedSuggestion",
    "Span",
    "Stance",
    "Template",
    "TemplateError",
    "TemplateSection",
    "atomic_write",
    "builtin_templates",
    "dumps",
    "is_verbatim",
    "labels_for",
    "language_of_locale",
    "load",
    "loads",
    "long_date",
    "read_regular_file",
    "save",
    "template_from_json",
    "template_to_json",
]
