package cn.jiedaoflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which state-changing requests a page on another site could have made with the caller's cached credentials, and
 * are therefore refused (README, "Cross-site requests").
 *
 * <p>A browser sends a form-encoded, multipart or text/plain body, or no body at all, to any site without asking
 * first; every other content type (JSON, {@code text/csv}) needs a CORS preflight, which {@code /api} never grants.
 * So a POST, PUT, PATCH or DELETE with one of those simple bodies must show that it comes from our own site:
 * <ul>
 * <li>{@code Sec-Fetch-Site} (sent by every current browser, and no page can set it) is {@code same-origin}, or
 * {@code none} (not made by any site: typed by the user, or a script that says so);</li>
 * <li>without it, {@code Origin} equals the server's own origin (scheme, host and port the request came to).</li>
 * </ul>
 * {@code Sec-Fetch-Site: same-site} (a sibling subdomain) and {@code cross-site}, a foreign {@code Origin} and
 * {@code Origin: null} are refused. A request with neither header did not come from a current browser's page: a
 * simple body without them is refused all the same (an old browser's form sends neither), a request without a body
 * and without a content type is let through (scripts: {@code curl -X POST …/withdrawal}).
 */
final class SameSiteRequests {

    static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> SIMPLE_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    private SameSiteRequests() {}

    /** Where the browser says the request comes from. */
    enum Evidence {
        SAME_SITE,
        OTHER_SITE,
        NONE
    }

    static boolean refused(HttpServletRequest request) {
        if (!STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return false;
        }
        String contentType = request.getContentType();
        if (contentType != null && !isSimple(contentType)) {
            return false;
        }
        return switch (evidence(request)) {
            case SAME_SITE -> false;
            case OTHER_SITE -> true;
            case NONE -> contentType != null;
        };
    }

    static boolean isSimple(String contentType) {
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
        return SIMPLE_TYPES.contains(type);
    }

    static Evidence evidence(HttpServletRequest request) {
        String fetchSite = request.getHeader(SEC_FETCH_SITE);
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none") ? Evidence.SAME_SITE : Evidence.OTHER_SITE;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return Evidence.NONE;
        }
        return isOwnOrigin(origin, request) ? Evidence.SAME_SITE : Evidence.OTHER_SITE;
    }

    /** The origin the request was sent to: its scheme, host and port as the server saw them. */
    static boolean isOwnOrigin(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null
                || uri.getHost() == null
                || uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
        return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                && stripBrackets(uri.getHost()).equalsIgnoreCase(stripBrackets(request.getServerName()))
                && port == request.getServerPort();
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
