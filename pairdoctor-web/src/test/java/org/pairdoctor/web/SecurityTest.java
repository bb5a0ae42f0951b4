package org.pairdoctor.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityTest {
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertSecurityHeaders(HttpHeaders h) {
        assertThat(h.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                        "base-uri 'none'", "form-action 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(h.firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/faq", "/guide/ios", "/assets/app.css", "/assets/app.js", "/openapi.json",
                "/no-such-page", "/api/sessions/unknown", "/guide/amiga"}) {
            HttpResponse<String> r = server.get(path);
            assertSecurityHeaders(r.headers());
        }
        assertSecurityHeaders(server.postJson("/api/sessions", "{").headers());
        assertSecurityHeaders(server.post("/sessions", "application/x-www-form-urlencoded", "a=b", null).headers());
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() throws Exception {
        for (String path : new String[] {"/", "/faq", "/facts", "/behaviours", "/guide", "/guide/android-samsung"}) {
            String html = server.get(path).body();
            assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style", " style=",
                    " onclick=", " onload=");
        }
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        String form = "device=sony-wh-1000xm2&host=ios&problem=headset-not-in-scan-list";
        HttpResponse<String> none = server.post("/sessions", "application/x-www-form-urlencoded", form, null);
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("reload the page");

        Token t = token();
        HttpResponse<String> wrongField = server.post("/sessions", "application/x-www-form-urlencoded",
                form + "&csrf=AAAAAAAAAAAAAAAAAAAAAA", t.cookie);
        assertThat(wrongField.statusCode()).isEqualTo(403);
        HttpResponse<String> noCookie = server.post("/sessions", "application/x-www-form-urlencoded",
                form + "&csrf=" + t.value, null);
        assertThat(noCookie.statusCode()).isEqualTo(403);
        // A pair the client made up (a cookie tossed in by a sibling site) is not signed by this server.
        String madeUp = "AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
        HttpResponse<String> forged = server.post("/sessions", "application/x-www-form-urlencoded",
                form + "&csrf=" + madeUp, "pd_csrf=" + madeUp);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(server.store.startedSince(java.time.Instant.EPOCH)).isEmpty();

        HttpResponse<String> ok = server.post("/sessions", "application/x-www-form-urlencoded",
                form + "&csrf=" + t.value, t.cookie);
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).matches("/s/[0-9a-f]{12}[A-Za-z0-9_-]{22}"));
    }

    @Test
    void theCsrfCookieIsStrictSameSiteAndHttpOnly() throws Exception {
        String setCookie = server.get("/").headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("pd_csrf=").containsIgnoringCase("SameSite=Strict").containsIgnoringCase("HttpOnly");
    }

    @Test
    void textFromTheRequestIsEscapedInPages() throws Exception {
        HttpResponse<String> r = server.get("/guide/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
        HttpResponse<String> start = server.get("/?problem=%22%3E%3Cb%3Ex");
        assertThat(start.body()).doesNotContain("\"><b>x");
    }

    @Test
    void unknownPagesAreNotFoundPagesInHtml() throws Exception {
        HttpResponse<String> r = server.get("/s/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("Not found");
        assertThat(server.get("/nothing").statusCode()).isEqualTo(404);
        assertThat(server.get("/guide/ios?device=walkman").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormBodyOverTheLimitIsRefusedWithAPage() throws Exception {
        Token t = token();
        HttpResponse<String> r = server.post("/sessions", "application/x-www-form-urlencoded",
                "csrf=" + t.value + "&device=" + "x".repeat(20_000), t.cookie);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Too much data");
        assertSecurityHeaders(r.headers());
    }

    @Test
    void aChunkedApiBodyOverTheLimitIsRefusedWithJsonAndTheHeaders() throws Exception {
        // No Content-Length: the body is collected until it passes the limit, then refused by the server
        // itself. A raw socket, because the server may stop reading (and close) before a client has
        // written the rest of an oversized body; what matters is what it answers.
        try (java.net.Socket sock = new java.net.Socket("127.0.0.1", server.server.port())) {
            sock.setSoTimeout(10_000);
            int size = 20_000;
            String head = "POST /api/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(size) + "\r\n";
            sock.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            sock.getOutputStream().write(("{\"x\":\"" + "y".repeat(size - 8) + "\"}").getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII));
            sock.getOutputStream().flush();
            String response = new String(sock.getInputStream().readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413").contains("\"status\":413", "Content-Security-Policy",
                    "X-Frame-Options").doesNotContain("Jetty", "<html");
        }
    }

    @Test
    void aMalformedRequestLineGetsThePlainErrorPageWithTheHeaders() throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.server.port())) {
            s.getOutputStream().write("GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes());
            String response = new String(s.getInputStream().readAllBytes());
            assertThat(response).startsWith("HTTP/1.1 400").contains("Content-Security-Policy", "X-Frame-Options")
                    .doesNotContain("Jetty");
        }
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedEvenWithTheRightToken() throws Exception {
        Token t = token();
        String form = "device=sony-wh-1000xm2&host=ios&problem=headset-not-in-scan-list&csrf=" + t.value;
        for (String[] header : new String[][] {{"Origin", "https://evil.example"},
                {"Referer", "https://evil.example/page"}}) {
            HttpResponse<String> r = server.http.send(java.net.http.HttpRequest.newBuilder(server.uri("/sessions"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", t.cookie)
                    .header(header[0], header[1]).POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(header[0]).isEqualTo(403);
        }
        HttpResponse<String> same = server.http.send(java.net.http.HttpRequest.newBuilder(server.uri("/sessions"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", t.cookie)
                .header("Origin", "http://127.0.0.1:" + server.server.port())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(same.statusCode()).as(same.body()).isIn(302, 303);
    }

    @Test
    void headOfAnUnknownSessionIsNotFound() throws Exception {
        HttpResponse<Void> r = server.http.send(java.net.http.HttpRequest.newBuilder(
                server.uri("/s/AAAAAAAAAAAAAAAAAAAAAA")).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(404);
        HttpResponse<Void> api = server.http.send(java.net.http.HttpRequest.newBuilder(
                server.uri("/api/sessions/AAAAAAAAAAAAAAAAAAAAAA")).method("HEAD",
                java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(api.statusCode()).isEqualTo(404);
        HttpResponse<Void> page = server.http.send(java.net.http.HttpRequest.newBuilder(server.uri("/"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(page.statusCode()).isEqualTo(200);
    }

    record Token(String cookie, String value) {
    }

    static Token token() throws Exception {
        HttpResponse<String> page = server.get("/");
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        return new Token(cookie, m.group(1));
    }
}
