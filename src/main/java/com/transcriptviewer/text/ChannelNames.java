package com.transcriptviewer.text;

/** Human names for the channels the API reports in {@code telnyx_conversation_channel}. */
public final class ChannelNames {

    private ChannelNames() {}

    public static String display(String channel) {
        if (channel == null || channel.isBlank()) {
            return "";
        }
        return switch (channel) {
            case "phone_call" -> "Phone call";
            case "sms_chat" -> "SMS chat";
            case "web_chat" -> "Web chat";
            case "sms" -> "SMS";
            default -> channel.replace('_', ' ');
        };
    }
}
