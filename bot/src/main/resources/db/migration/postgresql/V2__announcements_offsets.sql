-- PostgreSQL dialect of ../V2__announcements_offsets.sql.
CREATE TABLE announcements (
    issue_id   TEXT PRIMARY KEY,
    issue_date TEXT,
    found_at   BIGINT  NOT NULL,
    -- 1: an issue that was already there (first start) or older than one announced; recorded, not sent
    baseline   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE deliveries (
    issue_id   TEXT   NOT NULL,
    front_end  TEXT   NOT NULL,
    chat_id    TEXT   NOT NULL,
    -- pending, sent, blocked (the chat blocked the bot or is gone), superseded (a newer issue came first)
    state      TEXT   NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (issue_id, front_end, chat_id)
);
CREATE INDEX deliveries_pending ON deliveries (front_end, state);

CREATE TABLE update_offsets (
    source       TEXT PRIMARY KEY,
    last_handled BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
