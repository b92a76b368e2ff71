-- Violations: actual events dated after their first report (+1 day for time zones) or before 1900.
SELECT e.article_event_id, e.event_date, a.publication_date
FROM article_event e JOIN dim_article a USING (article_id)
WHERE e.status = 'actual' AND e.event_date IS NOT NULL AND (
    left(e.event_date, 4)::INTEGER < 1900
    OR (e.date_precision = 'day' AND a.publication_date IS NOT NULL
        AND try_cast(e.event_date AS DATE) > a.publication_date + INTERVAL 1 DAY)
    OR (a.publication_date IS NOT NULL
        AND left(e.event_date, 4)::INTEGER > year(a.publication_date) + 1)
);
