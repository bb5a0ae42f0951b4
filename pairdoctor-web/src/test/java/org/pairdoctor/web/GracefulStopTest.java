package org.pairdoctor.web;

import org.junit.jupiter.api.Test;
import org.pairdoctor.core.session.InMemorySessionStore;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class GracefulStopTest {
    @Test
    void stoppingLetsARequestInFlightFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        WebModule slow = cfg -> cfg.routes.get("/slow", ctx -> {
            entered.countDown();
            Thread.sleep(1500);
            ctx.result("finished");
        });
        RunningServer server = new RunningServer(new InMemorySessionStore(), List.of(slow));
        CompletableFuture<HttpResponse<String>> inFlight = server.http.sendAsync(
                HttpRequest.newBuilder(server.uri("/slow")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        long t0 = System.nanoTime();
        server.close();
        long stopMillis = (System.nanoTime() - t0) / 1_000_000;
        HttpResponse<String> r = inFlight.get(5, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("finished");
        assertThat(stopMillis).isLessThan(5000);
    }

    @Test
    void aModuleAddsPagesThatGetTheSecurityHeaders() throws Exception {
        WebModule extra = cfg -> cfg.routes.get("/stats", ctx -> ctx.result("stats here"));
        try (RunningServer server = new RunningServer(new InMemorySessionStore(), List.of(extra))) {
            HttpResponse<String> r = server.get("/stats");
            assertThat(r.body()).isEqualTo("stats here");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void aPortInUseIsAClearError() {
        try (RunningServer first = new RunningServer()) {
            TestKnowledge kb = new TestKnowledge();
            var sessions = new org.pairdoctor.core.session.SessionService(kb,
                    org.pairdoctor.core.engine.Planners.standard(), new InMemorySessionStore(), java.time.Clock.systemUTC());
            WebServer second = new WebServer(kb, sessions, java.time.Clock.systemUTC(), List.of(),
                    WebServer.Settings.defaults(first.server.port()));
            org.assertj.core.api.Assertions.assertThatThrownBy(second::start)
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining(String.valueOf(first.server.port())).hasMessageContaining("already in use");
        }
    }
}
