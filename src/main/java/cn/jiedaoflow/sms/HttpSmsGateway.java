package cn.jiedaoflow.sms;

import cn.jiedaoflow.personaldata.PersonalDataKind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each text to the provider's HTTP interface ({@code jiedao.sms.http.*}): the configured body template with the
 * mobile number, the signature and the message filled in, HTTP Basic credentials when given, within the timeout. A
 * 2xx answer (containing the success marker, when one is set) is a success; anything else is {@link SmsNotSent}.
 * Neither the mobile number in full nor the text is ever logged.
 */
final class HttpSmsGateway implements SmsGateway {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSmsGateway.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(mobile|text|signature|message)}");
    /** A provider's answer is read up to this many bytes, for the success marker. */
    private static final int LONGEST_ANSWER_READ = 64 * 1024;

    private final SmsSettings.Http settings;
    private final URI url;
    private final HttpClient client;

    HttpSmsGateway(SmsSettings.Http settings) {
        this.settings = settings;
        this.url = checkedUrl(settings.url());
        if (settings.timeout().isNegative() || settings.timeout().isZero()) {
            throw new IllegalStateException("jiedao.sms.http.timeout must be positive: " + settings.timeout());
        }
        if (!settings.template().contains("{mobile}")
                || !(settings.template().contains("{text}")
                        || settings.template().contains("{message}"))) {
            throw new IllegalStateException(
                    "jiedao.sms.http.template must hold {mobile} and {text} (or {message}): " + settings.template());
        }
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static URI checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(
                    "jiedao.sms.gateway is http but jiedao.sms.http.url (JIEDAO_SMS_URL) is not set");
        }
        URI uri = URI.create(url.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalStateException("jiedao.sms.http.url must be an http or https URL: " + url);
        }
        return uri;
    }

    @Override
    public void send(String mobile, String text) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("Content-Type", settings.contentType() + ";charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body(mobile, text), StandardCharsets.UTF_8));
        if (settings.username() != null && !settings.username().isBlank()) {
            String credentials = settings.username() + ":" + (settings.password() == null ? "" : settings.password());
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        String masked = PersonalDataKind.MOBILE.mask(mobile);
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String body = read(answer.body());
            if (answer.statusCode() / 100 != 2) {
                throw notSent(masked, "the gateway answered " + answer.statusCode());
            }
            if (settings.successMarker() != null
                    && !settings.successMarker().isEmpty()
                    && !body.contains(settings.successMarker())) {
                throw notSent(masked, "the gateway answered " + answer.statusCode() + " without its success marker");
            }
            LOG.info(
                    "SMS to {} taken by the gateway in {} ms",
                    masked,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        } catch (HttpTimeoutException e) {
            throw notSent(
                    masked,
                    "the gateway did not answer within " + settings.timeout().toMillis() + " ms");
        } catch (IOException e) {
            throw notSent(
                    masked, "the gateway could not be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notSent(masked, "interrupted while waiting for the gateway");
        }
    }

    private static SmsNotSent notSent(String maskedMobile, String reason) {
        LOG.warn("SMS to {} not sent: {}", maskedMobile, reason);
        return new SmsNotSent(reason);
    }

    /** The template with each placeholder replaced by its value, escaped for the body's content type. */
    String body(String mobile, String message) {
        String signature = settings.signature();
        Map<String, String> values =
                Map.of("mobile", mobile, "signature", signature, "message", message, "text", signature + message);
        Matcher placeholders = PLACEHOLDER.matcher(settings.template());
        StringBuilder body = new StringBuilder();
        while (placeholders.find()) {
            placeholders.appendReplacement(body, Matcher.quoteReplacement(escaped(values.get(placeholders.group(1)))));
        }
        placeholders.appendTail(body);
        return body.toString();
    }

    private String escaped(String value) {
        String type = settings.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return json(value);
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        return value;
    }

    /** {@code value} as the inside of a JSON string. */
    private static String json(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String read(InputStream answer) throws IOException {
        try (answer) {
            return new String(answer.readNBytes(LONGEST_ANSWER_READ), StandardCharsets.UTF_8);
        }
    }
}
