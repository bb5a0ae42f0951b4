package org.pairdoctor.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the outside reliability test (issue 14) found answered 500 with a stack trace in the log:
 * each is the client's mistake, so it gets a 4xx with a JSON or page error, and the log stays quiet.
 * Sent over a raw socket, since a well-behaved HTTP client refuses to send most of them.
 */
class MalformedRequestTest {
    static RunningServer server;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream realErr;

    @BeforeAll
    static void start() {
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void captureLog() {
        // slf4j-simple writes to whatever System.err is at the time of each line.
        realErr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreLog() {
        System.setErr(realErr);
        realErr.print(log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonNestedDeeperThanTheParserAllowsIsA400() throws Exception {
        String deep = "{\"device\":" + "[".repeat(1_200) + "]".repeat(1_200) + "}";
        String r = send("POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + deep.length() + "\r\nConnection: close\r\n\r\n" + deep);
        assertClientError(r, 400);
        assertThat(r).contains("\"message\"").contains("malformed JSON");
    }

    @Test
    void aPercentUEscapeInASessionIdIsA4xx() throws Exception {
        for (String path : new String[] {"/api/sessions/%u0041", "/s/%u0041", "/api/sessions/%u0041/step"}) {
            String r = send("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertClientError(r, -1);
        }
    }

    @Test
    void anUnknownCharsetInTheContentTypeIsA4xx() throws Exception {
        String form = "device=a&host=b&problem=c&csrf=t";
        String page = send("POST /sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded; "
                + "charset=bogus\r\nCookie: pd_csrf=t\r\nContent-Length: " + form.length()
                + "\r\nConnection: close\r\n\r\n" + form);
        assertClientError(page, -1);
        String json = "{\"device\":\"a\",\"host\":\"b\",\"problem\":\"c\"}";
        String api = send("POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json; charset=bogus\r\n"
                + "Content-Length: " + json.length() + "\r\nConnection: close\r\n\r\n" + json);
        assertClientError(api, -1);
    }

    @Test
    void aMalformedChunkedBodyIsA4xx() throws Exception {
        String api = send("POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{\"device\":1}\r\n0\r\n\r\n");
        assertClientError(api, -1);
        String page = send("POST /sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Cookie: pd_csrf=t\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "5\r\ncsrf=t\r\nXYZ\r\n");
        assertClientError(page, -1);
    }

    /** A 4xx (exactly {@code status} unless -1), and neither a stack trace nor an error in the log. */
    private void assertClientError(String response, int status) throws InterruptedException {
        assertThat(response).as("a response").startsWith("HTTP/1.1 4");
        if (status > 0) {
            assertThat(response).startsWith("HTTP/1.1 " + status + " ");
        }
        assertThat(response).doesNotContain("Exception").doesNotContain("\tat ");
        Thread.sleep(50); // a line logged after the response was written
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).as("the log").doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("ERROR");
    }

    private static String send(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
