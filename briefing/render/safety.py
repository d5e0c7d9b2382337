"""ReportLab's safety settings, forced on whatever a user's settings file says.

ReportLab reads ``reportlab_settings.py`` / ``~/.reportlab_settings`` at import;
these assignments run after that, so nobody's settings can loosen them. Our own
code never asks ReportLab to fetch anything or to evaluate a colour expression,
so the strictest values cost nothing.
"""

from __future__ import annotations

from reportlab import rl_config


def enforce() -> None:
    """Trust no host for fetching resources and evaluate no colour expressions."""
    rl_config.trustedHosts = None  # None: no host is trusted, so <img src="http://..."> cannot fetch
    rl_config.trustedSchemes = []
    # Stricter than 'rl_safe_eval' or 'rl_extended_literal_eval': toColor() then accepts only
    # names, hex and literal tuples (CVE-2023-33733 went through the evaluator).
    rl_config.toColorCanUse = None


enforce()
