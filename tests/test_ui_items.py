"""Item lists: add, edit in place, delete, reorder (buttons, keys, drag), and undo/redo of every edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QToolButton
from test_ui_support import dialog_log, drop, open_sample, press, select_in_article, window

from briefing.ui.document import LIST_NAMES

__all__ = ["dialog_log", "window"]
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _click(qtbot, main, name: str) -> None:
    button = main.findChild(QToolButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_in_editor(qtbot, text: str) -> None:
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _names(main) -> list[str]:
    return [person.name for person in main.document.briefing.people]


@pytest.fixture
def four_people(qtbot, window):
    """The sample with exactly four people, Ann, Ben, Cas, Dee, added with the + button."""
    open_sample(qtbot, window)
    window.document.briefing.people.clear()
    window.document.reset.emit()
    window.document.undo_stack.clear()
    for name in ("Ann", "Ben", "Cas", "Dee"):
        _click(qtbot, window, "people.add")
        _type_in_editor(qtbot, name)
        qtbot.waitUntil(lambda n=name: _names(window)[-1:] == [n])
    return window


@pytest.mark.parametrize("list_name", LIST_NAMES)
def test_every_list_adds_an_empty_row_and_edits_it_in_place(qtbot, window, list_name):
    open_sample(qtbot, window)
    items = window.document.items(list_name)
    before = len(items)
    _click(qtbot, window, f"{list_name}.add")
    assert len(items) == before + 1
    _type_in_editor(qtbot, "Typed by hand")
    qtbot.waitUntil(
        lambda: (
            window.findChild(QTableView, f"table.{list_name}").model().index(before, 0).data()
            == "Typed by hand"
        )
    )
    first_attribute = window.findChild(QTableView, f"table.{list_name}").model().columns[0].attribute
    assert getattr(items[before], first_attribute) == "Typed by hand"


def test_reorder_with_buttons_keys_and_drag(qtbot, four_people):
    main = four_people
    table = main.findChild(QTableView, "table.people")
    table.setFocus()
    table.selectRow(3)
    _click(qtbot, main, "people.up")
    assert _names(main) == ["Ann", "Ben", "Dee", "Cas"]
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Up, ALT)
    assert _names(main) == ["Ann", "Dee", "Ben", "Cas"]
    qtbot.keyClick(table, Qt.Key.Key_Down, ALT)
    assert _names(main) == ["Ann", "Ben", "Dee", "Cas"]
    _click(qtbot, main, "people.down")
    assert _names(main) == ["Ann", "Ben", "Cas", "Dee"]

    # Drag Ann below Cas: the drop the view delivers when the row is released there.
    model = table.model()
    mime = model.mimeData([model.index(0, 0)])
    drop(table.viewport(), mime, table.visualRect(model.index(3, 0)).topLeft() + QPoint(5, 1))
    assert _names(main) == ["Ben", "Cas", "Ann", "Dee"]
    assert model.rowCount() == 4  # the view did not delete the dragged row a second time

    # Every move is one undo step.
    press(qtbot, main, Qt.Key.Key_Z, CTRL)
    assert _names(main) == ["Ann", "Ben", "Cas", "Dee"]


def test_delete_key_and_button_remove_rows_and_undo_brings_them_back(qtbot, four_people):
    main = four_people
    table = main.findChild(QTableView, "table.people")
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _names(main) == ["Ann", "Cas", "Dee"]
    assert table.currentIndex().row() == 1  # the next row is selected, ready for another Delete
    _click(qtbot, main, "people.delete")
    assert _names(main) == ["Ann", "Dee"]
    press(qtbot, main, Qt.Key.Key_Z, CTRL)
    press(qtbot, main, Qt.Key.Key_Z, CTRL)
    assert _names(main) == ["Ann", "Ben", "Cas", "Dee"]
    press(qtbot, main, Qt.Key.Key_Z, CTRL_SHIFT)
    assert _names(main) == ["Ann", "Cas", "Dee"]
    assert [table.model().index(r, 0).data() for r in range(3)] == ["Ann", "Cas", "Dee"]


def test_typing_in_a_field_is_one_undo_step_and_undo_updates_the_field(qtbot, window):
    open_sample(qtbot, window)
    headline = window.form.widget_for("card", "headline")
    original = headline.text()
    headline.setFocus()
    headline.end(False)
    qtbot.keyClicks(headline, " today")
    assert window.document.briefing.headline == original + " today"
    assert window.isWindowModified()
    # Ctrl+Z in the field goes to the app's history, not the field's private one.
    qtbot.keyClick(headline, Qt.Key.Key_Z, CTRL)
    assert window.document.briefing.headline == original
    assert headline.text() == original
    assert not window.isWindowModified()
    qtbot.keyClick(headline, Qt.Key.Key_Z, CTRL_SHIFT)
    assert headline.text() == original + " today"


def test_every_kind_of_field_is_undoable(qtbot, window):
    open_sample(qtbot, window)
    briefing = window.document.briefing
    before = (
        briefing.summary,
        briefing.citation.style,
        briefing.layout.page_size,
        briefing.layout.qr,
        briefing.citation.authors,
        briefing.date,
    )
    summary = window.form.widget_for("card", "summary")
    summary.setFocus()
    qtbot.keyClicks(summary, "X")
    window.form.widget_for("citation", "style").setCurrentIndex(2)
    window.form.widget_for("layout", "page_size").setCurrentIndex(1)
    qr = window.form.widget_for("layout", "qr")
    qtbot.mouseClick(qr, Qt.MouseButton.LeftButton, pos=QPoint(5, qr.height() // 2))
    authors = window.form.widget_for("citation", "authors")
    authors.setFocus()
    authors.selectAll()
    qtbot.keyClicks(authors, "Ann Lee; Bo Chan")
    date = window.form.widget_for("card", "date")
    date.setFocus()
    date.selectAll()
    qtbot.keyClicks(date, "4 July 2026")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert briefing.citation.authors == ["Ann Lee", "Bo Chan"]
    assert briefing.date.isoformat() == "2026-07-04"
    assert date.text() == "2026-07-04"
    assert briefing.citation.style == "chicago" and briefing.layout.page_size == "Letter"
    for _ in range(6):
        window.actions_["edit.undo"].trigger()
    after = (
        briefing.summary,
        briefing.citation.style,
        briefing.layout.page_size,
        briefing.layout.qr,
        briefing.citation.authors,
        briefing.date,
    )
    assert after == before
    assert window.form.widget_for("layout", "page_size").currentData() == before[2]
    assert window.form.widget_for("layout", "qr").isChecked() == before[3]


def test_a_date_that_is_not_a_date_is_refused_with_a_reason(qtbot, window):
    open_sample(qtbot, window)
    date = window.form.widget_for("card", "date")
    old = window.document.briefing.date
    date.setFocus()
    date.selectAll()
    qtbot.keyClicks(date, "next blursday")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    assert window.document.briefing.date == old
    assert "not a date" in window.statusBar().currentMessage()
    assert date.property("invalid") is True


def test_undo_of_a_pick_removes_its_highlight(qtbot, window):
    open_sample(qtbot, window)
    highlights = len(window.article_view.extraSelections())
    select_in_article(window, "Irena Vasić")
    press(qtbot, window, Qt.Key.Key_2, CTRL)
    assert len(window.article_view.extraSelections()) == highlights + 1
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    # (the brief flash that confirmed the pick fades out first)
    qtbot.waitUntil(lambda: len(window.article_view.extraSelections()) == highlights, timeout=3000)
    assert "Undo" in window.actions_["edit.undo"].text()
    assert window.actions_["edit.redo"].text().replace("&", "") == "Redo Add person"


def test_drops_that_are_not_rows_of_this_list_change_nothing(qtbot, four_people):
    main = four_people
    table = main.findChild(QTableView, "table.people")
    text = QMimeData()
    text.setText("Eve")
    quotes = main.findChild(QTableView, "table.quotes").model()
    quote_row = quotes.mimeData([quotes.index(0, 0)])
    for mime in (text, quote_row):
        assert not drop(table.viewport(), mime, table.visualRect(table.model().index(2, 0)).center())
    assert _names(main) == ["Ann", "Ben", "Cas", "Dee"]
