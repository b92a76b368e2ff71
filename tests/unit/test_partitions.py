"""Placing articles in publication-day partitions, planning key ranges, reconciling a run."""

from __future__ import annotations

import pandas as pd

from pipelines.ingest import IngestResult
from pipelines.partitions import NO_DATE_REASON, assign_partitions, key_ranges, reconcile


def _result() -> IngestResult:
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": ["dated text", "undated text"],
            "published": ["2024-06-19", None],
            "source_file": ["f.jsonl", "f.jsonl"],
            "position": [1, 2],
        }
    )
    sources = pd.DataFrame(
        {
            "article_id": ["a", "b", "b"],
            "source_file": ["f.jsonl"] * 3,
            "position": [1, 2, 3],
            "url": [None] * 3,
            "outlet": [None] * 3,
            "is_duplicate": [False, False, True],
        }
    )
    rejected = pd.DataFrame(columns=["source_file", "position", "reason", "excerpt"])
    return IngestResult(
        articles, sources, rejected, seen=3, loaded=2, duplicates=1, rejected_count=0
    )


def test_undated_articles_and_their_copies_are_quarantined_not_dropped():
    out = assign_partitions(_result())
    assert list(out.articles.article_id) == ["a"]
    assert str(out.articles.partition_date.iloc[0]) == "2024-06-19"
    assert list(out.rejected.reason) == [NO_DATE_REASON, NO_DATE_REASON]
    assert sorted(out.rejected.position) == [2, 3]
    assert (out.seen, out.loaded, out.duplicates, out.rejected_count) == (3, 1, 0, 2)
    assert out.seen == out.loaded + out.duplicates + out.rejected_count


def test_key_ranges_bridge_small_gaps_and_split_large_ones():
    keys = [f"k{i:03d}" for i in range(100)]
    assert key_ranges(keys, {"k001", "k005"}) == [("k001", "k005")]
    assert key_ranges(keys, {"k001", "k090"}, max_gap=30) == [("k001", "k001"), ("k090", "k090")]
    assert key_ranges(keys, set()) == []


def test_reconcile_fails_when_the_counts_or_the_warehouse_disagree():
    counted = {"seen": 10, "loaded": 7, "duplicates": 1, "rejected": 2}
    stored = {"loaded": 7, "duplicates": 1, "rejected": 2}
    assert reconcile(counted, stored)[0]
    assert not reconcile({**counted, "seen": 11}, stored)[0]  # an input went missing
    assert not reconcile(counted, {**stored, "rejected": 1})[0]  # a quarantine row was lost
    assert reconcile(counted, stored)[1]["stored_rejected"] == 2
