package com.transcriptviewer.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the personal data in a text and masks it: phone numbers (libphonenumber), e-mail addresses, payment card
 * numbers, IBANs, US social security numbers and the values of JSON keys that name secrets or personal data. The
 * masked text has the same length as the text. Stateless apart from the regions it tries; thread-safe.
 */
public final class PersonalDataMasker {

    private final PhoneNumbers phones;

    /** Tries phone numbers written without a country code in the common regions only. */
    public PersonalDataMasker() {
        this(List.of());
    }

    /** @param regions region codes ("DE") to try first for numbers written without a country code */
    public PersonalDataMasker(List<String> regions) {
        this.phones = new PhoneNumbers(Objects.requireNonNull(regions, "regions"));
    }

    /**
     * A masker that tries first the regions of {@code knownNumbers} (the conversation's own numbers, written with
     * their country codes; others are ignored).
     */
    public static PersonalDataMasker forNumbers(Collection<String> knownNumbers) {
        List<String> regions = new ArrayList<>();
        for (String number : knownNumbers) {
            String region = PhoneNumbers.regionOf(number);
            if (region != null && !regions.contains(region)) {
                regions.add(region);
            }
        }
        return new PersonalDataMasker(regions);
    }

    /**
     * Loads what finding phone numbers needs (libphonenumber and the common regions' metadata, most of a second on a
     * busy core) so that the first mask shown does not wait for it. Blocking: call it on a background thread.
     */
    public static void warmUp() {
        PhoneNumbers.warmUp();
    }

    /** The items of personal data in {@code text}, in order, none overlapping. */
    public List<MaskedItem> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> keyValues = new ArrayList<>();
        SecretKeys.find(text, keyValues::add);
        // The specific kinds in priority order: a card number is not also a phone number.
        List<Finding> specific = new ArrayList<>();
        List<Finding> all = new ArrayList<>();
        DataPatterns.find(text, all::add);
        phones.find(text, all::add);
        all.sort(Comparator.comparingInt((Finding f) -> f.kind().ordinal()).thenComparingInt(Finding::start));
        for (Finding finding : all) {
            if (specific.stream().noneMatch(finding::overlaps)) {
                specific.add(finding);
            }
        }
        if (keyValues.isEmpty() && specific.isEmpty()) {
            return List.of();
        }
        return merge(text, keyValues, specific);
    }

    /**
     * One item per stretch the findings cover together. A key's value is hidden whole, except the hint of a specific
     * kind found inside it (the last four digits of a card in {@code "card_number"}).
     */
    private static List<MaskedItem> merge(String text, List<Finding> keyValues, List<Finding> specific) {
        List<Finding> ordered = new ArrayList<>(keyValues);
        ordered.addAll(specific);
        ordered.sort(Comparator.comparingInt(Finding::start));
        List<MaskedItem> items = new ArrayList<>();
        int index = 0;
        while (index < ordered.size()) {
            int start = ordered.get(index).start();
            int end = ordered.get(index).end();
            int next = index + 1;
            while (next < ordered.size() && ordered.get(next).start() < end) {
                end = Math.max(end, ordered.get(next).end());
                next++;
            }
            char[] masked = text.substring(start, end).toCharArray();
            List<Finding> group = ordered.subList(index, next);
            // Key values first, then the specific kinds over them, so their hints show.
            group.stream().filter(f -> f.kind() == Finding.Kind.KEY_VALUE).forEach(f -> paint(masked, start, f));
            group.stream().filter(f -> f.kind() != Finding.Kind.KEY_VALUE).forEach(f -> paint(masked, start, f));
            items.add(new MaskedItem(start, end, new String(masked), kindOf(group)));
            index = next;
        }
        return items;
    }

    private static void paint(char[] masked, int offset, Finding finding) {
        finding.masked().getChars(0, finding.masked().length(), masked, finding.start() - offset);
    }

    private static String kindOf(List<Finding> group) {
        Finding.Kind kind = group.stream()
                .map(Finding::kind)
                .filter(k -> k != Finding.Kind.KEY_VALUE)
                .findFirst()
                .orElse(Finding.Kind.KEY_VALUE);
        return switch (kind) {
            case KEY_VALUE -> "secret value";
            case CARD -> "card number";
            case IBAN -> "IBAN";
            case SSN -> "social security number";
            case EMAIL -> "e-mail address";
            case PHONE -> "phone number";
        };
    }

    /** {@code text} with every item masked; the same length; null stays null. */
    public String mask(String text) {
        if (text == null) {
            return null;
        }
        return MaskedItem.apply(text, find(text), List.of());
    }
}
