"""The Suggestions panel: what the suggester found in the article, to accept or reject one click at a time.

When a briefing opens, ``briefing.suggest.suggest`` runs on a worker; the panel
then lists each kind (quotes, people, places, dates, positions, summary).
Accepting adds the item through the document, so it is one undoable step and
keeps its source span; what is already on the card is marked, and rejected
suggestions leave the list. Clicking a suggestion flashes its source in the article.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model import RejectedSuggestion
from .document import BriefingDocument
from .suggestion_offers import KINDS, Offer, is_on_card, make_offers
from .workers import BackgroundWork

FIRST_ROWS = 8
"""Rows shown per kind before "Show N more": the best suggestions come first."""
_NOUNS = {kind: noun for kind, _title, noun in KINDS}


def find_suggestions(article: Any) -> dict[str, list[Offer]]:
    """Runs on the worker: the suggester is imported there on first use."""
    from ..suggest import suggest

    return make_offers(suggest(article), article)


class SuggestionRow(QFrame):
    """One suggestion: its text, a detail line, and Accept / Reject (or a mark that it is on the card)."""

    activated = Signal(object)
    accept_requested = Signal(object)
    reject_requested = Signal(object)

    def __init__(self, offer: Offer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.setObjectName("suggestion")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"Suggested {_NOUNS[offer.kind]}: {offer.text}")
        self.setAccessibleDescription(f"{offer.detail}. Enter accepts it, Delete rejects it.")
        self.setToolTip("Click to see it in the article · Enter accepts · Delete rejects")
        self.text = _label(offer.text, "suggestionText")
        self.detail = _label(offer.detail, "suggestionDetail")
        self.accept_button = _button(
            "Accept", f"Add this {_NOUNS[offer.kind]} to the card", lambda: self.accept_requested.emit(self)
        )
        self.reject_button = _button(
            "Reject", "Remove this suggestion from the list", lambda: self.reject_requested.emit(self)
        )
        self.on_card = QLabel("✓ On the card")
        self.on_card.setObjectName("onCardMark")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.text)
        text.addWidget(self.detail)
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        for widget in (self.accept_button, self.reject_button, self.on_card):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.accepted = False
        self.set_accepted(False)

    def set_accepted(self, accepted: bool) -> None:
        self.accepted = accepted
        self.accept_button.setVisible(not accepted)
        self.reject_button.setVisible(not accepted)
        self.on_card.setVisible(accepted)
        if self.property("accepted") != accepted:
            self.setProperty("accepted", accepted)
            self.style().unpolish(self)
            self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.activated.emit(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:  # a click already said so
            self.activated.emit(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.accepted:
            self.accept_requested.emit(self)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.accepted:
            self.reject_requested.emit(self)
        else:
            super().keyPressEvent(event)


class KindSection(QWidget):
    """The heading, "Accept all" and rows of one kind of suggestion."""

    def __init__(self, kind: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = title
        self.setObjectName(f"suggestions.{kind}")
        self.heading = QLabel(title)
        self.heading.setObjectName("sectionTitle")
        self.accept_all = QToolButton()
        self.accept_all.setObjectName(f"suggestions.{kind}.accept_all")
        self.accept_all.setText("Accept all")
        self.accept_all.setAccessibleName(f"Accept all {title.lower()}")
        self.accept_all.setAutoRaise(True)
        self.more = QPushButton()
        self.more.setObjectName(f"suggestions.{kind}.more")
        self.more.setFlat(True)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.accept_all)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.rows: list[SuggestionRow] = []


class SuggestionsPanel(QWidget):
    """Every suggestion for the open article, grouped by kind, with accept / reject / accept all."""

    source_requested = Signal(object)
    """Show this Span in the article (a suggestion was clicked or reached with the keyboard)."""
    pending_changed = Signal(int)
    """How many suggestions are neither on the card nor rejected."""

    def __init__(
        self, document: BriefingDocument, work: BackgroundWork, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.setAccessibleName("Suggestions")
        self.document = document
        self._work = work
        self._epoch = 0
        self.offers: dict[str, list[Offer]] = {}
        self._rejecting = False

        self.status = QLabel()
        self.status.setObjectName("suggestionsStatus")
        self.status.setWordWrap(True)
        self.accept_everything = QPushButton("Accept All")
        self.accept_everything.setObjectName("suggestions.accept_all")
        self.accept_everything.setToolTip(
            "Add every suggestion still to review; the summary only if the card has none"
        )
        self.accept_everything.clicked.connect(self.accept_all)
        self.restore = QPushButton()
        self.restore.setObjectName("suggestions.restore")
        self.restore.setFlat(True)
        self.restore.clicked.connect(self.restore_rejected)
        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 4)
        top.addWidget(self.status, 1)
        top.addWidget(self.accept_everything)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 4, 12, 12)
        column.setSpacing(10)
        self.sections: dict[str, KindSection] = {}
        for kind, title, _noun in KINDS:
            section = KindSection(kind, title, content)
            section.accept_all.clicked.connect(lambda _checked=False, k=kind: self.accept_kind(k))
            section.more.clicked.connect(lambda _checked=False, k=kind: self._show_more(k))
            self.sections[kind] = section
            column.addWidget(section)
        column.addWidget(self.restore, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("suggestionsScroll")
        self.scroll_area.setAccessibleName("Suggestions from the article")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)

        # Accept all adds many items; the marks are brought up to date once, after the last.
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        document.reset.connect(self._on_document_reset)
        document.structure_changed.connect(self._refresh_timer.start)
        document.field_changed.connect(self._on_field_changed)
        self._on_document_reset()

    # -- finding suggestions --------------------------------------------------------------

    def _on_document_reset(self) -> None:
        self._epoch += 1
        self._set_offers({})
        briefing = self.document.briefing
        article = briefing.article if briefing is not None else None
        if article is None:
            self.status.setText(
                "Suggestions come from an article; this briefing has none."
                if briefing
                else "No briefing open."
            )
            return
        self.status.setText("Finding suggestions…")
        epoch, snapshot = self._epoch, copy.deepcopy(article)
        self._work.run(
            lambda: find_suggestions(snapshot),
            lambda offers: self._on_found(offers, epoch),
            lambda error: self._on_failed(error, epoch),
        )

    def _on_found(self, offers: dict[str, list[Offer]], epoch: int) -> None:
        if epoch == self._epoch:  # else: found for an article that is no longer open
            self._set_offers(offers)

    def _on_failed(self, error: BaseException, epoch: int) -> None:
        if epoch == self._epoch:
            self.status.setText(f"No suggestions: the suggester failed ({type(error).__name__}: {error}).")

    def _on_field_changed(self, _target: object, attribute: str) -> None:
        if attribute == "summary":
            self._refresh_timer.start()
        elif attribute == "rejected_suggestions" and not self._rejecting:  # undone, redone or restored
            self._set_offers(self.offers)

    @property
    def rejected(self) -> set[tuple[str, str]]:
        """(kind, text) of the suggestions turned down: kept in the briefing, so saved with it."""
        briefing = self.document.briefing
        return {(r.kind, r.text) for r in briefing.rejected_suggestions} if briefing is not None else set()

    def is_rejected(self, offer: Offer) -> bool:
        return (offer.kind, offer.text) in self.rejected

    def _set_offers(self, offers: dict[str, list[Offer]]) -> None:
        self.offers = offers
        for section in self.sections.values():
            self._clear(section)
            self._show_more(section.kind)
        self.refresh()

    # -- commands ---------------------------------------------------------------------------

    def accept(self, offer: Offer) -> None:
        self._accept([offer], f"Accept {_NOUNS[offer.kind]}")

    def reject(self, offer: Offer) -> None:
        briefing = self.document.briefing
        if briefing is None or self.is_rejected(offer):
            return
        turned_down = [*briefing.rejected_suggestions, RejectedSuggestion(offer.kind, offer.text)]
        self._rejecting = True
        try:
            self.document.set_field(
                briefing,
                "rejected_suggestions",
                turned_down,
                label=f"reject {_NOUNS[offer.kind]}",
                merge=False,
            )
        finally:
            self._rejecting = False
        section = self.sections[offer.kind]
        for row in list(section.rows):
            if row.offer is offer:
                following = self._next_row(row)
                section.rows.remove(row)
                row.hide()
                row.deleteLater()
                if following is not None:
                    following.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    def accept_kind(self, kind: str) -> None:
        self._accept(self.pending(kind), f"Accept all {self.sections[kind].title.lower()}")

    def accept_all(self) -> None:
        """Every pending suggestion; the summary only when the card has none (it may be the user's own)."""
        briefing = self.document.briefing
        offers = [
            offer
            for kind, _t, _n in KINDS
            for offer in self.pending(kind)
            if kind != "summary" or (briefing is not None and not briefing.summary.strip())
        ]
        self._accept(offers, "Accept all suggestions")

    def restore_rejected(self) -> None:
        """Bring back every rejected suggestion (one undoable step, like each rejection)."""
        briefing = self.document.briefing
        if briefing is not None:
            self.document.set_field(
                briefing, "rejected_suggestions", [], label="show rejected suggestions", merge=False
            )

    def pending(self, kind: str) -> list[Offer]:
        """The suggestions of ``kind`` still to review: not on the card, not rejected."""
        briefing = self.document.briefing
        return [
            offer
            for offer in self.offers.get(kind, [])
            if not self.is_rejected(offer) and not is_on_card(offer, briefing)
        ]

    def rows(self, kind: str) -> list[SuggestionRow]:
        return list(self.sections[kind].rows)

    def _accept(self, offers: list[Offer], label: str) -> None:
        briefing = self.document.briefing
        if briefing is None or not offers:
            return
        stack = self.document.undo_stack
        stack.beginMacro(label)  # one Ctrl+Z undoes the lot
        try:
            for offer in offers:
                if is_on_card(offer, briefing):  # two suggestions with the same words: add one
                    continue
                if offer.kind == "summary":
                    self.document.set_field(briefing, "summary", offer.item, label="summary", merge=False)
                else:
                    self.document.insert_item(offer.kind, copy.deepcopy(offer.item))
        finally:
            stack.endMacro()
        self.refresh()

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Mark what is on the card, update the counts and the buttons."""
        self._refresh_timer.stop()
        briefing = self.document.briefing
        total_pending = 0
        for kind, title, _noun in KINDS:
            section = self.sections[kind]
            for row in section.rows:
                row.set_accepted(is_on_card(row.offer, briefing))
            offered = [o for o in self.offers.get(kind, []) if not self.is_rejected(o)]
            pending = len(self.pending(kind))
            total_pending += pending
            section.setVisible(bool(offered))
            section.heading.setText(
                f"{title}  ·  {pending} to review" if pending else f"{title}  ·  all on the card"
            )
            section.accept_all.setEnabled(pending > 0)
            hidden = len(offered) - len(section.rows)
            section.more.setText(f"Show {hidden} more")
            section.more.setVisible(hidden > 0)
        self.accept_everything.setEnabled(total_pending > 0)
        turned_down = sum(self.is_rejected(offer) for offers in self.offers.values() for offer in offers)
        self.restore.setText(f"Show {turned_down} rejected")
        self.restore.setVisible(turned_down > 0)
        if self.offers:
            found = sum(len(offers) for offers in self.offers.values())
            self.status.setText(
                "The suggester found nothing in this article."
                if not found
                else f"{total_pending} to review. Click one to see it in the article."
                if total_pending
                else "Everything suggested is on the card or rejected."
            )
        self.pending_changed.emit(total_pending)

    def _show_more(self, kind: str) -> None:
        section = self.sections[kind]
        offered = [o for o in self.offers.get(kind, []) if not self.is_rejected(o)]
        start = len(section.rows)
        limit = FIRST_ROWS if start == 0 else len(offered)
        for offer in offered[start:limit]:
            row = SuggestionRow(offer, section)
            row.activated.connect(self._on_row_activated)
            row.accept_requested.connect(lambda r: self.accept(r.offer))
            row.reject_requested.connect(lambda r: self.reject(r.offer))
            section.rows.append(row)
            section.rows_layout.addWidget(row)
        self.refresh()

    def _clear(self, section: KindSection) -> None:
        for row in section.rows:
            row.hide()
            row.deleteLater()
        section.rows = []

    def _next_row(self, row: SuggestionRow) -> SuggestionRow | None:
        rows = self.sections[row.offer.kind].rows
        index = rows.index(row)
        candidates = rows[index + 1 :] + rows[:index][::-1]
        return next((r for r in candidates if not r.accepted), None)

    def _on_row_activated(self, row: SuggestionRow) -> None:
        if row.offer.source is not None:
            self.source_requested.emit(row.offer.source)

    def focus_target(self) -> QWidget:
        """Where F6 puts the keyboard focus: the first suggestion, else the Accept All button."""
        for section in self.sections.values():
            if section.rows:
                return section.rows[0]
        return self.accept_everything


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # article words, never markup
    label.setWordWrap(True)
    return label


def _button(text: str, tip: str, slot: Any) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes Enter and Delete; Tab moves row to row
    button.clicked.connect(slot)
    return button
