"""The one error boundary: known errors as one line and an exit code, never a traceback."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path

import typer

from yhdyspinta_cli.cli.help_texts import help_language, set_help, shows_help
from yhdyspinta_cli.cli.placeholders import set_placeholders
from yhdyspinta_cli.cli.usage_errors import show_usage_error
from yhdyspinta_cli.i18n import ENGLISH, catalog, languages, localize, message, problem_language
from yhdyspinta_cli.problems import ProblemError, UserError

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_BUG = 3
EXIT_INTERRUPTED = 130


def run(app: typer.Typer, args: list[str] | None = None) -> None:
    """Run the app and exit with its code, mapping every error to one clear message."""
    sys.exit(run_for_code(app, args))


def run_for_code(app: typer.Typer, args: list[str] | None = None) -> int:
    """Run the app and return its exit code."""
    command = typer.main.get_command(app)
    set_placeholders(command)
    words = list(sys.argv[1:] if args is None else args)
    try:
        if shows_help(command, words):  # only then: a real command does not read the catalogs
            set_help(command, help_language(words))
        result = command.main(args=args, prog_name="yhdyspinta", standalone_mode=False)
    except typer.Abort:  # end of input at a prompt; Ctrl-C comes back as exit code 130
        _say(_words(args, "boundary_interrupted"))
        return EXIT_INTERRUPTED
    except typer.TyperException as error:  # usage errors of typer's bundled click
        if getattr(error, "show", None) is not None:
            show_usage_error(error, _language(args))
        code = getattr(error, "exit_code", EXIT_USAGE)
        return code if isinstance(code, int) else EXIT_USAGE
    except ProblemError as error:
        for problem in error.problems:
            _say(problem.format(_language(args)))
        return EXIT_PROBLEMS
    except UserError as error:
        said = localize(error.args[0], _language(args)) if error.args else str(error)
        _say(_words(args, "boundary_error", message=said))
        return EXIT_PROBLEMS
    except OSError as error:
        _say(_words(args, "boundary_error", message=_describe_os_error(error, _language(args))))
        return EXIT_PROBLEMS
    except Exception:
        where = _words(args, "boundary_bug_reports")
        _say(_words(args, "boundary_bug", where=where, log=_crash_log()))
        return EXIT_BUG
    return result if isinstance(result, int) else EXIT_OK


def _describe_os_error(error: OSError, lang: str) -> str:
    where = f"{error.filename}: " if error.filename else ""
    reason = error.strerror or str(error)
    return message("boundary_os_error", lang, where=where, reason=reason)


def _language(args: list[str] | None) -> str:
    """The language of what the boundary says: `--lang` if given and known, else the locale's."""
    words = list(sys.argv[1:] if args is None else args)
    given = [w.split("=", 1)[1] for w in words if w.startswith("--lang=")]
    given += [words[i + 1] for i, w in enumerate(words[:-1]) if w == "--lang"]
    for code in [*reversed(given), problem_language(None)]:
        if code in languages() and _readable(code):
            return code
    return ENGLISH


def _readable(lang: str) -> bool:
    """Whether the catalog of `lang` loads: a broken one must not break the error message."""
    try:
        catalog(lang)
    except UserError:
        return False
    return True


def _words(args: list[str] | None, key: str, **params: object) -> str:
    return message(key, _language(args), **params)


def _crash_log() -> Path:
    handle, name = tempfile.mkstemp(prefix="yhdyspinta-crash-", suffix=".log", text=True)
    with os.fdopen(handle, "w", encoding="utf-8") as log:
        log.write(traceback.format_exc())
    return Path(name)


def _say(text: str) -> None:
    print(text, file=sys.stderr)
