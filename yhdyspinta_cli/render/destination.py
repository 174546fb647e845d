"""Where `-o` may write: a new path or a regular file that is none of the command's inputs.

A report written over its own assessment destroys it; over a FIFO it hangs; over a device or a
symbolic link it replaces something that is not ours. So every file a report or summary writes
(the document and each chart beside it) is checked before the first is written, and written
atomically (atomic.py) only when all of them pass.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from yhdyspinta_cli.atomic import write_atomic
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.problems import UserError
from yhdyspinta_cli.render.document import Rendered

SEPARATORS = tuple(s for s in (os.sep, os.altsep) if s)


class OutputRefused(UserError):
    """`-o` names something that must not be written; a usage error (exit 2)."""


def output_path(raw: str, example: str) -> Path:
    """The path `-o` names, refused when it is empty or ends in a slash (a folder)."""
    if not raw.strip():
        raise OutputRefused(msg("output_empty", example=example))
    if raw.endswith(SEPARATORS):
        raise OutputRefused(msg("output_names_folder", path=raw, example=f"{raw}{example}"))
    return Path(raw)


def check_destination(path: Path, inputs: Iterable[Path | str]) -> None:
    """Refuse `path` unless it is new or a regular file that is not one of `inputs`."""
    try:
        status = path.lstat()
    except (FileNotFoundError, NotADirectoryError):
        _check_folder(path)
        return
    if stat.S_ISLNK(status.st_mode):
        raise OutputRefused(msg("output_symlink", path=str(path)))
    if stat.S_ISDIR(status.st_mode):
        raise OutputRefused(
            msg("output_is_folder", path=str(path), example=str(path / "report.md"))
        )
    if not stat.S_ISREG(status.st_mode):
        raise OutputRefused(msg("output_not_regular", path=str(path)))
    source = _same_file(status, inputs)
    if source is not None:
        raise OutputRefused(msg("output_is_input", path=str(path), source=str(source)))


def write_rendered(output: Path, document: Rendered, inputs: Iterable[Path | str]) -> None:
    """Check every file first, then write the charts beside `output` and `output` itself."""
    sources = list(inputs)
    charts = {output.parent / name: svg for name, svg in document.files.items()}
    for path in (output, *charts):
        check_destination(path, sources)
    output.parent.mkdir(parents=True, exist_ok=True)
    for path, svg in charts.items():
        write_atomic(path, svg)
    write_atomic(output, document.text if document.data is None else document.data)


def _same_file(status: os.stat_result, inputs: Iterable[Path | str]) -> Path | str | None:
    """The input that is the same file as `status` (after links, hard links too), if any."""
    for source in inputs:
        try:
            other = os.stat(source)  # noqa: PTH116 - the summary's many paths are plain str
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (status.st_dev, status.st_ino):
            return source
    return None


def _check_folder(path: Path) -> None:
    """A new file's nearest existing ancestor must be a folder (or become one by mkdir)."""
    for folder in path.parents:
        if folder.exists():
            if not folder.is_dir():
                raise OutputRefused(
                    msg("output_parent_not_folder", folder=str(folder), path=str(path))
                )
            return
