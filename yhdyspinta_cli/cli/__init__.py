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
    init_cmd,
    merge_cmd,
    migrate_cmd,
    new_cmd,
    plan_cmd,
    report_cmd,
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
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: typer's rich help imports rich.markdown and markdown-it on every --help.
    rich_markup_mode=None,
)
app.command("assess")(assess_cmd.assess)
app.command("new")(new_cmd.new)
app.command("answer")(answer_cmd.answer)
app.command("status")(status_cmd.status)
app.command("migrate")(migrate_cmd.migrate)
app.add_typer(report_cmd.app, name="report")
app.command("plan")(plan_cmd.plan)
app.add_typer(action_cmd.app, name="action")
app.add_typer(checklists_cmd.app, name="checklists")
app.command("validate")(validate_cmd.validate)
app.command("check")(check_cmd.check)
app.command("init")(init_cmd.init)
app.command("diff")(diff_cmd.diff)
app.command("merge")(merge_cmd.merge)
app.command("summary")(summary_cmd.summary)
app.command("schema")(schema_cmd.schema)


def main() -> None:
    """Console-script entry point."""
    run(app)
