"""The hostile fixture folder (tests/fixtures/hostile, written for these tests) with its exact
expected accounting: every file's loaded/duplicate/rejected outcome and each rejection reason.

What each file is: 01 seed header with leading space; 02 plain text; 03 UTF-8 BOM and CRLF;
04 Latin-1 byte in UTF-8; 05 empty; 06 whitespace only; 07 binary bytes; 08 PNG under a .txt
name; 09 JSONL with a malformed line, a blank line, an array, a record without text, an absurd
date and a blank text; 10 text over an 8000-byte cap; 11 HTML without body text; 12 a saved
article page; 13 gzip of JSONL; 14 truncated gzip of JSONL (five complete records survive, all
copies of 13's); 15 RSS with an item syndicating 01 and an item without body; 16 Atom; 17 CSV
with a short row and a multi-line quoted field; 18 CSV without a text column; 19 01's sibling
02 re-wrapped with CRLF (exact duplicate); 20 an edited copy of 01 (near-duplicate); 21 JSONL
without extension; 22 UTF-16; 23 JSON array with an unparseable date and a copy of 09's first
record; sub/24 the same story under a tracking-parameter URL and its canonical form; .hidden
skipped.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pipelines.ingest import IngestConfig, ingest, iter_ingest

HOSTILE = Path(__file__).resolve().parents[2] / "fixtures" / "hostile"
CONFIG = IngestConfig(max_bytes=8000)

# file -> (loaded, exact duplicates, [(position, reason), ...])
EXPECTED = {
    "01_seed_header.txt": (1, 0, []),
    "02_plain.txt": (1, 0, []),
    "03_bom_crlf.txt": (1, 0, []),
    "04_invalid_utf8.txt": (1, 0, []),
    "05_empty.txt": (0, 0, [(0, "empty")]),
    "06_whitespace.txt": (0, 0, [(0, "empty")]),
    "07_binary.dat": (0, 0, [(0, "binary")]),
    "08_image.txt": (0, 0, [(0, "binary")]),
    "09_mixed.jsonl": (
        3,
        0,
        [(2, "malformed_json"), (5, "not_an_object"), (6, "no_text"), (8, "empty")],
    ),
    "10_huge.txt": (0, 0, [(1, "too_large")]),
    "11_no_body.html": (0, 0, [(1, "html_no_body")]),
    "12_page.html": (1, 0, []),
    "13_records.jsonl.gz": (2, 0, []),
    "14_corrupt.jsonl.gz": (0, 5, [(6, "corrupt_archive")]),
    "15_feed.rss": (2, 0, [(3, "empty")]),
    "16_feed.atom": (2, 0, []),
    "17_missing_cols.csv": (2, 0, [(2, "empty")]),
    "18_no_text_column.csv": (0, 0, [(1, "no_text"), (2, "no_text")]),
    "19_duplicate.txt": (0, 1, []),
    "20_syndicated.txt": (1, 0, []),
    "21_notes": (1, 0, []),
    "22_utf16.txt": (1, 0, []),
    "23_bad_date.json": (1, 1, []),
    "sub/24_deep.ndjson": (1, 1, []),
}


@pytest.fixture(scope="module")
def result():
    return ingest(HOSTILE, CONFIG)


def _rel(source_file: str) -> str:
    return Path(source_file).relative_to(HOSTILE).as_posix()


def test_exact_totals(result):
    assert (result.seen, result.loaded, result.duplicates, result.rejected_count) == (44, 21, 8, 15)
    assert result.balanced
    assert len(result.articles) == result.loaded
    assert len(result.sources) == result.loaded + result.duplicates
    assert len(result.rejected) == result.rejected_count


def test_exact_outcome_of_every_file(result):
    articles = result.articles.assign(rel=result.articles.source_file.map(_rel))
    sources = result.sources.assign(rel=result.sources.source_file.map(_rel))
    rejected = result.rejected.assign(rel=result.rejected.source_file.map(_rel))
    seen_files = set(articles.rel) | set(sources.rel) | set(rejected.rel)
    assert seen_files == set(EXPECTED), "every file accounted for, hidden files skipped"
    for name, (loaded, duplicates, rejections) in EXPECTED.items():
        assert (articles.rel == name).sum() == loaded, name
        assert (sources[sources.rel == name].is_duplicate).sum() == duplicates, name
        got = sorted(
            zip(rejected[rejected.rel == name].position, rejected[rejected.rel == name].reason)
        )
        assert got == rejections, name


def _article(result, name: str, position: int = 1):
    rows = result.articles[result.articles.source_file.map(_rel) == name]
    return rows[rows.position == position].iloc[0]


def test_seed_header_kept_in_text_and_read_as_date(result):
    row = _article(result, "01_seed_header.txt")
    assert row.text.startswith(" date 2024-03-05 VIENNA:")
    assert row.published == "2024-03-05"
    assert row.external_id == "01_seed_header"
    assert row.format == "txt"


def test_repairs_are_flagged_and_layout_normalised(result):
    bom = _article(result, "03_bom_crlf.txt")
    assert "\r" not in bom.text and not bom.text.startswith("\ufeff")
    broken = _article(result, "04_invalid_utf8.txt")
    assert "invalid_utf8_replaced" in broken["flags"].split(";")
    assert "caf\ufffd" in broken.text
    assert _article(result, "22_utf16.txt").text.startswith("Norway's government")


def test_bad_dates_are_dropped_and_flagged_not_rejected(result):
    future = _article(result, "09_mixed.jsonl", 7)
    assert future.published is None and future["flags"] == "bad_date_dropped"
    vague = _article(result, "23_bad_date.json")
    assert vague.published is None and vague["flags"] == "bad_date_dropped"
    assert _article(result, "09_mixed.jsonl", 3).published == "2024-04-02"  # RFC 822


def test_formats_and_metadata(result):
    page = _article(result, "12_page.html")
    assert (page.format, page.published, page.outlet) == ("html", "2024-03-12", "Example Daily")
    assert page.url == "https://daily.example.com/world/coalition-talks"
    assert "Copyright" not in page.text and "opposition parties" in page.text
    item = _article(result, "15_feed.rss")
    assert (item.format, item.outlet, item.external_id) == ("rss", "Example Wire", "wire-1001")
    assert item.published == "2024-05-06" and "<p>" not in item.text
    entry = _article(result, "16_feed.atom", 2)
    assert (entry.format, entry.published, entry.title) == (
        "atom",
        "2024-06-13",
        "Green bond in yen",
    )
    lumber = _article(result, "13_records.jsonl.gz")
    assert lumber.published == "2024-05-10"  # the local day, not UTC's next day
    assert _article(result, "17_missing_cols.csv", 3).text.count("\n") == 1
    assert _article(result, "21_notes").format == "jsonl"


def test_duplicates_keep_their_source(result):
    plain = _article(result, "02_plain.txt")
    copies = result.sources[result.sources.article_id == plain.article_id]
    assert sorted(copies.source_file.map(_rel)) == ["02_plain.txt", "19_duplicate.txt"]
    assert list(copies.is_duplicate) == [False, True]
    tracked = result.sources[result.sources.source_file.map(_rel) == "sub/24_deep.ndjson"]
    assert tracked.article_id.nunique() == 1


def test_syndicated_copies_link_to_the_first(result):
    original = _article(result, "01_seed_header.txt")
    assert original.near_duplicate_of is None
    for name, position in (("15_feed.rss", 2), ("20_syndicated.txt", 1)):
        assert _article(result, name, position).near_duplicate_of == original.article_id
    linked = result.articles.near_duplicate_of.notna().sum()
    assert linked == 2


def test_identity_is_stable_across_runs(result):
    again = ingest(HOSTILE, CONFIG)
    assert list(again.articles.article_id) == list(result.articles.article_id)
    assert list(again.articles.near_duplicate_of) == list(result.articles.near_duplicate_of)


def test_streaming_chunks_add_up_to_the_whole(result):
    chunks = list(iter_ingest(HOSTILE, CONFIG, chunk_size=7))
    assert all(c.balanced for c in chunks)
    assert [c.seen for c in chunks[:-1]] == [7] * (len(chunks) - 1)
    assert sum(c.seen for c in chunks) == result.seen
    assert sum(c.duplicates for c in chunks) == result.duplicates
    ids = [a for c in chunks for a in c.articles.article_id]
    assert ids == list(result.articles.article_id)
    links = [n for c in chunks for n in c.articles.near_duplicate_of]
    assert links == list(result.articles.near_duplicate_of)
    reasons = Counter(r for c in chunks for r in c.rejected.reason)
    assert reasons == Counter(result.rejected.reason)
