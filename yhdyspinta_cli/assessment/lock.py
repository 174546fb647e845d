"""One advisory lock per assessment file, so that reading, checking and writing are one step.

The lock is a separate file beside the assessment (`.NAME.lock`), created with O_EXCL and
removed on release, so nothing is left behind; the assessment itself is replaced by a rename on
every save, so a lock on it would not hold. filelock's SoftFileLock records the holder's process
and host and breaks a lock whose holder died (kill -9, a crash): the stale-lock rule. It works the
same on Linux, macOS and Windows and is imported only by the commands that write.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.problems import UserError

if TYPE_CHECKING:
    from filelock import BaseFileLock

WAIT_SECONDS = 5.0  # another command's save takes well under a second
_LOCKS: dict[Path, BaseFileLock] = {}


class FileBusyError(UserError):
    """Another command kept the file locked for longer than we wait."""

    def __init__(self, path: Path) -> None:
        super().__init__(msg("file_busy", path=str(path), seconds=f"{WAIT_SECONDS:g}"))
        self.path = path


def lock_path(path: Path) -> Path:
    """Where the lock of `path` lives: a hidden file beside it."""
    return path.with_name(f".{path.name}.lock")


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the lock of `path` (re-entrant within this process); FileBusyError after a wait."""
    from filelock import Timeout

    if not path.parent.is_dir():  # filelock would create the folder; a vanished one is an error
        raise FileNotFoundError(2, "No such file or directory", str(path.parent))
    lock = _lock_of(path)
    try:
        lock.acquire(timeout=WAIT_SECONDS)
    except Timeout:
        raise FileBusyError(path) from None
    try:
        yield
    finally:
        lock.release()


def _lock_of(path: Path) -> BaseFileLock:
    """One lock object per file: a second one in this process would wait for the first."""
    from filelock import SoftFileLock

    key = path.resolve()
    if key not in _LOCKS:
        _LOCKS[key] = SoftFileLock(lock_path(key), thread_local=False)
    return _LOCKS[key]
