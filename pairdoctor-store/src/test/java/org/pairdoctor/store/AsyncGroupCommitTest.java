package org.pairdoctor.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.StaleStepException;
import org.pairdoctor.core.session.Turn;
import org.pairdoctor.core.session.UnknownSessionException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pairdoctor.store.SessionStoreContract.T0;
import static org.pairdoctor.store.SessionStoreContract.session;
import static org.pairdoctor.store.SessionStoreContract.turn;

/** Turns stored without holding the caller's thread: durable when the future completes, never completed on the writer. */
class AsyncGroupCommitTest {
    @TempDir
    Path dir;
    Database db;
    JdbcSessionStore store;

    @BeforeEach
    void open() {
        db = Database.openDirectory(dir);
        store = new JdbcSessionStore(db);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aCompletedTurnIsOnDiskAndWhatFollowsRunsOffTheWriterThread() throws Exception {
        List<CompletableFuture<String>> threads = new ArrayList<>();
        for (int s = 0; s < 50; s++) {
            store.create(session("a" + s, T0));
            threads.add(store.appendTurnAsync("a" + s, 0, turn("fix-a", Reply.didNotHelp(), 0))
                    .thenApply(stored -> Thread.currentThread().getName()));
        }
        for (CompletableFuture<String> t : threads) {
            assertThat(t.get(10, TimeUnit.SECONDS)).startsWith("pairdoctor-after-commit-");
        }
        db.close();
        db = Database.openDirectory(dir);
        for (int s = 0; s < 50; s++) {
            assertThat(new JdbcSessionStore(db).find("a" + s).orElseThrow().turns()).hasSize(1);
        }
    }

    @Test
    void aStaleOrUnknownTurnFailsItsFutureWithTheSameExceptionAsTheBlockingCall() {
        store.create(session("s1", T0));
        store.appendTurn("s1", 0, turn("fix-a", Reply.didNotHelp(), 0));
        CompletableFuture<Void> stale = store.appendTurnAsync("s1", 0, turn("fix-b", Reply.worked(), 1));
        assertThatThrownBy(stale::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(StaleStepException.class);
        assertThatThrownBy(() -> store.appendTurnAsync("nope", 0, turn("fix-a", Reply.worked(), 0)).join())
                .hasCauseInstanceOf(UnknownSessionException.class);
        assertThat(store.find("s1").orElseThrow().turns()).extracting(Turn::stepId).containsExactly("fix-a");
    }

    @Test
    void afterCloseTheFutureFailsWithAClearMessage() {
        store.create(session("s1", T0));
        db.close();
        CompletableFuture<Void> late = store.appendTurnAsync("s1", 0, turn("fix-a", Reply.didNotHelp(), 0));
        assertThatThrownBy(late::join).hasCauseInstanceOf(StoreException.class)
                .hasMessageContaining("the database is closed");
        db = null;
    }

    @Test
    void theCacheFollowsAsynchronousTurnsAndDropsAFailedOne() {
        CachedSessionStore cached = new CachedSessionStore(store);
        cached.create(session("s1", T0));
        cached.appendTurnAsync("s1", 0, turn("fix-a", Reply.didNotHelp(), 0)).join();
        db.write(h -> h.execute("DELETE FROM turns WHERE session_id = 's1'"));
        assertThat(cached.find("s1").orElseThrow().turns()).as("from memory").hasSize(1);

        assertThatThrownBy(() -> cached.appendTurnAsync("s1", 2, turn("fix-b", Reply.worked(), 1)).join())
                .hasCauseInstanceOf(StaleStepException.class);
        assertThat(cached.find("s1").orElseThrow().turns()).as("read again from the database").isEmpty();
    }
}
