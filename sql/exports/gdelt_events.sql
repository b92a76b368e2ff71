-- fact_event in the 61-column layout of GDELT 2.0's event table, for tools that read GDELT.
-- Actor codes are ISO3/IGO codes (CAMEO's country codes are ISO3 too); geo country codes are
-- ISO3 as well, not GDELT's FIPS 10-4. Tone is not computed (0). GLOBALEVENTID is derived from
-- the deterministic event_key, so it is stable across re-runs.
SELECT
    CAST(('0x' || left(f.event_key, 15))::UBIGINT AS BIGINT)             AS GLOBALEVENTID,
    coalesce(strftime(f.event_day, '%Y%m%d'),
             replace(rpad(f.event_date, 10, '-01'), '-', ''),
             strftime(f.first_seen, '%Y%m%d'))                             AS SQLDATE,
    coalesce(replace(left(f.event_date, 7), '-', ''), strftime(f.first_seen, '%Y%m')) AS MonthYear,
    coalesce(left(f.event_date, 4), strftime(f.first_seen, '%Y'))          AS "Year",
    round(coalesce(year(f.event_day) + (dayofyear(f.event_day) - 1) / 365.0,
                   year(f.first_seen) + (dayofyear(f.first_seen) - 1) / 365.0), 4) AS FractionDate,
    f.source_actor AS Actor1Code, s.name AS Actor1Name, s.country_code AS Actor1CountryCode,
    CASE WHEN s.kind = 'organisation' THEN f.source_actor END AS Actor1KnownGroupCode,
    NULL AS Actor1EthnicCode, NULL AS Actor1Religion1Code, NULL AS Actor1Religion2Code,
    CASE WHEN s.kind = 'organisation' THEN 'IGO' ELSE 'GOV' END AS Actor1Type1Code,
    NULL AS Actor1Type2Code, NULL AS Actor1Type3Code,
    f.target_actor AS Actor2Code, t.name AS Actor2Name, t.country_code AS Actor2CountryCode,
    CASE WHEN t.kind = 'organisation' THEN f.target_actor END AS Actor2KnownGroupCode,
    NULL AS Actor2EthnicCode, NULL AS Actor2Religion1Code, NULL AS Actor2Religion2Code,
    CASE WHEN t.kind = 'organisation' THEN 'IGO' WHEN t.kind = 'state' THEN 'GOV' END
        AS Actor2Type1Code,
    NULL AS Actor2Type2Code, NULL AS Actor2Type3Code,
    1 AS IsRootEvent, f.cameo AS EventCode, left(f.cameo, 3) AS EventBaseCode,
    f.cameo_root AS EventRootCode, f.quad_class AS QuadClass, f.goldstein AS GoldsteinScale,
    f.num_mentions AS NumMentions, f.num_sources AS NumSources, f.num_articles AS NumArticles,
    0.0 AS AvgTone,
    CASE WHEN s.kind = 'state' THEN 1 END AS Actor1Geo_Type, s.name AS Actor1Geo_FullName,
    s.country_code AS Actor1Geo_CountryCode, NULL AS Actor1Geo_ADM1Code, NULL AS Actor1Geo_ADM2Code,
    NULL AS Actor1Geo_Lat, NULL AS Actor1Geo_Long, NULL AS Actor1Geo_FeatureID,
    CASE WHEN t.kind = 'state' THEN 1 END AS Actor2Geo_Type, t.name AS Actor2Geo_FullName,
    t.country_code AS Actor2Geo_CountryCode, NULL AS Actor2Geo_ADM1Code, NULL AS Actor2Geo_ADM2Code,
    NULL AS Actor2Geo_Lat, NULL AS Actor2Geo_Long, NULL AS Actor2Geo_FeatureID,
    CASE WHEN l.latitude IS NOT NULL THEN 4 WHEN l.name IS NOT NULL THEN 1 END AS ActionGeo_Type,
    l.name AS ActionGeo_FullName, l.country_code AS ActionGeo_CountryCode,
    NULL AS ActionGeo_ADM1Code, NULL AS ActionGeo_ADM2Code,
    l.latitude AS ActionGeo_Lat, l.longitude AS ActionGeo_Long, NULL AS ActionGeo_FeatureID,
    strftime(f.last_seen, '%Y%m%d') || '000000' AS DATEADDED,
    (SELECT a.url FROM fact_event_mention m JOIN dim_article a USING (article_id)
     WHERE m.event_key = f.event_key AND a.url IS NOT NULL ORDER BY a.publication_date LIMIT 1)
        AS SOURCEURL
FROM fact_event f
LEFT JOIN dim_actor s ON s.actor_code = f.source_actor
LEFT JOIN dim_actor t ON t.actor_code = f.target_actor
LEFT JOIN dim_location l USING (location_key)
ORDER BY SQLDATE, GLOBALEVENTID
