"""File ▸ Open URL…: ask for the web address of an article, and check it before anything is fetched."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

SCHEMES = ("http", "https")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):(?!\d)")


def checked_url(text: str) -> tuple[str, str]:
    """``(url, problem)``: the address to fetch, or why ``text`` is not one (exactly one is empty).

    An address typed without a scheme ("example.com/story") gets ``https://``, as
    browsers do; any scheme other than http and https is refused.
    """
    text = text.strip()
    if not text:
        return "", "Type or paste the address of an article."
    if any(character.isspace() for character in text):
        return "", "A web address has no spaces in it."
    # A colon followed by a digit is a port ("example.com:8080/story"), not the end of a scheme.
    found = _SCHEME.match(text)
    scheme = found.group(1).lower() if found else ""
    if not scheme:
        text = "https://" + text.lstrip("/")
    elif scheme not in SCHEMES:
        return "", f"Briefing opens web pages (http:// or https://), not {scheme}: addresses."
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number)
    except ValueError:
        return "", "That is not a valid web address."
    host = parts.hostname or ""
    if not host or (host != "localhost" and "." not in host and ":" not in host):
        return "", "The address needs a server name, such as www.example.com."
    return text, ""


class UrlDialog(QDialog):
    """A one-field dialog; OK is enabled only while the field holds an http(s) address."""

    def __init__(self, parent: QWidget | None = None, initial: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urlDialog")
        self.setWindowTitle("Open URL")
        self.setMinimumWidth(520)
        prompt = QLabel("Address of the article (http:// or https://):")
        self.field = QLineEdit()
        self.field.setObjectName("urlField")
        self.field.setAccessibleName("Article address")
        self.field.setPlaceholderText("https://www.example.com/news/story")
        prompt.setBuddy(self.field)
        self.problem = QLabel()
        self.problem.setObjectName("emptyHint")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.setText(_clipboard_url() if initial is None else initial)
        self.field.selectAll()
        self._on_text_changed(self.field.text())

    def url(self) -> str:
        return checked_url(self.field.text())[0]

    def _on_text_changed(self, text: str) -> None:
        url, problem = checked_url(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(url))
        # No complaint about an empty field: the placeholder already says what to type.
        self.problem.setText(problem if text.strip() else "")

    def accept(self) -> None:
        if self.url():  # Enter in the field reaches here even while Open is disabled
            super().accept()


def _clipboard_url() -> str:
    """The clipboard's text if it is a web address (people copy a link, then press Ctrl+L)."""
    text = QGuiApplication.clipboard().text().strip()
    return text if text.lower().startswith(("http://", "https://")) and not checked_url(text)[1] else ""
