package cn.jiedaoflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests refused before any of the application runs, by the servlet container (a path it cannot decode) or by
 * Spring Security's firewall (encoded dot segments, path parameters): each a 400 problem, never the container's
 * HTML page or a 500. Sent over a plain socket, byte for byte, since HTTP clients refuse to send such paths.
 */
@IntegrationTest
class MalformedRequestsIntegrationTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/%zz", "/%zz", "/camunda/%zz", "/engine-rest/%", "/api/applications/%", "/%e"})
    void aPathTheContainerCannotDecodeIsA400Problem(String rawPath) throws IOException {
        String chinese = send("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String english = send("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(chinese)
                .as(rawPath)
                .startsWith("HTTP/1.1 400")
                .contains("Content-Type: application/problem+json")
                .contains("\"type\":\"urn:jiedao:problem:problem.request.malformed\"", "\"status\":400", "请求格式有误")
                .doesNotContain("<html", "Tomcat");
        assertThat(english).startsWith("HTTP/1.1 400").contains("The request is malformed");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/catalog/%2e%2e/catalog",
                "/api/estates/1;jsessionid=x",
                "/api/catalog/a%2Fb",
                "/api/catalog//birth",
                "/api/catalog/%5Cbirth"
            })
    void aPathTheFirewallRefusesIsA400Problem(String rawPath) throws IOException {
        String answer = send("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer)
                .as(rawPath)
                .startsWith("HTTP/1.1 400")
                .contains("Content-Type: application/problem+json")
                .contains("\"type\":\"urn:jiedao:problem:problem.request.malformed\"", "\"status\":400")
                .doesNotContain("Exception", "firewall", "<html");
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
