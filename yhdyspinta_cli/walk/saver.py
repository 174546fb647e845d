"""Saving in the background, so that a key press in the walk never waits on the disk."""

from __future__ import annotations

import threading

from yhdyspinta_cli.assessment.store import AssessmentFile, ConflictError
from yhdyspinta_cli.atomic import write_atomic


class BackgroundSaver:
    """Renders on the caller's thread, writes on a worker; only the newest state is written."""

    def __init__(self, file: AssessmentFile) -> None:
        self.file = file
        self._last = file.render()
        self._pending: str | None = None
        self._failure: BaseException | None = None
        self._wake = threading.Condition()
        self._busy = False
        self._thread = threading.Thread(target=self._work, name="yhdyspinta-saver", daemon=True)
        self._thread.start()

    def save(self) -> None:
        """Queue the file's current state for writing; raise an earlier write's failure."""
        text = self.file.render()
        if text != self._last:
            self._last = text
            with self._wake:
                self._pending = text
                self._wake.notify_all()
        self.raise_failure()

    def flush(self) -> None:
        """Wait until everything queued is on disk, then raise any failure."""
        with self._wake:
            while (self._pending is not None or self._busy) and self._failure is None:
                self._wake.wait()
        self.raise_failure()

    def raise_failure(self) -> None:
        """Raise the error that stopped the writer (a full disk, a changed file), if any."""
        if self._failure is None:
            return
        if isinstance(self._failure, ConflictError):
            # The writer kept aside the state it failed to write; answers given since then
            # belong there too, or they would be lost.
            write_atomic(self._failure.sidecar, self._last)
        raise self._failure

    def _work(self) -> None:
        while True:
            with self._wake:
                while self._pending is None:
                    self._wake.wait()
                text, self._pending, self._busy = self._pending, None, True
            try:
                self.file.write(text)
            except BaseException as error:  # reported to the walk on its next save
                with self._wake:
                    self._failure, self._busy = error, False
                    self._wake.notify_all()
                return
            with self._wake:
                self._busy = False
                self._wake.notify_all()
