-- The events reported by the most articles, with where and when.
SELECT event_type, status, source_actor, target_actor, event_date, num_articles, num_mentions
FROM fact_event ORDER BY num_articles DESC, num_mentions DESC, event_date LIMIT 10;
