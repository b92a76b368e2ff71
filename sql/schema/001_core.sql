-- 001: the star schema. Fact, staging and raw tables carry no PRIMARY KEY: indexes slow DuckDB's
-- bulk loads, and the blocking asset check `unique_keys` enforces their keys after every load.
-- Keys are deterministic hashes computed by the loader, so a re-run of the
-- same input gives the same keys. DATE columns are declared here because CREATE TABLE AS from
-- pandas would make them TIMESTAMP_NS.

CREATE TABLE IF NOT EXISTS dim_country (
    country_code   VARCHAR PRIMARY KEY,   -- ISO 3166-1 alpha-3
    name           VARCHAR NOT NULL,
    region         VARCHAR,
    capital        VARCHAR,
    latitude       DOUBLE,
    longitude      DOUBLE
);

CREATE TABLE IF NOT EXISTS dim_actor (
    actor_code     VARCHAR PRIMARY KEY,   -- ISO3 for states, short code for organisations
    name           VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,      -- state | organisation
    country_code   VARCHAR                -- the state itself; NULL for organisations
);

CREATE TABLE IF NOT EXISTS dim_event_type (
    event_type     VARCHAR NOT NULL,      -- visit | treaty | sanctions
    status         VARCHAR NOT NULL,      -- actual | planned | reversed
    cameo          VARCHAR NOT NULL,
    cameo_name     VARCHAR,
    cameo_root     VARCHAR NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      DOUBLE NOT NULL,
    plover_type    VARCHAR,
    plover_mode    VARCHAR,
    description    VARCHAR,
    PRIMARY KEY (event_type, status)
);

