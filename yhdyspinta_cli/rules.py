"""Every rule a problem can name, stated once: its id, default severity, phase and meaning.

The README's rule table, `check --format json` and the tests list the rules from here, and
`policy.disable` in yhdyspinta.yaml is checked against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import get_close_matches
from typing import Literal

from yhdyspinta_cli.i18n import Message, msg
from yhdyspinta_cli.problems import Severity

# In the order check meets them: reading the file, its schema, its references to the
# checklists, then the project's policy. A file that cannot be read or breaks the schema cannot
# be checked further, and personal data or a merge conflict must never be committed, so only the
# reference warnings and the policy rules can be turned off.
PHASES = ("config", "checklists", "reading", "schema", "references", "policy", "setup")
OPTIONAL_PHASES = ("references", "policy")

# `check` runs in two stages: `commit` (the pre-commit hook: what must never enter git) and `ci`
# (the merge request: also coverage and planning). The ci stage reports every rule.
Stage = Literal["commit", "ci"]
# Where a rule stands: `ci` waits for the merge request; `commit` is reported from the commit on;
# `any` too, but `policy: stages:` cannot move it (a file that cannot be read is never let in).
Placement = Literal["any", "commit", "ci"]


@dataclass(frozen=True)
class Rule:
    """One rule of the problems the tool reports."""

    id: str
    severity: Severity
    phase: str  # where in checking it arises (not check's commit/ci stage)
    description: str
    placement: Placement = "any"  # check's stage that first reports it

    @property
    def stage(self) -> Stage:
        """The first stage of `check` that reports it, before `policy: stages:` moves it."""
        return "ci" if self.placement == "ci" else "commit"

    @property
    def movable(self) -> bool:
        """Whether `policy: stages:` may move it to the other stage."""
        return self.placement != "any"

    @property
    def can_be_disabled(self) -> bool:
        """Whether `policy.disable` may turn it off."""
        return self.phase in OPTIONAL_PHASES and self.id not in ALWAYS_ON


E, W = Severity.ERROR, Severity.WARNING
RULES: tuple[Rule, ...] = (
    Rule("nothing-to-check", E, "config", "no files given, configured or in assessments/"),
    Rule("path-missing", E, "config", "a path in `assessments:` does not exist"),
    Rule("folder-missing", E, "config", "a checklist folder does not exist"),
    Rule("unknown-checklist", E, "config", "`policy.required` names a checklist not loaded"),
    Rule("unknown-rule", E, "config", "`policy.disable` names a rule that does not exist"),
    Rule("not-a-checklist", E, "checklists", "a file in a checklist folder is no checklist"),
    Rule("unknown-format", E, "checklists", "a checklist file of an unknown format"),
    Rule("item-id-mismatch", E, "checklists", "an item id that does not start with its list's"),
    Rule("split-from-mismatch", E, "checklists", "`split_from` names an item of another checklist"),
    Rule("duplicate-level", E, "checklists", "two descriptions for one level"),
    Rule("missing-level", E, "checklists", "a level of the scale without a description"),
    Rule("file-missing", E, "reading", "the file does not exist"),
    Rule("not-a-file", E, "reading", "the path is a folder or another thing that is not a file"),
    Rule("file-too-large", E, "reading", "the file is larger than an assessment can be"),
    Rule("not-utf8", E, "reading", "the file is not UTF-8 text"),
    Rule("empty-file", E, "reading", "the file is empty"),
    Rule("yaml-syntax", E, "reading", "the file is not valid YAML"),
    Rule("too-deep", E, "reading", "the YAML is nested deeper than an assessment can be"),
    Rule("yaml-tag", E, "reading", "a YAML tag (`!name`) that assessments do not use"),
    Rule("yaml-alias", E, "reading", "a YAML anchor, alias or merge key"),
    Rule("bad-key", E, "reading", "a mapping key that is not a plain text or number"),
    Rule("duplicate-key", E, "reading", "the same key twice in one mapping"),
    Rule("too-many-entries", E, "reading", "a mapping or list longer than an assessment can be"),
    Rule("schema", E, "schema", "a value the assessment format does not allow"),
    Rule("unknown-key", E, "schema", "a key the assessment format does not have"),
    Rule("wrong-type", E, "schema", "a value of the wrong type (a list for a text, say)"),
    Rule("missing-translation", E, "schema", "a text lacks one of the languages"),
    Rule("duplicate-id", E, "references", "two organisations or actions with one id", "commit"),
    Rule("unknown-item", W, "references", "an answer to an item no loaded checklist has", "commit"),
    Rule(
        "removed-item", W, "references", "an answer to an item a newer checklist removed", "commit"
    ),
    Rule("unknown-level", E, "references", "a level the scale does not have", "commit"),
    Rule(
        "unknown-organisation", E, "references", "a rating or owner no organisation has", "commit"
    ),
    Rule(
        "outdated", W, "references", "the file is behind the current checklist versions", "commit"
    ),
    Rule("newer-checklist", W, "references", "a checklist pinned newer than this tool knows"),
    Rule("bad-date", E, "references", "a date that does not exist, such as 2026-02-30"),
    Rule("start-after-due", E, "references", "an action starts after its due date"),
    Rule("blank-reason", E, "references", "not applicable with an empty reason"),
    Rule("not-addressed", E, "policy", "a required item has no level, or lacks a reason", "ci"),
    Rule("gap-without-action", E, "policy", "a gap with no open action with owner and due", "ci"),
    Rule("action-overdue", W, "policy", "an open action is past its due date", "ci"),
    Rule("missing-target", W, "policy", "an item has a level but no target, so no known gap", "ci"),
    Rule("merge-conflict", E, "policy", "`yhdyspinta merge` left a conflict to resolve", "commit"),
    Rule(
        "personal-data", E, "policy", "an identity code, phone number or personal email", "commit"
    ),
    Rule("merge-driver", W, "setup", "the merge driver is not configured or cannot run", "commit"),
    Rule(
        "schema-copy", W, "setup", "the repository's copy of a schema is missing or old", "commit"
    ),
    Rule("pre-commit-hook", W, "setup", "the pre-commit hook is not installed", "commit"),
)
ALWAYS_ON = frozenset({"merge-conflict", "personal-data", "duplicate-id", "unknown-level"})
RULE_BY_ID = {rule.id: rule for rule in RULES}


def rule(rule_id: str) -> Rule:
    """The registered rule `rule_id` (a KeyError names an unregistered one: a bug)."""
    return RULE_BY_ID[rule_id]


def suggest(rule_id: str) -> Message:
    """`did you mean X?` for a mistyped rule id, else the rules that can be turned off."""
    close = get_close_matches(rule_id, list(RULE_BY_ID), n=1)
    if close:
        return msg("policy_did_you_mean", rule=close[0])
    optional = ", ".join(rule.id for rule in RULES if rule.can_be_disabled)
    return msg("policy_rules_that_can_be_off", rules=optional)
