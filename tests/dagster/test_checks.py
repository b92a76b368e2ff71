"""Each warehouse asset check passes on a consistent warehouse and fails on crafted bad data."""

from __future__ import annotations

import dagster as dg
import duckdb
import pytest
from dagster_duckdb import DuckDBResource

from pipelines.defs import checks
from pipelines.warehouse.loaders import rebuild_facts
from pipelines.warehouse.migrations import apply_migrations
from pipelines.warehouse.reference import load_reference, reference_frames

RAW = (
    "INSERT INTO raw_article (article_id, text, content_hash, partition_date, ingested_at) "
    "VALUES ('a1', 'Putin arrived in Pyongyang.', 'h1', DATE '2024-06-19', "
    "TIMESTAMP '2024-06-19 08:00:00')"
)
ARTICLE = (
    "INSERT INTO dim_article (article_id, publication_date, body_start, content_hash, "
    "num_timexes, partition_date, ingested_at) VALUES "
    "('a1', DATE '2024-06-19', 0, 'h1', 0, DATE '2024-06-19', TIMESTAMP '2024-06-19 08:00:00')"
)
EVENT = (
    "INSERT INTO article_event (article_event_id, article_id, event_type, status, cameo, "
    "source_actor, target_actor, parties, event_date, date_precision, date_source, confidence, "
    "num_mentions, evidence, evidence_start, evidence_end, partition_date) VALUES "
    "('e1', 'a1', 'visit', 'actual', '042', 'RUS', 'PRK', [], '2024-06-19', 'day', 'text', 0.9, "
    "1, 'Putin arrived in Pyongyang.', 0, 27, DATE '2024-06-19')"
)
MENTION = (
    "INSERT INTO fact_event_mention (mention_id, article_id, article_event_id, sentence_index, "
    "start_offset, end_offset, evidence, event_type, status, cameo, source_actor, target_actor, "
    "parties, event_date, date_precision, date_source, confidence, coder_version, "
    "partition_date) VALUES ('m1', 'a1', 'e1', 0, 0, 27, 'Putin arrived in Pyongyang.', 'visit', "
    "'actual', '042', 'RUS', 'PRK', [], '2024-06-19', 'day', 'text', 0.9, 'test', "
    "DATE '2024-06-19')"
)


@pytest.fixture()
def warehouse(tmp_path) -> DuckDBResource:
    path = str(tmp_path / "w.duckdb")
    with duckdb.connect(path) as con:
        apply_migrations(con)
        load_reference(con, reference_frames())
        for sql in (RAW, ARTICLE, EVENT, MENTION):
            con.execute(sql)
        rebuild_facts(con, "test")
    return DuckDBResource(database=path)


def _run(check, resource: DuckDBResource) -> dg.AssetCheckResult:
    return check(dg.build_asset_check_context(), duckdb=resource)


def _tamper(resource: DuckDBResource, *statements: str) -> None:
    with resource.get_connection() as con:
        for sql in statements:
            con.execute(sql)


ALL = [
    checks.unique_keys,
    checks.fact_event_has_mentions,
    checks.foreign_keys_resolve,
    checks.event_types_in_taxonomy,
    checks.actual_event_dates_plausible,
]


def test_consistent_warehouse_passes_every_check(warehouse):
    for check in ALL:
        assert _run(check, warehouse).passed, check


@pytest.mark.parametrize(
    ("check", "statements"),
    [
        (
            checks.unique_keys,
            ["INSERT INTO fact_event SELECT * FROM fact_event"],
        ),
        (
            checks.unique_keys,
            ["INSERT INTO fact_event_mention SELECT * FROM fact_event_mention"],
        ),
        (
            checks.fact_event_has_mentions,
            ["UPDATE fact_event_mention SET event_key = NULL"],
        ),
        (
            checks.foreign_keys_resolve,
            ["UPDATE fact_event SET target_actor = 'XXX'"],
        ),
        (
            checks.foreign_keys_resolve,
            ["DELETE FROM dim_article"],
        ),
        (
            checks.foreign_keys_resolve,
            ["DELETE FROM raw_article"],
        ),
        (
            checks.foreign_keys_resolve,
            ["DELETE FROM fact_event"],
        ),
        (
            checks.event_types_in_taxonomy,
            ["UPDATE fact_event SET cameo = '190'"],
        ),
        (
            checks.event_types_in_taxonomy,
            ["UPDATE fact_event SET event_type = 'protest'"],
        ),
        (
            checks.actual_event_dates_plausible,
            ["UPDATE article_event SET event_date = '2024-07-30'"],
        ),
        (
            checks.actual_event_dates_plausible,
            ["UPDATE article_event SET event_date = '1850', date_precision = 'year'"],
        ),
    ],
)
def test_check_fails_on_crafted_bad_data(warehouse, check, statements):
    _tamper(warehouse, *statements)
    result = _run(check, warehouse)
    assert not result.passed
    assert result.metadata["violations"].value >= 1


def test_planned_events_may_lie_in_the_future(warehouse):
    _tamper(warehouse, "UPDATE article_event SET status = 'planned', event_date = '2025-01-01'")
    assert _run(checks.actual_event_dates_plausible, warehouse).passed
