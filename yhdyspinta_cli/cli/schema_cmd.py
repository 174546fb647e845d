"""`yhdyspinta schema`: print a shipped JSON Schema, for editors and other validators."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer


class SchemaName(str, Enum):
    """The schemas the package ships."""

    assessment = "assessment"
    checklist = "checklist"
    scale = "scale"
    vocabulary = "vocabulary"
    config = "config"


def schema(
    name: Annotated[
        SchemaName, typer.Argument(metavar="NAME", help="Which schema.", show_default=False)
    ],
) -> None:
    """Print a JSON Schema (Draft 2020-12), e.g. `yhdyspinta schema checklist > checklist.json`."""
    from yhdyspinta_cli.resources import schema_text

    typer.echo(schema_text(name.value), nl=False)
