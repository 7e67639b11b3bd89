package cn.jiedaoflow.web;

import cn.jiedaoflow.input.TextRules;
import cn.jiedaoflow.refusal.Localized;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problems whose {@code detail} is in the caller's language. The {@code type} names the
 * message key, so that clients can tell refusals apart without parsing text.
 */
@Component
public class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(HttpStatus status, String messageKey, Object[] args, Locale locale) {
        return of(status, messageKey, args, List.of(), locale);
    }

    /**
     * The problem in {@code locale}. Text that came from the caller and is repeated here (a value in the arguments
     * or the errors) is shown through {@link TextRules#shown}: no control or direction characters, at most a short
     * piece. A {@link Localized} argument or error value is given in the caller's language.
     */
    public ProblemDetail of(
            HttpStatus status, String messageKey, Object[] args, List<Map<String, Object>> errors, Locale locale) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(status, message(messageKey, shownArgs(args, locale), locale));
        problem.setType(URI.create("urn:jiedao:problem:" + messageKey));
        problem.setTitle(message("problem.title." + status.value(), new Object[0], locale, status.getReasonPhrase()));
        if (!errors.isEmpty()) {
            problem.setProperty(
                    "errors",
                    errors.stream().map(error -> shownError(error, locale)).toList());
        }
        return problem;
    }

    private static Object[] shownArgs(Object[] args, Locale locale) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(args[i], locale);
        }
        return shown;
    }

    private static Map<String, Object> shownError(Map<String, Object> error, Locale locale) {
        Map<String, Object> shown = new LinkedHashMap<>();
        error.forEach((key, value) -> shown.put(key, shown(value, locale)));
        return shown;
    }

    private static Object shown(Object value, Locale locale) {
        if (value instanceof Localized localized) {
            return localized.in(locale);
        }
        return value instanceof String text ? TextRules.shown(text) : value;
    }

    /**
     * One refused line of an imported file, as the {@code errors} of a problem list it: the file line, the
     * stable code, and the reason in the caller's language. Numbers in {@code args} are shown as text, so
     * that line 1234 does not read "1,234".
     */
    public Map<String, Object> lineError(int line, String code, String messageKey, List<Object> args, Locale locale) {
        Map<String, Object> explained = new LinkedHashMap<>();
        explained.put("line", line);
        explained.put("code", code);
        explained.put(
                "reason", message(messageKey, args.stream().map(String::valueOf).toArray(), locale));
        return explained;
    }

    public String message(String key, Object[] args, Locale locale) {
        return message(key, args, locale, key);
    }

    private String message(String key, Object[] args, Locale locale, String fallback) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            return fallback;
        }
    }
}
