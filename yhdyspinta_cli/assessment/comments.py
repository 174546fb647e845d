"""Keeping a person's comments in place when an answer gains or loses keys.

ruamel.yaml attaches the full-line comments (and blank lines) that follow a value to that value.
A comment written between two answers, usually a header for the next one, therefore hangs on the
last key of the answer above it. Without care, a key appended to that answer lands below the
comment, and deleting that key deletes the comment. These helpers lift such comments off before an
edit and put them back below the answer afterwards; an end-of-line comment stays where it is.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

Slot = tuple[dict[Any, Any], Any, int]


def take_comments_below(node: Any) -> str:
    """Detach the full-line comments and blank lines after `node`; '' when there are none."""
    slot = _trailing_slot(node)
    token = _token(slot)
    if slot is None or token is None:
        return ""
    end_of_line, _, below = token.value.partition("\n")
    if not below:
        return ""
    items, key, index = slot
    if end_of_line.strip():
        token.value = end_of_line + "\n"
    else:
        items[key][index] = None
    return below


def put_comments_below(below: str, node: Any, fallback: Any) -> None:
    """Attach comments taken with `take_comments_below` after `node` (or `fallback` if empty)."""
    if not below:
        return
    slot = _trailing_slot(node) or _trailing_slot(fallback)
    if slot is None:
        return
    items, key, index = slot
    token = _token(slot)
    if token is not None:
        token.value = token.value + below
        return
    slots = items.setdefault(key, [None, None, None, None])
    slots[index] = CommentToken("\n" + below, CommentMark(0))


def _trailing_slot(node: Any) -> Slot | None:
    """Where ruamel keeps the comments after a block collection: on its last value, deepest."""
    if isinstance(node, CommentedMap) and node and not node.fa.flow_style():
        key = list(node)[-1]
        return _trailing_slot(node[key]) or (node.ca.items, key, 2)
    if isinstance(node, CommentedSeq) and node and not node.fa.flow_style():
        index = len(node) - 1
        return _trailing_slot(node[index]) or (node.ca.items, index, 0)
    return None


def _token(slot: Slot | None) -> CommentToken | None:
    if slot is None:
        return None
    items, key, index = slot
    slots = items.get(key)
    token = slots[index] if slots is not None and len(slots) > index else None
    return token if isinstance(token, CommentToken) else None
