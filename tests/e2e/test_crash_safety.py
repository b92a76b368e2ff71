"""Crash safety: a run killed with SIGKILL mid-way leaves the warehouse at a consistent state
(each stage's days complete or absent, every key unique, every reference resolving), and the
next run completes the work to the same warehouse a clean run builds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipelines.paths import REPO_ROOT, SAMPLE_ARTICLES_DIR, SQL_DIR
from pipelines.synthetic import replicate, sample_records, write_jsonl

CORPUS_SIZE = 3000


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "copies.jsonl"
    write_jsonl(replicate(sample_records(SAMPLE_ARTICLES_DIR), CORPUS_SIZE), path)
    return path


def _run(corpus: Path, warehouse: Path, home: Path, kill_after: float | None = None) -> int:
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    cmd = [
        sys.executable,
        "-m",
        "pipelines.cli",
        "run",
        "--json",
        "--source",
        str(corpus),
        "--warehouse",
        str(warehouse),
    ]
    proc = subprocess.Popen(
        cmd,
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    if kill_after is None:
        return proc.wait(timeout=600)
    time.sleep(kill_after)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes, mid-flight
    return proc.wait(timeout=60)


def _violations(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    out = {}
    for name in ("unique_keys", "foreign_keys_resolve"):
        sql = (SQL_DIR / "checks" / f"{name}.sql").read_text(encoding="utf-8")
        out[name] = len(con.execute(sql).fetchall())
    # a stage's days are complete or absent: no day is half-normalised or half-coded
    out["half_normalised_days"] = con.execute(
        "SELECT count(*) FROM (SELECT r.partition_date FROM raw_article r "
        "LEFT JOIN dim_article a USING (article_id) GROUP BY 1 "
        "HAVING count(a.article_id) NOT IN (0, count(*)))"
    ).fetchall()[0][0]
    return out


def _snapshot(path: Path) -> dict:
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            t: con.execute(f"SELECT count(*), bit_xor(hash({key})) FROM {t}").fetchall()[0]
            for t, key in [
                ("raw_article", "article_id"),
                ("dim_article", "article_id"),
                ("article_event", "article_event_id || coalesce(event_key, '')"),
                ("fact_event_mention", "mention_id"),
                ("fact_event", "event_key || num_articles || num_mentions"),
            ]
        }


def test_sigkill_mid_run_leaves_a_consistent_warehouse_and_the_next_run_completes(corpus, tmp_path):
    clean = tmp_path / "clean.duckdb"
    assert _run(corpus, clean, tmp_path / "home-clean") == 0

    crashed = tmp_path / "crashed.duckdb"
    home = tmp_path / "home-crashed"
    for kill_after in (4.0, 9.0):
        _run(corpus, crashed, home, kill_after=kill_after)
        if crashed.exists():
            with duckdb.connect(str(crashed)) as con:  # opens: the WAL replays or is discarded
                tables = {r[0] for r in con.execute("SHOW TABLES").fetchall()}
                if "raw_article" in tables:
                    assert _violations(con) == {
                        "unique_keys": 0,
                        "foreign_keys_resolve": 0,
                        "half_normalised_days": 0,
                    }
    assert _run(corpus, crashed, home) == 0
    assert _snapshot(crashed) == _snapshot(clean)
