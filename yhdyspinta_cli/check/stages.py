"""The two stages of `check`: what must never enter git (commit) and what a merge needs (ci).

A workshop's results are committed before the plan is made: the commit stage refuses only what
must never be in the history (broken files, personal data, merge conflicts), and the ci stage,
run on the merge request, adds the coverage and planning rules. `policy: stages:` in
yhdyspinta.yaml moves a rule to the other stage.
"""

from __future__ import annotations

from collections.abc import Mapping

from yhdyspinta_cli.rules import RULE_BY_ID, RULES, Stage

STAGES: tuple[Stage, ...] = ("commit", "ci")
DEFAULT_STAGE: Stage = "ci"

# Which rule waits for the merge request, and which a region may move, is the registry's
# `placement` (rules.py).
MOVABLE_RULES = tuple(entry.id for entry in RULES if entry.movable)


def stage_of(rule_id: str, moved: Mapping[str, Stage]) -> Stage:
    """The stage whose run first reports `rule_id`: a move in yhdyspinta.yaml, else its default."""
    if rule_id in moved:
        return moved[rule_id]
    registered = RULE_BY_ID.get(rule_id)  # every rule is registered (tests/test_rules.py)
    return registered.stage if registered else "commit"


def runs_at(rule_id: str, stage: Stage, moved: Mapping[str, Stage]) -> bool:
    """Whether `check --stage STAGE` reports `rule_id`: the ci stage reports every rule."""
    return stage == "ci" or stage_of(rule_id, moved) == "commit"
