package org.pairdoctor.web;

import org.pairdoctor.core.engine.Planners;
import org.pairdoctor.core.feedback.RateLimiter;
import org.pairdoctor.core.learning.LearningRun;
import org.pairdoctor.core.learning.LearningSettings;
import org.pairdoctor.core.session.GuidedSession;
import org.pairdoctor.core.session.Reply;
import org.pairdoctor.core.session.SessionService;
import org.pairdoctor.store.Database;
import org.pairdoctor.store.JdbcCommentStore;
import org.pairdoctor.store.JdbcParameterStore;
import org.pairdoctor.store.JdbcSessionStore;
import org.pairdoctor.web.admin.AdminModule;
import org.pairdoctor.web.admin.AdminSettings;
import org.pairdoctor.web.admin.FeedbackModule;
import org.pairdoctor.web.admin.PasswordHash;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real server with the feedback and admin modules on a real SQLite file, and a client that
 * keeps cookies like a browser does.
 */
final class AdminFixture implements AutoCloseable {
    static final String PASSWORD = "correct horse battery staple";
    /** Fewer iterations than production (600,000) keep the tests quick; the format carries the count. */
    static final PasswordHash HASH = PasswordHash.create(PASSWORD.toCharArray(), new SecureRandom(), 10_000);

    final Database db;
    final JdbcSessionStore store;
    final JdbcCommentStore comments;
    final JdbcParameterStore params;
    final SessionService sessions;
    final RunningServer server;
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

    AdminFixture(Path dir, AdminSettings settings) {
        this(dir, settings, AdminModule.defaultLoginLimiter(Clock.systemUTC()),
                AdminModule.defaultAllLoginsLimiter(Clock.systemUTC()));
    }

    AdminFixture(Path dir, AdminSettings settings, RateLimiter perAddress, RateLimiter allLogins) {
        Clock clock = Clock.systemUTC();
        db = Database.openDirectory(dir);
        store = new JdbcSessionStore(db);
        comments = new JdbcCommentStore(db);
        params = new JdbcParameterStore(db);
        TestKnowledge kb = new TestKnowledge();
        // The fixture's people take 20 s per step, as people do: learning believes no replies quicker
        // than a person can read (SessionWeights), and these sessions are for learning too.
        sessions = new SessionService(kb, Planners.standard(), store, paced(clock.instant().minusSeconds(3600)));
        List<WebModule> modules = List.of(
                new FeedbackModule(kb, sessions, comments, FeedbackModule.defaultLimiter(clock), clock),
                new AdminModule(settings, comments, store,
                        Optional.of(new LearningRun(LearningSettings.defaults(), kb, store, params, clock)),
                        perAddress, allLogins, clock));
        server = new RunningServer(store, modules);
    }

    /** A clock that moves 20 s every time it is read, from {@code start}. */
    private static Clock paced(java.time.Instant start) {
        java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return start.plusSeconds(20 * reads.getAndIncrement());
            }
        };
    }

    /** A session that ended with its first step ("enter-pairing-mode") fixing it. */
    String fixedSession() {
        GuidedSession s = sessions.start(TestKnowledge.DEVICE, "android-samsung", TestKnowledge.PROBLEM, "web",
                Map.of("vendor", "=cmd|' /C calc'!A0"));
        String step = s.current().orElseThrow().step().id();
        sessions.reply(s.record().id(), step, Reply.worked());
        return s.record().id();
    }

    String runningSession() {
        return sessions.start(TestKnowledge.DEVICE, "ios", TestKnowledge.PROBLEM, "web", Map.of()).record().id();
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(server.uri(path)).GET(), null);
    }

    HttpResponse<String> get(String path, String header, String value) throws Exception {
        return send(HttpRequest.newBuilder(server.uri(path)).header(header, value).GET(), null);
    }

    /** Posts a form with the CSRF token of this client (fetched from {@code /} when not yet known). */
    HttpResponse<String> form(String path, String... nameValues) throws Exception {
        if (!cookies.containsKey("pd_csrf")) {
            get("/");
        }
        StringBuilder body = new StringBuilder("csrf=" + cookies.get("pd_csrf"));
        for (int i = 0; i < nameValues.length; i += 2) {
            body.append('&').append(nameValues[i]).append('=')
                    .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        return formBody(path, body.toString(), null);
    }

    HttpResponse<String> formBody(String path, String body, String[] extraHeader) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (extraHeader != null) {
            b.header(extraHeader[0], extraHeader[1]);
        }
        return send(b, null);
    }

    HttpResponse<String> login(String password) throws Exception {
        return form("/admin/login", "password", password);
    }

    void forget(String cookie) {
        cookies.remove(cookie);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String unused) throws Exception {
        if (!cookies.isEmpty()) {
            StringBuilder c = new StringBuilder();
            cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", c.toString());
        }
        HttpResponse<String> r = server.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : r.headers().allValues("Set-Cookie")) {
            Matcher m = Pattern.compile("^([^=;]+)=([^;]*)").matcher(set);
            if (m.find()) {
                if (m.group(2).isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(m.group(1));
                } else {
                    cookies.put(m.group(1), m.group(2));
                }
            }
        }
        return r;
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
