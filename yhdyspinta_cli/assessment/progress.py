"""How far an assessment is: per checklist, what is answered and what is not."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from yhdyspinta_cli.assessment.model import DISCUSS_SPREAD, Assessment
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE, Checklist


@dataclass(frozen=True)
class ChecklistProgress:
    """Counts for one checklist, and the items whose ratings diverge."""

    checklist: Checklist
    answered: int
    dont_know: int
    not_applicable: int
    unanswered: tuple[str, ...]
    divergent: tuple[str, ...]
    missing_target: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        """How many items the checklist has."""
        return len(self.checklist.items)

    def as_json(self) -> dict[str, Any]:
        """The figures for scripts."""
        return {
            "id": self.checklist.id,
            "total": self.total,
            "answered": self.answered,
            "dont_know": self.dont_know,
            "not_applicable": self.not_applicable,
            "unanswered": len(self.unanswered),
            "unanswered_items": list(self.unanswered),
            "divergent_items": list(self.divergent),
            "missing_target": list(self.missing_target),
        }


def checklist_progress(assessment: Assessment, checklist: Checklist) -> ChecklistProgress:
    """Count one checklist's answers."""
    answers = [assessment.answer(item.id) for item in checklist.items]
    return ChecklistProgress(
        checklist=checklist,
        answered=sum(1 for a in answers if a.level is not None),
        dont_know=sum(1 for a in answers if a.current == DONT_KNOW),
        not_applicable=sum(1 for a in answers if a.current == NOT_APPLICABLE),
        unanswered=tuple(
            i.id for i, a in zip(checklist.items, answers, strict=True) if a.current is None
        ),
        divergent=tuple(
            i.id
            for i, a in zip(checklist.items, answers, strict=True)
            if a.spread is not None and a.spread >= DISCUSS_SPREAD
        ),
        missing_target=tuple(
            i.id for i, a in zip(checklist.items, answers, strict=True) if a.missing_target
        ),
    )


def assessment_progress(assessment: Assessment, catalog: Catalog) -> list[ChecklistProgress]:
    """Progress of every checklist in the catalog, in order."""
    return [checklist_progress(assessment, checklist) for checklist in catalog.checklists]
