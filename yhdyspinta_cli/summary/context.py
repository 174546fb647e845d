"""What the summary template gets: every cell already Markdown, user text already escaped."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.render.markdown import md_text
from yhdyspinta_cli.render.numbers import NO_VALUE, fmt_level
from yhdyspinta_cli.summary.cells import figure_align, figure_cells, figure_headers, legend
from yhdyspinta_cli.summary.compute import Summary
from yhdyspinta_cli.summary.coverage_context import coverage_context, groups_context, trend_context
from yhdyspinta_cli.summary.figures import Row

MIN_LISTED_GAP = 1.0


@dataclass(frozen=True)
class Words:
    """The language, the report's labels and the catalog (titles, questions, type names)."""

    lang: str
    labels: dict[str, str]
    catalog: Catalog

    def type_name(self, key: str) -> str:
        """An actor type's name in the report's language."""
        term = self.catalog.vocabulary.term("actors", key)
        return md_text(term.label.get(self.lang)) if term else md_text(key)

    def name(self, value: str | None) -> str:
        """A region's or county's name, escaped; the no-county label for None."""
        return md_text(value) if value is not None else self.labels["summary_no_county"]


def summary_context(summary: Summary, words: Words, charts: dict[str, str]) -> dict[str, Any]:
    """Everything summary.md.j2 shows."""
    scale, lang, labels = words.catalog.scale, words.lang, words.labels
    types = [
        t.type for t in summary.types if t.ratings.n
    ]  # types that took part but never rated: no column
    return {
        "L": labels,
        "facts": _facts(summary, words),
        "since": summary.since,
        "left_out": summary.left_out,
        "anonymised": summary.anonymised,
        "legend": legend(scale, lang),
        "figure_headers": figure_headers(labels, scale, lang),
        "figure_align": figure_align(scale),
        "charts": charts,
        "overview_rows": [
            _named_cells(f"{r.id} {_title(r.id, words)}", r, words)
            for r in summary.scope.recommendations
        ]
        + [_named_cells(f"**{labels['total']}**", summary.scope.overall, words)],
        "recommendations": [
            _recommendation(r, summary, words, types) for r in summary.scope.recommendations
        ],
        "type_headers": [words.type_name(t) for t in types],
        "type_rows": _type_rows(summary, words),
        "gap_rows": _gap_rows(summary, words),
        **coverage_context(summary, words),
        **trend_context(summary, words),
        **groups_context(summary, words),
        "skipped_rows": [
            [
                md_text(p.path),
                str(p.line) if p.line else NO_VALUE,
                f"{md_text(p.message)} ({p.rule})",
            ]
            for p in summary.skipped
        ],
        "unknown_items": ", ".join(f"{md_text(i)}: {n}" for i, n in summary.unknown_items.items()),
    }


def _facts(summary: Summary, words: Words) -> str:
    labels = words.labels
    parts = [
        f"{labels['summary_files']}: {summary.scope.files}",
        f"{labels['summary_regions']}: {len(summary.places)}",
        f"{labels['summary_counties']}: {len({p.county for p in summary.places if p.county})}",
        f"{labels['summary_rounds']}: {', '.join(r.round for r in summary.rounds) or NO_VALUE}",
    ]
    if summary.dates:
        parts.append(f"{labels['summary_period']}: {summary.dates[0]} – {summary.dates[1]}")
    return " · ".join(parts)


def _title(checklist_id: str, words: Words) -> str:
    checklist = words.catalog.checklist(checklist_id)
    return md_text(checklist.title.get(words.lang)) if checklist else ""


def _named_cells(name: str, row: Row, words: Words) -> list[str]:
    return [name, *figure_cells(row.figures, words.catalog.scale, words.lang)]


def _recommendation(rec: Row, summary: Summary, words: Words, types: list[str]) -> dict[str, Any]:
    items = [row for row in summary.scope.items if row.recommendation == rec.id]
    lang = words.lang
    return {
        "id": rec.id,
        "heading": f"{rec.id} {_title(rec.id, words)}",
        "item_rows": [
            [
                row.id,
                *figure_cells(row.figures, words.catalog.scale, lang),
                str(row.figures.not_applicable),
                str(row.figures.unanswered),
            ]
            for row in items
        ],
        # The questions are long: a list under the table, so the numeric columns fit the page.
        "questions": [f"**{row.id}** {_question(row.id, words)}" for row in items],
        "by_type_rows": [
            [
                name,
                *[_type_cell(row, t, lang) for t in types],
                fmt_level(_gap(row), lang),
                _between(row, words),
            ]
            for name, row in [*((r.id, r) for r in items), (f"**{words.labels['total']}**", rec)]
        ]
        if types
        else [],
        "notes": [
            f"{md_text(item)} · {md_text(region)} · {date}: {md_text(text)}"
            for item, region, date, text in summary.notes
            if item in {row.id for row in items}
        ],
    }


def _question(item_id: str, words: Words) -> str:
    item = words.catalog.item(item_id)
    return md_text(item.question.get(words.lang)) if item else ""


def _type_cell(row: Row, org_type: str, lang: str) -> str:
    figures = row.by_type.get(org_type)
    if figures is None:
        return NO_VALUE
    return f"{fmt_level(figures.median, lang)} ({figures.n})"


def _gap(row: Row) -> float | None:
    return row.gap.difference if row.gap else None


def _between(row: Row, words: Words) -> str:
    if row.gap is None:
        return NO_VALUE
    return f"{words.type_name(row.gap.high)} – {words.type_name(row.gap.low)}"


def _type_rows(summary: Summary, words: Words) -> list[list[str]]:
    rows = []
    for type_row in summary.types:
        name = words.type_name(type_row.type)
        for rec in summary.scope.recommendations:
            figures = rec.by_type.get(type_row.type)
            if figures is not None and figures.n:
                rows.append([name, rec.id, *figure_cells(figures, words.catalog.scale, words.lang)])
        if type_row.ratings.n:
            total = f"**{words.labels['total']}**"
            ratings = figure_cells(type_row.ratings, words.catalog.scale, words.lang)
            rows.append([name, total, *ratings])
    return rows


def _gap_rows(summary: Summary, words: Words) -> list[list[str]]:
    """Items whose type medians differ by MIN_LISTED_GAP or more, widest first."""
    listed = [
        (r, r.gap) for r in summary.scope.items if r.gap and r.gap.difference >= MIN_LISTED_GAP
    ]
    listed.sort(key=lambda pair: -pair[1].difference)
    return [
        [
            row.id,
            _type_median(row, gap.high, words),
            _type_median(row, gap.low, words),
            fmt_level(gap.difference, words.lang),
        ]
        for row, gap in listed
    ]


def _type_median(row: Row, org_type: str, words: Words) -> str:
    figures = row.by_type[org_type]
    return f"{words.type_name(org_type)} {fmt_level(figures.median, words.lang)} ({figures.n})"
