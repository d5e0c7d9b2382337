"""The headless ``briefing`` commands: render, new, extract, suggest.

These never import Qt, so they start fast and run on servers and in batch jobs.
Bad input ends with one clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import APP_NAME, __version__
from .model import CITATION_STYLES, FILE_SUFFIX, PAGE_SIZES, Article, Briefing, BriefingFileError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_BROKEN_PIPE = 141
"""128 + SIGPIPE: what a Unix tool killed by a closed pipe reports, and with no message."""


class CommandError(Exception):
    """A problem the user can fix; the message is printed as it is."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description=f"{APP_NAME}: turn a news article into a one-page briefing card.",
        epilog="Run 'briefing' with no command, or 'briefing FILE', to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    render = commands.add_parser(
        "render",
        help="render a briefing card to a one-page PDF",
        description="Render INPUT to a one-page PDF. INPUT is a .briefing file, or an article, "
        "in which case the card is drafted automatically from it.",
    )
    render.add_argument("input", metavar="INPUT", help="a .briefing file, an article file or an article URL")
    _add_network_option(render)
    render.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf",
        help="where to write the PDF (default: INPUT's name with .pdf, in the current folder)",
    )
    render.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print only errors: not what was written, reduced or left out",
    )
    _add_card_options(render)
    render.set_defaults(handler=_render)

    new = commands.add_parser(
        "new",
        help="draft a .briefing file from an article",
        description="Draft a briefing from the article INPUT and save it as a .briefing file.",
    )
    new.add_argument("input", metavar="INPUT", help="an article file or URL")
    _add_network_option(new)
    new.add_argument(
        "-o", "--output", metavar="FILE.briefing", help="where to save (default: INPUT's name with .briefing)"
    )
    new.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")
    _add_card_options(new)
    new.set_defaults(handler=_new)

    extract = commands.add_parser(
        "extract",
        help="show the article text and metadata read from a file",
        description="Read the article INPUT and print its metadata and text.",
    )
    extract.add_argument("input", metavar="INPUT", help="an article file or URL")
    _add_network_option(extract)
    extract.add_argument(
        "--json",
        action="store_true",
        help="print JSON with the article fields of a .briefing file (title, authors, published, "
        "site_name, url, language, source_format, origins, paragraphs, ...)",
    )
    extract.set_defaults(handler=_extract)

    suggest = commands.add_parser(
        "suggest",
        help="list suggested quotes, people, places, dates and positions",
        description="Print what Briefing suggests for the card of article INPUT.",
    )
    suggest.add_argument("input", metavar="INPUT", help="an article file or URL, or a .briefing file")
    _add_network_option(suggest)
    suggest.add_argument("--json", action="store_true", help="print JSON")
    suggest.set_defaults(handler=_suggest)
    return parser


def _add_network_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--allow-private-hosts",
        action="store_true",
        help="let a URL (or a redirect) reach servers on this computer or a private network, e.g. an intranet "
        "(refused by default; also a preference)",
    )


