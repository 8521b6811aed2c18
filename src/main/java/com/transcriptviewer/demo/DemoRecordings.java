package com.transcriptviewer.demo;

import static com.transcriptviewer.demo.JsonTree.object;

import com.transcriptviewer.model.Conversation;
import com.transcriptviewer.model.Message;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The demo's call recordings and their pre-signed download links. Phone calls are recorded, each its own way so that
 * every path of finding one is taken: Northwind's billing call has two recordings (before and after the transfer,
 * both dual-channel), Lakeside's booking one single-channel recording, the roadside call one whose call id is not the
 * conversation's (found by time and number) and that started after the assistant's greeting. Bistro Verde's call and
 * the 10,000-message account review have none. The audio follows each conversation's timing ({@link DemoAudio}).
 *
 * <p>Links expire after {@link #LINK_LIFETIME} as Telnyx's do, and {@link #refuseLinksIssuedSoFar()} lets a test
 * make every link handed out so far be refused, as an expired one is.
 */
final class DemoRecordings {

    /** Short, so that playing a demo call a while after opening it asks for a fresh link. */
    static final Duration LINK_LIFETIME = Duration.ofSeconds(60);

    private final Map<String, DemoRecording> byId = new LinkedHashMap<>();
    private final Map<String, List<Message>> messagesByRecording = new LinkedHashMap<>();
    private final byte[] signingKey = new byte[32];
    private final AtomicInteger generation = new AtomicInteger();
    private volatile int oldestValidGeneration;
    private final Clock clock;

    /** One recording and the conversation it is of. */
    record DemoRecording(
            String id,
            String conversationId,
            String callControlId,
            String callLegId,
            String callSessionId,
            boolean dual,
            Instant startedAt,
            long durationMillis,
            String from,
            String to) {

        Instant endedAt() {
            return startedAt.plusMillis(durationMillis);
        }

        Instant createdAt() {
            return endedAt().plusMillis(1_850);
        }
    }

    DemoRecordings(DemoData data, Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(signingKey);
        record(data, DemoData.BILLING_TRANSFER_ID, true, 0, false);
        record(data, DemoData.APPOINTMENT_BOOKING_ID, false, 0, false);
        record(data, DemoData.ROADSIDE_HANDOFF_ID, true, 2_400, true);
    }

    /**
     * Records a conversation's call.
     *
     * @param lateMillis how long after the first message the recording started
     * @param otherLeg the recording names another call leg than the conversation's metadata (found by time only)
     */
    private void record(DemoData data, String conversationId, boolean dual, long lateMillis, boolean otherLeg) {
        Conversation conversation = data.conversation(conversationId).orElseThrow();
        List<Message> messages = data.messages(conversationId);
        Random random = new Random(conversationId.hashCode() * 31L);
        Instant first = messages.get(0).displayTime();
        Instant start = first.minusMillis(1_200).plusMillis(lateMillis);
        String callControlId = otherLeg
                ? DemoIds.callControlId(random)
                : String.valueOf(conversation.metadata().get(Conversation.CALL_CONTROL_ID));
        String session = uuid(random);
        String from = conversation.endUserTarget();
        String to = conversation.agentTarget();
        // Every recording of this call names the same call, session, channels and caller; each has an id and a leg.
        Leg leg = (begin, millis, callee) -> new DemoRecording(
                uuid(random), conversationId, callControlId, uuid(random), session, dual, begin, millis, from, callee);
        if (conversationId.equals(DemoData.BILLING_TRANSFER_ID)) {
            // Up to the transfer, then the billing team's leg after it, on the same call.
            Instant transfer = messages.get(messages.size() - 1).displayTime().plusMillis(2_000);
            add(leg.recorded(start, Duration.between(start, transfer).toMillis(), to), messages);
            add(leg.recorded(transfer.plusMillis(3_000), 14_000, "+13125550123"), List.of());
            return;
        }
        add(leg.recorded(start, DemoAudio.durationMillis(messages, start), to), messages);
    }

    /** One recording of the call being recorded: when it starts, how long it lasts, whom it reaches. */
    @FunctionalInterface
    private interface Leg {
        DemoRecording recorded(Instant start, long durationMillis, String to);
    }

    private void add(DemoRecording recording, List<Message> messages) {
        byId.put(recording.id(), recording);
        messagesByRecording.put(recording.id(), messages);
    }

    List<DemoRecording> all() {
        return List.copyOf(byId.values());
    }

    Optional<DemoRecording> recording(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every recording of a conversation, in order. */
    List<DemoRecording> of(String conversationId) {
        return byId.values().stream()
                .filter(r -> r.conversationId().equals(conversationId))
                .toList();
    }

    /** The recording as the API serves it, with fresh links on {@code origin} ({@code http://127.0.0.1:port}). */
    Map<String, Object> toWire(DemoRecording recording, String origin) {
        Map<String, Object> urls = object("wav", link(recording.id(), origin));
        return object(
                "id",
                recording.id(),
                "record_type",
                "recording",
                "call_control_id",
                recording.callControlId(),
                "call_leg_id",
                recording.callLegId(),
                "call_session_id",
                recording.callSessionId(),
                "channels",
                recording.dual() ? "dual" : "single",
                "download_urls",
                urls,
                "duration_millis",
                recording.durationMillis(),
                "recording_started_at",
                recording.startedAt().toString(),
                "recording_ended_at",
                recording.endedAt().toString(),
                "created_at",
                recording.createdAt().toString(),
                "from",
                recording.from(),
                "to",
                recording.to(),
                "source",
                "call",
                "status",
                "completed");
    }

    /** The audio behind a link, or empty when the link is not one this server signed, or has expired. */
    Optional<byte[]> audio(String id, String expires, String gen, String signature) {
        DemoRecording recording = byId.get(id);
        if (recording == null || expires == null || gen == null || signature == null) {
            return Optional.empty();
        }
        long expiresAt;
        int linkGeneration;
        try {
            expiresAt = Long.parseLong(expires);
            linkGeneration = Integer.parseInt(gen);
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
        byte[] expected = sign(id, expiresAt, linkGeneration).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))
                || clock.millis() > expiresAt
                || linkGeneration < oldestValidGeneration) {
            return Optional.empty();
        }
        List<Message> messages = messagesByRecording.get(id);
        return Optional.of(
                DemoAudio.wav(messages, recording.startedAt(), recording.durationMillis(), recording.dual()));
    }

    /** Every link handed out so far is refused from now on, as if it had expired. */
    void refuseLinksIssuedSoFar() {
        oldestValidGeneration = generation.incrementAndGet();
    }

    private String link(String id, String origin) {
        long expires = clock.millis() + LINK_LIFETIME.toMillis();
        int gen = generation.get();
        return origin + "/v2/recordings/" + id + "/download.wav?expires=" + expires + "&gen=" + gen + "&signature="
                + sign(id, expires, gen);
    }

    private String sign(String id, long expires, int gen) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "|" + expires + "|" + gen).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String uuid(Random random) {
        return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }

    static List<DemoRecording> matching(List<DemoRecording> all, Map<String, String> filters) {
        List<DemoRecording> found = new ArrayList<>();
        for (DemoRecording recording : all) {
            if (matches(recording, filters)) {
                found.add(recording);
            }
        }
        return found;
    }

    private static boolean matches(DemoRecording r, Map<String, String> filters) {
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            String value = filter.getValue();
            boolean ok = switch (filter.getKey()) {
                case "filter[call_control_id]" -> value.equals(r.callControlId());
                case "filter[call_leg_id]" -> value.equals(r.callLegId());
                case "filter[call_session_id]" -> value.equals(r.callSessionId());
                case "filter[from]" -> value.equals(r.from());
                case "filter[to]" -> value.equals(r.to());
                case "filter[created_at][gte]" -> !r.createdAt().isBefore(Instant.parse(value));
                case "filter[created_at][lte]" -> !r.createdAt().isAfter(Instant.parse(value));
                default -> true;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
