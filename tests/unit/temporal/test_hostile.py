"""Bad input never raises and never yields an absurd value; it says what was wrong."""

from __future__ import annotations

import time

from pipelines.temporal import analyse_article, resolve_event_date
from pipelines.temporal.header import MAX_YEAR, MIN_YEAR


def _years_ok(a) -> bool:
    for t in a.timexes:
        head = t.value[:4]
        if head.isdigit() and not MIN_YEAR <= int(head) <= MAX_YEAR:
            return False
    return True


def test_empty_text():
    a = analyse_article("")
    assert a.publication_date is None and a.dateline is None and a.timexes == []
    assert "empty_text" in a.flags


def test_only_digits():
    a = analyse_article("1234567890 " * 200, published="2020-01-01")
    assert "no_words" in a.flags
    assert _years_ok(a)


def test_five_megabytes_is_truncated_and_fast():
    text = "The minister visited Paris on Monday and left on Friday. " * 90_000
    assert len(text) > 5_000_000
    t0 = time.perf_counter()
    a = analyse_article(text, published="2020-01-01")
    assert time.perf_counter() - t0 < 10
    assert any(f.startswith("text_truncated") for f in a.flags)
    assert all(t.end <= len(text) for t in a.timexes)


def test_impossible_dates_in_text_are_dropped():
    a = analyse_article("It was signed on February 30, 2019 and on 31 April 2020.", "2021-01-01")
    assert all(t.value not in ("2019-02-30", "2020-04-31") for t in a.timexes)
    assert _years_ok(a)


def test_not_a_string_is_survived():
    a = analyse_article(None)  # type: ignore[arg-type]
    assert "text_not_a_string" in a.flags


def test_event_date_with_offsets_out_of_range():
    a = analyse_article("The pact was signed on Monday.", "2024-06-19")
    d = resolve_event_date(a, "The pact was signed on Monday.", -5, 10_000, 8, 12, "actual")
    assert d.value == "2024-06-17"


def test_binary_noise():
    text = "".join(chr(c) for c in range(0, 3000)) + " since 1999"
    a = analyse_article(text, published="2005-05-05")
    assert _years_ok(a)
