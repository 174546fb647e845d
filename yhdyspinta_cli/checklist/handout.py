"""The pre-reading handout: every item with its question, why it matters, the five levels,
the legislation and examples of evidence, for participants to read before the workshop."""

from __future__ import annotations

from collections.abc import Sequence

from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import Checklist, Item
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.render.markdown import md_text


def handout_markdown(catalog: Catalog, checklists: Sequence[Checklist], lang: str) -> str:
    """The handout for `checklists` in `lang`, as Markdown."""
    lines = [
        f"# {md_text(message('handout_title', lang))}",
        "",
        md_text(message("handout_intro", lang)),
        "",
    ]
    lines += _scale(catalog, lang)
    for checklist in checklists:
        lines += [f"## {checklist.id} {md_text(checklist.title.get(lang))}", ""]
        lines += [md_text(checklist.description.get(lang)), ""]
        for item in checklist.items:
            lines += _item(item, catalog, lang)
    return "\n".join(lines).rstrip() + "\n"


def _scale(catalog: Catalog, lang: str) -> list[str]:
    lines = [f"## {md_text(message('scale', lang))}", ""]
    for level in catalog.scale.levels:
        lines.append(
            f"- **{level.value} {md_text(level.label.get(lang))}**: "
            f"{md_text(level.description.get(lang))}"
        )
    return [*lines, ""]


def _item(item: Item, catalog: Catalog, lang: str) -> list[str]:
    lines = [f"### {item.id}", "", f"**{md_text(item.question.get(lang))}**", ""]
    lines += [f"*{md_text(message('guidance', lang))}.* {md_text(item.guidance.get(lang))}", ""]
    lines += [f"*{md_text(message('levels', lang))}:*", ""]
    for level in catalog.scale.levels:
        text = item.levels.get(level.value)
        descriptor = md_text(text.get(lang)) if text else ""
        lines.append(f"- **{level.value} {md_text(level.label.get(lang))}**: {descriptor}")
    lines.append("")
    vocabulary = catalog.vocabulary
    for kind in ("actors", "legal"):
        keys: tuple[str, ...] = getattr(item, kind)
        names = [md_text(t.label.get(lang)) for k in keys if (t := vocabulary.term(kind, k))]
        if names:
            lines += [f"*{md_text(message(kind, lang))}:* {', '.join(names)}", ""]
    if item.evidence:
        lines += [f"*{md_text(message('evidence', lang))}:*", ""]
        lines += [f"- {md_text(e.get(lang))}" for e in item.evidence]
        lines.append("")
    return lines
