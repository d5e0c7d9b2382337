"""The user's template library: the built-ins, imported template files, and ``--template`` lookup.

Qt-free, so ``briefing render/new --template`` and the app share it. Imported templates
are copied (checked and normalised) into ``templates/`` in the config folder; the app
and the command line then know them by name.
"""

from __future__ import annotations

import base64
import dataclasses
import os
import re
from pathlib import Path

from .model import (
    Briefing,
    Template,
    TemplateError,
    atomic_write,
    builtin_templates,
    language_of_locale,
    template_from_json,
    template_to_json,
)
from .model.template import MAX_TEMPLATE_BYTES, TEMPLATE_SUFFIX
from .settings import config_dir

TEMPLATES_FOLDER = "templates"


def library_dir(folder: Path | None = None) -> Path:
    return (folder or config_dir()) / TEMPLATES_FOLDER


def read_template(path: str | os.PathLike[str]) -> Template:
    """The template in the file at ``path``; :class:`TemplateError` with the file's name if it is not one."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateError(f"{file.name}: the file is too large to be a template")
        data = file.read_bytes()
    except OSError as error:
        raise TemplateError(f"could not open {file}: {error.strerror or error}") from error
    try:
        return template_from_json(data)
    except TemplateError as error:
        raise TemplateError(f"{file.name}: {error}") from error


def export_template(template: Template, path: str | os.PathLike[str]) -> None:
    """Write ``template`` as a file to share (atomically)."""
    try:
        atomic_write(path, template_to_json(template).encode("utf-8"))
    except OSError as error:
        raise TemplateError(f"could not write {os.fspath(path)}: {error.strerror or error}") from error


def import_template(path: str | os.PathLike[str], folder: Path | None = None) -> Template:
    """Check the template file at ``path`` and add it to the library (replacing one of the same name).

    Its logo came from someone else's computer: it is decoded and re-encoded like a new one.
    """
    from .logo import LogoError  # deferred, as Pillow is: the app's window opens without it

    template = read_template(path)
    if template.logo:
        try:
            template = with_logo_bytes(template, template.logo_png)
        except LogoError as error:
            raise TemplateError(f"{Path(path).name}: logo: {error}") from error
    save_to_library(template, folder)
    return template


def save_to_library(template: Template, folder: Path | None = None) -> str:
    """Store ``template`` in the library (replacing one of the same name); its name there."""
    library = library_dir(folder)
    try:
        library.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TemplateError(f"could not create {library}: {error.strerror or error}") from error
    key = _file_stem(template.name)
    export_template(template, library / (key + TEMPLATE_SUFFIX))
    return key


def with_logo(template: Template, path: str | os.PathLike[str]) -> Template:
    """A copy of ``template`` with the logo in the image file at ``path``; :class:`LogoError` if it
    cannot be used (``template`` is left as it was)."""
    from .logo import read_logo

    return with_logo_bytes(template, read_logo(path))


def with_logo_bytes(template: Template, data: bytes) -> Template:
    from .logo import process_logo

    png = process_logo(data)
    return dataclasses.replace(template, logo=base64.b64encode(png).decode("ascii"))


def library_templates(folder: Path | None = None) -> dict[str, Template]:
    """The built-ins and the imported templates by name (a damaged file in the library is skipped)."""
    found = builtin_templates()
    library = library_dir(folder)
    if library.is_dir():
        for file in sorted(library.glob("*" + TEMPLATE_SUFFIX)):
            try:
                found[file.stem] = read_template(file)
            except TemplateError:
                continue
    return found


def find_template(spec: str, folder: Path | None = None) -> Template:
    """``--template FILE|NAME``: a template file, else a built-in or imported template by name."""
    if Path(spec).suffix.lower() == TEMPLATE_SUFFIX or os.sep in spec or Path(spec).is_file():
        return read_template(spec)
    templates = library_templates(folder)
    key = _file_stem(spec)
    for name, template in templates.items():
        if key in (name, _file_stem(template.name)):
            return template
    raise TemplateError(f"no template named {spec!r} (known: {', '.join(templates)}; or give a .json file)")


def use_template(briefing: Briefing, template: Template) -> None:
    """Make ``briefing`` use ``template``; a template without a language takes the user's locale's."""
    template.apply_to(briefing, user_language())


def user_language() -> str:
    """The shipped card language of the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return language_of_locale(value.split(":")[0])
    return "en"


def _file_stem(name: str) -> str:
    return re.sub(r"[^\w-]+", "-", name.strip().lower()).strip("-") or "template"
