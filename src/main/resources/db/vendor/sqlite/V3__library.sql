-- The local library: conversations kept on this computer with their messages, one row per tool call, a full-text
-- index over what was said and called, and the sync's resumable state. SQLite only (FTS5); the team server's
-- version 3 creates nothing. Times are microseconds since 1970-01-01 UTC, as in the review tables.

-- A kept conversation: what the API listed for it and when this computer kept and last refreshed it.
CREATE TABLE library_conversation (
    conversation_id    TEXT    NOT NULL PRIMARY KEY,
    name               TEXT,
    assistant_id       TEXT    NOT NULL DEFAULT '',
    assistant_version  TEXT    NOT NULL DEFAULT '',
    channel            TEXT    NOT NULL DEFAULT '',
    metadata           TEXT    NOT NULL DEFAULT '{}',
    created_at_us      BIGINT,
    last_message_at_us BIGINT,
    message_count      INTEGER NOT NULL,
    kept_at_us         BIGINT  NOT NULL,
    refreshed_at_us    BIGINT  NOT NULL,
    gone_at_us         BIGINT
);

CREATE INDEX library_conversation_by_created ON library_conversation (created_at_us);
CREATE INDEX library_conversation_by_assistant ON library_conversation (assistant_id, created_at_us);
CREATE INDEX library_conversation_by_kept ON library_conversation (kept_at_us);

-- Every message of a kept conversation, in order. id is the full-text index's row id.
CREATE TABLE library_message (
    id              INTEGER PRIMARY KEY,
    conversation_id TEXT    NOT NULL REFERENCES library_conversation (conversation_id) ON DELETE CASCADE,
    message_index   INTEGER NOT NULL,
    message_id      TEXT,
    role            TEXT    NOT NULL,
    sent_at_us      BIGINT,
    text            TEXT,
    raw_json        TEXT,
    UNIQUE (conversation_id, message_index)
);

-- One row per tool call, for search and analytics: the call, whether its arguments are JSON, what the definition
-- check found (when the conversation was checked), and the result that answered it (paired as the transcript pairs
-- them: the nearest earlier message with an unanswered call).
CREATE TABLE library_tool_call (
    message_row          INTEGER NOT NULL REFERENCES library_message (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    conversation_id      TEXT    NOT NULL,
    message_index        INTEGER NOT NULL,
    call_id              TEXT    NOT NULL,
    function_name        TEXT    NOT NULL,
    arguments            TEXT    NOT NULL,
    arguments_valid_json INTEGER NOT NULL,
    check_status         TEXT,
    called_at_us         BIGINT,
    result_index         INTEGER,
    result_at_us         BIGINT,
    result_error         INTEGER,
    PRIMARY KEY (message_row, position)
);

CREATE INDEX library_tool_call_by_function ON library_tool_call (function_name, called_at_us);
CREATE INDEX library_tool_call_by_time ON library_tool_call (called_at_us);
CREATE INDEX library_tool_call_by_conversation ON library_tool_call (conversation_id, message_index);

-- What the full-text index reads for a message: its text, the names of the functions it calls and their arguments.
CREATE VIEW library_search_content AS
SELECT m.id                                                                          AS id,
       m.conversation_id                                                             AS conversation_id,
       m.text                                                                        AS text,
       (SELECT group_concat(t.function_name, ' ') FROM library_tool_call t WHERE t.message_row = m.id) AS functions,
       (SELECT group_concat(t.arguments, ' ') FROM library_tool_call t WHERE t.message_row = m.id)     AS arguments
FROM library_message m;

-- The full-text index (external content: it stores the index only and reads snippets from the view). The library
-- store adds a message's entry after its tool calls and deletes it before the message, with the same values.
CREATE VIRTUAL TABLE library_search USING fts5 (
    text,
    functions,
    arguments,
    content = 'library_search_content',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- A sync: what it asks for (as JSON: since, until, assistant, channel, filters), and how far it got.
CREATE TABLE library_sync (
    sync_id        INTEGER PRIMARY KEY,
    request        TEXT    NOT NULL,
    state          TEXT    NOT NULL,
    started_at_us  BIGINT  NOT NULL,
    updated_at_us  BIGINT  NOT NULL,
    finished_at_us BIGINT
);

-- Each conversation a sync listed: pending until kept (done), gone (404) or failed; kept in the same transaction as
-- the conversation, so a resumed sync fetches each conversation once.
CREATE TABLE library_sync_item (
    sync_id         INTEGER NOT NULL REFERENCES library_sync (sync_id) ON DELETE CASCADE,
    conversation_id TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    messages        INTEGER NOT NULL DEFAULT 0,
    problem         TEXT,
    PRIMARY KEY (sync_id, conversation_id)
);

CREATE INDEX library_sync_item_by_state ON library_sync_item (sync_id, state);
