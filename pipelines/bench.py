"""`geoevents bench`: articles per second per stage, the full pipeline's wall time and peak
memory, and the ratio against dateparser's search_dates on the same articles, in one run.

Figures are ratios and rates measured together, since the machine is shared and noisy; the
results go to bench/results/ as JSON and the notable ones into docs/performance.md.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.paths import REPO_ROOT, SAMPLE_ARTICLES_DIR

SHARED_REUTERS = REPO_ROOT.parent / "shared" / "eval" / "data" / "reuters_dev.jsonl"
SCALE_WEEK = date(2024, 6, 17)


def _timed(func: Callable[[], object]) -> tuple[object, float]:
    t0 = time.perf_counter()
    out = func()
    return out, time.perf_counter() - t0


def corpus(n: int, articles: Path | None, tmp: Path) -> tuple[Path, str]:
    """A JSONL corpus of `n` records: the given file, Reuters dev when present, else copies of
    the sample corpus."""
    from pipelines.synthetic import replicate, sample_records, write_jsonl

    src = articles or (SHARED_REUTERS if SHARED_REUTERS.exists() else None)
    path = tmp / f"corpus-{n}.jsonl"
    if src is not None:
        with src.open(encoding="utf-8") as f, path.open("w", encoding="utf-8") as out:
            for i, line in enumerate(f):
                if i >= n:
                    break
                out.write(line)
        return path, src.name
    write_jsonl(replicate(sample_records(SAMPLE_ARTICLES_DIR), n), path)
    return path, "sample corpus, replicated with variations"


def stage_rates(path: Path) -> dict:
    """Ingest, normalise, code and load in-process, each timed on the same articles."""
    from pipelines.batch import code_articles, normalise_articles
    from pipelines.ingest import ingest
    from pipelines.partitions import assign_partitions
    from pipelines.warehouse.loaders import insert_articles, insert_events, rebuild_facts, write_raw
    from pipelines.warehouse.migrations import apply_migrations

    result, t_ingest = _timed(lambda: assign_partitions(ingest([path])))
    n = len(result.articles)
    raw = result.articles.assign(ingested_at=pd.Timestamp.now())
    articles, t_norm = _timed(lambda: normalise_articles(raw))
    (mentions, events), t_code = _timed(lambda: code_articles(articles))

    def load() -> None:
        with duckdb.connect() as con:
            apply_migrations(con)
            write_raw(con, [result])
            insert_articles(con, articles)
            insert_events(con, mentions, events)
            rebuild_facts(con, "bench")

    _, t_load = _timed(load)
    return {
        "articles": n,
        "ingest_per_s": round(n / t_ingest),
        "normalise_per_s": round(n / t_norm),
        "code_per_s": round(n / t_code),
        "load_per_s": round(n / t_load),
        "events": len(events),
        "mentions": len(mentions),
        "mentions_frame": mentions,
    }


def bulk_load_rate(mentions: pd.DataFrame, rows: int = 500_000) -> dict:
    """Mention rows a second into DuckDB, bulk (DataFrame registered, INSERT ... SELECT)."""
    from pipelines.warehouse.migrations import apply_migrations

    if mentions.empty:
        return {"rows": 0, "rows_per_s": None}
    reps = -(-rows // len(mentions))
    big = pd.concat([mentions] * reps, ignore_index=True).head(rows)
    big["mention_id"] = [f"m{i}" for i in range(len(big))]
    with duckdb.connect() as con:
        apply_migrations(con)
        con.register("_bulk", big)
        cols = ", ".join(big.columns)
        _, secs = _timed(
            lambda: con.execute(f"INSERT INTO fact_event_mention ({cols}) SELECT {cols} FROM _bulk")
        )
    return {"rows": len(big), "rows_per_s": round(len(big) / secs)}


def extract_vs_dateparser(path: Path, sample: int) -> dict:
    """`geoevents extract` over the corpus against search_dates over the first `sample`."""
    from dateparser.search import search_dates

    from pipelines.extract_cli import run_extract

    with tempfile.TemporaryDirectory() as tmp:
        summary, t_extract = _timed(lambda: run_extract(str(path), f"{tmp}/out.jsonl"))
    n = summary["records"]
    records = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if len(records) >= sample:
                break
            records.append(json.loads(line))

    def baseline() -> None:
        for r in records:
            base = (
                datetime.fromisoformat(r["published"])
                if r.get("published")
                else datetime(2024, 1, 1)
            )
            search_dates(r["text"], languages=["en"], settings={"RELATIVE_BASE": base})

    _, t_dp = _timed(baseline)
    extract_rate, dp_rate = n / t_extract, len(records) / t_dp
    return {
        "extract_per_s": round(extract_rate),
        "dateparser_per_s": round(dp_rate, 1),
        "dateparser_sample": len(records),
        "speedup_vs_dateparser": round(extract_rate / dp_rate, 1),
    }


def full_pipeline(path: Path) -> dict:
    """`geoevents run` in a fresh process, Dagster start-up included: wall time, peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DAGSTER_HOME": f"{tmp}/dagster_home"}
        cmd = [
            sys.executable,
            "-m",
            "pipelines.cli",
            "run",
            "--json",
            "--source",
            str(path),
            "--warehouse",
            f"{tmp}/bench.duckdb",
        ]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        proc, wall = _timed(
            lambda: subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=REPO_ROOT)
        )
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode != 0:
        raise RuntimeError(f"geoevents run failed: {proc.stderr[-2000:]}")
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    return {
        "wall_s": round(wall, 1),
        "articles_per_s": round(summary["loaded"] / wall),
        "peak_rss_mb": round(max(peak_kb, before) / 1024),
        "loaded": summary["loaded"],
        "events": summary.get("total_events"),
    }


