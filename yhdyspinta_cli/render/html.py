"""HTML export: the same Markdown through markdown-it-py, one self-contained file."""

from __future__ import annotations

import re
from typing import Any

from yhdyspinta_cli.render.templates import render_template

IMAGE = re.compile(r'<img src="(?P<src>[^"]+)" alt="(?P<alt>[^"]*)"\s*/?>')


def markdown_to_html(markdown: str, env: Any, charts: dict[str, str], lang: str, title: str) -> str:
    """Render Markdown (raw HTML off, tables on) and put our own SVG charts inline."""
    from markdown_it import MarkdownIt
    from markupsafe import Markup

    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    body = IMAGE.sub(lambda m: _inline_chart(m, charts), body)
    context = {"lang": lang, "title": title, "body": Markup(body)}
    return render_template(env, "page.html.j2", context)


def _inline_chart(match: re.Match[str], charts: dict[str, str]) -> str:
    svg = charts.get(match.group("src"))
    if svg is None:
        return match.group(0)
    # The SVG names and describes itself (role="img", <title>, <desc> with the figures).
    return f'<figure class="chart">{svg}</figure>'
