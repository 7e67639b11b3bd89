package cn.jiedaoflow.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers the engine's doors did not send: on every answer of {@code /engine-rest} and of the webapps
 * ({@code /camunda/…}, their pages, scripts and API), {@code X-Frame-Options: DENY} — no other page may frame them,
 * and Tasklist frames nothing of ours — and {@code X-Content-Type-Options: nosniff}. The webapps' own header filter
 * (Content-Security-Policy with {@code frame-ancestors 'none'}) covers only their pages and API, not their static
 * files or redirects; {@code /api} and the actuator get these headers from Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class ResponseHeaders extends OncePerRequestFilter {

    private final String engineRest;
    private final String webapps;

    ResponseHeaders(JerseyApplicationPath engineRest, CamundaBpmProperties camunda) {
        this.engineRest = engineRest.getPath();
        this.webapps = camunda.getWebapp().getApplicationPath();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (isUnder(path, engineRest) || isUnder(path, webapps)) {
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
        }
        chain.doFilter(request, response);
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
