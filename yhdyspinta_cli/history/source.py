"""One side of a comparison: a file on disk, or `REV:PATH` read through git."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.loading.yaml_loader import decode_text, load_document, read_text
from yhdyspinta_cli.problems import ProblemError, Severity


@dataclass(frozen=True)
class Source:
    """Where an assessment version comes from; `revision` None means the file on disk."""

    label: str
    path: Path
    revision: str | None = None


def parse_source(spec: str) -> Source:
    """`assessments/a.yaml`, or `HEAD~1:assessments/a.yaml` (PATH relative to this folder)."""
    if Path(spec).exists() or ":" not in spec:
        return Source(spec, Path(spec))
    revision, _, path = spec.partition(":")
    if _is_drive_letter(revision, path):
        return Source(spec, Path(spec))
    return Source(spec, Path(path), revision)


def load_source(source: Source, catalog: Catalog) -> dict[str, Any]:
    """The validated data of one version; a version with errors raises them."""
    from yhdyspinta_cli.assessment.validation import iter_assessment_problems
    from yhdyspinta_cli.history.git import read_at_revision

    shown = Path(source.label)
    if source.revision is None:
        text = read_text(source.path)
    else:
        text = decode_text(shown, read_at_revision(source.revision, source.path))
    document = load_document(shown, text)
    problems = iter_assessment_problems(document, catalog)
    errors = [problem for problem in problems if problem.severity is Severity.ERROR]
    if errors:
        raise ProblemError(errors)
    data: dict[str, Any] = document.data
    return data


def _is_drive_letter(revision: str, path: str) -> bool:
    """`C:\\x.yaml` on Windows is a path, not revision `C`."""
    return sys.platform == "win32" and len(revision) == 1 and path[:1] in ("\\", "/")
