-- Russia and North Korea, both directions, in date order.
SELECT sort_date, event_type, status, source_actor, target_actor, location, num_articles
FROM v_dyad_timeline
WHERE (source_actor, target_actor) IN (('RUS', 'PRK'), ('PRK', 'RUS'));
