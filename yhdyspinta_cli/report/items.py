"""A recommendation's items in the gap report: a narrow table of figures, then each question.

A question runs to 150 characters; in a table column it makes every row that wide, in the raw
Markdown of a merge request and on an A4 page alike. So the table holds the id and the figures,
and the list after it holds each item's id, its question, and what the assessment says about it
(the note, the evidence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from yhdyspinta_cli.analysis.scoring import ItemScore
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE
from yhdyspinta_cli.render.markdown import md_text

if TYPE_CHECKING:  # the context imports this module
    from yhdyspinta_cli.report.context import ReportInput

NONE = "–"


def item_row(score: ItemScore, source: ReportInput, bands: dict[str, str]) -> list[str]:
    """Id, current level, target, gap and band; a level with no target says the target is unset."""
    return [
        score.item.id,
        value_text(score.answer.current, source),
        _target_text(score, source),
        str(score.gap) if score.gap is not None else NONE,
        bands.get(score.band or "", NONE),
    ]


def item_detail(score: ItemScore, source: ReportInput) -> dict[str, Any]:
    """The item's id and question, and its note and evidence as lines under it."""
    labels, answer = source.labels, score.answer
    lines = []
    if answer.note:
        lines.append(f"{labels['note']}: {md_text(answer.note)}")
    if answer.evidence:
        lines.append(f"{labels['evidence_given']}: {'; '.join(map(md_text, answer.evidence))}")
    return {
        "id": score.item.id,
        "question": md_text(score.item.question.get(source.lang)),
        "lines": lines,
    }


def value_text(value: int | str | None, source: ReportInput) -> str:
    """A level as a number, don't know and not applicable by their labels, nothing as –."""
    if value in (DONT_KNOW, NOT_APPLICABLE):
        return source.catalog.scale.special_answer(str(value)).label.get(source.lang)
    return NONE if value is None else str(value)


def _target_text(score: ItemScore, source: ReportInput) -> str:
    if score.target is not None:
        return str(score.target)
    return source.labels["target_not_set"] if score.answer.missing_target else NONE
