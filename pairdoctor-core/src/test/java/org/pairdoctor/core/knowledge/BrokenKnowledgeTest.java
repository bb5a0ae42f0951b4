package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One broken file per class of error: each test breaks a copy of the minimal knowledge base in one
 * place and checks the message and its line and column.
 */
class BrokenKnowledgeTest {
    private static final String PROBLEM = "problems/headset-not-in-scan-list.yaml";
    private static final String FIRST = "problems/first-time-pairing.yaml";
    private static final String DEVICE = "devices/test-headset.yaml";

    @TempDir
    Path tmp;

    private Path kb() {
        Path dir = tmp.resolve("knowledge");
        if (!Files.exists(dir)) {
            KnowledgeFixtures.copyOfMinimal(dir);
        }
        return dir;
    }

    /** Replaces the first occurrence of {@code from} (which must be present) in a file of the copy. */
    private BrokenKnowledgeTest edit(String file, String from, String to) {
        Path f = kb().resolve(file);
        try {
            String text = Files.readString(f);
            assertThat(text).as("fixture %s", file).contains(from);
            int i = text.indexOf(from);
            Files.writeString(f, text.substring(0, i) + to + text.substring(i + from.length()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    private List<KnowledgeError> errors() {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class, () -> KnowledgeBase.load(kb()));
        assertThat(e).as("the knowledge base should be invalid").isNotNull();
        assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
        return e.errors();
    }

    private static String in(String file) {
        return "knowledge/" + file;
    }

    private void assertError(List<KnowledgeError> errors, String file, int line, int column, String message) {
        assertThat(errors).as("errors").anySatisfy(e -> {
            assertThat(e.path()).endsWith(in(file));
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.message()).contains(message);
        });
    }

    @Test
    void theMinimalKnowledgeBaseIsValid() {
        assertThat(KnowledgeBase.load(kb()).problems()).hasSize(2);
    }

    @Test
    void aMisspelledKeyIsAnUnknownKeyWithASuggestion() {
        List<KnowledgeError> errors = edit(PROBLEM, "    prior: 0.5", "    prio: 0.5").errors();
        assertError(errors, PROBLEM, 9, 5, "unknown key 'prio'; did you mean 'prior'?");
        assertError(errors, PROBLEM, 7, 5, "missing required key 'prior'");
        assertThat(errors.get(0).toString()).matches(".*knowledge/problems/headset-not-in-scan-list\\.yaml:7:5: "
                + "missing required key 'prior' \\(at causes\\.0\\)");
    }

    @Test
    void malformedYamlNamesTheLineAndColumnOfTheParser() {
        List<KnowledgeError> errors = edit(PROBLEM, "    seconds: 20\n", "    seconds: 20\n   broken: [\n").errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.path()).endsWith(in(PROBLEM));
            assertThat(e.message()).startsWith("malformed YAML: ");
            assertThat(e.line()).isBetween(35, 36);
        });
    }

    @Test
    void aDuplicateKeyIsAnError() {
        List<KnowledgeError> errors = edit(PROBLEM, "    prior: 0.5\n", "    prior: 0.5\n    prior: 0.4\n").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString())
                .endsWith(in(PROBLEM) + ":10:5: duplicate key 'prior'"));
    }

    @Test
    void anUnknownCauseInFixesIsAnUnknownId() {
        List<KnowledgeError> errors = edit(PROBLEM, "fixes: {not-in-pairing-mode: 0.95}",
                "fixes: {not-in-pairng-mode: 0.95}").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(PROBLEM)
                + ":35:13: action 'enter-pairing-mode' names unknown cause 'not-in-pairng-mode'; did you mean "
                + "'not-in-pairing-mode'?"));
    }

    @Test
    void aDuplicateHostIdNamesWhereTheFirstOneIs() {
        List<KnowledgeError> errors = edit("hosts/linux.yaml", "id: linux-bluetoothctl", "id: android").errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.toString()).contains(in("hosts/linux.yaml") + ":17:9: duplicate host id 'android' "
                    + "(first defined at ");
            assertThat(e.message()).endsWith(in("hosts/android.yaml") + ":4:5)");
        });
    }

    @Test
    void aDuplicateStepIdIsAnError() {
        List<KnowledgeError> errors = edit(PROBLEM, "id: forget-and-retry", "id: enter-pairing-mode").errors();
        assertError(errors, PROBLEM, 41, 9, "duplicate step id 'enter-pairing-mode'");
    }

    @Test
    void aProbabilityAboveOneIsOutsideTheRange() {
        List<KnowledgeError> errors = edit(PROBLEM, "{not-in-pairing-mode: 0.95}", "{not-in-pairing-mode: 1.5}").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(PROBLEM)
                + ":35:34: probability 1.5 is outside [0, 1] (at actions.0.fixes.not-in-pairing-mode)"));
    }

    @Test
    void aNegativePriorIsOutsideTheRange() {
        List<KnowledgeError> errors = edit(PROBLEM, "prior: 0.1", "prior: -0.1").errors();
        assertError(errors, PROBLEM, 21, 12, "probability -0.1 is outside [0, 1]");
    }

    @Test
    void priorsThatDoNotSumToOneAreAnError() {
        List<KnowledgeError> errors = edit(PROBLEM, "prior: 0.1", "prior: 0.2").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(PROBLEM)
                + ":6:1: the priors of the causes of problem 'headset-not-in-scan-list' sum to 1.1, not 1 "
                + "(tolerance 1e-6)"));
    }

    @Test
    void likelihoodsThatDoNotSumToOneForACauseAreAnError() {
        List<KnowledgeError> errors = edit(PROBLEM, "audio-server-down: 0.8, unknown: 0.5}",
                "audio-server-down: 0.8, unknown: 0.6}").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(PROBLEM)
                + ":72:5: for cause 'unknown' the likelihoods of the answers of question 'indicator-pattern' sum to "
                + "1.1, not 1 (a cause missing from an answer counts 0)"));
    }

    @Test
    void anActionThatFixesNothingIsAnError() {
        List<KnowledgeError> errors = edit(PROBLEM, "fixes: {audio-server-down: 0.9}", "fixes: {audio-server-down: 0}")
                .errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(PROBLEM)
                + ":52:5: action 'restart-audio-server' fixes nothing: give at least one cause a probability above 0 "
                + "in fixes (or make it a question)"));
    }

    @Test
    void aProblemWithoutTheUnknownCauseIsAnError() {
        List<KnowledgeError> errors = edit(FIRST, "  - id: unknown\n", "  - id: no-idea\n").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(FIRST)
                + ":6:1: problem 'first-time-pairing' has no cause 'unknown': every problem needs one that no action "
                + "fixes, so that escalation stays a real option"));
    }

    @Test
    void anActionMayNotFixTheUnknownCause() {
        List<KnowledgeError> errors = edit(FIRST, "fixes: {not-paired-yet: 0.9}", "fixes: {not-paired-yet: 0.9, unknown: 0.1}")
                .errors();
        assertError(errors, FIRST, 20, 43, "action 'pair' fixes the cause 'unknown'");
    }

    @Test
    void aHostProcedureMissingForSomeHostsWithoutADefaultIsAnError() {
        List<KnowledgeError> errors = edit(PROBLEM,
                "        default: \"Remove the headset from the list of paired devices.\"\n", "").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(PROBLEM)
                + ":47:15: host procedure 'forget-device' is missing for hosts linux, linux-bluetoothctl and the "
                + "instruction has no default: text (add the procedure to those hosts or a host they extend, or add "
                + "default:)"));
    }

    @Test
    void aHostProcedureOnlyNeedsToExistForTheHostsTheActionIsFor() {
        List<KnowledgeError> errors = edit(PROBLEM, "    onlyFor: {family: [linux]}\n", "").errors();
        assertError(errors, PROBLEM, 55, 15, "host procedure 'check-audio-server' is missing for hosts android, "
                + "android-samsung and");
    }

    @Test
    void aMisspelledHostProcedureIsUnknownEvenWithADefault() {
        List<KnowledgeError> errors = edit(PROBLEM, "host: forget-device", "host: forget-devise").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(PROBLEM)
                + ":47:15: unknown host procedure 'forget-devise'; did you mean 'forget-device'? (no host defines it)"));
    }

    @Test
    void anUnknownDeviceProcedureIsAnError() {
        List<KnowledgeError> errors = edit(PROBLEM, "device: factory-reset", "device: factory-rest").errors();
        assertError(errors, PROBLEM, 66, 17, "unknown device procedure 'factory-rest'; did you mean 'factory-reset'?");
    }

    @Test
    void aFactWithoutASourceIsAnError() {
        List<KnowledgeError> errors = edit(DEVICE, "    value: \"4.1\"\n    source: test-manual\n", "    value: \"4.1\"\n")
                .errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(DEVICE)
                + ":44:5: fact 'bluetooth-version' has no source: add source: <source-id> (an id from sources.yaml)"));
    }

    @Test
    void aCheckedClaimWithoutASourceIsAnError() {
        List<KnowledgeError> errors = edit(DEVICE, "    sources: [test-manual]\n    confidence: high\n",
                "    confidence: high\n").errors();
        assertError(errors, DEVICE, 50, 5, "source claim 'launch-year' has no source");
    }

    @Test
    void aProcedureWithoutASourceIsAnError() {
        List<KnowledgeError> errors = edit("hosts/linux.yaml", "        steps: [\"Run: systemctl --user status pipewire\"]\n"
                + "        source: test-manual\n", "        steps: [\"Run: systemctl --user status pipewire\"]\n").errors();
        assertError(errors, "hosts/linux.yaml", 12, 7, "procedure 'check-audio-server' has no source");
    }

    @Test
    void anUnknownSourceIsAnError() {
        List<KnowledgeError> errors = edit(DEVICE, "    source: test-manual\n    confidence: high",
                "    source: test-manaul\n    confidence: high").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(DEVICE)
                + ":33:13: unknown source 'test-manaul'; did you mean 'test-manual'?: add it to sources.yaml or cite a "
                + "listed one"));
    }

    @Test
    void dataBackedNumbersNeedASource() {
        List<KnowledgeError> errors = edit(FIRST, "    basis: data\n    source: test-manual\n", "    basis: data\n").errors();
        assertError(errors, FIRST, 10, 12, "basis is 'data' but no source is given");
    }

    @Test
    void aDestructiveActionMustSayWhatItLoses() {
        List<KnowledgeError> errors = edit(PROBLEM, "    loses: \"every pairing\"\n", "").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(PROBLEM)
                + ":62:5: action 'factory-reset' is destructive but does not say what it erases: add loses: \"...\""));
    }

    @Test
    void aDestructiveActionNeedsAPenalty() {
        List<KnowledgeError> errors = edit(PROBLEM, "    penaltySeconds: 120\n", "").errors();
        assertError(errors, PROBLEM, 62, 5, "action 'factory-reset' is destructive but has no penaltySeconds");
    }

    @Test
    void idsMustBeKebabCase() {
        List<KnowledgeError> errors = edit(PROBLEM, "  - id: enter-pairing-mode", "  - id: Enter_Pairing").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(PROBLEM)
                + ":32:9: 'Enter_Pairing' is not a kebab-case id (lowercase letters and digits, words joined by single "
                + "hyphens, e.g. enter-pairing-mode) (at actions.0.id)"));
    }

    @Test
    void aWrongTypeNamesTheExpectedOne() {
        List<KnowledgeError> errors = edit(PROBLEM, "seconds: 20", "seconds: twenty").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(PROBLEM)
                + ":34:14: expected a number but found 'twenty' (at actions.0.seconds)"));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        List<KnowledgeError> errors = edit(FIRST, "situation: first-time-pairing", "situation: first-pairing").errors();
        assertError(errors, FIRST, 5, 12, "'first-pairing' is not one of: first-time-pairing, problem");
    }

    @Test
    void theWrongKindForTheFolderIsReportedAlone() {
        List<KnowledgeError> errors = edit(FIRST, "kind: problem", "kind: device").errors();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.toString()).endsWith(in(FIRST)
                + ":1:7: kind must be 'problem' in this file (found 'device')"));
    }

    @Test
    void aStaticOrderNamingAnUnknownStepIsAnError() {
        List<KnowledgeError> errors = edit(FIRST, "static: [pair, contact-support]", "static: [pair, contact-suport]")
                .errors();
        assertError(errors, FIRST, 31, 16, "the static order names unknown step 'contact-suport'; did you mean "
                + "'contact-support'?");
    }

    @Test
    void aModifierForAnUnknownHostIsAnError() {
        List<KnowledgeError> errors = edit(PROBLEM, "when: {host: android}", "when: {host: andriod}").errors();
        assertError(errors, PROBLEM, 24, 18, "unknown host 'andriod'; did you mean 'android'?");
    }

    @Test
    void aModifierForAnUnknownCauseIsAnError() {
        List<KnowledgeError> errors = edit(PROBLEM, "multiply: {audio-server-down: 2}", "multiply: {audio-server: 2}")
                .errors();
        assertError(errors, PROBLEM, 29, 16, "modifier multiplies unknown cause 'audio-server'");
    }

    @Test
    void aHostExtendingAnUnknownHostIsAnError() {
        List<KnowledgeError> errors = edit("hosts/linux.yaml", "extends: linux", "extends: linus").errors();
        assertError(errors, "hosts/linux.yaml", 19, 14, "host 'linux-bluetoothctl' extends unknown host 'linus'");
    }

    @Test
    void aBehaviourLinkedToAnUnknownProblemIsAnError() {
        List<KnowledgeError> errors = edit("guide/behaviours.yaml", "problem: first-time-pairing",
                "problem: first-time-paring").errors();
        assertError(errors, "guide/behaviours.yaml", 9, 14, "unknown problem 'first-time-paring'");
    }

    @Test
    void aFileNamedDifferentlyFromItsIdIsAnError() {
        List<KnowledgeError> errors = edit(DEVICE, "id: test-headset", "id: test-headset-two").errors();
        assertError(errors, DEVICE, 2, 5, "device id 'test-headset-two' does not match its file name 'test-headset'");
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        Files.writeString(kb().resolve("guide/faq.yaml"), "");
        assertThat(errors()).extracting(KnowledgeError::toString).anySatisfy(s ->
                assertThat(s).endsWith(in("guide/faq.yaml") + ":1:1: the file is empty"));
    }

    @Test
    void anUnexpectedFileIsAnError() throws IOException {
        Files.createDirectories(kb().resolve("extras"));
        Files.writeString(kb().resolve("extras/notes.yaml"), "a: 1\n");
        assertThat(errors()).singleElement().satisfies(e ->
                assertThat(e.toString()).contains(in("extras/notes.yaml") + ":0:0: unexpected file"));
    }

    @Test
    void aMissingSourcesFileIsAnError() throws IOException {
        Files.delete(kb().resolve("sources.yaml"));
        assertThat(errors()).extracting(KnowledgeError::toString)
                .anySatisfy(s -> assertThat(s).endsWith(in("sources.yaml") + ":0:0: missing: every source cited is "
                        + "listed here"));
    }

    @Test
    void errorsOfEveryFileAreCollectedAndSorted() {
        List<KnowledgeError> errors = edit(PROBLEM, "prior: 0.1", "prior: 0.2")
                .edit(DEVICE, "    value: \"4.1\"\n    source: test-manual\n", "    value: \"4.1\"\n")
                .edit(FIRST, "seconds: 45", "seconds: -45")
                .errors();
        assertThat(errors).hasSize(3);
        assertThat(errors).extracting(KnowledgeError::path).isSorted();
        assertThat(errors).extracting(e -> e.line() + ":" + e.column()).containsExactly("44:5", "19:14", "6:1");
    }

    @Test
    void aBrokenHostFileDoesNotCascadeIntoEveryReferenceToIt() {
        List<KnowledgeError> errors = edit("hosts/linux.yaml", "family: linux", "family: [linux]").errors();
        assertThat(errors).singleElement().satisfies(e ->
                assertThat(e.toString()).endsWith(in("hosts/linux.yaml") + ":2:9: expected text but found a list (at family)"));
    }

    @Test
    void aDirectoryThatDoesNotExistIsOneError() {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class,
                () -> KnowledgeBase.load(tmp.resolve("nowhere")));
        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.message()).startsWith("not a directory"));
    }

    @Test
    void procedureIdsUsedAsKeysMustBeKebabCaseToo() {
        List<KnowledgeError> errors = edit(DEVICE, "  enter-pairing-mode:\n", "  Enter_Pairing:\n").errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.toString()).contains(in(DEVICE) + ":27:3: 'Enter_Pairing' is not a kebab-case id");
        });
    }

    @Test
    void aYamlAliasIsRejected() {
        List<KnowledgeError> errors = edit(FIRST, "title: \"Pair the headset\"", "title: *name").errors();
        assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.path()).endsWith(in(FIRST)));
        assertThat(errors.get(0).line()).isEqualTo(18);
    }

    @Test
    void aMisspelledPlaceholderIsNamedWithTheClosestOne() {
        List<KnowledgeError> errors = edit(PROBLEM, "\"Select {scanName} (not", "\"Select {scanNmae} (not").errors();
        assertError(errors, PROBLEM, 40, 15, "unknown placeholder '{scanNmae}'; did you mean '{scanName}'?");
    }

    @Test
    void aPlaceholderInAHostProcedureIsCheckedToo() {
        List<KnowledgeError> errors = edit("hosts/android.yaml", "next to {scanName}.", "next to {devise}.").errors();
        assertError(errors, "hosts/android.yaml", 17, 17, "unknown placeholder '{devise}'; did you mean '{device}'?");
    }

    @Test
    void anUnclosedOptionalSegmentIsAnError() {
        List<KnowledgeError> errors = edit(PROBLEM, " (not {leScanName}).", "[[ (not {leScanName}).").errors();
        assertError(errors, PROBLEM, 40, 15, "unbalanced or nested optional segment");
    }

    @Test
    void aProblemTitleMustNotUsePlaceholdersBecauseItIsShownAsWritten() {
        List<KnowledgeError> errors = edit(PROBLEM, "doesn't find the headphones", "doesn't find {device}").errors();
        assertError(errors, PROBLEM, 3, 8, "placeholders are not filled in a problem's title");
    }

    private static final String BEHAVIOURS = "guide/behaviours.yaml";

    @Test
    void aBehaviourThatTheSourceDocumentLacksNeedsNoVerdict() {
        edit(BEHAVIOURS, "    seedClaim: \"Pairing takes 20-30 seconds\"\n    verdict: partly-true\n"
                + "    correction: \"It usually takes a few seconds.\"\n", "");
        Behaviour b = KnowledgeBase.load(kb()).behaviours().get(0);
        assertThat(b.seedClaim()).isNull();
        assertThat(b.verdict()).isNull();
    }

    @Test
    void aBehaviourQuotingTheSourceDocumentStillNeedsAVerdict() {
        List<KnowledgeError> errors = edit(BEHAVIOURS, "    verdict: partly-true\n", "").errors();
        assertError(errors, BEHAVIOURS, 6, 5, "behaviour 'first-pairing-takes-time' quotes the source document "
                + "(seedClaim) but has no verdict");
    }

    @Test
    void aVerdictWithoutASeedClaimIsAnError() {
        List<KnowledgeError> errors = edit(BEHAVIOURS, "    seedClaim: \"Pairing takes 20-30 seconds\"\n", "").errors();
        assertError(errors, BEHAVIOURS, 6, 5, "behaviour 'first-pairing-takes-time' has a verdict but no seedClaim");
    }

    @Test
    void aFalseVerdictWithoutACorrectionIsAnError() {
        List<KnowledgeError> errors = edit(BEHAVIOURS, "    correction: \"It usually takes a few seconds.\"\n", "")
                .errors();
        assertError(errors, BEHAVIOURS, 7, 5, "has verdict 'partly-true' but no correction");
    }
}
