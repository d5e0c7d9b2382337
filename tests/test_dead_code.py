"""What the maintainer read in issue 11 (item 25) stays fixed: one name per thing, no build tool at run time."""

from __future__ import annotations

import importlib.util
import inspect
import re
from pathlib import Path

import briefing
import briefing.render

PACKAGE = Path(briefing.__file__).parent


def sources() -> dict[str, str]:
    return {
        str(path.relative_to(PACKAGE)): path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py")
    }


def test_render_fit_names_its_module_not_a_function_of_it() -> None:
    assert inspect.ismodule(briefing.render.fit)


def test_the_gazetteer_build_tool_is_not_part_of_the_runtime_package() -> None:
    assert importlib.util.find_spec("briefing.suggest.make_gazetteer") is None
    assert (PACKAGE.parent / "packaging" / "make_gazetteer.py").exists()


def test_month_names_are_written_in_one_place_and_never_by_the_locale() -> None:
    tables = [name for name, text in sources().items() if '"September"' in text]
    assert tables == ["model/dates.py"]
    by_locale = [
        name for name, text in sources().items() if re.search(r"%[aAbB]", text) and name != "model/dates.py"
    ]
    assert by_locale == []


def test_no_stale_names_remain() -> None:
    text = sources()
    assert "def plain(" not in text["render/markup.py"]
    assert "def select_span(" not in text["ui/article_view.py"]
    assert "checkable" not in text["ui/actions.py"] and "_parent" not in text["ui/actions.py"]
    assert "_shown" not in text["ui/suggestions_panel.py"]
    assert "def splitter(" not in text["ui/main_window.py"]
    assert "not available in this version" not in text["cli.py"]
    assert "good enough for the citation" not in text["ingest/language.py"]
