"""The policy `yhdyspinta check` applies, from the `policy:` section of yhdyspinta.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yhdyspinta_cli.check.stages import MOVABLE_RULES, runs_at
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import Checklist
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.yaml_loader import Key, load_document
from yhdyspinta_cli.problems import ConfigError, Problem
from yhdyspinta_cli.rules import Stage

DEFAULT_GAP_THRESHOLD = 1


@dataclass(frozen=True)
class Policy:
    """What a passing assessment must satisfy. The defaults are the strictest reading of the issue.

    - `required`: checklists every item of which must be addressed, besides those that are
      required anyway (recommendations 1-4, and checklists whose file says `required: true`);
    - `allow_dont_know`: whether "dont-know" counts as addressed;
    - `gap_threshold`: an item whose gap is at least this needs an action with owner and due date;
    - `strict`: warnings fail the check too;
    - `stages`: rules moved to the other stage than their own (see `check.stages`);
    - `disabled`: rules whose problems are not reported.
    """

    required: tuple[str, ...] = ()
    allow_dont_know: bool = False
    gap_threshold: int = DEFAULT_GAP_THRESHOLD
    strict: bool = False
    stages: Mapping[str, Stage] = field(default_factory=dict)
    disabled: frozenset[str] = frozenset()

    def reports(self, rule: str, stage: Stage) -> bool:
        """Whether a check at `stage` reports problems of `rule` (a disabled rule: never)."""
        return rule not in self.disabled and runs_at(rule, stage, self.stages)

    def is_required(self, checklist: Checklist) -> bool:
        """Whether every item of `checklist` must be addressed."""
        return checklist.required or checklist.id in self.required


def policy_from_config(
    settings: Mapping[str, Any], catalog: Catalog, config_path: Path | None
) -> Policy:
    """The policy of a validated config; an unknown checklist id is a located ConfigError."""
    required = tuple(str(checklist_id) for checklist_id in settings.get("required", ()))
    for index, checklist_id in enumerate(required):
        if catalog.checklist(checklist_id) is None:
            known = ", ".join(c.id for c in catalog.checklists)
            text = msg("policy_unknown_checklist", checklist=checklist_id, known=known)
            raise config_error(
                config_path, ("policy", "required", index), "unknown-checklist", text
            )
    return Policy(
        stages=_moved_rules(settings.get("stages", {}), config_path),
        required=required,
        allow_dont_know=bool(settings.get("allow_dont_know", False)),
        gap_threshold=int(settings.get("gap_threshold", DEFAULT_GAP_THRESHOLD)),
        strict=bool(settings.get("strict", False)),
        disabled=_disabled_rules(settings.get("disable", ()), config_path),
    )


def _moved_rules(moves: Mapping[str, Any], config_path: Path | None) -> dict[str, Stage]:
    """`policy: stages:` as rule → stage; a rule `check` does not have is a ConfigError."""
    for rule in moves:
        if rule not in MOVABLE_RULES:
            known = ", ".join(MOVABLE_RULES)
            text = msg("policy_unknown_stage_rule", rule=rule, known=known)
            raise config_error(config_path, ("policy", "stages", rule), "unknown-rule", text)
    return {str(rule): stage for rule, stage in moves.items()}


def _disabled_rules(names: Any, config_path: Path | None) -> frozenset[str]:
    """The rule ids of `policy.disable`; an unknown one, or one always on, is a ConfigError."""
    from yhdyspinta_cli.rules import RULE_BY_ID, suggest

    for index, name in enumerate(names):
        known = RULE_BY_ID.get(name)
        if known is None:
            text = msg("policy_disable_unknown", rule=name, hint=suggest(name))
        elif not known.can_be_disabled:
            text = msg("policy_disable_always_on", rule=name, hint=suggest(""))
        else:
            continue
        raise config_error(config_path, ("policy", "disable", index), "unknown-rule", text)
    return frozenset(str(name) for name in names)


def config_error(path: Path | None, key: Key, rule: str, message: str) -> ConfigError:
    """A ConfigError at the config value `key` points to (the file is read again to find it)."""
    if path is None:
        return ConfigError([Problem(Path("yhdyspinta.yaml"), None, None, rule, message)])
    return ConfigError([load_document(path).problem(key, rule, message)])


def shown(path: Path, config_path: Path | None) -> str:
    """A configured path as the config writes it: relative to the config's folder."""
    if config_path is not None and path.is_relative_to(config_path.parent):
        return str(path.relative_to(config_path.parent))
    return str(path)
