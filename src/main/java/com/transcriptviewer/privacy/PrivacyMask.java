package com.transcriptviewer.privacy;

import com.transcriptviewer.text.TextMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Privacy mode's mask: hides what the {@link PersonalDataMasker} finds, except the values the reviewer revealed.
 * What was found in a text is remembered (texts are found again and again while the list scrolls), shared by the
 * masks made from this one by revealing, and dropped with them when the mode is switched off. Immutable apart from
 * that memory; thread-safe.
 */
public final class PrivacyMask implements TextMask {

    /** Above this many texts remembered, the memory starts again (a long session of huge conversations). */
    private static final int MAX_REMEMBERED = 200_000;

    private final PersonalDataMasker masker;
    private final Map<String, List<MaskedItem>> found;
    private final Set<String> revealed;

    public PrivacyMask(PersonalDataMasker masker) {
        this(masker, new ConcurrentHashMap<>(), Set.of());
    }

    private PrivacyMask(PersonalDataMasker masker, Map<String, List<MaskedItem>> found, Set<String> revealed) {
        this.masker = Objects.requireNonNull(masker, "masker");
        this.found = found;
        this.revealed = revealed;
    }

    @Override
    public boolean isActive() {
        return true;
    }

    /** The items of {@code text}, found once and remembered. */
    public List<MaskedItem> found(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<MaskedItem> items = found.get(text);
        if (items == null) {
            items = List.copyOf(masker.find(text));
            if (found.size() >= MAX_REMEMBERED) {
                found.clear();
            }
            found.put(text, items);
        }
        return items;
    }

    @Override
    public boolean knows(String text) {
        return text == null || text.isEmpty() || found.containsKey(text);
    }

    @Override
    public void prepare(String text) {
        found(text);
    }

    @Override
    public String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return MaskedItem.apply(text, found(text), revealed);
    }

    @Override
    public List<Item> items(String text) {
        List<MaskedItem> items = found(text);
        if (items.isEmpty()) {
            return List.of();
        }
        List<Item> result = new ArrayList<>(items.size());
        for (MaskedItem item : items) {
            result.add(new Item(item.start(), item.end(), revealed.contains(item.value(text))));
        }
        return result;
    }

    @Override
    public TextMask revealing(String text, int index) {
        for (MaskedItem item : found(text)) {
            if (index >= item.start() && index < item.end() && !revealed.contains(item.value(text))) {
                Set<String> more = new java.util.HashSet<>(revealed);
                more.add(item.value(text));
                return new PrivacyMask(masker, found, Set.copyOf(more));
            }
        }
        return this;
    }

    /** How many values the reviewer has revealed. */
    public int revealedCount() {
        return revealed.size();
    }
}
