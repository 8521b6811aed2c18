package com.transcriptviewer.demo;

import java.time.Instant;

/**
 * One line of the demo conversation list as the app's side list shows it.
 *
 * @param id            the conversation id (a UUID)
 * @param title         the conversation's name, or a stand-in when it has none
 * @param channel       {@code telnyx_conversation_channel} ({@code phone_call}, {@code sms_chat}, ...)
 * @param messageCount  how many messages the server holds for it
 * @param lastMessageAt time of the last message, null when the conversation has none
 */
public record DemoConversationSummary(
        String id, String title, String channel, int messageCount, Instant lastMessageAt) {}
