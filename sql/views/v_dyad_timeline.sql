-- Every event between two actors in date order; filter with WHERE source_actor/target_actor.
CREATE OR REPLACE VIEW v_dyad_timeline AS
SELECT f.source_actor, s.name AS source_name, f.target_actor, t.name AS target_name,
       coalesce(f.event_date, strftime(f.first_seen, '%Y-%m-%d')) AS sort_date,
       f.event_date, f.date_precision, f.event_type, f.status, f.cameo,
       l.name AS location, f.num_articles, f.event_key
FROM fact_event f
LEFT JOIN dim_actor s ON s.actor_code = f.source_actor
LEFT JOIN dim_actor t ON t.actor_code = f.target_actor
LEFT JOIN dim_location l USING (location_key)
ORDER BY sort_date, f.event_type;
