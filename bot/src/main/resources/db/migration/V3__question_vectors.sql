-- The report's embedding of each distinct not-found question (by the model that made it), so that a report
-- embeds only the questions that are new since the last one.
CREATE TABLE question_vectors (
    model    TEXT NOT NULL,
    text_key TEXT NOT NULL,
    vector   BLOB NOT NULL,
    PRIMARY KEY (model, text_key)
);
