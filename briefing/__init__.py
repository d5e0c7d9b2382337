"""Briefing: turn a news article into a one-page briefing card.

This module is the one source of truth for the application's name and version;
the CLI, the About box, the PDF metadata and the packaging spec all read it.
"""

APP_NAME = "Briefing"
APP_ID = "org.briefing.Briefing"
__version__ = "0.1.0"
