"""The one error boundary: every error class mapped to its exit code, never a traceback."""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from yhdyspinta_cli.cli.help_texts import help_language, langs_on_line, set_help, shows_help
from yhdyspinta_cli.cli.output import say, say_problems
from yhdyspinta_cli.cli.placeholders import set_placeholders
from yhdyspinta_cli.cli.usage_errors import show_usage_error
from yhdyspinta_cli.exit_codes import ExitCode
from yhdyspinta_cli.i18n import (
    ENGLISH,
    built_in_english,
    catalog,
    command_language,
    languages,
    localize,
    message,
    problem_language,
)
from yhdyspinta_cli.problems import (
    ConfigError,
    OptionFileError,
    ProblemError,
    UsageError,
    UserError,
)


def run(app: typer.Typer, args: list[str] | None = None) -> None:
    """Run the app and exit with its code, mapping every error to one clear message."""
    sys.exit(run_for_code(app, args))


def run_for_code(app: typer.Typer, args: list[str] | None = None) -> int:
    """Run the app and return its exit code."""
    try:
        with _interrupts_raised():
            return _invoke(app, args)
    except KeyboardInterrupt:  # outside the command, where typer turns it into exit 130 itself
        return ExitCode.INTERRUPTED


def _invoke(app: typer.Typer, args: list[str] | None) -> int:
    command = typer.main.get_command(app)
    set_placeholders(command)
    words = list(sys.argv[1:] if args is None else args)
    try:
        if shows_help(command, words):  # only then: a real command does not read the catalogs
            set_help(command, help_language(words))
        with command_language(_given_language(args)):
            result = command.main(args=args, prog_name="yhdyspinta", standalone_mode=False)
    except typer.Abort:  # end of input at a prompt (typer makes Ctrl-C an Exit(130) itself)
        _say(_words(args, "boundary_interrupted"))
        return ExitCode.INTERRUPTED
    except typer.TyperException as error:  # usage errors of typer's bundled click
        if getattr(error, "show", None) is not None:
            show_usage_error(error, _language(args))
        code = getattr(error, "exit_code", ExitCode.USAGE)
        return code if isinstance(code, int) else ExitCode.USAGE
    except (ConfigError, OptionFileError) as error:
        say_problems(error.problems, lang=_language(args))
        return ExitCode.USAGE
    except ProblemError as error:
        say_problems(error.problems, lang=_language(args))
        return ExitCode.PROBLEMS
    except UserError as error:
        said = localize(error.args[0], _language(args)) if error.args else str(error)
        _say(_words(args, "boundary_error", message=said))
        return ExitCode.USAGE if isinstance(error, UsageError) else ExitCode.PROBLEMS
    except OSError as error:
        _say(_words(args, "boundary_error", message=_describe_os_error(error, _language(args))))
        return ExitCode.PROBLEMS
    except Exception:
        where = _words(args, "boundary_bug_reports")
        _say(_words(args, "boundary_bug", where=where, log=_crash_log()))
        return ExitCode.INTERNAL
    return int(result) if isinstance(result, int) else ExitCode.OK


@contextmanager
def _interrupts_raised() -> Iterator[None]:
    """While a command runs, Ctrl-C raises KeyboardInterrupt, so a walk can save first.

    Before and after, the console script's handler (`yhdyspinta_cli.entry`) just exits 130.
    """
    if not _in_main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _describe_os_error(error: OSError, lang: str) -> str:
    where = f"{error.filename}: " if error.filename else ""
    # The system's own reason (`No such file or directory`) stays as the OS says it, framed by
    # the catalog's sentence; the reasons this tool gives are catalog messages.
    reason = localize(error.strerror, lang) if error.strerror else str(error)
    return message("boundary_os_error", lang, where=where, reason=reason)


def _language(args: list[str] | None) -> str:
    """The language of what the boundary says: `--lang` if given and known, else the locale's."""
    fallback = problem_language(None)
    return _given_language(args) or (fallback if _usable(fallback) else ENGLISH)


def _given_language(args: list[str] | None) -> str | None:
    """The last `--lang` on the command line whose catalog loads, if any."""
    given = langs_on_line(sys.argv[1:] if args is None else args)
    return next((code for code in reversed(given) if _usable(code)), None)


def _usable(code: str) -> bool:
    return code in languages() and _readable(code)


def _readable(lang: str) -> bool:
    """Whether the catalog of `lang` loads: a broken one must not break the error message."""
    try:
        catalog(lang)
    except UserError:
        return False
    return True


def _words(args: list[str] | None, key: str, **params: object) -> str:
    try:
        return message(key, _language(args), **params)
    except UserError:  # not even the English catalog can be read: say so in built-in words
        return built_in_english(key, **params)


def _crash_log() -> Path:
    handle, name = tempfile.mkstemp(prefix="yhdyspinta-crash-", suffix=".log", text=True)
    with os.fdopen(handle, "w", encoding="utf-8") as log:
        log.write(traceback.format_exc())
    return Path(name)


def _say(text: str) -> None:
    say(text)
