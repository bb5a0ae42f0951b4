package org.pairdoctor.web;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers HEAD exactly as GET, headers and status included, without the body. Javalin answers a
 * HEAD for a path that has a GET route with 200 without running the route, so an unknown session
 * looked like a known one. Here the route runs as a GET; Jetty still knows the exchange is a HEAD
 * and sends no body.
 */
final class HeadAsGet extends Handler.Wrapper {
    HeadAsGet(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!HttpMethod.HEAD.is(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        return super.handle(new Request.Wrapper(request) {
            @Override
            public String getMethod() {
                return HttpMethod.GET.asString();
            }
        }, response, callback);
    }
}