def _add_card_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--page-size",
        choices=sorted(PAGE_SIZES),
        help="paper size (default: the briefing's, else your preference: A4, or Letter where the locale uses it)",
    )
    command.add_argument(
        "--style",
        choices=sorted(CITATION_STYLES),
        help="citation style (default: the briefing's, else your preference, else apa)",
    )
    command.add_argument(
        "--marking", metavar="TEXT", help="handling marking, e.g. TLP:AMBER, OFFICIAL-SENSITIVE, or free text"
    )
    command.add_argument(
        "--no-marking",
        dest="marking",
        action="store_const",
        const="",
        help="no handling marking, whatever the briefing or your preference says",
    )
    command.add_argument(
        "--draft",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="print a DRAFT watermark (--no-draft: leave it out)",
    )
    command.add_argument(
        "--qr",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="print a QR code of the source URL (--no-qr: leave it out)",
    )
    command.add_argument(
        "--template",
        metavar="FILE|NAME",
        help="house style: a template .json file, or a built-in or imported one by name "
        "(standard, compact, mono); the other options override its paper, style and marking",
    )
    command.add_argument("--prepared-by", metavar="NAME", help="who prepared the card")
    command.add_argument(
        "--no-prepared-by",
        dest="prepared_by",
        action="store_const",
        const="",
        help="leave out who prepared it",
    )
    command.add_argument("--prepared-for", metavar="TEXT", help="the person or meeting the card is for")
    command.add_argument(
        "--no-prepared-for",
        dest="prepared_for",
        action="store_const",
        const="",
        help="leave out who the card is for",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one headless command; returns the exit code."""
    parser = build_parser()
    arguments = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(arguments, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        code = handler(arguments)
        sys.stdout.flush()  # a closed pipe shows here, not in an unraisable error at exit
        return code
    except BrokenPipeError:
        return _quiet_after_closed_pipe()
    except (CommandError, BriefingFileError) as error:
        return _fail(str(error))
    except _ingest_error() as error:
        return _fail(str(error))
    except OSError as error:
        where = f" {error.filename}" if error.filename else ""
        return _fail(f"could not write{where}: {error.strerror or error}")
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as error:  # a bug of ours: say so in one line, keep the trace for debugging
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        return _fail(
            f"internal error ({type(error).__name__}: {error}); please report it. Set BRIEFING_DEBUG=1 for details"
        )


def _quiet_after_closed_pipe() -> int:
    """The reader of our output went away (``briefing suggest X | head -1``): stop quietly.

    Standard output is pointed at the null device so the interpreter's last flush at exit
    cannot complain about the same closed pipe.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return EXIT_BROKEN_PIPE


def _fail(message: str) -> int:
    print(f"briefing: error: {message}", file=sys.stderr)
    return EXIT_FAILURE


def _warn(message: str) -> None:
    print(f"briefing: warning: {message}", file=sys.stderr)


def _ingest_error() -> type[Exception]:
    from .ingest import IngestError

    return IngestError


# -- reading input --------------------------------------------------------------------


def read_input_article(path: str, allow_private_hosts: bool = False) -> Article:
    """The article in a file, or at an http(s) URL (private hosts only if allowed here or in the
    preferences), saying on stderr if it was too long to read whole."""
    if path.lower().startswith(("http://", "https://")):
        from .ingest import fetch_article
        from .settings import load_preferences

        allowed = allow_private_hosts or load_preferences().allow_private_hosts
        article = fetch_article(path, allow_private_hosts=allowed)
    else:
        from .ingest import read_article

        article = read_article(path)
    if article.truncated:
        _warn(article.truncated)
    return article


def read_input_briefing(path: str, arguments: argparse.Namespace) -> Briefing:
    """A ``.briefing`` file as saved (the options applied), or a draft from an article file."""
    if Path(path).suffix.lower() == FILE_SUFFIX:
        from .model import load

        briefing = load(path)
        _apply_card_options(briefing, arguments)
        return briefing
    return draft_from_article(read_input_article(path, arguments.allow_private_hosts), arguments)


def draft_from_article(article: Article, arguments: argparse.Namespace) -> Briefing:
    """An automatic card for ``article`` with the user's preferences and the command's options,
    holding as many suggestions as fit its paper at full size."""
    from .drafting import draft_to_fit
    from .settings import load_preferences

    card = Briefing.from_article(article)
    load_preferences().apply_to(card)
    _apply_card_options(card, arguments)
    return draft_to_fit(article, card)


def _apply_card_options(briefing: Briefing, arguments: argparse.Namespace) -> None:
    if getattr(arguments, "template", None):
        from .model import TemplateError
        from .templates import find_template, use_template

        try:
            use_template(briefing, find_template(arguments.template))
        except TemplateError as error:
            raise CommandError(f"template: {error}") from error
    if arguments.style:
        briefing.citation.style = arguments.style
    if arguments.page_size:
        briefing.layout.page_size = arguments.page_size
    if arguments.marking is not None:
        briefing.layout.marking = arguments.marking.strip()
    if arguments.draft is not None:
        briefing.layout.draft = arguments.draft
    if arguments.qr is not None:
        briefing.layout.qr = arguments.qr
    if arguments.prepared_by is not None:
        briefing.prepared_by = arguments.prepared_by
    if arguments.prepared_for is not None:
        briefing.prepared_for = arguments.prepared_for


def _default_output(input_path: str, suffix: str) -> Path:
    """``INPUT``'s name with ``suffix``, in the current folder (a URL's last path segment)."""
    if input_path.lower().startswith(("http://", "https://")):
        from urllib.parse import urlsplit

        parts = urlsplit(input_path)
        segments = [segment for segment in parts.path.split("/") if segment]
        name = Path(segments[-1]).stem if segments else parts.hostname or "article"
        return Path((name or "article") + suffix)
    return Path(Path(input_path).stem + suffix)


def _refuse_overwriting_input(input_path: str, output: Path) -> None:
    try:
        if output.exists() and output.resolve() == Path(input_path).resolve():
            raise CommandError(f"the output {output} is the input file; choose another name with -o")
    except OSError:
        pass


def write_problem(output: Path, error: OSError) -> str:
    """Why ``output`` could not be written, naming it (never the temporary file beside it)."""
    try:
        if output.is_dir():
            return f"could not write {output}: it is a folder; give a file name, e.g. {output / 'card.pdf'}"
        folder = output.parent if str(output.parent) else Path(".")
        if not folder.exists():
            return f"could not write {output}: the folder {folder} does not exist"
        if not folder.is_dir():
            return f"could not write {output}: {folder} is a file, not a folder"
    except OSError:
        pass
    return f"could not write {output}: {error.strerror or error}"


# -- commands -------------------------------------------------------------------------


def _render(arguments: argparse.Namespace) -> int:
    briefing = read_input_briefing(arguments.input, arguments)
    output = Path(arguments.output) if arguments.output else _default_output(arguments.input, ".pdf")
    _refuse_overwriting_input(arguments.input, output)
    from .render import write_pdf

    try:
        result = write_pdf(briefing, output)
    except OSError as error:
        raise CommandError(write_problem(output, error)) from error
    if not arguments.quiet:
        for line in result.fit_lines:  # every reduction, item left out and shortening
            _warn(line)
    if result.missing_glyphs:
        _warn(f"no installed font can draw these characters: {result.missing_glyphs}")
    if not arguments.quiet:
        print(f"Wrote {output}")
    return EXIT_OK


def _new(arguments: argparse.Namespace) -> int:
    from .model import save

    if Path(arguments.input).suffix.lower() == FILE_SUFFIX:
        raise CommandError(f"{arguments.input} is already a briefing; 'new' takes an article file")
    article = read_input_article(arguments.input, arguments.allow_private_hosts)
    briefing = draft_from_article(article, arguments)
    output = Path(arguments.output) if arguments.output else _default_output(arguments.input, FILE_SUFFIX)
    if output.suffix.lower() != FILE_SUFFIX:
        output = output.with_name(output.name + FILE_SUFFIX)
    if output.exists() and not arguments.force:
        raise CommandError(f"{output} exists already; use --force to overwrite it")
    save(briefing, output, written_by=f"{APP_NAME} {__version__}")
    print(f"Wrote {output}")
    return EXIT_OK


def article_json(article: Article) -> dict[str, Any]:
    """The article as ``briefing extract --json`` prints it: the fields and names of the article
    in a ``.briefing`` file, plus ``to_confirm`` (the fields whose signals disagreed)."""
    from .model import dumps

    fields: dict[str, Any] = json.loads(dumps(Briefing(article=article)))["briefing"]["article"]
    fields["to_confirm"] = article.fields_to_confirm()
    return fields


def _extract(arguments: argparse.Namespace) -> int:
    if Path(arguments.input).suffix.lower() == FILE_SUFFIX:
        from .model import load

        article = load(arguments.input).article
        if article is None:
            raise CommandError(f"{arguments.input} holds no article")
    else:
        article = read_input_article(arguments.input, arguments.allow_private_hosts)
    if arguments.json:
        print(json.dumps(article_json(article), ensure_ascii=False, indent=2))
        return EXIT_OK
    fields = article_json(article)
    for name in (
        "title",
        "byline",
        "published",
        "site_name",
        "url",
        "language",
        "photo_credit",
        "source_format",
    ):
        if fields[name]:
            print(f"{name.replace('_', ' ') + ':':15}{fields[name]}")
    print(f"{'paragraphs:':15}{len(article.paragraphs)} ({len(article.text.split())} words)")
    print(f"{'fingerprint:':15}{article.fingerprint}")
    for name in article.fields_to_confirm():
        origin = article.origin(name)
        if origin is not None:
            others = "; ".join(f"{other.value} ({other.source})" for other in origin.alternatives)
            print(f"{'check:':15}{name} from {origin.source}; other signals say: {others}")
    for paragraph in article.paragraphs:
        print()
        print(paragraph)
    return EXIT_OK


def _suggest(arguments: argparse.Namespace) -> int:
    from . import suggest as suggest_module

    if Path(arguments.input).suffix.lower() == FILE_SUFFIX:
        from .model import load

        article = load(arguments.input).article
        if article is None:
            raise CommandError(f"{arguments.input} holds no article")
    else:
        article = read_input_article(arguments.input, arguments.allow_private_hosts)
    suggestions = suggest_module.suggest(article).to_json_dict()
    if arguments.json:
        print(json.dumps(suggestions, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_suggestions(suggestions)
    return EXIT_OK


def _print_suggestions(suggestions: dict[str, Any]) -> None:
    if suggestions.get("summary"):
        print("Summary\n  " + suggestions["summary"])
    layouts: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        (
            "quotes",
            lambda q: (
                f"“{q['text']}” — {q['speaker'] or 'unknown speaker'}"
                + (f", {q['role']}" if q.get("role") else "")
            ),
        ),
        ("people", lambda p: p["name"] + (f" — {p['position']}" if p.get("position") else "")),
        ("places", lambda p: p["name"]),
        ("dates", lambda d: f"{d['text']} ({d['date'] or 'date unknown'}): {d['event']}"),
        ("positions", lambda s: f"{s['party']}: {s['stance']}"),
    ]
    for kind, line in layouts:
        items = suggestions.get(kind) or []
        if items:
            print(f"\n{kind.capitalize()}")
            for item in items:
                print("  " + line(item))


if __name__ == "__main__":
    sys.exit(main())
