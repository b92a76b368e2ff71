"""The Dagster UI in a real browser: `dagster dev` on 127.0.0.1 with a temporary DAGSTER_HOME,
headless Chromium on the asset graph, runs launched through the UI's GraphQL API, and their
metadata shown on the asset page.

Needs Debian's chromium (`.ci/run` installs it); skipped where it is missing.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pytest
import requests

from pipelines.defs.partitions import PUBLICATION_DAY
from pipelines.paths import REPO_ROOT, SAMPLE_ARTICLES_DIR
from pipelines.runner import _DAGSTER_YAML

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

LOCATION = "pipelines.definitions"
LAUNCH = """
mutation Launch($params: ExecutionParams!) {
  launchRun(executionParams: $params) {
    __typename
    ... on LaunchRunSuccess { run { runId } }
    ... on PythonError { message }
    ... on RunConfigValidationInvalid { errors { message } }
  }
}"""
STATUS = """
query Status($runId: ID!) {
  runOrError(runId: $runId) { ... on Run { status } }
}"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def webserver(tmp_path_factory):
    home = tmp_path_factory.mktemp("dagster_home")
    (home / "dagster.yaml").write_text(_DAGSTER_YAML, encoding="utf-8")
    (home / ".nux").mkdir()
    (home / ".nux" / "nux.yaml").write_text("seen: 1\n", encoding="utf-8")
    port = _free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "GEOEVENTS_WAREHOUSE": str(home / "geoevents.duckdb"),
        "GEOEVENTS_SOURCE": str(SAMPLE_ARTICLES_DIR),
    }
    log = (home / "webserver.log").open("w")
    # `dagster dev` runs the webserver and the daemon, which dequeues launched runs as in real
    # use; its own session, so that stopping it stops both.
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "dagster"),
            "dev",
            "-m",
            LOCATION,
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        cwd=REPO_ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{url}/server_info", timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            assert proc.poll() is None, (home / "webserver.log").read_text()
            time.sleep(0.5)
        else:
            pytest.fail("dagster-webserver did not answer within 90 s")
        yield url, home
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def _graphql(url: str, query: str, variables: dict | None = None) -> dict:
    response = requests.post(
        f"{url}/graphql", json={"query": query, "variables": variables or {}}, timeout=30
    )
    response.raise_for_status()
    body = response.json()
    assert "errors" not in body, body["errors"]
    return body["data"]


def _launch(url: str, job: str, tags: dict[str, str] | None = None) -> str:
    params = {
        "selector": {
            "repositoryLocationName": LOCATION,
            "repositoryName": "__repository__",
            "jobName": job,
        },
        "runConfigData": {},
        "executionMetadata": {"tags": [{"key": k, "value": v} for k, v in (tags or {}).items()]},
    }
    result = _graphql(url, LAUNCH, {"params": params})["launchRun"]
    assert result["__typename"] == "LaunchRunSuccess", result
    return result["run"]["runId"]


def _wait(url: str, run_id: str, timeout: float = 240) -> str:
    deadline = time.monotonic() + timeout
    status = "?"
    while time.monotonic() < deadline:
        status = _graphql(url, STATUS, {"runId": run_id})["runOrError"]["status"]
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            return status
        time.sleep(1)
    return status


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


def test_asset_graph_shows_our_assets(webserver, browser):
    url, home = webserver
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    page.goto(f"{url}/asset-groups", wait_until="networkidle")
    page.wait_for_selector("text=Global asset lineage", timeout=60_000)
    for group in ("ingest", "normalize", "coding", "warehouse"):
        assert page.get_by_text(group, exact=True).count() >= 1, group
    page.screenshot(path=str(home / "asset-graph.png"))
    page.goto(f"{url}/assets", wait_until="networkidle")
    page.wait_for_selector("text=raw_articles", timeout=60_000)
    for name in ("raw_articles", "articles", "event_mentions", "events", "fact_event"):
        assert page.get_by_text(name, exact=True).count() >= 1, name
    page.close()


def test_materialise_through_the_ui_api_and_see_metadata(webserver, browser):
    url, home = webserver
    assert _wait(url, _launch(url, "ingest")) == "SUCCESS"
    with dg.DagsterInstance.from_config(str(home)) as instance:
        keys = list(instance.get_dynamic_partitions(PUBLICATION_DAY))
    assert "2024-06-19" in keys
    tags = {
        "dagster/asset_partition_range_start": keys[0],
        "dagster/asset_partition_range_end": keys[-1],
    }
    assert _wait(url, _launch(url, "code_days", tags)) == "SUCCESS"

    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    page.goto(f"{url}/assets/raw_articles", wait_until="networkidle")
    page.wait_for_selector("text=reconciled", timeout=60_000)
    assert page.get_by_text("seen", exact=True).count() >= 1
    page.goto(f"{url}/assets/fact_event", wait_until="networkidle")
    page.wait_for_selector("text=coder_version", timeout=60_000)
    page.screenshot(path=str(home / "fact-event.png"), full_page=True)
    page.close()
    assert Path(home / "geoevents.duckdb").exists()
