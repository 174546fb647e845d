"""The merge driver as git runs it: a command that can never leave OUR side alone in the file.

git runs a driver through the shell and, when it exits non-zero, reports a conflict but keeps
whatever the driver left in %A. A driver that cannot start (the venv moved, the interpreter
gone, a git GUI without the venv on PATH) leaves %A as our version, and a plain `git add` then
loses theirs. So the command first makes sure the tool can be imported with the interpreter
that set it up (an absolute path: no PATH needed), runs it, and falls back to git's own line
merge, with conflict markers, when the tool cannot start or crashes (exit above 1).
"""

from __future__ import annotations

import re
import shlex

DRIVER_NAME = "yhdyspinta"
DRIVER_KEY = f"merge.{DRIVER_NAME}.driver"
NAME_KEY = f"merge.{DRIVER_NAME}.name"
DRIVER_TITLE = "yhdyspinta: assessments by item and action id"
ATTRIBUTE = f"merge={DRIVER_NAME}"
PROBE_MODULE = "yhdyspinta_cli.history.mergefile"  # imports what a merge needs (ruamel.yaml)
# git replaces %O %A %B with quoted temporary files and %P with the quoted real path.
FALLBACK = "git merge-file -L ours -L base -L theirs %A %O %B"
_WRITTEN = re.compile(rf"^if (.+?) -c 'import {re.escape(PROBE_MODULE)}'")


def driver_command(python: str, lang: str | None = None) -> str:
    """The shell command for `merge.yhdyspinta.driver`, with `python`'s absolute path.

    Its note for a fallback is in `lang`, else in the language of the locale of whoever sets it
    up (the git config is per clone), else English.
    """
    from yhdyspinta_cli.i18n import message, problem_language

    interpreter = shlex.quote(python)
    note = shlex.quote(message("merge_driver_fallback", problem_language(lang)))
    return (
        f"if {interpreter} -c 'import {PROBE_MODULE}' 2>/dev/null; then "
        f"{interpreter} -m yhdyspinta_cli merge %O %A %B %P; status=$?; "
        '[ "$status" -le 1 ] && exit "$status"; fi; '
        f"echo {note} %P >&2; {FALLBACK}; exit 1"
    )


def driver_interpreter(command: str) -> str | None:
    """The interpreter a driver command written by `driver_command` runs, else None."""
    match = _WRITTEN.match(command)
    if match is None:
        return None
    try:
        words = shlex.split(match.group(1))
    except ValueError:
        return None
    return words[0] if len(words) == 1 else None
