package com.transcriptviewer.demo;

import com.transcriptviewer.model.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages of one demo conversation, oldest first, read by index. Large conversations compute each message from
 * its index instead of holding thousands of records, so generating the demo data at launch stays cheap.
 */
interface MessageSource {

    int size();

    Message get(int index);

    /** Messages {@code from} (inclusive) to {@code to} (exclusive), clipped to the conversation. */
    default List<Message> slice(int from, int to) {
        int start = Math.max(0, from);
        int end = Math.min(size(), to);
        List<Message> messages = new ArrayList<>(Math.max(0, end - start));
        for (int i = start; i < end; i++) {
            messages.add(get(i));
        }
        return messages;
    }

    static MessageSource of(List<Message> messages) {
        List<Message> copy = List.copyOf(messages);
        return new MessageSource() {
            @Override
            public int size() {
                return copy.size();
            }

            @Override
            public Message get(int index) {
                return copy.get(index);
            }
        };
    }
}
