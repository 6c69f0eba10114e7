-- The first schema: the question log, votes on answers, subscriptions.
-- Times are epoch milliseconds (UTC). SQLite dialect; a PostgreSQL port uses BIGINT identity for ids.
CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- The salt of hashed user ids: random per database, so a hash cannot be looked up in another one.
INSERT INTO settings (name, value) VALUES ('user_salt', lower(hex(randomblob(16))));

CREATE TABLE question_log (
    id            INTEGER PRIMARY KEY,
    answer_id     TEXT,
    asked_at      INTEGER NOT NULL,
    front_end     TEXT    NOT NULL,
    question      TEXT    NOT NULL,
    found         INTEGER NOT NULL,
    mode          TEXT,
    latency_ms    INTEGER NOT NULL,
    answer        TEXT,
    article_id    TEXT,
    article_title TEXT,
    article_ids   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX question_log_asked_at ON question_log (asked_at);
CREATE INDEX question_log_answer_id ON question_log (answer_id);

CREATE TABLE votes (
    answer_id   TEXT    NOT NULL,
    user_hash   TEXT    NOT NULL,
    vote        INTEGER NOT NULL,
    question    TEXT    NOT NULL,
    answer      TEXT    NOT NULL,
    mode        TEXT,
    article_ids TEXT    NOT NULL DEFAULT '',
    front_end   TEXT    NOT NULL,
    voted_at    INTEGER NOT NULL,
    PRIMARY KEY (answer_id, user_hash)
);
CREATE INDEX votes_voted_at ON votes (voted_at);

CREATE TABLE subscriptions (
    front_end     TEXT    NOT NULL,
    chat_id       TEXT    NOT NULL,
    subscribed_at INTEGER NOT NULL,
    PRIMARY KEY (front_end, chat_id)
);
