-- What the coder needs for a chunk of articles (_chunk_ids): the text, the stored temporal
-- analysis and the article's timexes gathered into lists.
WITH t AS (
    SELECT article_id,
           {'start_offset': list(start_offset ORDER BY start_offset),
            'end_offset':   list(end_offset   ORDER BY start_offset),
            'text':         list(text         ORDER BY start_offset),
            'timex_type':   list(timex_type   ORDER BY start_offset),
            'value':        list(value        ORDER BY start_offset)} AS timex_lists
    FROM article_timex JOIN _chunk_ids USING (article_id) GROUP BY article_id
)
SELECT a.article_id, r.text, a.publication_date, a.publication_date_source, a.body_start,
       a.dateline_place, a.dateline_country, a.dateline_date, a.dateline_agency,
       a.dateline_start, a.dateline_end, a.flags AS temporal_flags, a.outlet, a.partition_date,
       t.timex_lists
FROM dim_article a
JOIN _chunk_ids USING (article_id)
JOIN raw_article r USING (article_id)
LEFT JOIN t USING (article_id)
ORDER BY a.partition_date, a.article_id
