"""The placeholders `--help` shows after an option: `DATE`, `LEVEL`, `ITEM`, never `<str>`.

Set in one place, by the option's name, on the whole command tree before it runs; an option
that names its own metavar keeps it. A choice shows its values (`md|html|json`).
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperOption

PLACEHOLDERS = {
    "checklist_dirs": "DIR",
    "template": "DIR",
    "output": "FILE",
    "compare": "FILE",
    "region": "NAME",
    "county": "NAME",
    "facilitator": "NAME",
    "responsible": "NAME",
    "date": "DATE",
    "since": "DATE",
    "start": "DATE",
    "due": "DATE",
    "level": "LEVEL",
    "target": "LEVEL",
    "rating": "LEVEL|dont-know",
    "item": "ITEM",
    "owner": "KEY",
    "org": "KEY",
    "not_applicable": "REASON",
    "recommendation": "ID",
    "status": "STATUS",
    "jobs": "N",
    "package": "SPEC",
    "salt": "SECRET",
}
BY_TYPE = {"integer": "N", "integer range": "N", "path": "PATH", "directory": "DIR"}
FALLBACK = "TEXT"


def set_placeholders(command: Any) -> None:
    """Give every option of `command` (a typer command) and its subcommands a placeholder."""
    for param in command.params:
        if isinstance(param, TyperOption) and param.metavar is None and not param.is_flag:
            param.metavar = placeholder(param)
    for sub in getattr(command, "commands", {}).values():
        set_placeholders(sub)


def placeholder(param: TyperOption) -> str:
    """The placeholder for one option: its values, its name's, its type's, else TEXT."""
    choices = getattr(param.type, "choices", None)
    if choices:
        return "|".join(str(getattr(choice, "value", choice)) for choice in choices)
    by_name = PLACEHOLDERS.get(param.name or "")
    return by_name or BY_TYPE.get(param.type.name, FALLBACK)
