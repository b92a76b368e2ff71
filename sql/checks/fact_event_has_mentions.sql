-- Violations: facts no mention points at (every fact must trace back to a sentence).
SELECT f.event_key FROM fact_event f
LEFT JOIN fact_event_mention m USING (event_key)
WHERE m.mention_id IS NULL;
