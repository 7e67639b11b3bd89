package cn.jiedaoflow.engine;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A signed-in webapp session, as the Tasklist in a browser has: session cookie plus CSRF token. */
public record Webapp(TestRestTemplate rest, String cookies, String csrfToken) {

    public static Webapp login(TestRestTemplate rest, String user, String password) {
        // the first call hands out the CSRF token and a session
        ResponseEntity<String> welcome = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
        String cookies = cookies(welcome.getHeaders().get(HttpHeaders.SET_COOKIE));
        String token = welcome.getHeaders().getFirst("X-XSRF-TOKEN");

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set(HttpHeaders.COOKIE, cookies);
        headers.set("X-XSRF-TOKEN", token);
        ResponseEntity<String> login = rest.postForEntity(
                "/camunda/api/admin/auth/user/default/login/tasklist", new HttpEntity<>(form, headers), String.class);
        if (login.getStatusCode() != HttpStatus.OK) {
            throw new IllegalStateException("webapp login failed: " + login.getStatusCode() + " " + login.getBody());
        }
        // signing in starts a new session, which gets a new CSRF token on its first read
        List<String> renewed = login.getHeaders().get(HttpHeaders.SET_COOKIE);
        String sessionCookies = renewed == null ? cookies : cookies(renewed);
        HttpHeaders read = new HttpHeaders();
        read.set(HttpHeaders.COOKIE, sessionCookies);
        ResponseEntity<String> current = rest.exchange(
                "/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(read), String.class);
        String renewedToken = current.getHeaders().getFirst("X-XSRF-TOKEN");
        return new Webapp(rest, sessionCookies, renewedToken == null ? token : renewedToken);
    }

    public ResponseEntity<String> get(String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
    }

    public ResponseEntity<String> postJson(String path, String json) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    /** A POST as a browser whose languages are {@code acceptLanguage} sends it. */
    public ResponseEntity<String> postJson(String path, String json, String acceptLanguage) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    }

    ResponseEntity<String> deleteRequest(String path) {
        return rest.exchange(path, HttpMethod.DELETE, new HttpEntity<>(headers()), String.class);
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, cookies);
        headers.set("X-XSRF-TOKEN", csrfToken);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }

    private static String cookies(List<String> setCookies) {
        if (setCookies == null) {
            return "";
        }
        return String.join(
                "; ", setCookies.stream().map(c -> c.split(";", 2)[0]).toList());
    }
}
