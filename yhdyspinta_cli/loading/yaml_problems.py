"""Turning PyYAML's errors and refusals into located problems that say what to do."""

from __future__ import annotations

from pathlib import Path

import yaml

from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.files import fail
from yhdyspinta_cli.problems import ProblemError

_CORE = "tag:yaml.org,2002:"


def tag_message(tag: str) -> str:
    """The message for a tag that is not allowed."""
    return msg("yaml_tag", tag=short_tag(tag))


def short_tag(tag: str) -> str:
    """`!!int` for YAML's own tags, the tag itself otherwise."""
    return "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag


def syntax_problem(path: Path, exc: yaml.MarkedYAMLError) -> ProblemError:
    """A syntax error at its line, with a hint for the usual causes."""
    mark = exc.problem_mark or exc.context_mark
    what = exc.problem or exc.context or msg("yaml_invalid")
    hint = msg("yaml_hint_indentation")
    if exc.context_mark is not None and (exc.context or "").startswith("while scanning a quoted"):
        mark, what = exc.context_mark, msg("yaml_unclosed_quote")
        hint = msg("yaml_hint_close_quote")
    position = (mark.line + 1, mark.column + 1) if mark else None
    if isinstance(exc, yaml.composer.ComposerError) and "another document" in what:
        what = msg("yaml_second_document")
        hint = msg("yaml_hint_one_document")
    return fail(path, position, "yaml-syntax", msg("yaml_syntax", what=what, hint=hint))


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
    message = msg("yaml_bad_character", code=f"{code:04x}", reason=exc.reason)
    return fail(path, (line, column), "yaml-syntax", message)


def first_line(exc: Exception) -> str:
    """The first line of an error's text, or its class name."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
