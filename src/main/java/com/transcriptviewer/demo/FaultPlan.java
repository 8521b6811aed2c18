package com.transcriptviewer.demo;

import java.util.Random;

/** The faults in force and the random sequence they are drawn from; replaced whole when the faults change. */
final class FaultPlan {

    enum Outcome {
        NORMAL,
        DROP_CONNECTION,
        SERVER_ERROR,
        RATE_LIMITED
    }

    private final DemoFaults faults;
    private final Random random;

    FaultPlan(DemoFaults faults) {
        this.faults = faults;
        this.random = new Random(faults.seed());
    }

    DemoFaults faults() {
        return faults;
    }

    /** Draws the fate of one request. Thread-safe: {@link Random} is. */
    Outcome draw() {
        if (faults.dropConnectionRate() == 0 && faults.serverErrorRate() == 0 && faults.rateLimitRate() == 0) {
            return Outcome.NORMAL;
        }
        double roll = random.nextDouble();
        double threshold = faults.dropConnectionRate();
        if (roll < threshold) {
            return Outcome.DROP_CONNECTION;
        }
        threshold += faults.serverErrorRate();
        if (roll < threshold) {
            return Outcome.SERVER_ERROR;
        }
        threshold += faults.rateLimitRate();
        return roll < threshold ? Outcome.RATE_LIMITED : Outcome.NORMAL;
    }
}
