package org.pairdoctor.core.feedback;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentTest {
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aNewCommentWaitsForModeration() {
        Comment c = Comment.submitted("c1", "s1", "p", "restart", "  worked at once  ", AT);
        assertThat(c.status()).isEqualTo(Comment.Status.PENDING);
        assertThat(c.text()).isEqualTo("worked at once");
        assertThat(c.withStatus(Comment.Status.APPROVED).status()).isEqualTo(Comment.Status.APPROVED);
    }

    @Test
    void textUpToTheLimitIsAcceptedAndLongerIsRefused() {
        assertThat(Comment.submitted("c1", "s1", "p", Comment.NOTHING, "x".repeat(1000), AT).nothingWorked()).isTrue();
        assertThatThrownBy(() -> Comment.submitted("c1", "s1", "p", "a", "x".repeat(1001), AT))
                .isInstanceOf(InvalidCommentException.class).hasMessageContaining("1001").hasMessageContaining("1000");
    }

    @Test
    void aCommentNeedsToSayWhatItIsAbout() {
        assertThatThrownBy(() -> Comment.submitted("c1", "s1", "p", " ", "", AT))
                .isInstanceOf(InvalidCommentException.class).hasMessageContaining("workedStep");
        assertThat(Comment.submitted("c1", "s1", "p", "a", null, AT).text()).isEmpty();
    }
}
