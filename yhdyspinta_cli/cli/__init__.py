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
    help=(
        "Self-assessment of a region's interfaces (yhdyspinnat) between employment services, "
        "the wellbeing services county and Kela, against the national recommendations 1-4."
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    # Plain help: typer's rich help imports rich.markdown and markdown-it on every --help.
    rich_markup_mode=None,
)
# In the order a region meets them: the workshop, its files, the plan and reports, CI and git.
app.command("assess", short_help="The workshop walk through the checklists.")(assess_cmd.assess)
app.command("new", short_help="Create an empty assessment file.")(new_cmd.new)
app.command("answer", short_help="Set one answer without a keyboard.")(answer_cmd.answer)
app.command("status", short_help="Progress per recommendation.")(status_cmd.status)
app.command("migrate", short_help="Move a file to the current checklists.")(migrate_cmd.migrate)
app.command("plan", short_help="Walk the gaps and keep their actions.")(plan_cmd.plan)
app.add_typer(action_cmd.app, name="action", short_help="Add, edit or close actions.")
app.add_typer(report_cmd.app, name="report", short_help="Gap analysis and action plan.")
app.command("summary", short_help="Many assessments in one picture.")(summary_cmd.summary)
app.command("check", short_help="Validate and apply the policy (CI).")(check_cmd.check)
app.command("init", short_help="Scaffold an assessment repository.")(init_cmd.init)
app.command("doctor", short_help="Is this clone set up (merge driver, hooks)?")(doctor_cmd.doctor)
app.command("diff", short_help="What changed between two versions.")(diff_cmd.diff)
app.command("merge", short_help="Git merge driver for assessments.")(merge_cmd.merge)
app.command("resolve", short_help="Settle a merge conflict.")(resolve_cmd.resolve)
app.add_typer(checklists_cmd.app, name="checklists", short_help="List or show the checklists.")
app.command("validate", short_help="Validate checklist files.")(validate_cmd.validate)
app.command("schema", short_help="Print a JSON Schema.")(schema_cmd.schema)


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
        help="Show the version and the bundled checklists' versions, then exit.",
    ),
) -> None:
    """Self-assessment of a region's interfaces against the national recommendations 1-4."""


def main() -> None:
    """Console-script entry point."""
    run(app)
