-- Every fact with the sentences that support it and the articles they come from.
CREATE OR REPLACE VIEW v_event_evidence AS
SELECT f.event_key, f.event_type, f.status, f.source_actor, f.target_actor, f.event_date,
       m.article_id, a.title, a.url, a.outlet, a.publication_date,
       m.sentence_index, m.start_offset, m.end_offset, m.evidence, m.cue, m.rule, m.confidence
FROM fact_event f
JOIN fact_event_mention m USING (event_key)
JOIN dim_article a USING (article_id)
ORDER BY f.event_key, a.publication_date, m.article_id, m.sentence_index;
