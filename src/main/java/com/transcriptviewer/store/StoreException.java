package com.transcriptviewer.store;

/**
 * A database could not do what was asked. The message is written for the user ("The team server rejected the
 * password for user qa."); it never holds a password or a JDBC URL's secrets.
 */
public final class StoreException extends Exception {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
