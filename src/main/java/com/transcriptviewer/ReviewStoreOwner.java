package com.transcriptviewer;

import com.transcriptviewer.settings.ReviewSettings;
import com.transcriptviewer.store.ReviewStore;
import com.transcriptviewer.store.StoreException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one owner of the window's review store and its life: opened after the first frame on a thread of its own (it
 * migrates the database, and a team server may take seconds to answer), opened anew when Settings change where
 * reviews are kept (the store before is closed first, on the same thread, so two never hold the file), closed with the
 * window. Features read it through {@link #await()}, off the FX thread.
 */
final class ReviewStoreOwner implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ReviewStoreOwner.class.getName());

    /** Opens the store the settings name; blocking. */
    @FunctionalInterface
    interface Opener {
        ReviewStore open(ReviewSettings settings) throws StoreException;
    }

    private final Opener opener;
    private final Executor worker;
    private CompletableFuture<ReviewStore> current;
    private boolean closed;

    /** @param worker runs one task at a time, in order: opening, and closing the store before */
    ReviewStoreOwner(Opener opener, Executor worker) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    /** Opens the store {@code settings} name; the store open before (if any) is closed first. */
    synchronized void open(ReviewSettings settings) {
        if (closed) {
            return;
        }
        CompletableFuture<ReviewStore> before = current;
        CompletableFuture<ReviewStore> next = new CompletableFuture<>();
        current = next;
        worker.execute(() -> {
            closeQuietly(before);
            try {
                next.complete(opener.open(settings));
            } catch (StoreException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not open the review store: " + e.getMessage());
                next.completeExceptionally(e);
            }
        });
    }

    /** The store in use, once open; blocks until it is. Call off the FX thread. */
    ReviewStore await() throws StoreException {
        CompletableFuture<ReviewStore> store;
        synchronized (this) {
            store = current;
        }
        if (store == null) {
            throw new StoreException("The reviews are not open yet.");
        }
        try {
            return store.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException failed) {
                throw failed;
            }
            throw new StoreException("The reviews could not be opened.", e.getCause());
        }
    }

    /** Closes the store once what was given before is done (on the same thread). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture<ReviewStore> last = current;
        worker.execute(() -> closeQuietly(last));
    }

    private static void closeQuietly(CompletableFuture<ReviewStore> store) {
        if (store == null) {
            return;
        }
        try {
            store.join().close();
        } catch (RuntimeException notOpen) {
            // It never opened, or closing failed: either way nothing is left to close.
        }
    }
}
