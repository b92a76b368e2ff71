"""Cross-article dedup: same event from several outlets merges, distinct events stay apart."""

from __future__ import annotations

from datetime import date

import pandas as pd

from pipelines.warehouse.dedup import build_facts, cluster_events, date_interval


def _events(rows: list[dict]) -> pd.DataFrame:
    base = {
        "status": "actual",
        "cameo": "042",
        "parties": [],
        "location_name": None,
        "location_country": None,
        "confidence": 0.8,
        "num_mentions": 1,
    }
    df = pd.DataFrame([{**base, **r} for r in rows])
    df["article_event_id"] = [f"ae{i}" for i in range(len(df))]
    df["story_id"] = df["article_id"]
    df["source_name"] = df.get("source_name", df["article_id"])
    return df


def test_same_signing_from_three_outlets_is_one_fact():
    df = _events(
        [
            {
                "article_id": "a",
                "event_type": "treaty",
                "source_actor": "RUS",
                "target_actor": "PRK",
                "event_date": "2024-06-19",
                "date_precision": "day",
                "publication_date": date(2024, 6, 19),
            },
            {
                "article_id": "b",
                "event_type": "treaty",
                "source_actor": "PRK",
                "target_actor": "RUS",
                "event_date": "2024-06-19",
                "date_precision": "day",
                "publication_date": date(2024, 6, 20),
            },
            {
                "article_id": "c",
                "event_type": "treaty",
                "source_actor": "RUS",
                "target_actor": "PRK",
                "event_date": "2024-06",
                "date_precision": "month",
                "publication_date": date(2024, 6, 21),
            },
        ]
    )
    labels = cluster_events(df)
    assert labels.nunique() == 1
    facts = build_facts(df, labels)
    assert len(facts) == 1
    fact = facts.iloc[0]
    assert fact.num_articles == 3
    assert fact.event_date == "2024-06-19" and fact.date_precision == "day"
    assert fact.first_seen == date(2024, 6, 19) and fact.last_seen == date(2024, 6, 21)


def test_visits_of_the_same_dyad_years_apart_stay_apart():
    df = _events(
        [
            {
                "article_id": "a",
                "event_type": "visit",
                "source_actor": "RUS",
                "target_actor": "PRK",
                "event_date": "2024-06-19",
                "date_precision": "day",
                "publication_date": date(2024, 6, 19),
            },
            {
                "article_id": "a",
                "event_type": "visit",
                "source_actor": "RUS",
                "target_actor": "PRK",
                "event_date": "2000",
                "date_precision": "year",
                "publication_date": date(2024, 6, 19),
            },
        ]
    )
    assert cluster_events(df).nunique() == 2


def test_direction_matters_for_visits_but_not_treaties():
    rows = [
        {
            "article_id": "a",
            "source_actor": "CHN",
            "target_actor": "RUS",
            "event_date": "2023-03-20",
            "date_precision": "day",
            "publication_date": date(2023, 3, 20),
        },
        {
            "article_id": "b",
            "source_actor": "RUS",
            "target_actor": "CHN",
            "event_date": "2023-03-20",
            "date_precision": "day",
            "publication_date": date(2023, 3, 20),
        },
    ]
    visits = _events([{**r, "event_type": "visit"} for r in rows])
    treaties = _events([{**r, "event_type": "treaty"} for r in rows])
    assert cluster_events(visits).nunique() == 2
    assert cluster_events(treaties).nunique() == 1


def test_status_separates_planned_from_actual():
    df = _events(
        [
            {
                "article_id": "a",
                "event_type": "visit",
                "status": "planned",
                "source_actor": "USA",
                "target_actor": "IND",
                "event_date": None,
                "date_precision": "none",
                "publication_date": date(2023, 6, 1),
            },
            {
                "article_id": "b",
                "event_type": "visit",
                "status": "actual",
                "source_actor": "USA",
                "target_actor": "IND",
                "event_date": "2023-06-02",
                "date_precision": "day",
                "publication_date": date(2023, 6, 2),
            },
        ]
    )
    assert cluster_events(df).nunique() == 2


def test_keys_do_not_depend_on_input_order():
    rows = [
        {
            "article_id": x,
            "event_type": "sanctions",
            "source_actor": "EU",
            "target_actor": "RUS",
            "event_date": d,
            "date_precision": "day",
            "publication_date": date.fromisoformat(d),
        }
        for x, d in [("a", "2022-02-23"), ("b", "2022-02-25"), ("c", "2022-06-03")]
    ]
    forward = cluster_events(_events(rows))
    backward = cluster_events(_events(rows[::-1]))
    assert sorted(forward) == sorted(backward)
    assert forward.nunique() == 2


def test_date_interval_by_precision():
    assert date_interval("2024-02", "month", None) == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_interval("2000", "year", None) == (date(2000, 1, 1), date(2000, 12, 31))
    assert date_interval(None, "none", date(2024, 6, 19)) == (date(2024, 6, 12), date(2024, 6, 19))
    assert date_interval(None, "none", None) is None
    assert date_interval("2024-13", "month", None) is None
