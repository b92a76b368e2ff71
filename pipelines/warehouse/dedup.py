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
    labels: dict = {}
    if article_events.empty:
        return pd.Series(dtype="object")
    df = article_events.copy()
    dyads = [dyad_key(t, s, g) for t, s, g in zip(df.event_type, df.source_actor, df.target_actor)]
    df["_src"] = [d[0] for d in dyads]
    df["_tgt"] = [d[1] for d in dyads]
    df["_interval"] = [
        date_interval(v, p, _to_date(pub))
        for v, p, pub in zip(df.event_date, df.date_precision, df.publication_date)
    ]
    for (etype, status, src, tgt), group in df.groupby(
        ["event_type", "status", "_src", "_tgt"], dropna=False, sort=True
    ):
        dated = group[group["_interval"].notna()]
        undated = group[group["_interval"].isna()]
        ordered = sorted(
            zip(dated.index, dated["_interval"], dated["article_event_id"]),
            key=lambda r: (r[1][0], r[1][1], r[2]),
        )
        clusters: list[list] = []  # [end of interval, member indices]
        for idx, (start, end), _ in ordered:
            if clusters and start <= clusters[-1][0]:
                clusters[-1][0] = max(clusters[-1][0], end)
                clusters[-1][1].append(idx)
            else:
                clusters.append([end, [idx]])
        if len(undated):
            clusters.append([None, list(undated.index)])
        for _, members in clusters:
            anchor = _anchor_date(df.loc[members])
            key = stable_key(etype, status, _none(src), _none(tgt), anchor)
            for idx in members:
                labels[idx] = key
    return pd.Series(labels).reindex(article_events.index)


def _anchor_date(members: pd.DataFrame) -> str | None:
    """The cluster's most precise, most reported date: it names the fact in its key."""
    best = members.assign(_rank=members.date_precision.map(_PRECISION_RANK).fillna(0))
    top = best[best._rank == best._rank.max()]
    values = top.event_date.dropna()
    if values.empty:
        pubs = members.publication_date.dropna()
        return f"undated:{min(map(str, pubs))}" if len(pubs) else "undated"
    return values.value_counts().sort_index(kind="stable").idxmax()


def build_facts(article_events: pd.DataFrame, labels: pd.Series) -> pd.DataFrame:
    """One row per cluster: the fact's fields, counts and provenance span.

    Needs, beyond cluster_events' columns: cameo, parties, location_name, location_country,
    confidence, num_mentions, article_id, story_id (near-duplicates share one), source_name.
    """
    if article_events.empty:
        return pd.DataFrame()
    df = article_events.assign(event_key=labels.values)
    df["_rank"] = df.date_precision.map(_PRECISION_RANK).fillna(0)
    rows = []
    for key, g in df.groupby("event_key", sort=True):
        best = g.sort_values(
            ["_rank", "confidence", "article_event_id"], ascending=[False, False, True]
        )
        head = best.iloc[0]
        top = best[best._rank == head._rank]
        date_value = top.event_date.dropna().value_counts().sort_index(kind="stable")
        locs = g.dropna(subset=["location_name"])
        loc = locs.location_name.value_counts().sort_index(kind="stable")
        loc_name = loc.idxmax() if len(loc) else None
        loc_country = (
            locs[locs.location_name == loc_name].location_country.iloc[0] if loc_name else None
        )
        pubs = pd.to_datetime(g.publication_date, errors="coerce").dropna()
        n_stories = g.story_id.nunique()
        rows.append(
            {
                "event_key": key,
                "event_type": head.event_type,
                "status": head.status,
                "cameo": head.cameo,
                "source_actor": head.source_actor,
                "target_actor": head.target_actor,
                "parties": sorted({p for ps in g.parties for p in (ps if ps is not None else [])}),
                "event_date": date_value.idxmax() if len(date_value) else None,
                "date_precision": head.date_precision if len(date_value) else "none",
                "location_name": loc_name,
                "location_country": loc_country,
                "num_mentions": int(g.num_mentions.sum()),
                "num_articles": int(n_stories),
                "num_sources": int(g.source_name.nunique()),
                "first_seen": pubs.min().date() if len(pubs) else None,
                "last_seen": pubs.max().date() if len(pubs) else None,
                "confidence": round(
                    min(0.99, float(g.confidence.max()) + 0.03 * (n_stories - 1)), 3
                ),
            }
        )
    return pd.DataFrame(rows)


def _to_date(value: object) -> date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _none(value: object) -> object:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value
