"""The desktop app (PySide6 Qt Widgets): the only package that imports Qt.

Entry point: :func:`briefing.ui.app.run`. The app edits a
:class:`~briefing.model.Briefing` through :class:`~briefing.ui.document.BriefingDocument`
(every edit an undoable command) and asks the headless core to read articles,
draft suggestions and render the card.
"""

from . import pyside_fix

pyside_fix.apply()  # before any other Qt use: see the module for the PySide6 6.12 bug it works around
