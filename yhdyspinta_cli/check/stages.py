"""The two stages of `check`: what must never enter git (commit) and what a merge needs (ci).

A workshop's results are committed before the plan is made: the commit stage refuses only what
must never be in the history (broken files, personal data, merge conflicts), and the ci stage,
run on the merge request, adds the coverage and planning rules. `policy: stages:` in
yhdyspinta.yaml moves a rule to the other stage.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

Stage = Literal["commit", "ci"]
STAGES: tuple[Stage, ...] = ("commit", "ci")
DEFAULT_STAGE: Stage = "ci"

# The rules that wait for the merge request; every other rule of `check` runs at commit too.
CI_RULES: tuple[str, ...] = (
    "not-addressed",
    "gap-without-action",
    "missing-target",
    "action-overdue",
)
# The rules a region may move between the stages, besides the ones above.
COMMIT_RULES: tuple[str, ...] = (
    "personal-data",
    "merge-conflict",
    "outdated",
    "removed-item",
    "unknown-item",
    "unknown-level",
    "unknown-organisation",
    "duplicate-id",
    "merge-driver",
    "schema-copy",
    "pre-commit-hook",
)
MOVABLE_RULES = (*COMMIT_RULES, *CI_RULES)


def stage_of(rule: str, moved: Mapping[str, Stage]) -> Stage:
    """The stage whose run first reports `rule`: a move in yhdyspinta.yaml, else its default."""
    if rule in moved:
        return moved[rule]
    return "ci" if rule in CI_RULES else "commit"


def runs_at(rule: str, stage: Stage, moved: Mapping[str, Stage]) -> bool:
    """Whether `check --stage STAGE` reports `rule`: the ci stage reports every rule."""
    return stage == "ci" or stage_of(rule, moved) == "commit"
