-- Who travels and who hosts: actual visits per visitor and per host.
CREATE OR REPLACE VIEW v_visit_leaderboard AS
SELECT 'visitor' AS role, source_actor AS actor, a.name, count(*) AS visits
FROM fact_event f LEFT JOIN dim_actor a ON a.actor_code = f.source_actor
WHERE event_type = 'visit' AND status = 'actual' AND source_actor IS NOT NULL
GROUP BY ALL
UNION ALL
SELECT 'host', target_actor, a.name, count(*)
FROM fact_event f LEFT JOIN dim_actor a ON a.actor_code = f.target_actor
WHERE event_type = 'visit' AND status = 'actual' AND target_actor IS NOT NULL
GROUP BY ALL
ORDER BY role DESC, visits DESC, actor;