CREATE TABLE IF NOT EXISTS dim_date (
    date_key       DATE PRIMARY KEY,
    year           INTEGER NOT NULL,
    quarter        INTEGER NOT NULL,
    month          INTEGER NOT NULL,
    day            INTEGER NOT NULL,
    iso_week       INTEGER NOT NULL,
    day_of_week    VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS dim_location (
    location_key   VARCHAR PRIMARY KEY,   -- hash of (name, country)
    name           VARCHAR NOT NULL,
    country_code   VARCHAR,
    latitude       DOUBLE,
    longitude      DOUBLE
);

-- raw: every distinct article as read, with its text; partition_date is the publication date
-- known at ingest (seed header or feed metadata), which places the article in a daily partition.
CREATE TABLE IF NOT EXISTS raw_article (
    article_id        VARCHAR, -- hash of normalised text (+ url)
    external_id       VARCHAR,             -- the feed's id, or the file name
    text              VARCHAR NOT NULL,
    published         VARCHAR,
    title             VARCHAR,
    url               VARCHAR,
    outlet            VARCHAR,
    source_file       VARCHAR,
    position          INTEGER,
    format            VARCHAR,
    content_hash      VARCHAR NOT NULL,
    near_duplicate_of VARCHAR,
    flags             VARCHAR,
    partition_date    DATE NOT NULL,
    ingested_at       TIMESTAMP NOT NULL
);

-- staging -> mart: one row per article with its dates and dateline (no text).
CREATE TABLE IF NOT EXISTS dim_article (
    article_id        VARCHAR,
    external_id       VARCHAR,
    url               VARCHAR,
    outlet            VARCHAR,
    title             VARCHAR,
    publication_date  DATE,
    publication_date_source VARCHAR,       -- header | metadata | dateline | none
    dateline_place    VARCHAR,
    dateline_country  VARCHAR,
    dateline_date     DATE,
    dateline_agency   VARCHAR,
    dateline_start    INTEGER,
    dateline_end      INTEGER,
    body_start        INTEGER NOT NULL,
    content_hash      VARCHAR NOT NULL,
    near_duplicate_of VARCHAR,
    source_file       VARCHAR,
    position          INTEGER,
    format            VARCHAR,
    flags             VARCHAR,             -- ingest and temporal flags, ';'-joined
    num_timexes       INTEGER NOT NULL,
    partition_date    DATE NOT NULL,
    ingested_at       TIMESTAMP NOT NULL
);

-- Every temporal expression found, with its TIMEX3 value (offsets into raw_article.text).
CREATE TABLE IF NOT EXISTS article_timex (
    article_id     VARCHAR NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_offset     INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    timex_type     VARCHAR NOT NULL,       -- DATE | TIME | DURATION | SET
    value          VARCHAR NOT NULL,
    partition_date DATE NOT NULL
);

CREATE TABLE IF NOT EXISTS article_source (
    article_id     VARCHAR NOT NULL,
    source_file    VARCHAR NOT NULL,
    position       INTEGER NOT NULL,
    url            VARCHAR,
    outlet         VARCHAR,
    is_duplicate   BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS rejected_articles (
    source_file    VARCHAR NOT NULL,
    position       INTEGER NOT NULL,
    reason         VARCHAR NOT NULL,
    excerpt        VARCHAR,
    rejected_at    TIMESTAMP NOT NULL
);

-- One row per sentence-level mention: the provenance of every event.
CREATE TABLE IF NOT EXISTS fact_event_mention (
    mention_id       VARCHAR,  -- hash of (article_id, sentence_index, type, status, source, target)
    article_id       VARCHAR NOT NULL,
    article_event_id VARCHAR NOT NULL,     -- the distinct event within the article
    event_key        VARCHAR,              -- the cross-article fact_event it belongs to
    sentence_index   INTEGER NOT NULL,
    start_offset     INTEGER NOT NULL,
    end_offset       INTEGER NOT NULL,
    evidence         VARCHAR NOT NULL,
    event_type       VARCHAR NOT NULL,
    status           VARCHAR NOT NULL,
    cameo            VARCHAR NOT NULL,
    source_actor     VARCHAR,
    target_actor     VARCHAR,
    parties          VARCHAR[],
    event_date       VARCHAR,              -- ISO, at date_precision
    date_precision   VARCHAR NOT NULL,
    date_source      VARCHAR NOT NULL,
    location_name    VARCHAR,
    location_country VARCHAR,
    confidence       DOUBLE NOT NULL,
    cue              VARCHAR,
    rule             VARCHAR,
    coder_version    VARCHAR NOT NULL,
    partition_date   DATE NOT NULL
);

-- One row per real-world event, deduplicated across articles.
CREATE TABLE IF NOT EXISTS fact_event (
    event_key        VARCHAR,
    event_type       VARCHAR NOT NULL,
    status           VARCHAR NOT NULL,
    cameo            VARCHAR NOT NULL,
    cameo_root       VARCHAR NOT NULL,
    quad_class       INTEGER NOT NULL,
    goldstein        DOUBLE NOT NULL,
    source_actor     VARCHAR,
    target_actor     VARCHAR,
    parties          VARCHAR[],
    event_date       VARCHAR,
    event_day        DATE,                 -- event_date when precision is day, for joins to dim_date
    date_precision   VARCHAR NOT NULL,
    location_key     VARCHAR,
    num_mentions     INTEGER NOT NULL,
    num_articles     INTEGER NOT NULL,
    num_sources      INTEGER NOT NULL,
    first_seen       DATE,
    last_seen        DATE,
    confidence       DOUBLE NOT NULL,
    coder_version    VARCHAR NOT NULL
);

-- The distinct events of one article (the coder's output), bridging mentions and facts.
CREATE TABLE IF NOT EXISTS article_event (
    article_event_id VARCHAR,
    article_id       VARCHAR NOT NULL,
    event_key        VARCHAR,
    event_type       VARCHAR NOT NULL,
    status           VARCHAR NOT NULL,
    cameo            VARCHAR NOT NULL,
    source_actor     VARCHAR,
    target_actor     VARCHAR,
    parties          VARCHAR[],
    event_date       VARCHAR,
    date_precision   VARCHAR NOT NULL,
    date_source      VARCHAR NOT NULL,
    location_name    VARCHAR,
    location_country VARCHAR,
    confidence       DOUBLE NOT NULL,
    num_mentions     INTEGER NOT NULL,
    evidence         VARCHAR NOT NULL,
    evidence_start   INTEGER NOT NULL,
    evidence_end     INTEGER NOT NULL,
    partition_date   DATE NOT NULL
);
