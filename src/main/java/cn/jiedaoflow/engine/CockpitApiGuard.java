package cn.jiedaoflow.engine;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's API ({@code /camunda/api/cockpit/…}, its plugins' queries over every process instance, incident and
 * job) for the users the webapps let into Cockpit only: those with the engine's authorization ACCESS on application
 * {@code cockpit} (administrators). Camunda's own rules let any signed-in webapp user call it, a Tasklist-only clerk
 * too.
 *
 * <p>The guard does not read the path to decide whether a request is Cockpit's: it asks the servlet container which
 * servlet will serve it ({@link HttpServletRequest#getHttpServletMapping()}), so that no spelling of the path
 * ({@code //}, {@code ;x}, {@code %70lugin}, dot segments) gets past it. The plugins' scripts and styles
 * ({@code /plugin/{id}/static/…}, which Cockpit's login page loads) stay public, as in Camunda, when asked for
 * with a plain path.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class CockpitApiGuard extends OncePerRequestFilter {

    /** The name Camunda's webapp initializer gives the servlet of Cockpit's API. */
    static final String COCKPIT_API_SERVLET = "Cockpit Api";

    static final String COCKPIT = "cockpit";

    private static final Pattern STATIC_ASSET = Pattern.compile("/plugin/[^/]+/static/.+");
    private static final Pattern PLUGIN_CALL = Pattern.compile("/plugin/[^/]+/([^/]+)(/.*)?");
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9/._-]+");

    private final AuthorizationService authorizations;

    CockpitApiGuard(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletMapping mapping = request.getHttpServletMapping();
        if (mapping == null || !COCKPIT_API_SERVLET.equals(mapping.getServletName()) || isStaticAsset(request)) {
            chain.doFilter(request, response);
            return;
        }
        UserAuthentication user = signedIn(request, engineName(request.getPathInfo()));
        if (user == null) {
            EngineDoorRefusal.write(response, HttpServletResponse.SC_UNAUTHORIZED, "请先登录 / Please sign in");
        } else if (!authorizations.isUserAuthorized(
                user.getIdentityId(), user.getGroupIds(), Permissions.ACCESS, Resources.APPLICATION, COCKPIT)) {
            EngineDoorRefusal.write(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "只有可以使用 Cockpit 的用户才能调用 Cockpit 的接口 / Only users with access to Cockpit may call its API");
        } else {
            chain.doFilter(request, response);
        }
    }

    static boolean isStaticAsset(HttpServletRequest request) {
        String method = request.getMethod();
        String pathInfo = request.getPathInfo();
        return ("GET".equals(method) || "HEAD".equals(method))
                && pathInfo != null
                && STATIC_ASSET.matcher(pathInfo).matches()
                && PLAIN_PATH.matcher(request.getRequestURI()).matches()
                && !request.getRequestURI().contains("//")
                && !request.getRequestURI().contains("/.");
    }

    static String engineName(String pathInfo) {
        Matcher call = pathInfo == null ? null : PLUGIN_CALL.matcher(pathInfo);
        return call != null && call.matches() ? call.group(1) : "default";
    }

    private static UserAuthentication signedIn(HttpServletRequest request, String engine) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user
                ? user
                : null;
    }
}
