-- Version 3 is the local library (conversations kept on this computer, their messages, tool calls and full-text
-- index). It lives in the embedded SQLite database only: a team server holds reviews, not transcripts, so on PostgreSQL
-- this version creates nothing. It exists so that both databases count the same versions.
SELECT 1;
