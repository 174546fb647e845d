"""Refusing to publish personal data: `report` checks its inputs as `check` does.

A report goes to a steering group or a web page; whatever personal data is in the file would go
with it. The problems name each field and line, never the value. `--allow-personal-data` lets a
report that stays internal through, and its footer says so.
"""

from __future__ import annotations

from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.yaml_loader import Document
from yhdyspinta_cli.privacy.placement import (
    RULE,
    iter_personal_data_problems,
    may_hold_personal_data,
)
from yhdyspinta_cli.problems import Problem, ProblemError

REFUSED = "personal_data_report_refused"  # the catalog key of the last line


def refuse_personal_data(document: Document, text: str) -> None:
    """Raise ProblemError, one problem per finding and the reason last, when the file has any."""
    if not may_hold_personal_data(text, document.data):
        return
    problems = list(iter_personal_data_problems(document, text))
    if problems:
        raise ProblemError([*problems, Problem(document.path, None, None, RULE, msg(REFUSED))])
