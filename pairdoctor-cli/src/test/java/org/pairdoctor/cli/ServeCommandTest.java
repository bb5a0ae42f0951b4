package org.pairdoctor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.ServerClaim;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void aSecondServerOnTheSameDataDirectoryStopsWithWhatToDo() {
        try (Database db = Database.openDirectory(data);
             ServerClaim running = ServerClaim.claim(db)) {
            CliRun run = CliRun.of("serve", "--port", "0", "--data", data.toString(),
                    "--kb", CliRun.minimalKnowledge().toString());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("pairdoctor: another pairdoctor server is already serving from "
                    + data.resolve(Database.FILE_NAME).toAbsolutePath()).doesNotContain("Exception");
            assertThat(run.out()).doesNotContain("serving on");
        }
    }
}
