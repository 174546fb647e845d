"""How each part of an assessment merges, by its path in the file."""

from __future__ import annotations

from enum import Enum

from yhdyspinta_cli.assessment.fields import DERIVED_ANSWER_KEYS, LIST_ANSWER_KEYS


class Rule(Enum):
    """How a value merges when both sides changed it."""

    SCALAR = "scalar"  # one value: different changes on both sides are a conflict
    MAP = "map"  # merged key by key
    KEYED = "keyed"  # a list of mappings merged by their id or key
    SET = "set"  # a list whose additions and removals on both sides are all kept
    LATEST = "latest"  # a timestamp: the later one wins
    DERIVED = "derived"  # computed from other fields after the merge, never a conflict


TOP = {
    "answers": Rule.MAP,
    "orphaned": Rule.MAP,
    "checklists": Rule.MAP,
    "organisations": Rule.KEYED,
    "actions": Rule.KEYED,
    "conflicts": Rule.SET,
}
ANSWER = {
    "ratings": Rule.MAP,
    **dict.fromkeys(LIST_ANSWER_KEYS, Rule.SET),
    "changed": Rule.LATEST,
    **dict.fromkeys(DERIVED_ANSWER_KEYS, Rule.DERIVED),
}
ACTION = {"items": Rule.SET, "changed": Rule.LATEST}
# The lists of mappings merged by a field of each entry.
KEY_FIELDS = {"actions": "id", "organisations": "key"}


def rule_for(path: tuple[str, ...]) -> Rule:
    """The rule for the value at `path`, e.g. ("answers", "S1.2", "note") is SCALAR."""
    if not path:
        return Rule.MAP
    head, depth = path[0], len(path)
    if depth == 1:
        return TOP.get(head, Rule.SCALAR)
    if depth == 2 and head in ("answers", "orphaned", "actions", "organisations"):
        return Rule.MAP
    if depth == 3 and head in ("answers", "orphaned"):
        return ANSWER.get(path[2], Rule.SCALAR)
    if depth == 3 and head == "actions":
        return ACTION.get(path[2], Rule.SCALAR)
    return Rule.SCALAR
