package com.transcriptviewer.library;

/**
 * How much the library keeps: conversations (of which the API no longer has {@code gone}), messages, tool calls, and
 * the database file's size on disk (with its write-ahead log), which it shares with the reviews.
 */
public record LibraryCounts(long conversations, long gone, long messages, long toolCalls, long diskBytes) {}
