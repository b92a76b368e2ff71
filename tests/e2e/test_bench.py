"""The benchmark runs end to end on a small corpus and reports every figure (no timing is
asserted: performance targets live in the benchmark's report, not in tests)."""

from __future__ import annotations

from pipelines.bench import format_report, run_bench


def test_bench_reports_every_stage_and_the_baseline(tmp_path):
    report = run_bench(120, dateparser_sample=5, progress=False)
    stages = report["stages"]
    assert stages["articles"] > 100
    for key in ("ingest_per_s", "normalise_per_s", "code_per_s", "load_per_s"):
        assert stages[key] > 0, key
    assert report["bulk_load"]["rows"] > 0 or stages["mentions"] == 0
    assert report["extract"]["speedup_vs_dateparser"] > 0
    assert report["pipeline"]["loaded"] == stages["articles"]
    assert "full pipeline" in format_report(report)
