"""Making the summary: read and count, compute once, then Markdown, HTML or JSON and the charts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.discovery import find_files
from yhdyspinta_cli.parallel import cpu_count
from yhdyspinta_cli.problems import Problem, UserError
from yhdyspinta_cli.render.charts import Chart
from yhdyspinta_cli.render.document import Rendered, json_document
from yhdyspinta_cli.render.meta import checklist_versions, output_meta
from yhdyspinta_cli.render.page import Page, chart_files, markup_format, render_page
from yhdyspinta_cli.render.templates import environment, labels
from yhdyspinta_cli.summary.compute import Summary, compute_summary
from yhdyspinta_cli.summary.context import Words, summary_context
from yhdyspinta_cli.summary.json_out import summary_json
from yhdyspinta_cli.summary.names import DEFAULT_SALT, Pseudonyms
from yhdyspinta_cli.summary.reading import ReadRules
from yhdyspinta_cli.summary.run import summarise

PSEUDONYM_KINDS = ("region", "county", "organisation", "file")


@dataclass(frozen=True)
class SummaryRequest:
    """What to read and how to show it."""

    fmt: str = "md"
    group_by: str | None = None
    since: str | None = None
    anonymise: bool = False
    salt: str | None = None
    include_notes: bool = False
    charts: bool = False
    stem: str = "summary"
    template_dir: Path | None = None


def pseudonyms_for(request: SummaryRequest, labels: dict[str, str]) -> Pseudonyms | None:
    """The pseudonym maker for --anonymise, with the words of the summary's language."""
    if not request.anonymise:
        return None
    prefixes = {kind: labels[f"summary_pseudonym_{kind}"] for kind in PSEUDONYM_KINDS}
    return Pseudonyms(request.salt or DEFAULT_SALT, prefixes)


def read_rules(
    catalog: Catalog, request: SummaryRequest, pseudonyms: Pseudonyms | None
) -> ReadRules:
    """What the workers need to know to read the files."""
    return ReadRules(
        catalog=catalog,
        since=request.since,
        include_notes=request.include_notes,
        pseudonyms=pseudonyms,
    )


def render_summary(summary: Summary, words: Words, request: SummaryRequest) -> Rendered:
    """The summary as the requested format, with its chart files (Markdown) or inline (HTML)."""
    if request.fmt == "json":
        versions, files = checklist_versions(words.catalog), summary.scope.files
        meta = output_meta(versions, words.lang, files=files, period=summary.dates)
        return json_document({"meta": meta, **summary_json(summary)})
    env = environment(request.template_dir)
    charts = _charts(env, summary, words, request) if request.charts else []
    context = summary_context(summary, words, chart_files(charts))
    title = words.labels["summary_title"]
    page = Page("summary.md.j2", markup_format(request.fmt), words.lang, title)
    rendered = render_page(env, page, context, charts)
    if request.fmt != "docx":
        return rendered
    from yhdyspinta_cli.render.docx import docx_document

    return docx_document(rendered, words.lang, request.template_dir)


def _charts(env: Any, summary: Summary, words: Words, request: SummaryRequest) -> list[Chart]:
    from yhdyspinta_cli.summary.charts import summary_charts

    names = {t.key: t.label.get(words.lang) for t in words.catalog.vocabulary.actors}
    names[""] = words.labels["summary_no_county"]
    scale, lang = words.catalog.scale, words.lang
    return summary_charts(env, summary, scale, words.labels, lang, names, request.stem)


@dataclass(frozen=True)
class SummaryResult:
    """The rendered summary and what the user must be told: skipped files with real paths."""

    report: Rendered
    skipped: tuple[Problem, ...]
    unknown_items: dict[str, int]
    files: tuple[str, ...] = ()  # every file found, read or skipped: what -o must not replace
    warnings: tuple[Problem, ...] = ()


def make_summary(
    paths: Sequence[Path],
    catalog: Catalog,
    lang: str,
    request: SummaryRequest,
    jobs: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> SummaryResult:
    """Find the files, count them on `jobs` processes, compute once and render."""
    words = Words(lang, labels(request.template_dir, lang), catalog)
    pseudonyms = pseudonyms_for(request, words.labels)
    files = find_files(paths)
    if not files:
        where = ", ".join(str(p) for p in paths)
        raise UserError(msg("summary_no_files", where=where))
    rules = read_rules(catalog, request, pseudonyms)
    total = len(files)
    progress = (lambda done: on_progress(done, total)) if on_progress else None
    aggregate = summarise(files, rules, request.group_by, jobs or cpu_count(), progress)
    summary = compute_summary(aggregate, catalog, request.since, pseudonyms)
    report = render_summary(summary, words, request)
    skipped, unknown = tuple(aggregate.skipped), dict(aggregate.unknown_items)
    return SummaryResult(report, skipped, unknown, tuple(files), tuple(aggregate.warnings))
