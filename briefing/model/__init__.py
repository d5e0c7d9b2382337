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
from .file_format import FILE_SUFFIX, FORMAT_VERSION, BriefingFileError, dumps, load, loads, save
from .items import DateItem, Fact, Item, Person, Place, Quote, RejectedSuggestion, Span, Stance, is_verbatim

__all__ = [
    "CITATION_STYLES",
    "FILE_SUFFIX",
    "FORMAT_VERSION",
    "GOVERNMENT_MARKINGS",
    "MARKING_PRESETS",
    "METADATA_FIELDS",
    "PAGE_SIZES",
    "TLP_MARKINGS",
    "Alternative",
    "Article",
    "Briefing",
    "BriefingFileError",
    "Citation",
    "DateItem",
    "Fact",
    "FieldOrigin",
    "Item",
    "Layout",
    "Person",
    "Place",
    "Quote",
    "RejectedSuggestion",
    "Span",
    "Stance",
    "atomic_write",
    "dumps",
    "is_verbatim",
    "load",
    "loads",
    "save",
]
