-- The sentences behind every sanctions event: provenance down to the character offsets.
SELECT event_date, status, source_actor, target_actor, outlet, start_offset, end_offset, evidence
FROM v_event_evidence WHERE event_type = 'sanctions' ORDER BY event_date NULLS LAST LIMIT 20;
