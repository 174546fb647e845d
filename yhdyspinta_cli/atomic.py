"""Atomic file writes: a temporary file beside the target, fsync, then os.replace."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from yhdyspinta_cli.i18n import msg

DEFAULT_MODE = 0o644


def write_atomic(path: Path, text: str | bytes) -> None:
    """Replace `path` with `text` (UTF-8, LF) or bytes: a crash leaves the old file or the new."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    mode = _mode_of(path)
    handle, temp = _temporary_beside(path, ".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temp.chmod(mode)
        os.replace(temp, path)  # noqa: PTH105 - the atomic rename, named for what it is
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(path.parent)


def create_unique(folder: Path, names: Iterable[str]) -> Path:
    """Create the first of `names` that does not exist yet (O_EXCL): nothing is overwritten.

    The new file is empty and ours; fill it with write_atomic.
    """
    for name in names:
        path = folder / name
        try:
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, DEFAULT_MODE)
        except FileExistsError:
            continue
        os.close(handle)
        return path
    raise FileExistsError(17, msg("os_no_free_name"), str(folder))


def check_writable(path: Path) -> None:
    """Raise OSError now, not after the first answer, when `path` cannot be saved."""
    if path.exists() and not os.access(path, os.W_OK):
        raise PermissionError(13, msg("os_read_only"), str(path))
    handle, temp = _temporary_beside(path, ".probe")
    os.close(handle)
    temp.unlink()


def _temporary_beside(path: Path, suffix: str) -> tuple[int, Path]:
    """A new temporary file in `path`'s folder; an error names the folder, not the temp file."""
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=suffix)
    except OSError as error:
        reason = msg("os_folder_not_writable", reason=error.strerror or type(error).__name__)
        raise type(error)(error.errno, reason, str(path.parent)) from None
    return handle, Path(name)


def _mode_of(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return DEFAULT_MODE & ~umask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows (not on Windows)."""
    flags = getattr(os, "O_DIRECTORY", None)
    if flags is None:
        return
    try:
        handle = os.open(folder, os.O_RDONLY | flags)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
