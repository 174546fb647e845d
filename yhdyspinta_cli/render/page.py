"""A Markdown template rendered as the requested format: Markdown with chart files, or HTML."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from yhdyspinta_cli.render.charts import Chart
from yhdyspinta_cli.render.document import Rendered, finished
from yhdyspinta_cli.render.templates import render_template


@dataclass(frozen=True)
class Page:
    """Which template, in which format (md or html), its language and its HTML title."""

    template: str
    fmt: str
    lang: str
    title: str
    footer: str = ""  # Markdown put after the template's text


def markup_format(fmt: str) -> str:
    """The page a format is made from: Word (docx) from the Markdown with its chart files."""
    return "md" if fmt == "docx" else fmt


def chart_files(charts: Sequence[Chart]) -> dict[str, str]:
    """What a template links to: each chart's key → its file name."""
    return {chart.key: chart.filename for chart in charts}


def render_page(env: Any, page: Page, context: dict[str, Any], charts: Sequence[Chart]) -> Rendered:
    """Markdown with its charts as files beside it, or one HTML file with the charts inline."""
    markdown = render_template(env, page.template, context) + page.footer
    svgs = {chart.filename: chart.svg for chart in charts}
    if page.fmt == "md":
        return finished(markdown, svgs)
    from yhdyspinta_cli.render.html import markdown_to_html

    return finished(markdown_to_html(markdown, env, svgs, page.lang, page.title))
