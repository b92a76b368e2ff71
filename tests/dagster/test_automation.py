"""The schedule's cron and request, the inbox sensor's cursor, and the ingest -> coding chain."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import dagster as dg

from pipelines.defs.schedules import DAILY_CRON, daily_ingest
from pipelines.defs.sensors import coding_requests, inbox_sensor


def test_daily_schedule_runs_every_morning():
    assert daily_ingest.cron_schedule == DAILY_CRON == "0 6 * * *"
    context = dg.build_schedule_context(
        scheduled_execution_time=datetime(2024, 6, 20, 6, tzinfo=UTC)
    )
    request = daily_ingest(context)
    assert request.run_key == "daily-2024-06-20"


def test_inbox_sensor_runs_a_new_file_once(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOEVENTS_INBOX", str(tmp_path))
    instance = dg.DagsterInstance.ephemeral()
    empty = inbox_sensor(dg.build_sensor_context(instance=instance))
    assert not empty.run_requests

    article = tmp_path / "wire.txt"
    article.write_text(" date 2024-06-19\nSEOUL: Something happened.\n", encoding="utf-8")
    (tmp_path / ".partial").write_text("a download in progress", encoding="utf-8")
    first = inbox_sensor(dg.build_sensor_context(instance=instance, cursor=empty.cursor))
    assert len(first.run_requests) == 1
    request = first.run_requests[0]
    assert request.run_config["resources"]["article_source"]["config"]["path"] == str(article)

    again = inbox_sensor(dg.build_sensor_context(instance=instance, cursor=first.cursor))
    assert not again.run_requests

    stat = article.stat()
    os.utime(article, (stat.st_atime, stat.st_mtime + 60))
    changed = inbox_sensor(dg.build_sensor_context(instance=instance, cursor=again.cursor))
    assert len(changed.run_requests) == 1
    assert changed.run_requests[0].run_key != request.run_key


def test_coding_requests_cover_the_ingested_days_in_ranges():
    keys = ["2024-06-19", "2024-06-20", "2023-03-20", "2024-06-21"]
    requests = coding_requests(keys, ["2024-06-19", "2024-06-21"], "run-1")
    assert len(requests) == 1
    tags = requests[0].tags
    assert tags["dagster/asset_partition_range_start"] == "2024-06-19"
    assert tags["dagster/asset_partition_range_end"] == "2024-06-21"
    far = [f"2020-01-{d:02d}" for d in range(1, 32)] + [f"2020-02-{d:02d}" for d in range(1, 29)]
    split = coding_requests(far, [far[0], far[-1]], "run-2")
    assert [(r.tags["dagster/asset_partition_range_start"]) for r in split] == [far[0], far[-1]]
