package cn.jiedaoflow.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The accounts' doors as a portal calls them, in Chinese or English, answers read as JSON. */
final class AccountsApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestRestTemplate rest;

    AccountsApiClient(TestRestTemplate rest) {
        this.rest = rest;
    }

    ResponseEntity<String> askCode(String mobile) {
        return post("/api/accounts/verification-codes", Map.of("mobile", mobile), "zh-CN");
    }

    ResponseEntity<String> askCode(String mobile, String language) {
        return post("/api/accounts/verification-codes", Map.of("mobile", mobile), language);
    }

    ResponseEntity<String> signUpResident(Map<String, Object> body) {
        return post("/api/accounts/residents", body, "zh-CN");
    }

    ResponseEntity<String> signUpEnterprise(Map<String, Object> body) {
        return post("/api/accounts/enterprises", body, "zh-CN");
    }

    ResponseEntity<String> resetPassword(String loginName, String code, String password) {
        return post(
                "/api/accounts/password-reset",
                Map.of("loginName", loginName, "code", code, "password", password),
                "zh-CN");
    }

    ResponseEntity<String> post(String path, Object body, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** The status of a signed-in call: 404 (no such path) once signed in, 401 or 429 otherwise. */
    int signIn(String loginName, String password) {
        return rest.withBasicAuth(loginName, password)
                .getForEntity("/api/sign-in-check", String.class)
                .getStatusCode()
                .value();
    }

    static JsonNode json(ResponseEntity<String> answer) {
        try {
            return JSON.readTree(answer.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message key a problem's type names. */
    static String type(ResponseEntity<String> answer) {
        return json(answer).path("type").asText().replace("urn:jiedao:problem:", "");
    }
}
