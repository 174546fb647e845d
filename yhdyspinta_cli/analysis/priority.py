"""Which gaps to act on first: one documented rule, easy to read and easy to change.

priority = GAP_WEIGHT x gap + DIVERGENCE_BONUS (when organisations' ratings differ by 2 levels or
more) + LEGAL_BONUS (when the item rests on a legal obligation). Higher comes first; ties keep the
checklist order.
"""

from __future__ import annotations

GAP_WEIGHT = 2.0
DIVERGENCE_BONUS = 1.0
DIVERGENCE_THRESHOLD = 2
LEGAL_BONUS = 1.0


def priority_of(gap: int | None, divergence: int | None, legal: bool) -> float:
    """The priority of a gap; 0 when there is no gap."""
    if not gap:
        return 0.0
    score = GAP_WEIGHT * gap
    if divergence is not None and divergence >= DIVERGENCE_THRESHOLD:
        score += DIVERGENCE_BONUS
    if legal:
        score += LEGAL_BONUS
    return score
