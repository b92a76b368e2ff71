-- Violations: facts no mention points at, and mentions no fact holds (after a fact rebuild,
-- every fact traces back to a sentence and every sentence-level mention belongs to a fact).
SELECT 'fact without mention' AS problem, f.event_key AS key FROM fact_event f
LEFT JOIN fact_event_mention m USING (event_key)
WHERE m.mention_id IS NULL
UNION ALL
SELECT 'mention without fact', mention_id FROM fact_event_mention WHERE event_key IS NULL;
