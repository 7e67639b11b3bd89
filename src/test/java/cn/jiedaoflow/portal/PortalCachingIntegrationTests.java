package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a phone downloads again and what it keeps (issue 14, item 3): the form viewer's versioned files kept a year,
 * the portal's own files kept but asked again with their ETag, pages and the API never kept; text answers gzipped for
 * a client that accepts it; the security headers on all of them.
 */
@IntegrationTest
class PortalCachingIntegrationTests {

    static final String VIEWER = "/portal/vendor/form-js-viewer/1.8.7/form-viewer.umd.js";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {VIEWER, "/portal/vendor/form-js-viewer/1.8.7/form-js.css"})
    void theViewersVersionedFilesAreKeptAYearWithoutAskingAgain(String path) {
        HttpResponse<byte[]> file = get(path, null, null);

        assertThat(file.statusCode()).as(path).isEqualTo(200);
        assertThat(cacheControl(file))
                .as(path)
                .contains("public", "max-age=31536000", "immutable")
                .doesNotContain("no-store", "no-cache");
        assertThat(file.headers().firstValue("Pragma")).as(path).isEmpty();
        assertThat(file.headers().firstValue("Expires")).as(path).isEmpty();
        assertSecurityHeaders(path, file.headers());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/portal/portal.css", "/portal/apply.css", "/portal/js/apply.js", "/portal/js/portal.js"})
    void thePortalsOwnFilesAreAskedAgainEachTimeWithTheirContentsWeakEtag(String path) {
        HttpResponse<byte[]> file = get(path, null, null);

        assertThat(file.statusCode()).as(path).isEqualTo(200);
        assertThat(cacheControl(file)).as(path).isEqualTo("no-cache");
        assertThat(file.headers().firstValue("Last-Modified"))
                .as("%s: no date, which a release need not change", path)
                .isEmpty();
        String etag = file.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).as(path).matches("W/\"[0-9a-f]{32}\"");
        assertSecurityHeaders(path, file.headers());

        HttpResponse<byte[]> unchanged = get(path, null, etag);
        assertThat(unchanged.statusCode()).as("%s, the same content", path).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        HttpResponse<byte[]> released = get(path, null, "W/\"0123456789abcdef0123456789abcdef\"");
        assertThat(released.statusCode())
                .as("%s, another content (a release)", path)
                .isEqualTo(200);
        assertThat(released.body()).isEqualTo(file.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sign-in", "/sign-up", "/api/catalog"})
    void pagesAndTheApiAreNeverKept(String path) {
        HttpResponse<byte[]> answer = get(path, null, null);

        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(cacheControl(answer)).as(path).contains("no-store");
        assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                .as(path)
                .hasValue("nosniff");
    }

    @Test
    void theViewerScriptTravelsGzippedToAClientThatAcceptsIt() throws IOException {
        byte[] original = classpath("/static" + VIEWER);

        HttpResponse<byte[]> gzipped = get(VIEWER, "gzip, deflate, br", null);

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary"))
                .anySatisfy(v -> assertThat(v).containsIgnoringCase("accept-encoding"));
        assertThat(cacheControl(gzipped)).contains("immutable");
        // measured: 542,931 bytes of 2,550,819 (Tomcat's gzip; curl --compressed -w %{size_download} says the same)
        assertThat(gzipped.body().length).as("bytes on the wire").isBetween(400_000, 600_000);
        assertThat(gunzip(gzipped.body())).isEqualTo(original);

        HttpResponse<byte[]> plain = get(VIEWER, null, null);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).isEqualTo(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/portal/js/apply.js", "/portal/portal.css", "/", "/api/catalog"})
    void thePortalsOwnTextTravelsGzippedToo(String path) {
        HttpResponse<byte[]> gzipped = get(path, "gzip", null);

        assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
    }

    private static void assertSecurityHeaders(String path, HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        assertThat(headers.firstValue("Content-Security-Policy"))
                .as(path)
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
    }

    private static String cacheControl(HttpResponse<?> answer) {
        return String.join(", ", answer.headers().allValues("Cache-Control"));
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] classpath(String name) throws IOException {
        try (InputStream in = PortalCachingIntegrationTests.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
