-- Violations: keys that occur more than once. The tables carry no PRIMARY KEY (indexes slow
-- bulk loads), so this check is what keeps them keys.
SELECT 'fact_event' AS table_name, event_key AS key, count(*) AS n
    FROM fact_event GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'fact_event_mention', mention_id, count(*)
    FROM fact_event_mention GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'article_event', article_event_id, count(*)
    FROM article_event GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'dim_article', article_id, count(*)
    FROM dim_article GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'raw_article', article_id, count(*)
    FROM raw_article GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'article_timex', article_id || ':' || start_offset, count(*)
    FROM article_timex GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'article_source', source_file || ':' || position, count(*)
    FROM article_source GROUP BY ALL HAVING count(*) > 1
UNION ALL SELECT 'rejected_articles', source_file || ':' || position, count(*)
    FROM rejected_articles GROUP BY ALL HAVING count(*) > 1;
