package com.transcriptviewer.store;

/**
 * Where verdicts are kept now.
 *
 * @param mode        this computer only, or a team server
 * @param reachable   for a team server: whether the last attempt to reach it worked (always true on this computer)
 * @param pending     verdicts saved here and not yet sent to the team server
 * @param location    where, for the user: "this computer", "db.example.com:5432/reviews"; never a password
 * @param problem     why the team server cannot be reached, or why it refused what was sent, in the user's words;
 *                    "" when all is well
 */
public record StoreStatus(Mode mode, boolean reachable, int pending, String location, String problem) {

    public enum Mode {
        LOCAL,
        TEAM
    }

    public StoreStatus {
        location = location == null ? "" : location;
        problem = problem == null ? "" : problem;
    }

    public static StoreStatus local(String location) {
        return new StoreStatus(Mode.LOCAL, true, 0, location, "");
    }
}
