package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The WH-1000XM2's checked claims against the source document itself ({@code ../shared/seed/} beside
 * the repository): every factual claim of the document is dispositioned, and every quoted claim really
 * stands there, so nothing is attributed to the document that it does not say.
 */
class SeedClaimsTest {
    /** The factual claims of the source document, counted sentence by sentence (docs/knowledge.md). */
    static final int SEED_CLAIMS = 69;
    static final String SEED_FILE = "000_2288e28899cb00e3.txt";
    static final String DEVICE = "sony-wh-1000xm2";
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private static String seed;
    private static List<SourceClaim> claims;

    @BeforeAll
    static void load() throws IOException {
        Path file = seedFile();
        if (!Files.isRegularFile(file)) {
            String message = "source document not found at " + file.toAbsolutePath()
                    + " (a copy of shared/ must sit beside the repository)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort("skipped: " + message);
        }
        seed = normalise(Files.readString(file, StandardCharsets.UTF_8));
        try {
            claims = KnowledgeBase.load(ShippedKnowledge.directory()).device(DEVICE).orElseThrow().sourceClaims();
        } catch (KnowledgeException e) {
            fail("the shipped knowledge base is invalid:\n" + e.getMessage());
        }
    }

    private static Path seedFile() {
        Path knowledge = ShippedKnowledge.directory().toAbsolutePath().normalize();
        return knowledge.getParent().resolveSibling("shared").resolve("seed").resolve(SEED_FILE);
    }

    @Test
    void everyFactualClaimOfTheSourceDocumentIsDispositioned() {
        assertThat(claims).as("checked claims of %s", DEVICE).hasSize(SEED_CLAIMS);
        assertThat(claims).allSatisfy(c -> assertThat(c.verdict()).as(c.id()).isNotBlank());
    }

    @Test
    void everyQuotedClaimStandsInTheSourceDocument() {
        List<String> misattributed = new ArrayList<>();
        for (SourceClaim c : claims) {
            missingPart(seed, c.claim()).ifPresent(part -> misattributed.add(c.id() + ": \"" + part + "\""));
        }
        assertThat(misattributed).as("claims the source document does not make (quote it word for word)").isEmpty();
    }

    @Test
    void everyStatisticOfTheSourceDocumentIsMarkedUnsourced() {
        assertThat(claims.stream().filter(c -> c.claim().contains("%")))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.verdict()).as(c.id()).isEqualTo("unsourced"));
    }

    @Test
    void theQuoteCheckFindsWhatTheDocumentDoesNotSay() {
        String text = normalise("It lacks automatic reconnection logic, and charging\n resets it.");
        assertThat(missingPart(text, "It lacks automatic reconnection logic")).isEmpty();
        assertThat(missingPart(text, "lacks   automatic … resets it.")).isEmpty();
        assertThat(missingPart(text, "Charging resets it")).contains("Charging resets it");
        assertThat(missingPart(text, "resets it … It lacks")).as("parts must come in order").contains("It lacks");
    }

    @Test
    void typographicQuotesMayBeWrittenStraight() {
        String text = normalise("tap \u2018Forget This Device\u2019 and hear \u201cPower Off\u201d");
        assertThat(missingPart(text, "tap 'Forget This Device' and hear \"Power Off\"")).isEmpty();
    }

    /** The first part of {@code quote} (parts are joined by "…") that is not in {@code text}, in order. */
    static Optional<String> missingPart(String text, String quote) {
        int from = 0;
        for (String part : normalise(quote).split("…")) {
            String p = part.strip();
            int at = text.indexOf(p, from);
            if (p.isEmpty() || at < 0) {
                return Optional.of(p);
            }
            from = at + p.length();
        }
        return Optional.empty();
    }

    static String normalise(String s) {
        String straight = s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
        return SPACE.matcher(straight).replaceAll(" ").strip();
    }
}
