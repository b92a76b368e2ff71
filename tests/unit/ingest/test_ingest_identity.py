"""Identity and dates in isolation: text normalisation, canonical URLs, stable IDs, date
sanity, and the MinHash/LSH near-duplicate index (including across chunks)."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.ingest.dates import normalise_date, seed_header_date
from pipelines.ingest.identity import article_id, canonical_url, content_hash, normalise_text
from pipelines.ingest.minhash import NearDuplicateIndex, shingle_sets, signatures

BASE = (
    "Foreign ministers from five coastal states gathered in Valletta on Thursday to discuss a "
    "joint patrol plan for migrant rescues in the central Mediterranean, diplomats said. The "
    "draft foresees shared funding for three additional vessels and a common radio network, "
    "and a follow-up meeting is planned for the spring in Athens. Humanitarian groups said "
    "the plan did not address conditions in detention centres on the southern shore."
)
UNRELATED = (
    "A heatwave pushed electricity demand in Texas to a record on Monday as temperatures "
    "stayed above forty degrees for a fifth day, and the grid operator asked households to "
    "conserve power during the evening peak while two gas plants were offline for repairs."
)


def _edited(text: str) -> str:
    return text.replace("Thursday", "Thursday evening").replace("diplomats said", "officials said")


def test_normalisation_ignores_layout_not_content():
    assert normalise_text("A\u00a0b \r\n\tc  ") == "A b c"
    assert normalise_text("ﬁnance") == "finance"  # NFKC folds the ligature
    assert content_hash(normalise_text("a  b")) == content_hash(normalise_text("a\nb"))
    assert content_hash("a b") != content_hash("a c")


def test_canonical_url():
    assert canonical_url("HTTPS://News.Example.com:443/a/b/?utm_source=x&id=7#top") == (
        "https://news.example.com/a/b?id=7"
    )
    assert canonical_url("http://example.com:8080/x") == "http://example.com:8080/x"
    assert canonical_url("  ") is None
    assert canonical_url("http://[broken") == "http://[broken"  # kept, never raises


def test_article_id_is_stable_and_url_sensitive():
    digest = content_hash("same text")
    assert article_id(digest, None) == article_id(digest, None)
    assert len(article_id(digest, None)) == 16
    assert article_id(digest, "https://a.example/x") != article_id(digest, "https://b.example/x")
    assert article_id(digest, None) != article_id(digest, "https://a.example/x")


def test_dates_keep_the_local_day_and_drop_absurd_values():
    assert normalise_date("2024-05-10T23:30:00-05:00", 1900, 2) == ("2024-05-10", False)
    assert normalise_date("Fri, 10 May 2024 23:30:00 -0500", 1900, 2) == ("2024-05-10", False)
    assert normalise_date("March 3, 2021", 1900, 2) == ("2021-03-03", False)
    assert normalise_date("20210303", 1900, 2) == ("2021-03-03", False)
    assert normalise_date(date(2020, 1, 2), 1900, 2) == ("2020-01-02", False)
    assert normalise_date(time.gmtime(0), 1900, 2) == ("1970-01-01", False)
    assert normalise_date(1_600_000_000, 1900, 2) == ("2020-09-13", False)
    assert normalise_date(None, 1900, 2) == (None, False)
    assert normalise_date("  ", 1900, 2) == (None, False)
    assert normalise_date(20240619, 1900, 2) == ("2024-06-19", False)
    for bad in ("2024-02-30", "0999-01-01", "soon", float("nan"), -5, 2024, True, [1]):
        assert normalise_date(bad, 1900, 2) == (None, True), bad
    tomorrow = (datetime.now(UTC).date() + timedelta(days=1)).isoformat()
    next_month = (datetime.now(UTC).date() + timedelta(days=30)).isoformat()
    assert normalise_date(tomorrow, 1900, 2) == (tomorrow, False)
    assert normalise_date(next_month, 1900, 2) == (None, True)
    assert normalise_date("1950-06-25", 1960, 2) == (None, True)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60) | st.integers() | st.floats() | st.binary(max_size=20))
def test_any_date_value_is_judged_never_raises(value):
    published, dropped = normalise_date(value, 1900, 2)
    assert published is None or (len(published) == 10 and not dropped)
    if value is not None and published is None:
        assert dropped or (isinstance(value, str) and not value.strip())


def test_seed_header():
    assert seed_header_date(" date 2024-06-19 SEOUL: text") == "2024-06-19"
    assert seed_header_date("\ndate 2024-6-9\nbody") == "2024-6-9"
    assert seed_header_date("The date 2024-06-19 was chosen") is None
    assert seed_header_date("date 2024-06-190") is None


def test_shingles_skip_short_texts_and_split_batches_per_text():
    shingles, starts, eligible = shingle_sets(["too short", BASE, "", UNRELATED])
    assert eligible.tolist() == [1, 3]
    assert starts.tolist() == [0, len(BASE.split()) - 2]
    assert len(shingles) == len(BASE.split()) - 2 + len(UNRELATED.split()) - 2
    sigs = signatures(shingles, starts)
    assert sigs.shape == (2, 64) and sigs.dtype == np.uint32


def test_edited_copy_links_to_the_original_and_unrelated_does_not():
    index = NearDuplicateIndex(0.8)
    texts = [BASE, UNRELATED, _edited(BASE), BASE.upper()]
    links = index.link(["a", "b", "c", "d"], [normalise_text(t) for t in texts])
    assert links == [None, None, "a", "a"]
    assert len(index) == 2  # only roots are indexed


def test_a_heavily_rewritten_story_is_not_a_near_duplicate():
    rewritten = " ".join(BASE.split()[::2])  # every other word: same topic, different text
    links = NearDuplicateIndex(0.8).link(["a", "b"], [BASE, rewritten])
    assert links == [None, None]


def test_threshold_is_honoured():
    half = BASE[: len(BASE) // 2] + " " + UNRELATED[: len(UNRELATED) // 2]
    assert NearDuplicateIndex(0.8).link(["a", "b"], [BASE, half]) == [None, None]
    assert NearDuplicateIndex(0.2).link(["a", "b"], [BASE, half]) == [None, "a"]


def test_links_span_batches():
    index = NearDuplicateIndex(0.8)
    assert index.link(["a"], [BASE]) == [None]
    assert index.link(["x", "b"], [UNRELATED, _edited(BASE)]) == [None, "a"]
    assert index.link(["c"], [_edited(UNRELATED)]) == ["x"]
