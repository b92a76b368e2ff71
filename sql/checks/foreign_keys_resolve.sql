-- Violations: references that point nowhere.
SELECT 'mention.article_id' AS ref, m.mention_id AS row_key FROM fact_event_mention m
    LEFT JOIN dim_article a USING (article_id) WHERE a.article_id IS NULL
UNION ALL
SELECT 'mention.article_event_id', m.mention_id FROM fact_event_mention m
    LEFT JOIN article_event e USING (article_event_id) WHERE e.article_event_id IS NULL
UNION ALL
SELECT 'mention.event_key', m.mention_id FROM fact_event_mention m
    LEFT JOIN fact_event f USING (event_key) WHERE m.event_key IS NOT NULL AND f.event_key IS NULL
UNION ALL
SELECT 'fact.source_actor', f.event_key FROM fact_event f
    LEFT JOIN dim_actor a ON a.actor_code = f.source_actor
    WHERE f.source_actor IS NOT NULL AND a.actor_code IS NULL
UNION ALL
SELECT 'fact.target_actor', f.event_key FROM fact_event f
    LEFT JOIN dim_actor a ON a.actor_code = f.target_actor
    WHERE f.target_actor IS NOT NULL AND a.actor_code IS NULL
UNION ALL
SELECT 'fact.location_key', f.event_key FROM fact_event f
    LEFT JOIN dim_location l USING (location_key)
    WHERE f.location_key IS NOT NULL AND l.location_key IS NULL
UNION ALL
SELECT 'fact.event_day', f.event_key FROM fact_event f
    LEFT JOIN dim_date d ON d.date_key = f.event_day
    WHERE f.event_day IS NOT NULL AND d.date_key IS NULL
UNION ALL
SELECT 'source.article_id', s.source_file || ':' || s.position FROM article_source s
    LEFT JOIN raw_article r USING (article_id) WHERE r.article_id IS NULL
UNION ALL
SELECT 'dim_article.article_id', a.article_id FROM dim_article a
    LEFT JOIN raw_article r USING (article_id) WHERE r.article_id IS NULL;
