"""Everything the tool knows: the scale, the vocabulary and all checklists, bundled and regional."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from yhdyspinta_cli import resources
from yhdyspinta_cli.checklist.model import Checklist, Item, Scale, Vocabulary
from yhdyspinta_cli.checklist.parse import build_checklist, build_scale, build_vocabulary
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.yaml_loader import Document, load_document
from yhdyspinta_cli.problems import Problem, ProblemError

FORMATS = {
    "yhdyspinta/checklist": "checklist",
    "yhdyspinta/scale": "scale",
    "yhdyspinta/vocabulary": "vocabulary",
}
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Catalog:
    """The scale, the vocabulary and every checklist in use, in a stable order."""

    scale: Scale
    vocabulary: Vocabulary
    checklists: tuple[Checklist, ...]

    def checklist(self, checklist_id: str) -> Checklist | None:
        """The checklist with this id (case-insensitive), or None."""
        wanted = checklist_id.upper()
        return next((c for c in self.checklists if c.id.upper() == wanted), None)

    def item(self, item_id: str) -> Item | None:
        """The item with this id, or None."""
        return self._items_by_id.get(item_id)

    @cached_property
    def _items_by_id(self) -> dict[str, Item]:
        """Every item by its id, the first of a repeated id: asked once per answer and action."""
        index: dict[str, Item] = {}
        for item in self.iter_items():
            index.setdefault(item.id, item)
        return index

    def iter_items(self) -> Iterator[Item]:
        """Every item of every checklist, in order."""
        for checklist in self.checklists:
            yield from checklist.items


def document_kind(document: Document) -> str | None:
    """`checklist`, `scale` or `vocabulary`, by the file's `format:` marker."""
    data = document.data
    return FORMATS.get(str(data.get("format"))) if isinstance(data, dict) else None


def load_catalog(custom_dirs: Sequence[Path] = ()) -> Catalog:
    """The bundled catalog plus the regional checklists in `custom_dirs`, all checked."""
    bundled = [load_document(path) for path in resources.bundled_checklist_paths()]
    scale = build_scale(_only(bundled, "scale").data)
    vocabulary = build_vocabulary(_only(bundled, "vocabulary").data)
    custom = [load_document(path) for path in iter_yaml_files(custom_dirs)]
    problems = list(iter_custom_problems(custom, bundled, scale, vocabulary))
    if problems:
        raise ProblemError(problems)
    checklists = [
        build_checklist(d.data, d.path, bundled=True)
        for d in bundled
        if document_kind(d) == "checklist"
    ]
    checklists += [build_checklist(d.data, d.path, bundled=False) for d in custom]
    return Catalog(scale, vocabulary, tuple(sorted(checklists, key=_order)))


def iter_custom_problems(
    custom: list[Document], bundled: list[Document], scale: Scale, vocabulary: Vocabulary
) -> Iterator[Problem]:
    """Regional checklists get the same checks as the bundled ones."""
    from yhdyspinta_cli.checklist.rules import iter_checklist_problems, iter_duplicate_ids
    from yhdyspinta_cli.checklist.translations import iter_translation_problems
    from yhdyspinta_cli.i18n import languages
    from yhdyspinta_cli.loading.schema_validation import iter_schema_problems

    for document in custom:
        if document_kind(document) != "checklist":
            text = msg("checklist_folder_only_checklists")
            yield document.problem(("format",), "not-a-checklist", text)
            continue
        yield from iter_schema_problems(document, "checklist")
        yield from iter_translation_problems(document, languages())
        yield from iter_checklist_problems(document, scale, vocabulary)
    bundled_checklists = [d for d in bundled if document_kind(d) == "checklist"]
    yield from (
        p
        for p in iter_duplicate_ids([*bundled_checklists, *custom])
        if p.path not in _paths(bundled)
    )


def iter_yaml_files(folders: Iterable[Path]) -> Iterator[Path]:
    """The YAML files in each folder, sorted; a missing folder is a problem."""
    for folder in folders:
        if not folder.is_dir():
            text = msg("checklist_folder_missing")
            raise ProblemError([Problem(folder, None, None, "folder-missing", text)])
        yield from sorted(p for p in folder.iterdir() if p.suffix in YAML_SUFFIXES)


def _only(documents: list[Document], kind: str) -> Document:
    return next(d for d in documents if document_kind(d) == kind)


def _paths(documents: list[Document]) -> set[Path]:
    return {d.path for d in documents}


def _order(checklist: Checklist) -> tuple[int, int, str]:
    number = checklist.recommendation if checklist.recommendation is not None else 10_000
    return (0 if checklist.bundled else 1, number, checklist.id)
