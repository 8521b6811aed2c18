-- The library's search, version 4: the full-text index walks its matches newest first and the app ranks a bounded
-- number of them itself, so the index keeps no column sizes for SQLite's BM25 (columnsize = 0); the search's filters
-- are words of the index's fourth column, tags, so that a filter is matched inside the index as its words are; and the
-- words the index holds are listed in library_term, so that a prefix is read as the words it stands for.
--
-- A message's tags, each one word: ro + its role, ch + its conversation's channel, as + its conversation's assistant
-- (each the hex of the value's UTF-8, lower-cased by the index), dy + its day, mo + its month and yr + its year (UTC,
-- from sent_at, else the conversation's creation), fn + each function it calls, fr + the function whose call its
-- result answers (tool messages). The app writes the same words for a filter (library.SearchTags).

DROP TABLE library_search;
DROP VIEW library_search_content;

CREATE VIEW library_search_content AS
SELECT m.id                                                                                      AS id,
       m.conversation_id                                                                         AS conversation_id,
       m.text                                                                                    AS text,
       (SELECT group_concat(t.function_name, ' ') FROM library_tool_call t WHERE t.message_row = m.id) AS functions,
       (SELECT group_concat(t.arguments, ' ') FROM library_tool_call t WHERE t.message_row = m.id)     AS arguments,
       'ro' || hex(lower(m.role)) || ' ch' || hex(c.channel) || ' as' || hex(c.assistant_id)
           || coalesce(' dy' || strftime('%Y%m%d', coalesce(m.sent_at_us, c.created_at_us) / 1000000, 'unixepoch')
                       || ' mo' || strftime('%Y%m', coalesce(m.sent_at_us, c.created_at_us) / 1000000, 'unixepoch')
                       || ' yr' || strftime('%Y', coalesce(m.sent_at_us, c.created_at_us) / 1000000, 'unixepoch'), '')
           || coalesce((SELECT ' ' || group_concat('fn' || hex(t.function_name), ' ')
                        FROM library_tool_call t WHERE t.message_row = m.id), '')
           || CASE
                  WHEN lower(m.role) = 'tool' THEN coalesce(
                          (SELECT ' ' || group_concat('fr' || hex(t.function_name), ' ')
                           FROM library_tool_call t
                           WHERE t.conversation_id = m.conversation_id AND t.result_index = m.message_index), '')
                  ELSE '' END                                                                    AS tags
FROM library_message m
         JOIN library_conversation c ON c.conversation_id = m.conversation_id;

CREATE VIRTUAL TABLE library_search USING fts5 (
    text,
    functions,
    arguments,
    tags,
    content = 'library_search_content',
    content_rowid = 'id',
    columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO library_search (library_search) VALUES ('rebuild');

-- Every word of the index's text, functions and arguments (not tags). A word whose messages were all removed stays:
-- a prefix read as it finds nothing more.
CREATE TABLE library_term (
    term TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

CREATE VIRTUAL TABLE temp.library_term_vocabulary USING fts5vocab(main, library_search, col);
INSERT INTO library_term (term) SELECT DISTINCT term FROM temp.library_term_vocabulary WHERE col <> 'tags';
DROP TABLE temp.library_term_vocabulary;
