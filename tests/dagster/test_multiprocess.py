"""The local multiprocess executor: the ingest job, then one run coding every partition with
each step in its own process, against a persistent instance, as a deployment would run them."""

from __future__ import annotations

import dagster as dg
import duckdb
from dagster._core.definitions.reconstruct import ReconstructableRepository

from pipelines.defs.partitions import PUBLICATION_DAY, RANGE_END, RANGE_START
from pipelines.paths import REPO_ROOT, SAMPLE_ARTICLES_DIR


def _job(name: str):
    """The job as the step processes will rebuild it: from the code location's module."""
    return ReconstructableRepository.for_module(
        "pipelines.definitions", "defs", working_directory=str(REPO_ROOT)
    ).get_reconstructable_job(name)


MULTIPROCESS = {"execution": {"config": {"multiprocess": {"max_concurrent": 2}}}}


def test_multiprocess_executor_across_partitions(tmp_path, monkeypatch):
    warehouse = tmp_path / "mp.duckdb"
    # the step processes import the definitions afresh: resources come from the environment
    monkeypatch.setenv("GEOEVENTS_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("GEOEVENTS_SOURCE", str(SAMPLE_ARTICLES_DIR))
    (tmp_path / "home").mkdir()
    with dg.instance_for_test(temp_dir=str(tmp_path / "home")) as instance:
        ingest = dg.execute_job(_job("ingest"), instance=instance, run_config=MULTIPROCESS)
        assert ingest.success
        keys = list(instance.get_dynamic_partitions(PUBLICATION_DAY))
        assert len(keys) > 10
        coded = dg.execute_job(
            _job("code_days"),
            instance=instance,
            run_config=MULTIPROCESS,
            tags={RANGE_START: keys[0], RANGE_END: keys[-1]},
        )
        assert coded.success
        steps = {e.step_key for e in coded.all_events if e.is_step_success}
        assert {"articles", "coded_events", "fact_tables"} <= steps
        pids = {e.pid for e in coded.all_events if e.is_step_start}
        assert len(pids) >= 2  # the steps ran in processes of their own
    with duckdb.connect(str(warehouse), read_only=True) as con:
        days = con.execute("SELECT count(DISTINCT partition_date) FROM dim_article").fetchall()[0][
            0
        ]
        facts = con.execute("SELECT count(*) FROM fact_event").fetchall()[0][0]
    assert days == len(keys)
    assert facts > 0
