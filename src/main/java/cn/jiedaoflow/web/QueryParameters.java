package cn.jiedaoflow.web;

import cn.jiedaoflow.input.TextRules;
import cn.jiedaoflow.refusal.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The query parameters of every {@code /api} call, names and values, pass {@link TextRules} before the endpoint
 * reads them: a refused one is a 400 naming the parameter, and so is one that cannot be decoded (a {@code %} that
 * starts no escape, bytes that are no UTF-8) instead of being dropped silently by the container.
 */
@Configuration
class QueryParameters implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return true;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals), null);
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1), name);
            TextRules.problemWith(name).or(() -> TextRules.problemWith(value)).ifPresent(problem -> {
                throw Refusal.badInput(problem.messageKey(), name);
            });
        }
        return true;
    }

    /** {@code text} with {@code +} as a space and {@code %xx} as bytes of UTF-8, strictly. */
    static String decoded(String text, String parameter) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
                if (low < 0) {
                    throw undecodable(parameter);
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x100) {
                bytes.write(c); // the container hands over the raw bytes of the query, one char each
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw undecodable(parameter);
        }
    }

    private static Refusal undecodable(String parameter) {
        return parameter == null
                ? Refusal.badInput("problem.parameter.undecodableName")
                : Refusal.badInput("problem.parameter.undecodable", parameter);
    }
}
