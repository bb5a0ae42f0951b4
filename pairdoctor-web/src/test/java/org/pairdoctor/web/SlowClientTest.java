package org.pairdoctor.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that dribble request bodies a byte at a time must not starve everyone else: with a
 * thousand of them connected, normal page requests still answer promptly. Traffic goes to
 * 127.0.0.1 only; the number of clients and the time are bounded.
 */
class SlowClientTest {
    private static final int DRIBBLERS = 1000;
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = new RunningServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aThousandClientsDribblingBodiesDoNotStarveNormalRequests() throws Exception {
        server.get("/"); // warm: the first page compiles and loads classes
        List<Socket> dribblers = new ArrayList<>();
        try {
            for (int i = 0; i < DRIBBLERS; i++) {
                dribblers.add(openDribbler(i % 2 == 0 ? "/api/sessions" : "/sessions"));
            }
            long slowest = 0;
            int ok = 0;
            for (int round = 0; round < 20; round++) {
                for (Socket s : dribblers) {
                    dribble(s);
                }
                long t0 = System.nanoTime();
                HttpResponse<String> r = server.get("/");
                long ms = (System.nanoTime() - t0) / 1_000_000;
                slowest = Math.max(slowest, ms);
                if (r.statusCode() == 200) {
                    ok++;
                }
                Thread.sleep(100);
            }
            assertThat(ok).as("normal GET / answered 200").isEqualTo(20);
            System.out.println("SlowClientTest: " + DRIBBLERS + " dribbling clients, slowest of 20 GET / = " + slowest + " ms");
            // The target is 1 s (docs/benchmarks.md measures it on a quiet machine); before the defence the
            // slowest took 60 s, so 5 s separates broken from working even on a busy build machine.
            assertThat(slowest).as("slowest normal GET / in ms").isLessThan(5000);
        } finally {
            for (Socket s : dribblers) {
                s.close();
            }
        }
    }

    private static Socket openDribbler(String path) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", server.server.port()), 5000);
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                + (path.startsWith("/api") ? "application/json" : "application/x-www-form-urlencoded")
                + "\r\nContent-Length: 10000\r\n\r\n{";
        s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    /** One more byte; a connection the server has closed is fine (that is one way to defend). */
    private static void dribble(Socket s) {
        try {
            OutputStream out = s.getOutputStream();
            out.write(' ');
            out.flush();
        } catch (IOException closedByServer) {
            // expected once the server gives up on a slow client
        }
    }
}
