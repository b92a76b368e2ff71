"""Which way a relative date points: the tense of the verb that governs it.

"will meet Monday" is next Monday, "met Monday" last Monday. A full parser is too slow for the
budget (well under a millisecond an article), so this reads the nearest tense marker in the same
clause, looking left first (the verb usually precedes the date in news English), then right.
"""

from __future__ import annotations

import re

_FUTURE = (
    r"will|'ll|shall|won't|would|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|expects?\s+to"
    r"|expected\s+to|scheduled\s+(?:to|for)|due\s+to|set\s+to|is\s+to|are\s+to|aims?\s+to"
    r"|hopes?\s+to|next|upcoming|coming|starting|begins?|tomorrow|could|might|may|can"
    r"|as\s+soon\s+as|as\s+early\s+as|planned\s+to|scheduled|postponed"
)
_PAST = (
    r"was|were|had|did|said|told|met|held|made|took|gave|came|went|left|began|saw|won|lost|fell"
    r"|rose|sold|bought|paid|led|sent|spent|brought|ended|became|got|put|set\s+up|ago|last"
    r"|yesterday|earlier|has|have|been|(?-i:[a-z]+ed)"
)
_MARKER_RE = re.compile(rf"(?i)\b(?:(?P<fut>{_FUTURE})|(?P<past>{_PAST}))\b")
# A clause boundary: a semicolon, a sentence end, or a comma before a new clause.
_BOUNDARY_RE = re.compile(r"[;.!?]\s|\n\n|,\s+(?:but|while|and|which|who|after|before)\b")

WINDOW = 100


def tense_at(text: str, start: int, end: int) -> str | None:
    """'past', 'future' or None for the timex text[start:end], from markers in its clause."""
    lo = max(0, start - WINDOW)
    left = text[lo:start]
    cut = None
    for b in _BOUNDARY_RE.finditer(left):
        cut = b.end()
    if cut is not None:
        left = left[cut:]
    best = None
    for m in _MARKER_RE.finditer(left):
        best = m
    if best is not None:
        return "future" if best.group("fut") else "past"
    right = text[end : end + WINDOW]
    b = _BOUNDARY_RE.search(right)
    if b:
        right = right[: b.start()]
    m = _MARKER_RE.search(right)
    if m is not None:
        return "future" if m.group("fut") else "past"
    return None
