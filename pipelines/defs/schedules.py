"""A daily schedule: re-read the configured source every morning (new files in a feed folder).

Started from the UI (Automation) or left running under `dg dev`, which starts the daemon.
"""

import dagster as dg

from pipelines.defs.jobs import ingest_job

DAILY_CRON = "0 6 * * *"  # 06:00 UTC, after the night's wire copy has landed


@dg.schedule(job=ingest_job, cron_schedule=DAILY_CRON, execution_timezone="UTC")
def daily_ingest(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    """One ingest run a day; the `code_new_days` sensor then codes the days it found."""
    day = context.scheduled_execution_time.date().isoformat()
    return dg.RunRequest(run_key=f"daily-{day}", tags={"geoevents/trigger": "daily_ingest"})
