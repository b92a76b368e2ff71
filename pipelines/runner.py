"""`geoevents run`: materialise every asset through Dagster, in-process, on the persistent
instance in DAGSTER_HOME, so a CLI run appears in the UI exactly like one launched there.

Article-derived assets are partitioned by publication day. A run first ingests (raw_articles,
which registers the days it found as partitions), then codes those days in single-run ranges
of partition keys (usually one), and ends with the warehouse-wide facts, views and checks.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import dagster as dg

from pipelines.defs.jobs import CLI_RUN_TAG, CODING_ASSETS, FACT_ASSETS, INGEST_ASSETS
from pipelines.defs.partitions import PUBLICATION_DAY, RANGE_END, RANGE_START
from pipelines.partitions import key_ranges
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


def _materialize(
    instance, resources, keys: list[str], span: tuple[str, str] | None, log_level: str
):
    from pipelines.definitions import defs

    tags = dict([CLI_RUN_TAG])
    if span:
        tags |= {RANGE_START: span[0], RANGE_END: span[1]}
    return dg.materialize(
        list(defs.assets or []) + list(defs.asset_checks or []),
        instance=instance,
        resources=resources,
        selection=dg.AssetSelection.assets(*keys),
        raise_on_error=False,
        tags=tags,
        run_config={"loggers": {"console": {"config": {"log_level": log_level}}}},
    )


def _metadata(result, key: str) -> dict:
    for ev in result.get_asset_materialization_events():
        if ev.asset_key == dg.AssetKey(key):
            return {k: v.value for k, v in ev.materialization.metadata.items()}
    return {}


def run_pipeline(
    source: str | None = None,
    warehouse: str | None = None,
    first: date | None = None,
    last: date | None = None,
    instance: dg.DagsterInstance | None = None,
    progress: bool = False,
) -> dict:
    """Ingest, code the days that have articles (or [first, last]), rebuild facts; summarise."""
    from pipelines.defs.resources import build_resources

    if instance is None:
        ensure_dagster_home()
        instance = dg.DagsterInstance.get()
    warehouse = str(warehouse or warehouse_path())
    resources = build_resources(source=source, warehouse=warehouse)
    summary: dict = {"success": False, "warehouse": warehouse, "runs": [], "checks": {}}

    def record(result) -> bool:
        summary["runs"].append(result.run_id)
        for ev in result.get_asset_check_evaluations():
            summary["checks"][ev.check_name] = "passed" if ev.passed else "FAILED"
        failed = [e.step_key for e in result.get_step_failure_events()]
        if failed:
            summary.setdefault("failed_steps", []).extend(failed)
        return result.success

    # the run's console log stays quiet behind the progress bar; the full log is in the UI
    log_level = "ERROR" if progress else "WARNING"
    bar = _progress(progress)
    bar.set_description("ingest")
    ingest = _materialize(instance, resources, INGEST_ASSETS, None, log_level)
    bar.update(1)
    if not record(ingest):
        bar.close()
        return summary
    meta = _metadata(ingest, "raw_articles")
    for k in ("seen", "loaded", "duplicates", "rejected"):
        summary[k] = meta.get(k)
    wanted = {
        d
        for d in meta.get("partition_dates") or []
        if (not first or d >= first.isoformat()) and (not last or d <= last.isoformat())
    }
    spans = key_ranges(instance.get_dynamic_partitions(PUBLICATION_DAY), wanted)
    summary["partition_ranges"] = [f"{a}..{b}" if a != b else a for a, b in spans]
    bar.total = len(spans) + 2
    for first_key, last_key in spans:
        bar.set_description(f"code {first_key}..{last_key}")
        coded = _materialize(instance, resources, CODING_ASSETS, (first_key, last_key), log_level)
        bar.update(1)
        if not record(coded):
            bar.close()
            return summary
    bar.set_description("facts, views and checks")
    ok = record(_materialize(instance, resources, FACT_ASSETS, None, log_level))
    bar.update(1)
    bar.close()
    summary["success"] = ok and all(v == "passed" for v in summary["checks"].values())
    if ok:
        summary.update(_warehouse_summary(warehouse))
    return summary


def _progress(enabled: bool):
    from tqdm import tqdm

    return tqdm(total=3, unit="run", disable=not enabled, file=sys.stderr)


def _warehouse_summary(warehouse: str) -> dict:
    with connect(warehouse, read_only=True) as con:
        rows = con.execute(
            "SELECT event_type, status, count(*) FROM fact_event GROUP BY ALL ORDER BY ALL"
        ).fetchall()
        mentions = con.execute("SELECT count(*) FROM fact_event_mention").fetchall()[0][0]
        multi = con.execute("SELECT count(*) FROM fact_event WHERE num_articles > 1").fetchall()[0][
            0
        ]
    events: dict = {}
    for etype, status, n in rows:
        events.setdefault(etype, {})[status] = n
    return {
        "events": events,
        "total_events": sum(n for _, _, n in rows),
        "mentions": mentions,
        "multi_article_events": multi,
    }


def format_summary(summary: dict) -> str:
    """The short human summary `geoevents run` ends with."""
    lines = [
        f"{'succeeded' if summary['success'] else 'FAILED'} in {len(summary['runs'])} Dagster "
        f"runs over {len(summary.get('partition_ranges', []))} partition ranges",
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
