-- dim_date: a calendar over every year the warehouse has an event or an article in.
DELETE FROM dim_date;
INSERT INTO dim_date
WITH bounds AS (
    SELECT min(y) AS lo, max(y) AS hi FROM (
        SELECT year(event_day) AS y FROM fact_event WHERE event_day IS NOT NULL
        UNION ALL SELECT year(publication_date) FROM dim_article WHERE publication_date IS NOT NULL
    )
)
SELECT d::DATE, year(d), quarter(d), month(d), day(d), weekofyear(d), dayname(d)
FROM bounds, range(make_date(lo, 1, 1), make_date(hi, 12, 31) + INTERVAL 1 DAY, INTERVAL 1 DAY) r(d)
WHERE lo IS NOT NULL;
