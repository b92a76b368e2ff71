"""`geoevents run`: materialise every asset through Dagster, in-process, on the persistent
instance in DAGSTER_HOME, so a CLI run appears in the UI exactly like one launched there."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from pipelines.paths import dagster_home, warehouse_path
from pipelines.warehouse.connection import connect

_DAGSTER_YAML = """\
# Written by geoevents on first use. Every warehouse writer is in the pool `duckdb_writer`;
# a limit of 1 keeps two runs from writing the DuckDB file at once.
concurrency:
  pools:
    default_limit: 1
telemetry:
  enabled: false
"""


def ensure_dagster_home() -> Path:
    """Create DAGSTER_HOME (default `.dagster_home/`) with our instance settings."""
    home = dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "dagster.yaml").exists():
        (home / "dagster.yaml").write_text(_DAGSTER_YAML, encoding="utf-8")
    nux = home / ".nux" / "nux.yaml"
    if not nux.exists():
        nux.parent.mkdir(parents=True, exist_ok=True)
        nux.write_text("seen: 1\n", encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(home)
    return home


def run_pipeline(
    source: str | None = None,
    warehouse: str | None = None,
    instance: dg.DagsterInstance | None = None,
) -> dict:
    """Materialise all assets and checks; returns the run summary."""
    from pipelines.definitions import defs
    from pipelines.defs.resources import build_resources

    if instance is None:
        ensure_dagster_home()
        instance = dg.DagsterInstance.get()
    warehouse = str(warehouse or warehouse_path())
    assets = list(defs.assets or []) + list(defs.asset_checks or [])
    result = dg.materialize(
        assets,
        instance=instance,
        resources=build_resources(source=source, warehouse=warehouse),
        raise_on_error=False,
        tags={"launched_by": "geoevents run"},
    )
    summary: dict = {"success": result.success, "run_id": result.run_id, "warehouse": warehouse}
    try:
        ingest = result.output_for_node("raw_articles")
    except Exception:  # the run failed before ingest produced output
        ingest = None
    if ingest is not None:
        summary.update(
            seen=ingest.seen,
            loaded=ingest.loaded,
            duplicates=ingest.duplicates,
            rejected=ingest.rejected_count,
        )
    checks = {}
    for ev in result.get_asset_check_evaluations():
        checks[ev.check_name] = "passed" if ev.passed else "FAILED"
    summary["checks"] = checks
    failed = [e.step_key for e in result.get_step_failure_events()]
    if failed:
        summary["failed_steps"] = failed
    if result.success:
        with connect(warehouse, read_only=True) as con:
            rows = con.execute(
                "SELECT event_type, status, count(*) FROM fact_event GROUP BY ALL ORDER BY ALL"
            ).fetchall()
            summary["mentions"] = con.execute("SELECT count(*) FROM fact_event_mention").fetchone()[
                0
            ]
            summary["multi_article_events"] = con.execute(
                "SELECT count(*) FROM fact_event WHERE num_articles > 1"
            ).fetchone()[0]
        events: dict = {}
        for etype, status, n in rows:
            events.setdefault(etype, {})[status] = n
        summary["events"] = events
        summary["total_events"] = sum(n for _, _, n in rows)
    return summary


def format_summary(summary: dict) -> str:
    """The short human summary `geoevents run` ends with."""
    lines = [
        f"run {summary.get('run_id', '?')[:8]}: {'succeeded' if summary['success'] else 'FAILED'}",
        f"articles: seen {summary.get('seen', '?')}, loaded {summary.get('loaded', '?')}, "
        f"duplicates {summary.get('duplicates', '?')}, rejected {summary.get('rejected', '?')}",
    ]
    if "events" in summary:
        parts = [
            f"{t} " + "/".join(f"{n} {s}" for s, n in sorted(st.items()))
            for t, st in sorted(summary["events"].items())
        ]
        lines.append(
            f"events: {summary['total_events']} ({'; '.join(parts) or 'none'}), "
            f"{summary['multi_article_events']} reported by several articles, "
            f"{summary['mentions']} mentions"
        )
    if summary.get("checks"):
        bad = [k for k, v in summary["checks"].items() if v != "passed"]
        lines.append(
            f"checks: {len(summary['checks']) - len(bad)}/{len(summary['checks'])} passed"
            + (f" (failed: {', '.join(bad)})" if bad else "")
        )
    if summary.get("failed_steps"):
        lines.append(f"failed steps: {', '.join(summary['failed_steps'])}")
    lines.append(f"warehouse: {summary['warehouse']}")
    return "\n".join(lines)
