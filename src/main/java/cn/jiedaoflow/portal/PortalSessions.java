package cn.jiedaoflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;

/**
 * Which requests must carry the portal's CSRF token, and where the token is kept.
 *
 * <p>A state-changing request ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) that a browser sends with the
 * session cookie may be signed in by the portal's session, which a page of another site could make the browser send
 * as well: it must carry the token, in the header {@value #HEADER} (the page scripts) or the form's parameter
 * {@value #PARAMETER}. A request with HTTP Basic credentials is signed in by them alone — a page cannot set that header
 * on another site's request without a CORS preflight, which {@code /api} never grants — and a request without a
 * session cookie has no session to sign it in (scripts, the public doors); neither needs the token.
 *
 * <p>The token lives in the cookie {@value #COOKIE} ({@code HttpOnly}, {@code SameSite=Lax}, {@code Secure} over
 * HTTPS); every page gives it, masked anew each time, in {@code <meta name="_csrf">} and its forms. Kept in a cookie
 * rather than the session, a visitor who only reads the pages makes no session row; a sign-in replaces it.
 */
final class PortalSessions {

    static final String COOKIE = "JIEDAO-XSRF";
    static final String HEADER = "X-XSRF-TOKEN";
    static final String PARAMETER = "_csrf";

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private PortalSessions() {}

    /** Whether the request must carry the CSRF token. */
    static boolean needsCsrfToken(HttpServletRequest request) {
        if (!STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (signsInWithBasic(request)) {
            return false;
        }
        return request.getRequestedSessionId() != null;
    }

    /** Whether the request carries HTTP Basic credentials. */
    static boolean signsInWithBasic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, "Basic ".length());
    }
}
