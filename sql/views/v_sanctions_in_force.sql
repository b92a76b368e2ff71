-- Sanctions per (imposer, target) whose latest known action imposes them: an imposition not
-- followed by a lifting or easing of the same dyad.
CREATE OR REPLACE VIEW v_sanctions_in_force AS
WITH actions AS (
    SELECT source_actor, target_actor, status,
           coalesce(try_cast(event_date AS DATE), try_cast(event_date || '-01' AS DATE),
                    try_cast(event_date || '-01-01' AS DATE), first_seen) AS action_date,
           num_articles, event_key
    FROM fact_event
    WHERE event_type = 'sanctions' AND status IN ('actual', 'reversed') AND target_actor IS NOT NULL
),
latest AS (
    SELECT *, row_number() OVER (PARTITION BY source_actor, target_actor
                                 ORDER BY action_date DESC NULLS LAST, status) AS rn
    FROM actions
)
SELECT source_actor AS imposer, target_actor AS target, action_date AS since, num_articles, event_key
FROM latest WHERE rn = 1 AND status = 'actual'
ORDER BY target, imposer;
