"""Putting their values into our round-trip data: where a new entry goes, and clean copies."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from typing import Any

from ruamel.yaml.comments import CommentedBase, CommentedMap, CommentedSeq


def insert_element(
    seq: CommentedSeq, entry: Any, ident: str, theirs: list[Any], key_field: str
) -> None:
    """Insert after the element that precedes it on their side, else before the next, else last."""
    order = [str(item[key_field]) for item in theirs]
    here = [str(e.get(key_field)) for e in seq]
    position = _position(order, order.index(ident), here)
    if not seq:
        seq.fa.set_block_style()
    seq.insert(position, entry)


def insert_key(container: CommentedMap, theirs: Mapping[str, Any], key: Any, value: Any) -> None:
    """Insert after the key that precedes it on their side, else before the next, else last."""
    order = list(theirs)
    position = _position(order, order.index(key), list(container))
    if not container:
        container.fa.set_block_style()
    container.insert(position, key, value)


def _position(order: list[Any], index: int, here: list[Any]) -> int:
    before = [k for k in order[:index] if k in here]
    if before:
        return here.index(before[-1]) + 1
    after = [k for k in order[index + 1 :] if k in here]
    return here.index(after[0]) if after else len(here)


def clean_copy(node: Any) -> Any:
    """A deep copy without comments: comments are merged on their own, by position."""
    duplicate = copy.deepcopy(node)
    for part in _iter_collections(duplicate):
        part.ca.items.clear()
        part.ca.comment = None
        part.ca.end = []
    return duplicate


def _iter_collections(node: Any) -> Iterator[CommentedBase]:
    if isinstance(node, (CommentedMap, CommentedSeq)):
        yield node
        children = node.values() if isinstance(node, CommentedMap) else node
        for child in children:
            yield from _iter_collections(child)
