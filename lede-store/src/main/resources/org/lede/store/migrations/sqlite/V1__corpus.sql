-- The corpus: one row per article holding its lede/1 document, and the rows that answer queries across
-- articles. seq grows with every write, so the Lucene index knows which articles it has yet to index.
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    title TEXT,
    outlet TEXT,
    outlet_key TEXT,
    published TEXT,
    dateline TEXT,
    origin TEXT,
    lead TEXT NOT NULL,
    document TEXT NOT NULL,
    stored_at TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles (outlet_key);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE entities (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);

-- Every name an entity goes by in an article, the canonical name included.
CREATE TABLE entity_names (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, name_key)
);
CREATE INDEX entity_names_key ON entity_names (name_key);

-- How an article describes an entity; kind 'role' comes from entities[].roles.
CREATE TABLE entity_labels (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    label TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX entity_labels_entity ON entity_labels (article_id, entity_id);

CREATE TABLE quotes (
    article_id TEXT NOT NULL,
    quote_id TEXT NOT NULL,
    text TEXT NOT NULL,
    direct INTEGER NOT NULL,
    cue TEXT,
    speaker_entity TEXT,
    speaker_name TEXT,
    channel TEXT,
    PRIMARY KEY (article_id, quote_id)
);
CREATE INDEX quotes_speaker ON quotes (article_id, speaker_entity);

-- Each claim's provenance chain, outlet first.
CREATE TABLE quote_links (
    article_id TEXT NOT NULL,
    quote_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    entity_id TEXT,
    text TEXT NOT NULL,
    text_key TEXT NOT NULL,
    PRIMARY KEY (article_id, quote_id, position)
);
CREATE INDEX quote_links_entity ON quote_links (article_id, entity_id);

CREATE TABLE timex (
    article_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    type TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX timex_value ON timex (value);
