"""The one error boundary: known errors as one line and an exit code, never a traceback."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path

import typer

from yhdyspinta_cli.cli.placeholders import set_placeholders
from yhdyspinta_cli.problems import ProblemError, UserError

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_BUG = 3
EXIT_INTERRUPTED = 130

BUG_REPORTS = "the project's issue tracker"


def run(app: typer.Typer, args: list[str] | None = None) -> None:
    """Run the app and exit with its code, mapping every error to one clear message."""
    sys.exit(run_for_code(app, args))


def run_for_code(app: typer.Typer, args: list[str] | None = None) -> int:
    """Run the app and return its exit code."""
    command = typer.main.get_command(app)
    set_placeholders(command)
    try:
        result = command.main(args=args, prog_name="yhdyspinta", standalone_mode=False)
    except typer.Abort:  # end of input at a prompt; Ctrl-C comes back as exit code 130
        _say("interrupted")
        return EXIT_INTERRUPTED
    except typer.TyperException as error:  # usage errors of typer's bundled click
        show = getattr(error, "show", None)
        if show is not None:
            show()
        code = getattr(error, "exit_code", EXIT_USAGE)
        return code if isinstance(code, int) else EXIT_USAGE
    except ProblemError as error:
        for problem in error.problems:
            _say(problem.format())
        return EXIT_PROBLEMS
    except UserError as error:
        _say(f"error: {error}")
        return EXIT_PROBLEMS
    except OSError as error:
        _say(f"error: {_describe_os_error(error)}")
        return EXIT_PROBLEMS
    except Exception:
        _say(f"internal error (a bug): please report it to {BUG_REPORTS} with {_crash_log()}")
        return EXIT_BUG
    return result if isinstance(result, int) else EXIT_OK


def _describe_os_error(error: OSError) -> str:
    where = f"{error.filename}: " if error.filename else ""
    reason = error.strerror or str(error)
    return f"{where}{reason}; nothing was written. Check the path, permissions and free disk space"


def _crash_log() -> Path:
    handle, name = tempfile.mkstemp(prefix="yhdyspinta-crash-", suffix=".log", text=True)
    with os.fdopen(handle, "w", encoding="utf-8") as log:
        log.write(traceback.format_exc())
    return Path(name)


def _say(text: str) -> None:
    print(text, file=sys.stderr)
