package cn.jiedaoflow.designers;

import cn.jiedaoflow.engine.EngineDoorRefusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Models reach the engine through one door that runs the model lint: {@code POST /engine-rest/deployment/create}
 * ({@link DeploymentLint}). The engine has two more, which this filter closes to everyone:
 * <ul>
 * <li>the webapps' engine API ({@code /camunda/api/engine/…/deployment/…}), which a designer signed in to the webapps
 * could post to with the session's CSRF token; Tasklist and Cockpit never post there;</li>
 * <li>{@code POST /engine-rest/deployment/{id}/redeploy}, which would deploy an old deployment's files unchecked: a
 * version is brought back by deploying its file from the repository (docs/designers.md).</li>
 * </ul>
 * Like {@code engine.CockpitApiGuard} it asks the container which servlet serves the request, and reads the path the
 * container has decoded and normalized, so that no spelling of the address gets past it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class DeploymentDoors extends OncePerRequestFilter {

    /** The name Camunda's webapp initializer gives the servlet of the webapps' engine API. */
    static final String WEBAPPS_ENGINE_API = "Engine Api";

    static final String ENGINE_REST = "/engine-rest/*";
    static final String MESSAGE = "模型只能通过 /engine-rest/deployment/create（Camunda Modeler 的部署对话框）部署，部署前须通过模型检查"
            + " / Models are deployed through /engine-rest/deployment/create (Camunda Modeler's deploy dialog) only,"
            + " where the model check runs";

    private static final Pattern WEBAPPS_DEPLOYMENT = Pattern.compile("/engine/[^/]+/deployment(/.*)?");
    private static final Pattern REDEPLOY = Pattern.compile("/deployment/[^/]+/redeploy/?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (closed(request)) {
            EngineDoorRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean closed(HttpServletRequest request) {
        HttpServletMapping mapping = request.getHttpServletMapping();
        String path = request.getPathInfo();
        if (mapping == null
                || path == null
                || "GET".equals(request.getMethod())
                || "HEAD".equals(request.getMethod())) {
            return false;
        }
        if (WEBAPPS_ENGINE_API.equals(mapping.getServletName())) {
            return "POST".equals(request.getMethod())
                    && WEBAPPS_DEPLOYMENT.matcher(path).matches();
        }
        return ENGINE_REST.equals(mapping.getPattern())
                && REDEPLOY.matcher(path).matches();
    }
}
