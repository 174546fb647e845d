"""Which gaps to act on first: one documented rule, easy to read and easy to change.

priority = GAP_WEIGHT x gap + DIVERGENCE_BONUS (when organisations' ratings differ by 2 levels or
more) + LEGAL_BONUS (when the item rests on a legal obligation). Higher comes first; ties keep the
checklist order. Priorities are whole numbers, and each comes with the reasons that make it up.
"""

from __future__ import annotations

GAP_WEIGHT = 2
DIVERGENCE_BONUS = 1
DIVERGENCE_THRESHOLD = 2
LEGAL_BONUS = 1

# Why a gap ranks where it does: the parts of the rule, in the order they are added.
REASON_GAP = "gap"
REASON_DIVERGENCE = "divergence"
REASON_LEGAL = "legal"


def priority_of(gap: int | None, divergence: int | None, legal: bool) -> int:
    """The priority of a gap; 0 when there is no gap."""
    reasons = priority_reasons(gap, divergence, legal)
    bonuses = {REASON_DIVERGENCE: DIVERGENCE_BONUS, REASON_LEGAL: LEGAL_BONUS}
    return GAP_WEIGHT * (gap or 0) + sum(bonuses.get(reason, 0) for reason in reasons)


def priority_reasons(gap: int | None, divergence: int | None, legal: bool) -> tuple[str, ...]:
    """The parts of the rule that apply to a gap: `gap`, then `divergence` and `legal`."""
    if not gap:
        return ()
    diverges = divergence is not None and divergence >= DIVERGENCE_THRESHOLD
    return (
        REASON_GAP,
        *((REASON_DIVERGENCE,) if diverges else ()),
        *((REASON_LEGAL,) if legal else ()),
    )


_WEIGHTS = {
    REASON_GAP: lambda gap: GAP_WEIGHT * gap,
    REASON_DIVERGENCE: lambda _gap: DIVERGENCE_BONUS,
    REASON_LEGAL: lambda _gap: LEGAL_BONUS,
}
