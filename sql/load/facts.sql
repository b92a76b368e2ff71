-- fact_event from the clustered facts (registered as _facts), with the event type's CAMEO root,
-- quad class and Goldstein score from dim_event_type.
INSERT INTO fact_event
SELECT f.event_key, f.event_type, f.status, f.cameo,
       coalesce(t.cameo_root, left(f.cameo, 2)), coalesce(t.quad_class, 0), coalesce(t.goldstein, 0),
       f.source_actor, f.target_actor, f.parties, f.event_date,
       CASE WHEN f.date_precision = 'day' THEN try_cast(f.event_date AS DATE) END,
       f.date_precision, f.location_key, f.num_mentions, f.num_articles, f.num_sources,
       f.first_seen, f.last_seen, f.confidence, f.coder_version
FROM _facts f
LEFT JOIN dim_event_type t ON t.event_type = f.event_type AND t.status = f.status;
