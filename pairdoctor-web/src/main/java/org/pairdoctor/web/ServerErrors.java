package org.pairdoctor.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * The errors Jetty answers itself, before a request reaches our routes (a body over the limit, a
 * malformed request line, a connection limit): the same page or JSON as our own errors, with the
 * same security headers, instead of Jetty's bare HTML page. Jetty's message is not shown: it may
 * name internals.
 */
final class ServerErrors extends ErrorHandler {
    private final BiFunction<Integer, String, String> page;
    private final long maxBodyBytes;

    /**
     * @param page renders the HTML error page for a status and a message
     * @param maxBodyBytes the body limit, named in the answer to a body over it
     */
    ServerErrors(BiFunction<Integer, String, String> page, long maxBodyBytes) {
        this.page = page;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String path = Request.getPathInContext(request);
        boolean api = path.startsWith("/api/") || path.equals("/api") || path.equals("/openapi.json");
        String text = code == 413 ? "The request body is over the limit of " + maxBodyBytes + " bytes."
                : WebServer.plainMessage(code);
        SecurityHeaders.add(path, (name, value) -> response.getHeaders().put(name, value));
        String body;
        if (api) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            body = "{\"status\":" + code + ",\"message\":\"" + text + "\"}";
        } else {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            body = page.apply(code, text);
        }
        if ("HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return;
        }
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
