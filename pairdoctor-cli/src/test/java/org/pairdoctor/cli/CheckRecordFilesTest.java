package org.pairdoctor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache of passed knowledge checks: per fingerprint and build, bounded, and harmless when unusable. */
class CheckRecordFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aPassIsKeptPerFingerprintAndBuild() {
        CheckRecordFiles record = new CheckRecordFiles(tmp.resolve("checks"), "build-1");
        assertThat(record.passed("abc")).isFalse();
        record.pass("abc");
        assertThat(record.passed("abc")).isTrue();
        assertThat(record.passed("abd")).isFalse();
        assertThat(new CheckRecordFiles(tmp.resolve("checks"), "build-1").passed("abc")).as("another process").isTrue();
        assertThat(new CheckRecordFiles(tmp.resolve("checks"), "build-2").passed("abc")).as("a new build").isFalse();
    }

    @Test
    void onlyTheNewestRecordsAreKept() throws IOException {
        Path dir = tmp.resolve("checks");
        CheckRecordFiles record = new CheckRecordFiles(dir, "b");
        for (int i = 0; i < CheckRecordFiles.KEPT + 5; i++) {
            record.pass("fingerprint-" + i);
            // distinct times, oldest first, so that pruning has an order to go by
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    FileTime t = Files.getLastModifiedTime(p);
                    Files.setLastModifiedTime(p, FileTime.fromMillis(t.toMillis() - 1000));
                }
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.filter(p -> p.toString().endsWith(".pass")).count()).isEqualTo(CheckRecordFiles.KEPT);
        }
        assertThat(record.passed("fingerprint-" + (CheckRecordFiles.KEPT + 4))).as("the newest").isTrue();
        assertThat(record.passed("fingerprint-0")).as("the oldest").isFalse();
    }

    @Test
    void aCacheThatCannotBeWrittenCostsOnlyTheCheck() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-directory"), "x");
        CheckRecordFiles record = new CheckRecordFiles(file.resolve("checks"), "b");
        record.pass("abc");
        assertThat(record.passed("abc")).isFalse();
    }
}
