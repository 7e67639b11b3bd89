package cn.jiedaoflow.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.jiedaoflow.QuietLogs;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The HTTP gateway against a provider stubbed on a local port: what it posts, and what it takes for a failure. */
@ExtendWith(OutputCaptureExtension.class)
class HttpSmsGatewayTests {

    static final String MOBILE = "13912345678";
    static final String TEXT = "您的验证码是 482913，5 分钟内有效。";
    static final String GATEWAY = HttpSmsGateway.class.getName();

    /** What the stub received: method, path, headers of interest and the body. */
    record Received(String method, String path, String contentType, String authorization, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer provider;

    @AfterEach
    void stopTheProvider() {
        release.countDown();
        if (provider != null) {
            provider.stop(0);
        }
    }

    @Test
    void postsTheTemplateWithTheSignedTextAsJsonAndTheCredentials(CapturedOutput output) throws IOException {
        String url = provider(200, "{\"result\":\"OK\"}", Duration.ZERO);
        HttpSmsGateway gateway = new HttpSmsGateway(http(url, "jiedao", "s3cret:pw", null, null, null));

        gateway.send(MOBILE, TEXT);

        assertThat(received).hasSize(1);
        Received post = received.get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.path()).isEqualTo("/sms/send");
        assertThat(post.contentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(post.authorization())
                .isEqualTo("Basic "
                        + Base64.getEncoder().encodeToString("jiedao:s3cret:pw".getBytes(StandardCharsets.UTF_8)));
        assertThat(post.body()).isEqualTo("{\"mobile\":\"" + MOBILE + "\",\"content\":\"【程家桥街道】" + TEXT + "\"}");
        assertThat(output.getAll())
                .contains("139****5678")
                .doesNotContain(MOBILE)
                .doesNotContain("482913");
    }

    @Test
    void escapesEachValueForTheContentTypeOfTheTemplate() throws IOException {
        String url = provider(200, "", Duration.ZERO);
        String quoted = "第一行\n\"引号\" \\ 和 & = + 号";

        new HttpSmsGateway(http(
                        url,
                        null,
                        null,
                        "{\"to\":\"{mobile}\",\"sign\":\"{signature}\",\"msg\":\"{message}\"}",
                        null,
                        null))
                .send(MOBILE, quoted);
        new HttpSmsGateway(http(
                        url, null, null, "phone={mobile}&content={text}", "application/x-www-form-urlencoded", null))
                .send(MOBILE, quoted);

        assertThat(received.get(0).authorization())
                .as("no credentials configured, none sent")
                .isNull();
        assertThat(received.get(0).body())
                .isEqualTo(
                        "{\"to\":\"" + MOBILE + "\",\"sign\":\"【程家桥街道】\",\"msg\":\"第一行\\n\\\"引号\\\" \\\\ 和 & = + 号\"}");
        assertThat(received.get(1).contentType()).isEqualTo("application/x-www-form-urlencoded;charset=UTF-8");
        String form = received.get(1).body();
        assertThat(form).startsWith("phone=" + MOBILE + "&content=").doesNotContain("\n");
        assertThat(URLDecoder.decode(form.substring(form.indexOf("&content=") + 9), StandardCharsets.UTF_8))
                .isEqualTo("【程家桥街道】" + quoted);
    }

    @Test
    void anAnswerOtherThan2xxIsAFailure(CapturedOutput output) throws IOException {
        for (int status : new int[] {500, 403, 302}) {
            String url = provider(status, "{\"error\":\"quota\"}", Duration.ZERO);
            HttpSmsGateway gateway = new HttpSmsGateway(http(url, null, null, null, null, null));

            Throwable failure = QuietLogs.during(() -> catchThrowable(() -> gateway.send(MOBILE, TEXT)), GATEWAY);

            assertThat(failure)
                    .as("status %d", status)
                    .isInstanceOf(SmsNotSent.class)
                    .hasMessage("the gateway answered " + status);
            provider.stop(0);
        }
        assertThat(output.getAll()).doesNotContain(TEXT).doesNotContain(MOBILE);
    }

    @Test
    void a2xxWithoutTheSuccessMarkerIsAFailureWithItASuccess() throws IOException {
        String url = provider(200, "{\"code\":\"1024\",\"message\":\"余额不足\"}", Duration.ZERO);
        HttpSmsGateway strict = new HttpSmsGateway(http(url, null, null, null, null, "\"code\":\"0\""));
        HttpSmsGateway lenient = new HttpSmsGateway(http(url, null, null, null, null, "余额不足"));

        assertThat(QuietLogs.during(() -> catchThrowable(() -> strict.send(MOBILE, TEXT)), GATEWAY))
                .isInstanceOf(SmsNotSent.class)
                .hasMessageContaining("without its success marker");
        lenient.send(MOBILE, TEXT);
        assertThat(received).hasSize(2);
    }

    @Test
    void aProviderThatDoesNotAnswerWithinTheTimeoutIsAFailure() throws IOException {
        String url = provider(200, "", Duration.ofSeconds(10));
        HttpSmsGateway gateway = new HttpSmsGateway(
                new SmsSettings.Http(url, null, null, null, null, "【程家桥街道】", Duration.ofMillis(300), null));

        long started = System.nanoTime();
        Throwable failure = QuietLogs.during(() -> catchThrowable(() -> gateway.send(MOBILE, TEXT)), GATEWAY);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure).isInstanceOf(SmsNotSent.class).hasMessage("the gateway did not answer within 300 ms");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aProviderThatCannotBeReachedIsAFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpSmsGateway gateway =
                new HttpSmsGateway(http("http://127.0.0.1:" + closedPort + "/sms/send", null, null, null, null, null));

        assertThat(QuietLogs.during(() -> catchThrowable(() -> gateway.send(MOBILE, TEXT)), GATEWAY))
                .isInstanceOf(SmsNotSent.class)
                .hasMessageStartingWith("the gateway could not be reached");
    }

    @Test
    void aGatewayWithoutAUsableUrlOrTemplateDoesNotStart() {
        assertThatThrownBy(() -> new HttpSmsGateway(http(null, null, null, null, null, null)))
                .hasMessageContaining("JIEDAO_SMS_URL");
        assertThatThrownBy(() -> new HttpSmsGateway(http("ftp://sms.example.cn/", null, null, null, null, null)))
                .hasMessageContaining("http or https");
        assertThatThrownBy(() -> new HttpSmsGateway(
                        http("https://sms.example.cn/send", null, null, "{\"content\":\"{text}\"}", null, null)))
                .hasMessageContaining("{mobile}");
        assertThatThrownBy(() -> new HttpSmsGateway(new SmsSettings.Http(
                        "https://sms.example.cn/send", null, null, null, null, null, Duration.ZERO, null)))
                .hasMessageContaining("timeout");
    }

    private static SmsSettings.Http http(
            String url, String username, String password, String template, String contentType, String successMarker) {
        return new SmsSettings.Http(
                url, username, password, template, contentType, "【程家桥街道】", Duration.ofSeconds(5), successMarker);
    }

    /** A provider on a free local port answering each POST with {@code status} and {@code body} after {@code delay}. */
    private String provider(int status, String body, Duration delay) throws IOException {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/sms/send", exchange -> {
            byte[] request = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(request, StandardCharsets.UTF_8)));
            try {
                release.await(delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", "http://elsewhere.example/");
            }
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        provider.start();
        return "http://127.0.0.1:" + provider.getAddress().getPort() + "/sms/send";
    }
}
