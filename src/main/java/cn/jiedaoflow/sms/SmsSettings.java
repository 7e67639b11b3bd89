package cn.jiedaoflow.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How texts leave the application ({@code jiedao.sms}, docs/operations.md, "SMS gateway").
 *
 * @param gateway {@code outbox} (the default without a profile, the demo and the tests), {@code http} or {@code log}
 * @param http    the provider's HTTP interface, read when the gateway is {@code http}
 */
@ConfigurationProperties("jiedao.sms")
record SmsSettings(Gateway gateway, Http http) {

    enum Gateway {
        /** Texts are kept in {@code app_sms_outbox}; administrators read them in the demo ({@code /api/demo/sms}). */
        OUTBOX,
        /** Texts are posted to the provider's HTTP interface. */
        HTTP,
        /** Only a line in the log says that a text was sent (mobile masked, never the text). */
        LOG
    }

    SmsSettings {
        gateway = gateway == null ? Gateway.OUTBOX : gateway;
        http = http == null ? new Http(null, null, null, null, null, null, null, null) : http;
    }

    /**
     * A provider's HTTP interface: one POST per text.
     *
     * @param url           where texts are posted ({@code JIEDAO_SMS_URL}), http or https
     * @param username      sent as HTTP Basic credentials with {@code password}, when given
     * @param password      the password of {@code username}
     * @param template      the body posted, with the placeholders {@code {mobile}}, {@code {text}} (the signature
     *                      followed by the message), {@code {signature}} and {@code {message}}, each escaped for the
     *                      content type; by default {@value #DEFAULT_TEMPLATE}
     * @param contentType   the body's type: {@code application/json} (the default) or
     *                      {@code application/x-www-form-urlencoded}; sent with {@code charset=UTF-8}
     * @param signature     the sender's signature the carriers require, e.g. {@code 【程家桥街道】}
     * @param timeout       how long a text may take, connection and answer together; 5 seconds by default
     * @param successMarker when given, a 2xx answer is a success only if its body contains this text (for providers
     *                      that answer every request 200 and say in the body whether they took it)
     */
    record Http(
            String url,
            String username,
            String password,
            String template,
            String contentType,
            String signature,
            Duration timeout,
            String successMarker) {

        static final String DEFAULT_TEMPLATE = "{\"mobile\":\"{mobile}\",\"content\":\"{text}\"}";
        static final String DEFAULT_CONTENT_TYPE = "application/json";
        static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

        Http {
            template = blank(template) ? DEFAULT_TEMPLATE : template;
            contentType = blank(contentType) ? DEFAULT_CONTENT_TYPE : contentType.strip();
            signature = signature == null ? "" : signature.strip();
            timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
