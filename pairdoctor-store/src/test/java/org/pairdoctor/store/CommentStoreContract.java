package org.pairdoctor.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pairdoctor.core.feedback.Comment;
import org.pairdoctor.core.feedback.UnknownCommentException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Behaviour of {@link JdbcCommentStore} on each database. */
abstract class CommentStoreContract {
    static final Instant T0 = Instant.parse("2026-11-20T12:00:00.123456Z");

    Database db;
    JdbcCommentStore comments;

    abstract String url();

    abstract void cleanUp();

    @BeforeEach
    void open() {
        db = Database.open(url());
        comments = new JdbcCommentStore(db);
        JdbcSessionStore sessions = new JdbcSessionStore(db);
        sessions.create(SessionStoreContract.session("s1", T0));
        sessions.create(SessionStoreContract.session("s2", T0));
    }

    @AfterEach
    void close() {
        // null when the database was skipped (no PostgreSQL configured outside CI)
        if (db != null) {
            db.close();
        }
        cleanUp();
    }

    private static Comment comment(String id, String session, String problem, int secondsLater, String text) {
        return Comment.submitted(id, session, problem, "restart", text, T0.plusSeconds(secondsLater));
    }

    @Test
    void aCommentIsStoredExactlyAndWaitsForModeration() {
        Comment c = Comment.submitted("c1", "s1", "no-sound", Comment.NOTHING,
                "Ünïcode ✓ and <script>alert(1)</script>, 'quotes' \"too\"", T0);
        comments.add(c);
        assertThat(comments.find("c1")).contains(c);
        assertThat(comments.withStatus(Comment.Status.PENDING, 10)).containsExactly(c);
        assertThat(comments.approved("no-sound", 10)).isEmpty();
    }

    @Test
    void theQueueIsOldestFirstAndThePublicListNewestFirst() {
        comments.add(comment("c2", "s1", "no-sound", 20, "second"));
        comments.add(comment("c1", "s1", "no-sound", 10, "first"));
        comments.add(comment("c3", "s2", "no-sound", 30, "third"));
        comments.add(comment("c4", "s2", "other", 40, "elsewhere"));
        assertThat(comments.withStatus(Comment.Status.PENDING, 10)).extracting(Comment::id)
                .containsExactly("c1", "c2", "c3", "c4");
        assertThat(comments.withStatus(Comment.Status.PENDING, 2)).extracting(Comment::id).containsExactly("c1", "c2");

        comments.moderate("c1", Comment.Status.APPROVED);
        comments.moderate("c3", Comment.Status.APPROVED);
        comments.moderate("c4", Comment.Status.APPROVED);
        Comment rejected = comments.moderate("c2", Comment.Status.REJECTED);

        assertThat(rejected.status()).isEqualTo(Comment.Status.REJECTED);
        assertThat(comments.approved("no-sound", 10)).extracting(Comment::id).containsExactly("c3", "c1");
        assertThat(comments.approved("no-sound", 1)).extracting(Comment::id).containsExactly("c3");
        assertThat(comments.withStatus(Comment.Status.PENDING, 10)).isEmpty();
        assertThat(comments.withStatus(Comment.Status.REJECTED, 10)).extracting(Comment::id).containsExactly("c2");
    }

    @Test
    void moderatingAnUnknownCommentSaysSo() {
        assertThatThrownBy(() -> comments.moderate("nope", Comment.Status.APPROVED))
                .isInstanceOf(UnknownCommentException.class).hasMessageContaining("nope");
    }

    @Test
    void aCommentOnAMissingSessionIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> comments.add(comment("c9", "no-such-session", "no-sound", 0, "x")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no-such-session");
    }

    @Test
    void aReusedIdIsRefused() {
        comments.add(comment("c1", "s1", "no-sound", 0, "x"));
        assertThatThrownBy(() -> comments.add(comment("c1", "s2", "no-sound", 0, "y")))
                .isInstanceOf(StoreException.class).hasMessageContaining("c1");
        assertThat(comments.find("c1").orElseThrow().sessionId()).isEqualTo("s1");
    }
}
