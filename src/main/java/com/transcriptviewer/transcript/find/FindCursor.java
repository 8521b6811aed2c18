package com.transcriptviewer.transcript.find;

import java.util.List;

/**
 * Which match "next" and "previous" go to. The user may press them before the search has reached the match they
 * lead to (the rest of the conversation is still loading), so a move is remembered and carried out only once its
 * target is known: it never wraps around while a nearer match may still turn up.
 *
 * <p>Without a current match, "next" goes to the first match at or after the origin (the selected message) and
 * "previous" to the last one at or before it. From the last match "next" wraps to the first and from the first
 * "previous" wraps to the last, both only once no more matches can come. Knows nothing of the screen: it is given the
 * matches found so far, in conversation order, and answers with an index into them.
 */
final class FindCursor {

    /** The answer of {@link #resolve} while the move has to wait for matches still to come. */
    static final int NOT_YET = -2;

    /** The answer of {@link #resolve} when no move is waiting, or the move found no match to go to. */
    static final int NOWHERE = -1;

    /** A direction asked for with the find bar's arrows or keys. */
    enum Move {
        NEXT,
        PREVIOUS
    }

    /** The move still waiting for its target, or null. */
    private Move pending;

    /** Remembers a move; the next {@link #resolve} carries it out, or it waits. A newer move replaces an older one. */
    void request(Move move) {
        pending = move;
    }

    /** Forgets a waiting move: the matches it was waiting for belong to a query that is gone. */
    void drop() {
        pending = null;
    }

    /**
     * Carries out the waiting move, if its target is known.
     *
     * @param matches the matches found so far, in conversation order
     * @param current index of the current match in {@code matches}, or -1
     * @param origin the selected message, where a move starts without a current match; -1 for none
     * @param searched messages 0..searched-1 have been searched
     * @param moreComing whether matches may still be added after the ones given
     * @return the index of the match to go to (the move is then done); {@link #NOWHERE} when no move waits or there
     *     is no match at all (the move is done too); {@link #NOT_YET} when the target may be among matches still to
     *     come (the move keeps waiting)
     */
    int resolve(List<FindMatch> matches, int current, int origin, int searched, boolean moreComing) {
        if (pending == null) {
            return NOWHERE;
        }
        int target = pending == Move.NEXT
                ? next(matches, current, origin, moreComing)
                : previous(matches, current, origin, searched, moreComing);
        if (target != NOT_YET) {
            pending = null;
        }
        return target;
    }

    private static int next(List<FindMatch> matches, int current, int origin, boolean moreComing) {
        int size = matches.size();
        int candidate = current >= 0 ? current + 1 : firstAtOrAfter(matches, Math.max(0, origin));
        if (candidate < size) {
            return candidate;
        }
        if (moreComing) {
            return NOT_YET;
        }
        return size > 0 ? 0 : NOWHERE;
    }

    private static int previous(List<FindMatch> matches, int current, int origin, int searched, boolean moreComing) {
        if (current > 0) {
            return current - 1;
        }
        if (current < 0 && origin >= 0) {
            if (searched <= origin && moreComing) {
                return NOT_YET; // the matches up to the origin are not all known yet
            }
            int candidate = firstAtOrAfter(matches, origin + 1) - 1;
            if (candidate >= 0) {
                return candidate;
            }
        }
        if (moreComing) {
            return NOT_YET; // wrapping to the last match: known once everything is searched
        }
        return matches.size() - 1;
    }

    /**
     * Index of the first match in message {@code messageIndex} or later; {@code matches.size()} when none. Matches
     * are in conversation order, so this is a binary search.
     */
    static int firstAtOrAfter(List<FindMatch> matches, int messageIndex) {
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (matches.get(mid).messageIndex() < messageIndex) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
