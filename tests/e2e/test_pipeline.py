"""End to end: every asset and check materialised in-process into a temporary DuckDB, on the
bundled sample corpus, then the warehouse queried the way an analyst would."""

from __future__ import annotations

import dagster as dg
import duckdb
import pytest

from pipelines.definitions import defs
from pipelines.defs.resources import build_resources
from pipelines.paths import SAMPLE_ARTICLES_DIR
from pipelines.runner import run_pipeline

TABLES = [
    "dim_article",
    "article_source",
    "article_event",
    "fact_event_mention",
    "fact_event",
    "dim_actor",
    "dim_country",
    "dim_event_type",
    "dim_location",
    "dim_date",
]


def _materialize(warehouse: str, source: str = str(SAMPLE_ARTICLES_DIR)):
    return dg.materialize(
        list(defs.assets) + list(defs.asset_checks),
        instance=dg.DagsterInstance.ephemeral(),
        resources=build_resources(source=source, warehouse=warehouse),
    )


def _snapshot(path: str) -> dict:
    with duckdb.connect(path, read_only=True) as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}
        keys = sorted(r[0] for r in con.execute("SELECT event_key FROM fact_event").fetchall())
        mentions = con.execute(
            "SELECT * EXCLUDE (confidence) FROM fact_event_mention ORDER BY mention_id"
        ).fetchall()
        articles = con.execute("SELECT * FROM dim_article ORDER BY article_id").fetchall()
    return {"counts": counts, "keys": keys, "mentions": mentions, "articles": articles}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("wh") / "geoevents.duckdb")
    result = _materialize(path)
    assert result.success
    return path


def test_all_assets_and_checks_succeed(warehouse):
    result = _materialize(warehouse)
    assert result.success
    evaluations = result.get_asset_check_evaluations()
    assert evaluations, "the asset checks ran"
    assert all(e.passed for e in evaluations), [e.check_name for e in evaluations if not e.passed]


def test_every_input_is_accounted_for(warehouse):
    with duckdb.connect(warehouse, read_only=True) as con:
        loaded = con.execute("SELECT count(*) FROM dim_article").fetchall()[0][0]
        sources = con.execute("SELECT count(*) FROM article_source").fetchall()[0][0]
        rejected = con.execute("SELECT count(*) FROM rejected_articles").fetchall()[0][0]
    files = list(SAMPLE_ARTICLES_DIR.glob("*.txt"))
    jsonl_lines = sum(
        1
        for p in SAMPLE_ARTICLES_DIR.glob("*.jsonl")
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    assert sources + rejected == len(files) + jsonl_lines
    assert loaded >= 40


def test_warehouse_answers_analyst_queries(warehouse):
    with duckdb.connect(warehouse, read_only=True) as con:
        by_type = dict(
            con.execute("SELECT event_type, count(*) FROM fact_event GROUP BY 1").fetchall()
        )
        assert set(by_type) == {"visit", "treaty", "sanctions"}
        # the Putin-Kim treaty of 19 June 2024 is reported by several sample articles
        row = con.execute(
            "SELECT num_articles, event_date FROM fact_event WHERE event_type = 'treaty' "
            "AND status = 'actual' AND list_sort(parties) = ['PRK', 'RUS'] "
            "ORDER BY num_articles DESC LIMIT 1"
        ).fetchall()[0]
        assert row is not None and row[0] > 1
        assert con.execute("SELECT count(*) FROM v_event_evidence").fetchall()[0][0] > 0
        assert con.execute("SELECT count(*) FROM v_sanctions_in_force").fetchall()[0][0] > 0


def test_rerun_is_idempotent(warehouse):
    before = _snapshot(warehouse)
    assert _materialize(warehouse).success
    assert _snapshot(warehouse) == before


def test_run_command_summary(tmp_path):
    instance = dg.DagsterInstance.ephemeral()
    summary = run_pipeline(warehouse=str(tmp_path / "w.duckdb"), instance=instance)
    assert summary["success"]
    assert summary["seen"] == summary["loaded"] + summary["duplicates"] + summary["rejected"]
    assert summary["total_events"] > 0 and "visit" in summary["events"]
