package com.transcriptviewer.conversations;

import com.transcriptviewer.api.ConversationQuery;
import com.transcriptviewer.api.ConversationQuery.Condition;
import com.transcriptviewer.api.ConversationQuery.Field;
import com.transcriptviewer.api.ConversationQuery.Operator;
import com.transcriptviewer.model.Conversation;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the user typed into the browser's filter fields, turned into the API's PostgREST query. Blank fields are left
 * out; a date range covers whole days in the zone times are shown in.
 *
 * @param name          part of the conversation's name (case as typed)
 * @param assistantId   exact assistant id
 * @param phone         a number that is either the agent's or the end user's target
 * @param channel       exact channel ({@code phone_call}, {@code sms_chat}...)
 * @param dateField     which time the range applies to
 * @param from          first day included, or null
 * @param to            last day included, or null
 * @param metadataKey   a custom metadata key ...
 * @param metadataValue ... and the value it must equal
 * @param sort          newest first by this time
 */
public record BrowseFilter(
        String name,
        String assistantId,
        String phone,
        String channel,
        DateField dateField,
        LocalDate from,
        LocalDate to,
        String metadataKey,
        String metadataValue,
        DateField sort) {

    /** The two times a conversation has. */
    public enum DateField {
        CREATED(Field.CREATED_AT, "Created"),
        LAST_MESSAGE(Field.LAST_MESSAGE_AT, "Last message");

        private final Field field;
        private final String displayName;

        DateField(Field field, String displayName) {
            this.field = field;
            this.displayName = displayName;
        }

        public Field field() {
            return field;
        }

        public String displayName() {
            return displayName;
        }
    }

    public BrowseFilter {
        name = clean(name);
        assistantId = clean(assistantId);
        phone = clean(phone);
        channel = clean(channel);
        metadataKey = clean(metadataKey);
        metadataValue = clean(metadataValue);
        dateField = dateField == null ? DateField.CREATED : dateField;
        sort = sort == null ? DateField.CREATED : sort;
    }

    public static BrowseFilter none() {
        return new BrowseFilter("", "", "", "", DateField.CREATED, null, null, "", "", DateField.CREATED);
    }

    /** The query for the first {@code limit} conversations, newest first. */
    public ConversationQuery toQuery(int limit, ZoneId zone) {
        ConversationQuery query = ConversationQuery.all();
        if (!name.isEmpty()) {
            query = query.like(Field.NAME, "%" + name + "%");
        }
        if (!assistantId.isEmpty()) {
            query = query.metadataEq(Conversation.ASSISTANT_ID, assistantId);
        }
        if (!phone.isEmpty()) {
            query = query.or(
                    Condition.of(Field.metadata(Conversation.AGENT_TARGET), Operator.EQ, phone),
                    Condition.of(Field.metadata(Conversation.END_USER_TARGET), Operator.EQ, phone));
        }
        if (!channel.isEmpty()) {
            query = query.metadataEq(Conversation.CHANNEL, channel);
        }
        if (from != null) {
            query = query.gte(dateField.field(), from.atStartOfDay(zone).toInstant());
        }
        if (to != null) {
            query = query.lte(
                    dateField.field(),
                    to.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1));
        }
        if (!metadataKey.isEmpty() && !metadataValue.isEmpty()) {
            query = query.metadataEq(metadataKey, metadataValue);
        }
        return query.order(sort.field(), false).limit(limit);
    }

    /** How many filters are set, for the "Filters (2)" heading. */
    public int activeCount() {
        int count = 0;
        for (String value : new String[] {assistantId, phone, channel}) {
            count += value.isEmpty() ? 0 : 1;
        }
        count += from != null || to != null ? 1 : 0;
        count += !metadataKey.isEmpty() && !metadataValue.isEmpty() ? 1 : 0;
        return count;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
