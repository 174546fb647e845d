"""The words of `diff` output: catalog keys for the kinds of change and the changed fields."""

from __future__ import annotations

from yhdyspinta_cli.i18n import message, words

# Fields that the reports name too share the report's word; `diff_*` keys are the diff's own.
SHARED = frozenset(
    {"actions", "item", "action", "target", "reason", "owner", "responsible", "status"}
    | {"due", "description", "county", "date", "start", "measure", "notes"}
)
RENAMED = {"items": "addressed_items"}


def word_key(key: str) -> str:
    """The catalog key of one diff word (`notes` → `notes`, `added` → `diff_added`)."""
    return key if key in SHARED else RENAMED.get(key, f"diff_{key}")


def word(key: str, lang: str) -> str:
    """One word of the diff output in `lang`."""
    return message(word_key(key), lang)


def field_label(field: str, lang: str) -> str:
    """`Taso`, or `Arvio: tre` for a field inside a mapping (`ratings.tre`)."""
    head, _, key = field.partition(".")
    label = word(head, lang) if word_key(head) in words(lang) else head
    return f"{label}: {key}" if key else label
