"""The desktop app (PySide6 Qt Widgets): the only package that imports Qt.

Entry point: :func:`briefing.ui.app.run`. The app edits a
:class:`~briefing.model.Briefing` through :class:`~briefing.ui.document.BriefingDocument`
(every edit an undoable command) and asks the headless core to read articles,
draft suggestions and render the card.
"""
