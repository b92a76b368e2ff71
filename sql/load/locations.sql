-- dim_location: every place a fact happened at; coordinates where the place is a capital.
INSERT INTO dim_location
SELECT DISTINCT ON (f.location_key) f.location_key, f.location_name, f.location_country,
       CASE WHEN lower(c.capital) = lower(f.location_name) THEN c.latitude END,
       CASE WHEN lower(c.capital) = lower(f.location_name) THEN c.longitude END
FROM _facts f
LEFT JOIN dim_country c ON c.country_code = f.location_country
WHERE f.location_key IS NOT NULL
ORDER BY f.location_key;
