package com.transcriptviewer.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map of a few entries in the order they were given, held as one array of keys and values: a message's
 * metadata. A {@code LinkedHashMap} spends an entry object and a table slot per key, several times the size of the
 * keys and values themselves, and a transcript file of 200,000 messages keeps a map for each. Lookups scan, which is
 * as fast as hashing for the few keys it is made for.
 */
final class SmallOrderedMap extends AbstractMap<String, Object> {

    /** Keys at even places, each followed by its value. */
    private final Object[] keysAndValues;

    SmallOrderedMap(Object[] keysAndValues) {
        this.keysAndValues = keysAndValues;
    }

    @Override
    public int size() {
        return keysAndValues.length / 2;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : keysAndValues[at + 1];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return SmallOrderedMap.this.size();
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keysAndValues.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        // Values may be null (a JSON null), which Map.entry refuses.
                        Entry<String, Object> entry =
                                new SimpleImmutableEntry<>((String) keysAndValues[next], keysAndValues[next + 1]);
                        next += 2;
                        return entry;
                    }
                };
            }
        };
    }
}
