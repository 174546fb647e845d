"""The command line: thin typer commands over the core, behind one error boundary."""

from __future__ import annotations

import typer

from yhdyspinta_cli.cli import (
    action_cmd,
    answer_cmd,
    assess_cmd,
    check_cmd,
    checklists_cmd,
    diff_cmd,
    doctor_cmd,
    init_cmd,
    merge_cmd,
    migrate_cmd,
    new_cmd,
    plan_cmd,
    report_cmd,
    resolve_cmd,
    schema_cmd,
    status_cmd,
    summary_cmd,
    validate_cmd,
)
from yhdyspinta_cli.cli.boundary import run

app = typer.Typer(
    name="yhdyspinta",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain help: typer's rich help imports rich.markdown and markdown-it on every --help.
    rich_markup_mode=None,
)
# In the order a region meets them: the workshop, its files, the plan and reports, CI and git.
app.command("assess")(assess_cmd.assess)
app.command("new")(new_cmd.new)
app.command("answer")(answer_cmd.answer)
app.command("status")(status_cmd.status)
app.command("migrate")(migrate_cmd.migrate)
app.command("plan")(plan_cmd.plan)
app.add_typer(action_cmd.app, name="action")
app.add_typer(report_cmd.app, name="report")
app.command("summary")(summary_cmd.summary)
app.command("check")(check_cmd.check)
app.command("init")(init_cmd.init)
app.command("doctor")(doctor_cmd.doctor)
app.command("diff")(diff_cmd.diff)
app.command("merge")(merge_cmd.merge)
app.command("resolve")(resolve_cmd.resolve)
app.add_typer(checklists_cmd.app, name="checklists")
app.command("validate")(validate_cmd.validate)
app.command("schema")(schema_cmd.schema)


def print_version(value: bool) -> None:
    """`--version`: the tool's version and the versions of the checklists it bundles."""
    if not value:
        return
    from yhdyspinta_cli import __version__
    from yhdyspinta_cli.checklist.catalog import load_catalog

    typer.echo(f"yhdyspinta {__version__}")
    for checklist in load_catalog().checklists:
        typer.echo(f"{checklist.id} {checklist.version}")
    raise typer.Exit()


@app.callback()
def options(
    version: bool = typer.Option(
        False,
        "--version",
        callback=print_version,
        is_eager=True,
    ),
) -> None:
    """The command; its help is `help_cmd_root` in the message catalogs."""


def main() -> None:
    """Console-script entry point."""
    run(app)
