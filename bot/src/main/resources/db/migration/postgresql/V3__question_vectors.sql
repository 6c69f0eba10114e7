-- PostgreSQL dialect of ../V3__question_vectors.sql.
CREATE TABLE question_vectors (
    model    TEXT  NOT NULL,
    text_key TEXT  NOT NULL,
    vector   BYTEA NOT NULL,
    PRIMARY KEY (model, text_key)
);
