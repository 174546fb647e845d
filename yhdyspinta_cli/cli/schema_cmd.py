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
    name: Annotated[SchemaName, typer.Argument(metavar="NAME", show_default=False)],
) -> None:
    """The command; its help is `help_cmd_schema` in the message catalogs."""
    from yhdyspinta_cli.resources import schema_text

    typer.echo(schema_text(name.value), nl=False)
