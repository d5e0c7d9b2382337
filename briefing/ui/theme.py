"""The app's look: icon, and a small style sheet that uses palette roles only.

Colours come from the palette (``palette(mid)``...), so the app follows the
system's light or dark scheme; the only fixed colours are the fit indicator's
green/amber/red, chosen per scheme.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from ..resources import MissingAssetError, asset

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@functools.cache
def app_icon() -> QIcon:
    """The app icon from its PNG sizes (crisp at every scale, no SVG plugin needed)."""
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            icon.addFile(str(asset("icons", f"briefing-{size}.png")))
        except MissingAssetError:
            continue
    return icon


def is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def warning_colour() -> str:
    """Amber, readable on the current scheme's background."""
    return "#ffcc66" if is_dark() else "#9a6400"


def style_sheet() -> str:
    dark = is_dark()
    ok, error = ("#7bd88f", "#ff8a80") if dark else ("#1e7b34", "#b3261e")
    warning = warning_colour()
    return f"""
    QLabel#sectionTitle {{ font-weight: 600; font-size: 11pt; padding-top: 4px; }}
    QLabel#emptyHint {{ color: palette(placeholder-text); }}
    QLabel#welcomeLogo {{ qproperty-alignment: AlignCenter; }}
    QLabel#welcomeTitle {{ font-size: 26pt; font-weight: 600; qproperty-alignment: AlignCenter; }}
    QLabel#welcomeTagline {{ font-size: 11pt; color: palette(placeholder-text); qproperty-alignment: AlignCenter; }}
    QLabel#welcomeHint {{ color: palette(placeholder-text); qproperty-alignment: AlignCenter; }}
    QLabel#fitIndicator {{ font-weight: 600; }}
    QLabel#fitIndicator[level="ok"] {{ color: {ok}; }}
    QLabel#fitIndicator[level="warning"] {{ color: {warning}; }}
    QLabel#fitIndicator[level="error"] {{ color: {error}; }}
    QLabel#paneTitle {{ font-weight: 600; color: palette(placeholder-text); padding: 6px 10px 2px 10px; }}
    QLineEdit[invalid="true"] {{ border: 1px solid {error}; }}
    QLineEdit[toConfirm="true"] {{ border: 1px solid {warning}; }}
    QFrame#suggestion {{ border: 1px solid palette(midlight); border-radius: 4px; background: palette(base); }}
    QFrame#suggestion:focus {{ border: 1px solid palette(highlight); }}
    QFrame#suggestion[accepted="true"] {{ background: palette(window); }}
    QFrame#suggestion[accepted="true"] QLabel#suggestionText {{ color: palette(placeholder-text); }}
    QLabel#suggestionDetail {{ color: palette(placeholder-text); }}
    QLabel#onCardMark {{ color: {ok}; font-weight: 600; }}
    QListWidget#welcome\\.recent::item {{ padding: 2px 10px; }}
    QToolBar {{ spacing: 4px; }}
    QToolBar QLabel {{ color: palette(placeholder-text); padding: 0 4px 0 8px; }}
    """
