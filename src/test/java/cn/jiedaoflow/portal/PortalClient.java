package cn.jiedaoflow.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as the portal's pages see it, without the rendering: it keeps its cookies, reads the CSRF token of the
 * last page from {@code <meta name="_csrf">}, sends {@code Sec-Fetch-Site: same-origin} as a browser does on the
 * portal's own pages, and never follows a redirect (the tests look at it).
 */
public final class PortalClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String root;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrfToken;

    public PortalClient(int port) {
        this.root = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A page: its answer; the CSRF token it carries becomes the one sent next. */
    public HttpResponse<String> page(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(path)).GET());
        Matcher token = CSRF_META.matcher(answer.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return answer;
    }

    /** The sign-in form, as a browser sends it from the sign-in page. */
    public HttpResponse<String> signIn(String loginName, String password) {
        page("/sign-in");
        return form("/sign-in", Map.of("loginName", loginName, "password", password));
    }

    /** A form posted from a portal page, with the page's CSRF token as the form's parameter. */
    public HttpResponse<String> form(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.put("_csrf", csrfToken);
        }
        return formWithout(path, all);
    }

    /** A form posted as given, no token added. */
    public HttpResponse<String> formWithout(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A call of the API as the page's script makes it: the session cookie, the token in the header when given. */
    public HttpResponse<String> api(String method, String path, String json, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .header("Sec-Fetch-Site", "same-origin");
        if (withToken && csrfToken != null) {
            request.header(PortalSessions.HEADER, csrfToken);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request);
    }

    /** Any request, with this client's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of a cookie this client holds. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Takes another client's cookies, as a second tab of one browser would. */
    public void addCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(root), cookie);
    }

    public String csrfToken() {
        return csrfToken;
    }

    public URI uri(String path) {
        return URI.create(root + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
