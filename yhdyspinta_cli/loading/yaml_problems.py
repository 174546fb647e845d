"""Turning PyYAML's errors and refusals into located problems that say what to do."""

from __future__ import annotations

from pathlib import Path

import yaml

from yhdyspinta_cli.loading.files import fail
from yhdyspinta_cli.problems import ProblemError

_CORE = "tag:yaml.org,2002:"


def tag_message(tag: str) -> str:
    """The message for a tag that is not allowed."""
    return f"YAML tag '{short_tag(tag)}' is not allowed here; remove it"


def short_tag(tag: str) -> str:
    """`!!int` for YAML's own tags, the tag itself otherwise."""
    return "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag


def syntax_problem(path: Path, exc: yaml.MarkedYAMLError) -> ProblemError:
    """A syntax error at its line, with a hint for the usual causes."""
    mark = exc.problem_mark or exc.context_mark
    what = exc.problem or exc.context or "invalid YAML"
    hint = "check the indentation and quoting on this line and the one above"
    if exc.context_mark is not None and (exc.context or "").startswith("while scanning a quoted"):
        mark, what = exc.context_mark, "a quote that starts here is never closed"
        hint = "add the closing quote"
    position = (mark.line + 1, mark.column + 1) if mark else None
    if isinstance(exc, yaml.composer.ComposerError) and "another document" in what:
        what = "a second document starts here (---)"
        hint = "a file holds one document; remove this part or move it to a file of its own"
    return fail(path, position, "yaml-syntax", f"YAML syntax error: {what}; {hint}")


def reader_problem(
    path: Path, text: str, exc: yaml.reader.ReaderError, counts_bytes: bool
) -> ProblemError:
    """A character YAML does not allow, such as NUL; libyaml counts its offset in UTF-8 bytes."""
    if counts_bytes:
        before = text.encode("utf-8")[: exc.position].decode("utf-8", "replace")
    else:
        before = text[: exc.position]
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    message = f"character #x{code:04x} is not allowed in YAML ({exc.reason}); remove it"
    return fail(path, (line, column), "yaml-syntax", message)


def first_line(exc: Exception) -> str:
    """The first line of an error's text, or its class name."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
