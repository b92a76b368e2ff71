-- How many distinct events of each type and status the warehouse holds.
SELECT event_type, status, count(*) AS events, sum(num_articles) AS articles
FROM fact_event GROUP BY ALL ORDER BY event_type, status;
