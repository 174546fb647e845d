"""Saving in the background, so that a key press in the walk never waits on the disk.

When the file changed on disk (a git pull, an `answer` from another terminal), the writer
writes nothing and holds every later save until the walk has merged the change
(`walk/outside_change.py`); the walk's own state keeps everything answered meanwhile.
"""

from __future__ import annotations

import threading
from pathlib import Path

from yhdyspinta_cli.assessment.store import AssessmentFile, digest_of, keep_aside, text_digest


class BackgroundSaver:
    """Renders on the caller's thread, writes on a worker; only the newest state is written."""

    def __init__(self, file: AssessmentFile) -> None:
        self.file = file
        self._last: str | None = file.render()
        self._base = self._last  # what is on disk as far as we know: read or written by us
        self._pending: str | None = None
        self._failure: BaseException | None = None
        self._held = False  # the file changed on disk: nothing is written until it is merged
        self._wake = threading.Condition()
        self._busy = False
        self._writing: str | None = None  # the text the writer is writing now
        self._thread = threading.Thread(target=self._work, name="yhdyspinta-saver", daemon=True)
        self._thread.start()

    @property
    def base_text(self) -> str:
        """The text last read from or written to the file: the base of a merge."""
        with self._wake:
            return str(self._base)

    def save(self) -> None:
        """Queue the file's current state for writing; raise an earlier write's failure."""
        text = self.file.render()
        if text != self._last:
            self._last = text
            with self._wake:
                self._pending = text
                self._wake.notify_all()
        self.raise_failure()

    def flush(self) -> bool:
        """Wait until everything queued is on disk, then raise any failure; False when the
        writer is held by a change on disk that is not merged yet."""
        with self._wake:
            while (self._pending is not None or self._busy) and not self._stopped():
                self._wake.wait()
        self.raise_failure()
        return not self._held

    def changed_outside(self) -> bool:
        """Whether the file changed on disk and waits to be merged; the writer then holds.

        The file on disk is ours when it is what we last wrote or what the writer is writing
        now, so this never waits for a write of ours; only after a change of someone else's
        does it wait for the write under way to finish (or to find the change too).
        """
        with self._wake:
            if not self._held:
                if not self._someone_else_wrote():
                    return False
                self._held = True
            while self._busy:
                self._wake.wait()
            return True

    def merged(self, theirs_text: str, theirs_digest: str) -> None:
        """The change on disk is merged into the file's state: write that state from now on."""
        with self._wake:
            self.file.digest, self._base = theirs_digest, theirs_text
            self._held, self._last = False, None
        self.save()

    def keep_aside(self) -> Path:
        """Write the newest state beside the file (`NAME.unsaved-STAMP.yaml`); its path."""
        return keep_aside(self.file.path, self.file.render())

    def raise_failure(self) -> None:
        """Raise the error that stopped the writer (a full disk, a vanished folder), if any."""
        if self._failure is not None:
            raise self._failure

    def _someone_else_wrote(self) -> bool:
        # Ours first: the writer may finish its write and update the digest meanwhile, and the
        # file on disk is then the text it was writing.
        ours = {self.file.digest, *(text_digest(t) for t in (self._writing,) if t is not None)}
        on_disk = digest_of(self.file.path)
        return on_disk is not None and on_disk not in ours

    def _stopped(self) -> bool:
        return self._failure is not None or self._held

    def _work(self) -> None:
        while True:
            with self._wake:
                while self._pending is None or self._held:
                    self._wake.wait()
                text, self._pending, self._busy = self._pending, None, True
                self._writing = text
            try:
                written = self.file.write_unless_changed(text)
            except BaseException as error:  # reported to the walk on its next save
                with self._wake:
                    self._failure, self._busy, self._writing = error, False, None
                    self._wake.notify_all()
                return
            with self._wake:
                if written:
                    self._base = text
                else:
                    self._held, self._pending = True, self._pending or text
                self._busy, self._writing = False, None
                self._wake.notify_all()
