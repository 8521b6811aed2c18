-- How many tool calls each conversation has (known once it has been loaded whole), for reviewers' progress.
CREATE TABLE conversation_facts (
    conversation_id TEXT    NOT NULL PRIMARY KEY,
    tool_calls      INTEGER NOT NULL,
    recorded_at_us  BIGINT  NOT NULL
);

-- What this computer saved and has not yet sent to the team server, in the order it was saved: a review entry (ref is
-- its event id) or a conversation's tool-call count (ref is the conversation id). Only the embedded database uses it;
-- on a team server it stays empty, as the same scripts run on both.
CREATE TABLE review_outbox (
    seq          BIGINT NOT NULL PRIMARY KEY,
    kind         TEXT   NOT NULL,
    ref          TEXT   NOT NULL,
    queued_at_us BIGINT NOT NULL,
    UNIQUE (kind, ref)
);
