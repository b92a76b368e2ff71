"""Sensors: the inbox (files dropped into a folder) and the chain from ingest to coding.

- `inbox_sensor` launches one ingest run per new or changed file; the cursor maps each file to
  the modification time it was last launched for, so an unchanged file never runs twice.
- `code_new_days` watches raw_articles materialisations and launches a coding run for each
  range of the publication days that run found (ranges from pipelines.partitions.key_ranges).
  Runs launched by `geoevents run` are skipped: that command codes its own days.
"""

import json
from pathlib import Path

import dagster as dg

from pipelines.defs.jobs import CLI_RUN_TAG, code_days_job, ingest_job
from pipelines.defs.partitions import PUBLICATION_DAY, RANGE_END, RANGE_START
from pipelines.partitions import key_ranges
from pipelines.paths import inbox_path


def inbox_files(inbox: Path) -> dict[str, float]:
    """Every non-hidden file under the inbox with its modification time."""
    if not inbox.is_dir():
        return {}
    return {
        str(p): p.stat().st_mtime
        for p in sorted(inbox.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(inbox).parts)
    }


@dg.sensor(
    job=ingest_job, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.STOPPED
)
def inbox_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult:
    """Ingest each file dropped into the inbox (GEOEVENTS_INBOX, default inbox/)."""
    seen: dict[str, float] = json.loads(context.cursor) if context.cursor else {}
    current = inbox_files(inbox_path())
    requests = [
        dg.RunRequest(
            run_key=f"{path}:{mtime}",
            run_config={"resources": {"article_source": {"config": {"path": path}}}},
            tags={"geoevents/trigger": "inbox", "geoevents/file": path},
        )
        for path, mtime in current.items()
        if seen.get(path) != mtime
    ]
    if not requests:
        return dg.SensorResult(skip_reason=f"no new files in {inbox_path()}", cursor=context.cursor)
    return dg.SensorResult(run_requests=requests, cursor=json.dumps({**seen, **current}))


def coding_requests(
    partition_keys: list[str], days: list[str], origin_run_id: str
) -> list[dg.RunRequest]:
    """One coding run per range of partition keys covering `days`."""
    return [
        dg.RunRequest(
            run_key=f"{origin_run_id}:{first}:{last}",
            tags={RANGE_START: first, RANGE_END: last, "geoevents/trigger": "code_new_days"},
        )
        for first, last in key_ranges(partition_keys, set(days))
    ]


@dg.asset_sensor(
    asset_key=dg.AssetKey("raw_articles"),
    job=code_days_job,
    default_status=dg.DefaultSensorStatus.STOPPED,
)
def code_new_days(context: dg.SensorEvaluationContext, asset_event: dg.EventLogEntry):
    """After an ingest, code the publication days it found."""
    run = context.instance.get_run_by_id(asset_event.run_id)
    if run is not None and run.tags.get(CLI_RUN_TAG[0]) == CLI_RUN_TAG[1]:
        return dg.SkipReason("geoevents run codes its own days")
    mat = asset_event.asset_materialization
    days = (
        mat.metadata["partition_dates"].value if mat and "partition_dates" in mat.metadata else []
    )
    if not days:
        return dg.SkipReason("the ingest found no dated articles")
    keys = list(context.instance.get_dynamic_partitions(PUBLICATION_DAY))
    return coding_requests(keys, list(days), asset_event.run_id)