def run_bench(
    n: int,
    articles: Path | None = None,
    scale: int | None = None,
    dateparser_sample: int = 500,
    progress: bool = True,
) -> dict:
    """Every measurement, in one run; `scale` adds a 10k-vs-`scale` full-pipeline comparison."""
    from tqdm import tqdm

    steps = 4 + (2 if scale else 0)
    bar = tqdm(total=steps, desc="bench", unit="step", disable=not progress, file=sys.stderr)
    report: dict = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
    }
    with tempfile.TemporaryDirectory() as tmp:
        path, label = corpus(n, articles, Path(tmp))
        report["corpus"] = label
        stages = stage_rates(path)
        mentions = stages.pop("mentions_frame")
        report["stages"] = stages
        bar.update(1)
        report["bulk_load"] = bulk_load_rate(mentions)
        bar.update(1)
        report["extract"] = extract_vs_dateparser(path, dateparser_sample)
        bar.update(1)
        report["pipeline"] = full_pipeline(path)
        bar.update(1)
        if scale:
            from pipelines.synthetic import replicate, sample_records, write_jsonl

            records = sample_records(SAMPLE_ARTICLES_DIR)
            small = Path(tmp) / "scale-10000.jsonl"
            large = Path(tmp) / f"scale-{scale}.jsonl"
            # a week of news: partitions stay few, as in a daily feed, so the ratio measures
            # volume rather than Dagster's per-partition bookkeeping
            week = {"spread_days": 7, "anchor": SCALE_WEEK}
            write_jsonl(replicate(records, 10_000, **week), small)
            write_jsonl(replicate(records, scale, **week), large)
            a = full_pipeline(small)
            bar.update(1)
            b = full_pipeline(large)
            bar.update(1)
            report["scale"] = {
                "10000": a,
                str(scale): b,
                "time_ratio": round(b["wall_s"] / a["wall_s"], 2),
                "size_ratio": round(scale / 10_000, 2),
            }
    bar.close()
    report["peak_rss_mb_in_process"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    )
    return report


def format_report(r: dict) -> str:
    """A short human summary of a bench report."""
    s, e, p = r["stages"], r["extract"], r["pipeline"]
    lines = [
        f"{r['date']} on {r['machine']}; corpus: {r['corpus']} ({s['articles']} articles)",
        f"stages (articles/s): ingest {s['ingest_per_s']}, normalise {s['normalise_per_s']}, "
        f"code {s['code_per_s']}, load {s['load_per_s']}",
        f"bulk load: {r['bulk_load']['rows_per_s']} mention rows/s ({r['bulk_load']['rows']} rows)",
        f"extract: {e['extract_per_s']} articles/s; dateparser search_dates: "
        f"{e['dateparser_per_s']}/s on {e['dateparser_sample']} -> {e['speedup_vs_dateparser']}x",
        f"full pipeline (geoevents run, Dagster start-up included): {p['wall_s']} s, "
        f"{p['articles_per_s']} articles/s, peak RSS {p['peak_rss_mb']} MB",
    ]
    if "scale" in r:
        sc = r["scale"]
        big = next(k for k in sc if k not in ("10000", "time_ratio", "size_ratio"))
        lines.append(
            f"scale: 10k in {sc['10000']['wall_s']} s, {big} in {sc[big]['wall_s']} s "
            f"(time x{sc['time_ratio']} for size x{sc['size_ratio']}), peak RSS "
            f"{sc[big]['peak_rss_mb']} MB"
        )
    return "\n".join(lines)
