"""Reading a user's file: regular files only, within the size limit, as UTF-8 text.

Anything that is not a regular file is refused before it is opened for reading: a named pipe
would block the command until someone writes to it, and `/dev/zero` never ends. The path is
checked with `stat` first, then opened without blocking (where the platform can) and checked
again on the open descriptor, so a file swapped for a pipe in between is refused too.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.problems import Problem, ProblemError

MAX_BYTES = 5 * 1024 * 1024
# O_NONBLOCK keeps opening a FIFO from waiting for a writer; Windows has neither, nor FIFOs.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_KINDS = (
    (stat.S_ISFIFO, "file_kind_fifo"),
    (stat.S_ISCHR, "file_kind_character_device"),
    (stat.S_ISBLK, "file_kind_block_device"),
    (stat.S_ISSOCK, "file_kind_socket"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def read_text(path: Path) -> str:
    """Read a user file as UTF-8, with a located problem for each way that can fail."""
    return decode_text(path, read_bytes(path))


def read_bytes(path: Path) -> bytes:
    """A user file's bytes; refuses what is missing, not a regular file or too large to be ours."""
    refuse_unless_regular(path, _stat(path))
    descriptor = _open(path)
    try:
        refuse_unless_regular(path, os.fstat(descriptor))
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)  # a regular file: plain reads from here on
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            raw = stream.read(MAX_BYTES + 1)
    finally:
        os.close(descriptor)
    if len(raw) > MAX_BYTES:  # it grew after the stat
        raise _too_large(path, len(raw))
    return raw


def refuse_unless_regular(path: Path, status: os.stat_result) -> None:
    """Raise a problem unless `status` is that of a regular file within the size limit."""
    if stat.S_ISDIR(status.st_mode):
        raise fail(path, None, "not-a-file", msg("file_directory"))
    if not stat.S_ISREG(status.st_mode):
        kind = next((key for test, key in _KINDS if test(status.st_mode)), "file_kind_other")
        text = msg("file_not_regular", what=msg(kind))
        raise fail(path, None, "not-a-file", text)
    if status.st_size > MAX_BYTES:
        raise _too_large(path, status.st_size)


def file_problem(path: Path) -> Problem | None:
    """Why `path` cannot be read as a user file, without opening it; None when it can."""
    try:
        refuse_unless_regular(path, _stat(path))
    except ProblemError as error:
        return error.problems[0]
    return None


def folder_of(path: Path) -> Path:
    """The folder holding `path` once its links are followed; its own folder when they loop."""
    try:
        return path.resolve().parent
    except (OSError, RuntimeError):  # a symbolic link loop: RuntimeError before Python 3.13
        return path.absolute().parent


def decode_text(path: Path, raw: bytes) -> str:
    """The bytes as UTF-8 text; otherwise a problem at the first bad byte."""
    if raw.startswith(_UTF16_BOMS) or (len(raw) > 1 and (raw[0] == 0 or raw[1] == 0)):
        text = msg("file_utf16")
        raise fail(path, (1, 1), "not-utf8", text)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise fail(
            path,
            (line, column),
            "not-utf8",
            msg("file_not_utf8"),
        ) from None


def _stat(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except OSError as error:
        raise _os_problem(path, error) from None


def _open(path: Path) -> int:
    try:
        return os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _os_problem(path, error) from None


def _os_problem(path: Path, error: OSError) -> ProblemError:
    if error.errno == errno.ELOOP:
        return fail(path, None, "symlink-loop", msg("file_link_loop"))
    if isinstance(error, FileNotFoundError):
        return fail(path, None, "file-missing", msg("file_missing"))
    reason = error.strerror or type(error).__name__
    return fail(path, None, "unreadable", msg("file_unreadable", reason=reason))


def _too_large(path: Path, size: int) -> ProblemError:
    limit = MAX_BYTES // 1_048_576
    text = msg("file_too_large", size=f"{size / 1_048_576:.1f}", limit=limit)
    return fail(path, None, "file-too-large", text)


def fail(path: Path, position: tuple[int, int] | None, rule: str, message: str) -> ProblemError:
    """A ProblemError with one problem, at `position` when there is one."""
    line, column = position if position else (None, None)
    return ProblemError([Problem(path, line, column, rule, message)])
