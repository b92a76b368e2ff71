-- Violations: event keys that occur more than once.
SELECT event_key, count(*) AS n FROM fact_event GROUP BY event_key HAVING count(*) > 1;
