"""Making a report: one scoring, then Markdown, HTML or JSON, and the chart files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yhdyspinta_cli.render.charts import Chart
from yhdyspinta_cli.render.document import Rendered, json_document
from yhdyspinta_cli.render.meta import checklist_versions, output_meta
from yhdyspinta_cli.render.page import Page, chart_files, markup_format, render_page
from yhdyspinta_cli.render.templates import environment, render_template
from yhdyspinta_cli.report.benchmark_out import TEMPLATE as BENCHMARK_TEMPLATE
from yhdyspinta_cli.report.benchmark_out import benchmark_context, with_benchmark
from yhdyspinta_cli.report.context import ReportInput, gaps_context
from yhdyspinta_cli.report.json_out import gaps_json, plan_json
from yhdyspinta_cli.report.plan_context import plan_context

KINDS = ("gaps", "plan")
FORMATS = ("md", "html", "json", "docx")


@dataclass(frozen=True)
class ReportRequest:
    """Which report, in which format, with or without charts, from which templates."""

    kind: str
    fmt: str = "md"
    charts: bool = False
    stem: str = "report"
    template_dir: Path | None = None
    allow_personal_data: bool = False  # --allow-personal-data: the footer says so


def build_report(source: ReportInput, request: ReportRequest) -> Rendered:
    """Render the requested report from one scoring."""
    if request.fmt == "json":
        figures = (
            gaps_json(source.scores)
            if request.kind == "gaps"
            else plan_json(source.scores, list(source.actions), source.today)
        )
        versions = checklist_versions(source.catalog)
        meta = output_meta(versions, source.lang, assessment=source.assessment)
        if request.kind == "gaps" and source.benchmark is not None:
            figures = with_benchmark(figures, source, source.benchmark)
        return json_document({"meta": meta, **figures})
    env = environment(request.template_dir)
    charts = _charts(env, source, request)
    if request.kind == "gaps":
        context = gaps_context(source, chart_files(charts))
    else:
        context = plan_context(source)
    title = f"{source.labels[request.kind + '_title']}: {source.assessment.region}"
    # The footer is added here, not in the templates, so a region's own cannot leave it out.
    footer = _benchmark(env, source, request) + (
        _footer(source) if request.allow_personal_data else ""
    )
    page = Page(f"{request.kind}.md.j2", markup_format(request.fmt), source.lang, title, footer)
    rendered = render_page(env, page, context, charts)
    if request.fmt != "docx":
        return rendered
    from yhdyspinta_cli.render.docx import docx_document

    return docx_document(rendered, source.lang, request.template_dir)


def _benchmark(env: Any, source: ReportInput, request: ReportRequest) -> str:
    """The benchmark section, after the template's text, so a region's own gaps template keeps
    it."""
    if request.kind != "gaps" or source.benchmark is None:
        return ""
    context = benchmark_context(source, source.benchmark)
    return "\n" + render_template(env, BENCHMARK_TEMPLATE, context)  # a blank line before it


def _footer(source: ReportInput) -> str:
    return f"\n---\n\n*{source.labels['personal_data_allowed']}*\n"


def _charts(env: Any, source: ReportInput, request: ReportRequest) -> list[Chart]:
    if not request.charts or request.kind != "gaps":
        return []
    from yhdyspinta_cli.report.charts import draw_charts

    top = source.catalog.scale.values[-1]
    return draw_charts(env, source.scores, top, source.labels, source.lang, request.stem)
