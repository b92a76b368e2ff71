"""Cross-article deduplication: article-level events that describe the same real-world event
become one fact, across the whole warehouse rather than one batch.

Two article events are the same event when they share type, status and dyad (treaty parties
unordered) and their date intervals overlap: a day-precision date stands for +/- 2 days (time
zones and late reports), a month for that month, a year for that year, and an undated event for
the week before its article's publication. Clustering is single-linkage over those intervals in
date order, so the result does not depend on the order articles arrived in.
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from pipelines.cells import cell_date, cell_value
from pipelines.keys import stable_key

DAY_SLACK = timedelta(days=2)
UNDATED_LOOKBACK = timedelta(days=7)
_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "none": 0}


def date_interval(
    value: str | None, precision: str, published: date | None
) -> tuple[date, date] | None:
    """The days an event date can stand for; None when nothing dates it at all."""
    try:
        if value and precision == "day":
            d = date.fromisoformat(value[:10])
            return d - DAY_SLACK, d + DAY_SLACK
        if value and precision == "month":
            y, m = int(value[:4]), int(value[5:7])
            start = date(y, m, 1)
            end = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
            return start, end
        if value and precision == "year":
            y = int(value[:4])
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        pass
    if published is not None:
        return published - UNDATED_LOOKBACK, published
    return None


def dyad_key(event_type: str, source: str | None, target: str | None) -> tuple:
    """Treaty parties are unordered; visits and sanctions keep their direction."""
    if event_type == "treaty" and source and target:
        source, target = sorted([source, target])
    return source, target


def cluster_events(article_events: pd.DataFrame) -> pd.Series:
    """A cluster label (the fact's event_key) for every article event, indexed like the input.

    Needs columns: article_event_id, event_type, status, source_actor, target_actor, event_date,
    date_precision, publication_date.
    """
    if article_events.empty:
        return pd.Series(dtype="object")
    df = article_events.reset_index(drop=True)
    dyads = [dyad_key(t, s, g) for t, s, g in zip(df.event_type, df.source_actor, df.target_actor)]
    intervals = [
        date_interval(v, p, cell_date(pub))
        for v, p, pub in zip(df.event_date, df.date_precision, df.publication_date)
    ]
    # one pass in (dyad, interval) order: an interval that starts before the open cluster of
    # its dyad ends joins it (single linkage); undated events of a dyad form one cluster
    order = sorted(
        range(len(df)),
        key=lambda i: (
            _group_key(df.event_type[i], df.status[i], *dyads[i]),
            intervals[i] is None,
            intervals[i] or (date.min, date.min),
            df.article_event_id[i],
        ),
    )
    cluster = [0] * len(df)
    current, group, end = -1, None, None
    for i in order:
        g = _group_key(df.event_type[i], df.status[i], *dyads[i])
        iv = intervals[i]
        same = g == group and (
            (iv is None and end is None) or (iv is not None and end is not None and iv[0] <= end)
        )
        if not same:
            current += 1
            group, end = g, (iv[1] if iv else None)
        elif iv is not None:
            end = max(end, iv[1])
        cluster[i] = current
    anchors = _anchor_dates(df, pd.Series(cluster))
    keys = {}
    for i in order:
        c = cluster[i]
        if c not in keys:
            src, tgt = dyads[i]
            keys[c] = stable_key(
                df.event_type[i], df.status[i], cell_value(src), cell_value(tgt), anchors[c]
            )
    return pd.Series([keys[c] for c in cluster], index=article_events.index)


def _group_key(etype: str, status: str, src: object, tgt: object) -> tuple:
    return (
        etype,
        status,
        "" if cell_value(src) is None else src,
        "" if cell_value(tgt) is None else tgt,
    )


def _best_date(df: pd.DataFrame, by: pd.Series) -> pd.Series:
    """Per group: among the most precise rows, the most reported date (ties: the earliest)."""
    d = pd.DataFrame(
        {
            "g": by.values,
            "rank": df.date_precision.map(_PRECISION_RANK).fillna(0).values,
            "date": df.event_date.values,
        }
    )
    top = d[(d["rank"] == d.groupby("g")["rank"].transform("max")) & d["date"].notna()]
    counts = top.groupby(["g", "date"]).size().reset_index(name="n")
    best = counts.sort_values(["g", "n", "date"], ascending=[True, False, True])
    return best.drop_duplicates("g").set_index("g")["date"]


def _anchor_dates(df: pd.DataFrame, cluster: pd.Series) -> dict:
    """The cluster's most precise, most reported date: it names the fact in its key."""
    dated = _best_date(df, cluster).to_dict()
    pubs = pd.Series(df.publication_date.values).map(
        lambda v: None if (d := cell_date(v)) is None else str(d)
    )
    first_pub = pubs.groupby(cluster.values).min().to_dict()
    anchors = {}
    for c in set(cluster):
        if c in dated:
            anchors[c] = dated[c]
        else:
            p = first_pub.get(c)
            anchors[c] = f"undated:{p}" if isinstance(p, str) else "undated"
    return anchors


def build_facts(article_events: pd.DataFrame, labels: pd.Series) -> pd.DataFrame:
    """One row per cluster: the fact's fields, counts and provenance span.

    Needs, beyond cluster_events' columns: cameo, parties, location_name, location_country,
    confidence, num_mentions, article_id, story_id (near-duplicates share one), source_name.
    """
    if article_events.empty:
        return pd.DataFrame()
    df = article_events.reset_index(drop=True).assign(event_key=labels.values)
    df["_rank"] = df.date_precision.map(_PRECISION_RANK).fillna(0)
    head = (
        df.sort_values(
            ["event_key", "_rank", "confidence", "article_event_id"],
            ascending=[True, False, False, True],
        )
        .drop_duplicates("event_key")
        .set_index("event_key")
    )
    dates = _best_date(df, df.event_key)
    locs = df[df.location_name.notna()]
    loc_counts = locs.groupby(["event_key", "location_name"]).size().reset_index(name="n")
    loc_best = (
        loc_counts.sort_values(["event_key", "n", "location_name"], ascending=[True, False, True])
        .drop_duplicates("event_key")
        .set_index("event_key")["location_name"]
    )
    loc_country = (
        locs.drop_duplicates(["event_key", "location_name"])
        .set_index(["event_key", "location_name"])["location_country"]
        .to_dict()
    )
    parties = (
        df[["event_key", "parties"]]
        .explode("parties")
        .dropna()
        .groupby("event_key")["parties"]
        .agg(lambda s: sorted(set(s)))
    )
    pubs = pd.to_datetime(df.publication_date, errors="coerce")
    grouped = df.assign(_pub=pubs).groupby("event_key")
    stats = grouped.agg(
        num_mentions=("num_mentions", "sum"),
        num_articles=("story_id", "nunique"),
        num_sources=("source_name", "nunique"),
        first_seen=("_pub", "min"),
        last_seen=("_pub", "max"),
        max_conf=("confidence", "max"),
    )
    facts = pd.DataFrame(
        {
            "event_key": head.index,
            "event_type": head.event_type.values,
            "status": head.status.values,
            "cameo": head.cameo.values,
            "source_actor": head.source_actor.values,
            "target_actor": head.target_actor.values,
        }
    )
    keys = facts.event_key
    facts["parties"] = [parties.get(k, []) for k in keys]
    facts["event_date"] = [dates.get(k) for k in keys]
    facts["date_precision"] = [
        p if d is not None else "none" for p, d in zip(head.date_precision.values, facts.event_date)
    ]
    facts["location_name"] = [loc_best.get(k) for k in keys]
    facts["location_country"] = [
        loc_country.get((k, n)) if n is not None else None
        for k, n in zip(keys, facts.location_name)
    ]
    st = stats.loc[keys]
    facts["num_mentions"] = st.num_mentions.astype(int).values
    facts["num_articles"] = st.num_articles.astype(int).values
    facts["num_sources"] = st.num_sources.astype(int).values
    facts["first_seen"] = [None if pd.isna(t) else t.date() for t in st.first_seen]
    facts["last_seen"] = [None if pd.isna(t) else t.date() for t in st.last_seen]
    facts["confidence"] = [
        round(min(0.99, float(c) + 0.03 * (n - 1)), 3) for c, n in zip(st.max_conf, st.num_articles)
    ]
    return facts
