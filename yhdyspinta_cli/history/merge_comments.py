"""Merging hand-written comments three ways, by where they sit in the data.

ruamel.yaml keeps each comment on a collection, keyed by the key or index it follows. Such a
place (an anchor: the collection's path, the slot and the key; an action by its id) exists on all
three sides, so a comment merges like a value: one that only THEIR side added, changed or
removed is taken; one that OUR side changed stays as ours. A comment that only moved on their
side (ruamel moves the comment above an item when an item is inserted before it) moves with it,
unless our side moved it already. Comment lines that end up nowhere are reported, never dropped.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.tokens import CommentToken

from yhdyspinta_cli.history.merge_rules import KEY_FIELDS

Anchor = tuple[tuple[str, ...], str, str]  # (path of the collection, slot kind, key or id)
Signature = tuple[str, ...]


def comment_signatures(root: Any) -> dict[Anchor, Signature]:
    """The text of every comment slot in a round-trip tree, by anchor."""
    return {anchor: _text(entry) for anchor, entry in _iter_comments(root)}


def merge_comments(
    base: Any,
    ours_before: dict[Anchor, Signature],
    theirs: Any,
    result: Any,
    renamed: dict[str, str],
) -> list[str]:
    """Apply their comment changes to `result`; return comment lines neither kept nor removed."""
    base_text = comment_signatures(base)
    entries = {_rename(anchor, renamed): entry for anchor, entry in _iter_comments(theirs)}
    theirs_text = {anchor: _text(entry) for anchor, entry in entries.items()}
    anchors = [*base_text, *(a for a in ours_before if a not in base_text)]
    anchors += [a for a in theirs_text if a not in base_text and a not in ours_before]
    for anchor in anchors:
        b, o, t = base_text.get(anchor), ours_before.get(anchor), theirs_text.get(anchor)
        if o == t or t == b or o != b or (t and _moved_by_us(t, anchor, base_text, ours_before)):
            continue
        _place(result, anchor, copy.deepcopy(entries[anchor]) if t else None)
    return _lost_lines(base_text, ours_before, theirs_text, comment_signatures(result))


def _iter_comments(root: Any) -> Iterator[tuple[Anchor, Any]]:
    for path, node in _iter_collections(root, ()):
        if _text(node.ca.comment):
            yield (path, "start", ""), node.ca.comment
        if _text(node.ca.end):
            yield (path, "end", ""), node.ca.end
        for key, entry in list(node.ca.items.items()):
            label = _label(node, path, key)
            if label is not None and _text(entry):
                yield (path, "item", label), entry


def _iter_collections(node: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    if isinstance(node, CommentedMap):
        yield path, node
        for key, value in node.items():
            yield from _iter_collections(value, (*path, str(key)))
    elif isinstance(node, CommentedSeq):
        yield path, node
        for index, value in enumerate(node):
            label = _label(node, path, index)
            yield from _iter_collections(value, (*path, label or str(index)))


def _label(node: Any, path: tuple[str, ...], key: Any) -> str | None:
    """A map key, an action's id or an organisation's key, else the index; None if gone."""
    if isinstance(node, CommentedMap):
        return str(key) if key in node else None
    if not isinstance(key, int) or key >= len(node):
        return None
    key_field = KEY_FIELDS.get(path[-1]) if len(path) == 1 else None
    element = node[key]
    if key_field and isinstance(element, CommentedMap) and key_field in element:
        return str(element[key_field])
    return str(key)


def _text(entry: Any) -> Signature:
    if isinstance(entry, CommentToken):
        return (entry.value,)
    if isinstance(entry, list):
        return tuple(text for part in entry for text in _text(part))
    return ()


def _rename(anchor: Anchor, renamed: dict[str, str]) -> Anchor:
    """Their action renumbered by the merge keeps its comments."""
    path, kind, label = anchor
    if path[:1] == ("actions",) and len(path) >= 2 and path[1] in renamed:
        path = ("actions", renamed[path[1]], *path[2:])
    elif path == ("actions",) and kind == "item" and label in renamed:
        label = renamed[label]
    return path, kind, label


def _moved_by_us(
    text: Signature, anchor: Anchor, base: dict[Anchor, Signature], ours: dict[Anchor, Signature]
) -> bool:
    """Their comment came from elsewhere in the base, and our side no longer has it there."""
    return any(
        other != anchor and before == text and ours.get(other) != before
        for other, before in base.items()
    )


def _place(root: Any, anchor: Anchor, entry: Any) -> None:
    path, kind, label = anchor
    node = _find(root, path)
    if node is None:
        return
    if kind == "start":
        node.ca.comment = entry
    elif kind == "end":
        node.ca.end = entry or []
    else:
        key = _key(node, path, label)
        if key is None:
            return
        if entry is None:
            node.ca.items.pop(key, None)
        else:
            node.ca.items[key] = entry


def _find(root: Any, path: tuple[str, ...]) -> Any:
    node = root
    for depth, part in enumerate(path):
        key = _key(node, path[:depth], part)
        if key is None:
            return None
        node = node[key]
    return node if isinstance(node, (CommentedMap, CommentedSeq)) else None


def _key(node: Any, path: tuple[str, ...], label: str) -> Any:
    if isinstance(node, CommentedMap):
        return label if label in node else None
    if isinstance(node, CommentedSeq):
        for index in range(len(node)):
            if _label(node, path, index) == label:
                return index
    return None


def _lost_lines(
    base: dict[Anchor, Signature],
    ours: dict[Anchor, Signature],
    theirs: dict[Anchor, Signature],
    result: dict[Anchor, Signature],
) -> list[str]:
    b, o, t, r = (_lines(side) for side in (base, ours, theirs, result))
    removed_by_them = b - t
    return sorted((t - b - r) | (o - r - removed_by_them))


def _lines(signatures: dict[Anchor, Signature]) -> set[str]:
    return {
        line.strip()
        for signature in signatures.values()
        for text in signature
        for line in text.splitlines()
        if line.strip().startswith("#")
    }
