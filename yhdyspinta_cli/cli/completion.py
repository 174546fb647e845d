"""Shell completion of ids: item ids from the checklists, organisation and action ids from the
assessment file named earlier on the line. Completion never fails loudly: a file that cannot be
read completes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from yhdyspinta_cli.assessment.model import Assessment


def complete_item_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """Item ids of the checklists the file is answered against."""

    def ids(file: Path | None) -> Iterable[str]:
        from yhdyspinta_cli.cli.options import load_project

        catalog = load_project(None, _dirs(ctx), near=file).catalog
        return [item.id for item in catalog.iter_items()]

    return _complete(ctx, incomplete, ids)


def complete_organisation_keys(ctx: typer.Context, incomplete: str) -> list[str]:
    """The organisation keys of the file named on the line."""
    return _complete(
        ctx, incomplete, lambda file: [org.key for org in _read(ctx, file).organisations]
    )


def complete_action_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """The action ids of the file named on the line."""
    return _complete(
        ctx, incomplete, lambda file: [str(a.get("id")) for a in _read(ctx, file).actions]
    )


def _complete(
    ctx: typer.Context, incomplete: str, known: Callable[[Path | None], Iterable[str]]
) -> list[str]:
    try:
        candidates = list(known(_file_on_the_line(ctx)))
    except Exception:
        return []
    wanted = incomplete.casefold()
    return [c for c in candidates if c.casefold().startswith(wanted)]


def _file_on_the_line(ctx: typer.Context) -> Path | None:
    """FILE as parsed, or, while an option's value is completed, the first YAML word given."""
    given = ctx.params.get("file") or next(
        (arg for arg in ctx.args if arg.endswith((".yaml", ".yml"))), None
    )
    return Path(given) if given else None


def _read(ctx: typer.Context, file: Path | None) -> Assessment:
    from yhdyspinta_cli.assessment.store import read_assessment
    from yhdyspinta_cli.cli.options import load_project

    if file is None:
        raise FileNotFoundError("no file on the line yet")
    return read_assessment(file, load_project(None, _dirs(ctx), near=file).catalog)[0]


def _dirs(ctx: typer.Context) -> list[Path] | None:
    dirs = ctx.params.get("checklist_dirs")
    return list(dirs) if dirs else None
