-- Events per type, status and month of the event (undated events by first report).
CREATE OR REPLACE VIEW v_events_by_month AS
SELECT event_type, status,
       coalesce(left(event_date, 7), strftime(first_seen, '%Y-%m')) AS month,
       count(*) AS events, sum(num_articles) AS articles
FROM fact_event
GROUP BY ALL
ORDER BY month, event_type, status;
