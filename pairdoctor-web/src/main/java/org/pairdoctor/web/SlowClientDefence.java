package org.pairdoctor.web;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;

import java.time.Duration;

/**
 * Jetty's own defences against clients that are slow or greedy on purpose, set up in one place.
 *
 * <p>A request body is read without a thread: Jetty's {@link EagerContentHandler} collects the whole
 * body asynchronously (up to the body limit) and only then hands the request to a worker thread.
 * Before this, about 300 connections sending a body a byte at a time held every worker thread and
 * the pages stopped answering; now they cost a socket and a small buffer each.
 * A connection limit bounds the sockets, and the idle timeout closes connections that stop sending.
 *
 * @param maxConnections open connections beyond which the server stops accepting new ones until
 *                       some close (the operating system queues them meanwhile)
 * @param idleTimeout    a connection silent this long is closed
 */
public record SlowClientDefence(int maxConnections, Duration idleTimeout) {
    /** 4,000 connections, 30 seconds of silence. */
    public static SlowClientDefence defaults() {
        return new SlowClientDefence(4000, Duration.ofSeconds(30));
    }

    /** The handler chain: graceful stop outermost, HEAD as GET, the body collector; Javalin's handler goes inside. */
    Handler.Wrapper handlers(long maxBodyBytes) {
        // Framing overhead: chunked bodies carry a few bytes per chunk on top of the data.
        var collector = new EagerContentHandler(
                new EagerContentHandler.RetainedContentLoaderFactory(maxBodyBytes, 1024, true));
        return new GracefulHandler(new HeadAsGet(collector));
    }

    void configure(HttpConfiguration http) {
        http.setIdleTimeout(idleTimeout.toMillis());
    }

    void limitConnections(Server server) {
        server.addBean(new NetworkConnectionLimit(maxConnections, server));
    }
}
