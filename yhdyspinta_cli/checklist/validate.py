"""`validate`: check checklist, scale and vocabulary files and collect every problem."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from yhdyspinta_cli import resources
from yhdyspinta_cli.checklist.catalog import document_kind
from yhdyspinta_cli.checklist.model import Scale, Vocabulary
from yhdyspinta_cli.checklist.parse import build_scale, build_vocabulary
from yhdyspinta_cli.checklist.rules import iter_checklist_problems, iter_duplicate_ids
from yhdyspinta_cli.checklist.translations import iter_translation_problems
from yhdyspinta_cli.i18n import languages, msg
from yhdyspinta_cli.loading.schema_validation import iter_schema_problems
from yhdyspinta_cli.loading.yaml_loader import Document, load_document
from yhdyspinta_cli.problems import Problem, ProblemError


def validate_paths(paths: Sequence[Path]) -> list[Problem]:
    """Every problem in the given files; an empty list means they are all valid."""
    problems: list[Problem] = []
    documents: list[Document] = []
    for path in paths:
        try:
            documents.append(load_document(path))
        except ProblemError as error:
            problems.extend(error.problems)
    valid: dict[Path, bool] = {}
    for document in documents:
        found = list(_iter_file_problems(document))
        valid[document.path] = not found
        problems.extend(found)
    scale, vocabulary = _reference_data(documents, valid)
    checklists = [d for d in documents if document_kind(d) == "checklist"]
    for document in checklists:
        problems.extend(iter_checklist_problems(document, scale, vocabulary))
    problems.extend(iter_duplicate_ids(checklists))
    return problems


def _iter_file_problems(document: Document) -> Iterator[Problem]:
    kind = document_kind(document)
    if kind is None:
        text = msg("checklist_unknown_format")
        yield document.problem(("format",), "unknown-format", text)
        return
    yield from iter_schema_problems(document, kind)
    yield from iter_translation_problems(document, languages())


def _reference_data(documents: list[Document], valid: dict[Path, bool]) -> tuple[Scale, Vocabulary]:
    """The scale and vocabulary to check items against: the given ones if valid, else bundled."""
    found = {document_kind(d): d for d in documents if valid.get(d.path)}
    for kind in ("scale", "vocabulary"):
        if kind not in found:
            path = next(p for p in resources.bundled_checklist_paths() if p.stem == kind)
            found[kind] = load_document(path)
    return build_scale(found["scale"].data), build_vocabulary(found["vocabulary"].data)
