-- PostgreSQL dialect of ../V4__claims_leases.sql. Several replicas on one database: a chat event is answered by the replica that claims its id first; a front end
-- that must run once (Telegram's long polling) runs in the replica holding its lease; an announcement being sent
-- is claimed for a while so that another replica does not send it too.
CREATE TABLE event_claims (
    source     TEXT    NOT NULL,
    event_id   TEXT    NOT NULL,
    claimed_at BIGINT  NOT NULL,
    PRIMARY KEY (source, event_id)
);
CREATE INDEX event_claims_claimed_at ON event_claims (claimed_at);

CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT    NOT NULL,
    expires_at BIGINT  NOT NULL
);

ALTER TABLE deliveries ADD COLUMN claimed_until BIGINT;
