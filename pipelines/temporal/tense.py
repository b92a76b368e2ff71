"""Which way a relative date points: the tense of the verb that governs it.

"will meet Monday" is next Monday, "met Monday" last Monday. A full parser is too slow for the
budget (well under a millisecond an article), so this reads the nearest tense marker in the same
clause, looking left first (the verb usually precedes the date in news English), then right.
Markers are looked up word by word in sets (a regular-expression alternation of a hundred verbs
costs twice as much per call).
"""

from __future__ import annotations

import re


def _words(s: str) -> frozenset[str]:
    """A set of marker words written as one space-separated string."""
    return frozenset(s.split())


_FUTURE_WORDS = _words(
    "will shall would next upcoming coming starting begin begins tomorrow could might may can"
    " scheduled postponed"
)
# Two-word markers, read before the single words they start with ("expected to" is ahead,
# "expected" alone is past; "set to" ahead, "set up" past).
_FUTURE_PAIRS = frozenset(
    (a, b)
    for a, bs in (
        ("going", "to"),
        ("plan", "to"),
        ("plans", "to"),
        ("planning", "to"),
        ("planned", "to"),
        ("intend", "to"),
        ("intends", "to"),
        ("expect", "to"),
        ("expects", "to"),
        ("expected", "to"),
        ("scheduled", "to for"),
        ("due", "to"),
        ("set", "to"),
        ("is", "to"),
        ("are", "to"),
        ("aim", "to"),
        ("aims", "to"),
        ("hope", "to"),
        ("hopes", "to"),
        ("as", "soon early"),
    )
    for b in _words(bs)
)
# Irregular past forms that differ from the present (so not "hit", "cut", "read"): news narrates
# in them ("the bullet tore through", "troops fled", "he wrote") as much as in "-ed" verbs.
IRREGULAR_PAST = _words(
    "tore struck fought shot fled flew drove wrote spoke broke chose stole froze rode threw grew"
    " knew blew drew swore wore bore forgot forgave ate sat stood understood found bled kept slept"
    " swept crept felt dealt meant lent built shook woke awoke dug hung clung flung swung sprang"
    " sang rang swam drank sank shrank ran overcame heard thought sought taught caught spun stuck"
    " slid hid lit sped upheld withheld withdrew overthrew undertook arose strove beaten fallen"
    " forbade foresaw mistook overtook outran rebuilt retook wept"
)
_PAST_WORDS = (
    _words(
        "was were had did said told met held made took gave came went left began saw won lost"
        " fell rose sold bought paid led sent spent brought ended became got put ago last"
        " yesterday earlier has have been"
    )
    | IRREGULAR_PAST
)
_WORD_RE = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
# A clause boundary: a semicolon, a sentence end, or a comma before a new clause.
_BOUNDARY_RE = re.compile(r"[;.!?]\s|\n\n|,\s+(?:but|while|and|which|who|after|before)\b")

WINDOW = 100


def _marker(word: str, low: str, nxt: str) -> str | None:
    """'future' or 'past' if the word (with the next one, lower-cased) marks a tense."""
    if (low, nxt) in _FUTURE_PAIRS:
        return "future"
    if "'" in low or "\u2019" in low:
        low = low.replace("\u2019", "'")
        if low == "won't" or low.endswith("'ll"):
            return "future"
        word = word[: low.index("'")]
        low = low[: low.index("'")]
    if low in _FUTURE_WORDS:
        return "future"
    if low in _PAST_WORDS or (low == "set" and nxt == "up"):
        return "past"
    if len(word) > 2 and word.endswith("ed") and word.islower():
        return "past"
    return None


def _markers(segment: str) -> list[str]:
    """The tense markers of a stretch of text, in order. A plan told in the pluperfect ("had
    been scheduled to expire Friday", "had been due to") is a past plan: its day is behind."""
    words = _WORD_RE.findall(segment)
    lows = [w.lower() for w in words]
    out = []
    for i, w in enumerate(words):
        m = _marker(w, lows[i], lows[i + 1] if i + 1 < len(words) else "")
        if m == "future" and (
            (i >= 1 and lows[i - 1] == "had")
            or (i >= 2 and lows[i - 1] == "been" and lows[i - 2] == "had")
        ):
            m = "past"
        if m is not None:
            out.append(m)
    return out


def tense_at(text: str, start: int, end: int) -> str | None:
    """'past', 'future' or None for the timex text[start:end], from markers in its clause."""
    lo = max(0, start - WINDOW)
    left = text[lo:start]
    cut = None
    for b in _BOUNDARY_RE.finditer(left):
        cut = b.end()
    if cut is not None:
        left = left[cut:]
    found = _markers(left)
    if found:
        return found[-1]
    right = text[end : end + WINDOW]
    b = _BOUNDARY_RE.search(right)
    if b:
        right = right[: b.start()]
    found = _markers(right)
    return found[0] if found else None
