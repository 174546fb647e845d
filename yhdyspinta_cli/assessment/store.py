"""Loading and saving assessment files: validated reads, round-trip edits, safe saves.

Reading validates with the fast PyYAML-based loader (positions, duplicate keys, no aliases).
Editing uses ruamel.yaml's round-trip mode, so hand-written comments, quoting and indentation
survive and one changed answer is a one- or two-line diff.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from yhdyspinta_cli.assessment.lock import locked
from yhdyspinta_cli.assessment.model import Assessment, assessment_from_data
from yhdyspinta_cli.assessment.validation import iter_assessment_problems
from yhdyspinta_cli.atomic import create_unique, write_atomic
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.files import file_problem
from yhdyspinta_cli.loading.yaml_loader import (
    Document,
    decode_text,
    load_document,
    read_bytes,
    read_text,
)
from yhdyspinta_cli.problems import Problem, ProblemError, Severity, UserError


class ConflictError(UserError):
    """The file changed on disk since it was read; our version was saved beside it."""

    def __init__(self, path: Path, sidecar: Path) -> None:
        super().__init__(msg("file_changed_meanwhile", path=str(path), sidecar=str(sidecar)))
        self.path = path
        self.sidecar = sidecar


@dataclass
class AssessmentFile:
    """An assessment open for editing: its round-trip data and what is on disk."""

    path: Path
    data: Any
    yaml: YAML
    digest: str
    warnings: list[Problem] = field(default_factory=list)
    newline: str = "\n"  # a file saved on Windows with CRLF keeps CRLF, so diffs stay small

    def view(self) -> Assessment:
        """The current data as a read-only view."""
        return assessment_from_data(self.data)

    def render(self) -> str:
        """The YAML text of the current data."""
        stream = io.StringIO()
        self.yaml.dump(self.data, stream)
        text = stream.getvalue()
        return text.replace("\n", self.newline) if self.newline != "\n" else text

    def save(self) -> None:
        """Save atomically, unless the file changed on disk since it was read."""
        self.write(self.render())

    def write(self, text: str) -> None:
        """Write `text` atomically after checking nobody else changed the file, under its lock."""
        if not self.write_unless_changed(text):
            raise ConflictError(self.path, keep_aside(self.path, text))

    def write_unless_changed(self, text: str) -> bool:
        """Write `text` atomically, under the lock, unless the file changed since it was read or
        last written; False (and nothing written) when it did."""
        with locked(self.path):
            if self.changed_on_disk():
                return False
            write_atomic(self.path, text)
            self.digest = text_digest(text)
            return True

    def changed_on_disk(self) -> bool:
        """Whether someone else changed the file since it was read or last written."""
        on_disk = digest_of(self.path)
        return on_disk is not None and on_disk != self.digest


def keep_aside(path: Path, text: str) -> Path:
    """Write `text` beside `path` under a new name (`NAME.unsaved-STAMP.yaml`); that name."""
    sidecar = create_unique(path.parent, _sidecar_names(path))
    write_atomic(sidecar, text)
    return sidecar


def read_on_disk(path: Path, catalog: Catalog) -> tuple[str, str]:
    """The file's text as it is on disk now, checked like a file opened for editing, and the
    digest of its bytes; ProblemError when it is not a valid assessment."""
    raw = read_bytes(path)
    text = decode_text(path, raw)
    _load_checked(path, text, catalog)
    return text, _digest(raw)


def read_assessment(path: Path, catalog: Catalog) -> tuple[Assessment, list[Problem]]:
    """Load and check a file for reading; errors raise, warnings are returned."""
    _, assessment, warnings = read_checked(path, catalog)
    return assessment, warnings


def read_checked(path: Path, catalog: Catalog) -> tuple[CheckedText, Assessment, list[Problem]]:
    """`read_assessment`, keeping the document and its text for a scan of the whole file."""
    text = read_text(path)
    document, warnings = _load_checked(path, text, catalog)
    return CheckedText(document, text), assessment_from_data(document.data), warnings


@dataclass(frozen=True)
class CheckedText:
    """A checked file's document (values with positions) and the text it was read from."""

    document: Document
    text: str


@contextmanager
def editing(path: Path, catalog: Catalog) -> Iterator[AssessmentFile]:
    """Open `path` for one edit, holding its lock until the block (and its save) is done.

    A second command changing the same file waits for the first and then reads what it wrote,
    so no change that was reported as saved is lost.
    """
    unreadable = file_problem(path)  # a link loop or a pipe is refused before any lock is made
    if unreadable is not None:
        raise ProblemError([unreadable])
    with locked(path):
        yield open_assessment(path, catalog)


def open_assessment(path: Path, catalog: Catalog) -> AssessmentFile:
    """Load and check a file for editing; a file with errors is left untouched."""
    raw = read_bytes(path)  # one read: the change check compares against exactly these bytes
    text = decode_text(path, raw)
    _, warnings = _load_checked(path, text, catalog)
    yaml = make_yaml(text)
    data = yaml.load(text)
    newline = "\r\n" if "\r\n" in text else "\n"
    return AssessmentFile(path, data, yaml, _digest(raw), warnings, newline)


def make_yaml(text: str = "") -> YAML:
    """A round-trip YAML that keeps quotes, comments and the file's own indentation."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.allow_unicode = True
    mapping, sequence, offset = guess_indent(text)
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def guess_indent(text: str) -> tuple[int, int, int]:
    """(mapping, sequence, offset) indentation of a YAML text; 2, 4 and 2 where it shows none."""
    mapping: int | None = None
    sequence: tuple[int, int] | None = None
    previous = ""
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        parent = len(previous) - len(previous.lstrip(" "))
        if previous.split(" #")[0].rstrip().endswith(":"):
            if stripped.startswith("- ") and indent >= parent:
                sequence = sequence or _sequence_indent(stripped, indent - parent)
            elif indent > parent:
                mapping = mapping or indent - parent
        if mapping is not None and sequence is not None:
            break
        previous = line
    return (mapping or 2, *(sequence or (4, 2)))


def _sequence_indent(item: str, offset: int) -> tuple[int, int]:
    """(sequence, offset) from the first line of a block sequence item, e.g. `-   key: x`."""
    dash_gap = len(item) - len(item[1:].lstrip(" "))
    return offset + dash_gap, offset


def _sidecar_names(path: Path) -> Iterator[str]:
    """Names for our version when the file changed under us: stamped, then numbered."""
    stem = f"{path.stem}.unsaved-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
    yield f"{stem}{path.suffix}"
    number = 2
    while True:
        yield f"{stem}-{number}{path.suffix}"
        number += 1


def _load_checked(path: Path, text: str, catalog: Catalog) -> tuple[Document, list[Problem]]:
    document = load_document(path, text)
    problems = list(iter_assessment_problems(document, catalog))
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise ProblemError(errors)
    return document, problems


def text_digest(text: str) -> str:
    """The digest of `text` as it is written to disk."""
    return _digest(text.encode("utf-8"))


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest_of(path: Path) -> str | None:
    """The digest of the file's bytes on disk; None when there is no file."""
    try:
        return _digest(path.read_bytes())
    except FileNotFoundError:
        return None
