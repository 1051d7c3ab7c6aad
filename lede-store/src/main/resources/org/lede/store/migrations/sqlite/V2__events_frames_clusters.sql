-- The layers lede/1 gained after V1: events, persuasion techniques (frames) and the labels the framing layer
-- attaches to entities, with their voice and polarity; and the clusters of articles that report one event.
-- Articles stored before this migration get their rows from their stored documents as it is applied.

-- One row per event. event_date is when it happened as far as the article tells: the event's resolved time
-- when that is a date, else the publication date. place_key is the place's canonical name as a key.
CREATE TABLE events (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    code TEXT NOT NULL,
    trigger_text TEXT NOT NULL,
    actor_entity TEXT,
    actor_text TEXT,
    target_entity TEXT,
    target_text TEXT,
    place_entity TEXT,
    place_text TEXT,
    place_key TEXT,
    time_text TEXT,
    time_value TEXT,
    event_date TEXT,
    counts TEXT NOT NULL,
    quote_id TEXT,
    modality TEXT NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_type ON events (type, event_date);
CREATE INDEX events_place ON events (place_key);
CREATE INDEX events_date ON events (event_date);

-- One row per stretch using a persuasion technique.
CREATE TABLE frames (
    article_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    technique TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    score REAL NOT NULL,
    target_entity TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX frames_technique ON frames (technique, article_id);

-- kind 'label' rows come from entities[].labels: whose words they are and what they do to its standing.
ALTER TABLE entity_labels ADD COLUMN voice TEXT;
ALTER TABLE entity_labels ADD COLUMN polarity TEXT;

-- Clusters of two or more articles that report the same event (org.lede.cluster.ArticleClusterer), recomputed
-- over a date window after each ingest run. A cluster's id is its first article's id, so it stays put while
-- later reports join it.
CREATE TABLE clusters (
    cluster_id TEXT PRIMARY KEY,
    first_published TEXT NOT NULL,
    last_published TEXT NOT NULL,
    articles INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    event_type TEXT,
    event_code TEXT,
    computed_at TEXT NOT NULL
);
CREATE INDEX clusters_published ON clusters (last_published);
CREATE TABLE cluster_articles (
    article_id TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL
);
CREATE INDEX cluster_articles_cluster ON cluster_articles (cluster_id);
