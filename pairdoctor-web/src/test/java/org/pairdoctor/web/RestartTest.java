package org.pairdoctor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcSessionStore;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RestartTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSessionSurvivesAServerRestartOnTheSameSqliteFile(@TempDir Path data) throws Exception {
        String id;
        String secondStep;
        try (Database db = Database.openDirectory(data);
             RunningServer server = new RunningServer(new JdbcSessionStore(db), List.of())) {
            JsonNode s = JSON.readTree(server.postJson("/api/sessions",
                    "{\"device\":\"sony-wh-1000xm2\",\"host\":\"windows-11\",\"problem\":\"headset-not-in-scan-list\"}").body());
            id = s.get("id").asText();
            JsonNode next = JSON.readTree(server.postJson("/api/sessions/" + id + "/answers",
                    "{\"step\":\"enter-pairing-mode\",\"reply\":\"did-not-help\"}").body());
            secondStep = next.get("step").get("id").asText();
        }

        try (Database db = Database.openDirectory(data);
             RunningServer server = new RunningServer(new JdbcSessionStore(db), List.of())) {
            JsonNode s = JSON.readTree(server.get("/api/sessions/" + id).body());
            assertThat(s.get("status").asText()).isEqualTo("in-progress");
            assertThat(s.get("history")).hasSize(1);
            assertThat(s.get("history").get(0).get("reply").asText()).isEqualTo("did-not-help");
            assertThat(s.get("step").get("id").asText()).isEqualTo(secondStep);

            var r = server.postJson("/api/sessions/" + id + "/answers",
                    "{\"step\":\"" + secondStep + "\",\"reply\":\"worked\"}");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).get("status").asText()).isEqualTo("fixed");
            assertThat(server.get("/s/" + id).body()).contains("You're connected");
        }
    }
}
