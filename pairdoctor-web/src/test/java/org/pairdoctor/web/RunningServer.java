package org.pairdoctor.web;

import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.session.InMemorySessionStore;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.core.session.SessionStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A real server on a free port over the test knowledge, with a plain HTTP client. */
final class RunningServer implements AutoCloseable {
    final WebServer server;
    final SessionStore store;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    RunningServer() {
        this(new InMemorySessionStore(), List.of());
    }

    RunningServer(SessionStore store, List<WebModule> modules) {
        this(store, modules, WebServer.Settings.defaults(0));
    }

    RunningServer(WebServer.Settings settings) {
        this(new InMemorySessionStore(), List.of(), settings);
    }

    RunningServer(SessionStore store, List<WebModule> modules, WebServer.Settings settings) {
        this(new TestKnowledge(), store, modules, settings);
    }

    /** A server over the given test knowledge (e.g. with several headsets). */
    RunningServer(TestKnowledge kb) {
        this(kb, new InMemorySessionStore(), List.of(), WebServer.Settings.defaults(0));
    }

    private RunningServer(TestKnowledge kb, SessionStore store, List<WebModule> modules, WebServer.Settings settings) {
        this.store = store;
        SessionService sessions = new SessionService(kb, Planners.standard(), store, Clock.systemUTC());
        this.server = new WebServer(kb, sessions, Clock.systemUTC(), modules, settings).start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.stop();
    }
}
