package com.transcriptviewer.analytics;

import static com.transcriptviewer.library.LibraryMessages.call;
import static com.transcriptviewer.library.LibraryMessages.conversation;
import static com.transcriptviewer.library.LibraryMessages.read;
import static com.transcriptviewer.library.LibraryMessages.text;

import com.transcriptviewer.library.LibraryStore;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A small library counted by hand: three conversations of two assistants over two days (UTC), six tool calls of three
 * functions. lookup_order: 3 calls, all answered (2 s with an error, 300 ms, 6 s). book_table: 2 calls, both problems
 * (arguments that are not JSON, answered with an error after 1 s; arguments the definition check found wrong, never
 * answered). transfer: 1 call, answered in 100 ms.
 */
final class HandCountedLibrary {

    private HandCountedLibrary() {}

    /** Opens a library at {@code file} and keeps the set in it. */
    static LibraryStore keep(Path file) throws Exception {
        LibraryStore library = LibraryStore.open(file);
        Instant kept = Instant.parse("2026-03-10T00:00:00Z");
        library.keep(
                conversation("conv-a", "asst-1", "phone_call", Instant.parse("2026-03-02T09:00:00Z")),
                "v1",
                read(
                        call("call_a1", "lookup_order", "{\"order_id\": \"A-1\"}", "2026-03-02T09:00:02Z"),
                        text("tool", "{\"status\": \"failed\", \"error\": \"order locked\"}", "2026-03-02T09:00:04Z"),
                        call("call_a2", "lookup_order", "{\"order_id\": \"A-2\"}", "2026-03-02T09:01:00Z"),
                        text("tool", "{\"status\": \"shipped\"}", "2026-03-02T09:01:00.300Z"),
                        call("call_a3", "book_table", "{party", "2026-03-02T09:02:00Z"),
                        text("tool", "Error: bad request", "2026-03-02T09:02:01Z")),
                kept);
        library.keep(
                conversation("conv-b", "asst-1", "phone_call", Instant.parse("2026-03-03T10:00:00Z")),
                "v2",
                read(
                        call("call_b1", "book_table", "{\"party_size\": \"four\"}", "2026-03-03T10:00:00Z"),
                        call("call_b2", "lookup_order", "{\"order_id\": \"B-1\"}", "2026-03-03T10:00:10Z"),
                        text("tool", "{\"status\": \"ok\"}", "2026-03-03T10:00:16Z")),
                kept);
        library.recordCheck("conv-b", 0, 0, "schema_mismatch");
        library.keep(
                conversation("conv-c", "asst-2", "web_chat", Instant.parse("2026-03-03T11:00:00Z")),
                "",
                read(
                        call("call_c1", "transfer", "{\"to\": \"+13125550100\"}", "2026-03-03T11:00:00Z"),
                        text("tool", "Transferring now.", "2026-03-03T11:00:00.100Z")),
                kept);
        return library;
    }
}
