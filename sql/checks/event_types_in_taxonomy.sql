-- Violations: facts whose type, status or CAMEO code is not in dim_event_type.
SELECT f.event_key, f.event_type, f.status, f.cameo FROM fact_event f
LEFT JOIN dim_event_type t ON t.event_type = f.event_type AND t.status = f.status
WHERE t.event_type IS NULL OR t.cameo <> f.cameo;
