"""Making a report: one scoring, then Markdown, HTML or JSON, and the chart files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yhdyspinta_cli.render.document import Rendered, finished, json_document
from yhdyspinta_cli.render.templates import environment, render_template
from yhdyspinta_cli.report.context import ReportInput, gaps_context
from yhdyspinta_cli.report.json_out import gaps_json, plan_json
from yhdyspinta_cli.report.plan_context import plan_context

KINDS = ("gaps", "plan")
FORMATS = ("md", "html", "json")


@dataclass(frozen=True)
class ReportRequest:
    """Which report, in which format, with or without charts, from which templates."""

    kind: str
    fmt: str = "md"
    charts: bool = False
    stem: str = "report"
    template_dir: Path | None = None


def build_report(source: ReportInput, request: ReportRequest) -> Rendered:
    """Render the requested report from one scoring."""
    if request.fmt == "json":
        figures = (
            gaps_json(source.scores)
            if request.kind == "gaps"
            else plan_json(source.scores, list(source.actions), source.today)
        )
        return json_document(figures)
    env = environment(request.template_dir)
    charts = _charts(source, request)
    if request.kind == "gaps":
        context = gaps_context(source, {key: name for key, (name, _) in charts.items()})
    else:
        context = plan_context(source)
    markdown = render_template(env, f"{request.kind}.md.j2", context)
    svgs = {name: svg for name, svg in charts.values()}
    if request.fmt == "md":
        return finished(markdown, svgs)
    from yhdyspinta_cli.render.html import markdown_to_html

    title = f"{source.labels[request.kind + '_title']}: {source.assessment.region}"
    return finished(markdown_to_html(markdown, env, svgs, source.lang, title))


def _charts(source: ReportInput, request: ReportRequest) -> dict[str, tuple[str, str]]:
    if not request.charts or request.kind != "gaps":
        return {}
    from yhdyspinta_cli.report.charts import draw_charts

    top = source.catalog.scale.values[-1]
    drawn = draw_charts(source.scores, top, source.labels, request.stem)
    return {chart.key: (chart.filename, chart.svg) for chart in drawn}
