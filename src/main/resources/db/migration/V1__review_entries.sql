-- Reviews kept on this computer. The same script runs on the embedded SQLite database and on a team's PostgreSQL
-- server, so it keeps to SQL both understand. Times are microseconds since 1970-01-01 UTC (PostgreSQL's own
-- precision), as integers that sort and compare the same on both.

-- Every saved judgement, never changed or deleted: an item's history is its entries in time order.
CREATE TABLE review_entry (
    event_id        TEXT    NOT NULL PRIMARY KEY,
    conversation_id TEXT    NOT NULL,
    item_key        TEXT    NOT NULL,
    identity        TEXT    NOT NULL,
    tool_call_id    TEXT    NOT NULL,
    message_index   INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    function_name   TEXT    NOT NULL,
    reviewer        TEXT    NOT NULL,
    verdict         TEXT,
    note            TEXT    NOT NULL,
    labels          TEXT    NOT NULL,
    check_status    TEXT,
    saved_at_us     BIGINT  NOT NULL
);

CREATE INDEX review_entry_by_item ON review_entry (conversation_id, item_key, saved_at_us);
CREATE INDEX review_entry_by_time ON review_entry (saved_at_us);

-- Each reviewer's latest entry on each item, kept as entries are saved (a late-arriving older entry never replaces a
-- newer one), so that a conversation's verdicts and a reviewer's progress are index reads. entry is that entry whole,
-- as a JSON object with the fields of review_entry, so that a conversation's verdicts are read from this table alone.
CREATE TABLE review_current (
    conversation_id TEXT   NOT NULL,
    item_key        TEXT   NOT NULL,
    reviewer        TEXT   NOT NULL,
    event_id        TEXT   NOT NULL REFERENCES review_entry (event_id),
    saved_at_us     BIGINT NOT NULL,
    verdict         TEXT,
    entry           TEXT   NOT NULL,
    PRIMARY KEY (conversation_id, item_key, reviewer)
);

CREATE INDEX review_current_by_reviewer ON review_current (reviewer, conversation_id);

-- Every label used on a conversation so far, for completion.
CREATE TABLE review_label (
    label TEXT NOT NULL PRIMARY KEY
);
