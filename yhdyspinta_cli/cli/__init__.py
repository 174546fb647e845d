"""The command line: thin typer commands over the core, behind one error boundary."""

from __future__ import annotations

import typer

from yhdyspinta_cli.cli import checklists_cmd, schema_cmd, validate_cmd
from yhdyspinta_cli.cli.boundary import run

app = typer.Typer(
    name="yhdyspinta",
    help=(
        "Self-assessment of a region's interfaces (yhdyspinnat) between employment services, "
        "the wellbeing services county and Kela, against the national recommendations 1-4."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(checklists_cmd.app, name="checklists")
app.command("validate")(validate_cmd.validate)
app.command("schema")(schema_cmd.schema)


def main() -> None:
    """Console-script entry point."""
    run(app)
