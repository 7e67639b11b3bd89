package cn.jiedaoflow.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal the caller should read: an HTTP status and a message key, translated into the caller's
 * language (Accept-Language; Chinese by default, English) from the message bundles under
 * {@code i18n/}. Optional {@code errors} carry one line each (for example "line 7: area is not a number")
 * and become the {@code errors} property of the RFC 9457 problem.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<Map<String, Object>> errors;

    public ApiProblem(HttpStatus status, String messageKey, Object... args) {
        this(status, messageKey, List.of(), args);
    }

    public ApiProblem(HttpStatus status, String messageKey, List<Map<String, Object>> errors, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args.clone();
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem badRequest(String messageKey, Object... args) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, messageKey, args);
    }

    public static ApiProblem notFound(String messageKey, Object... args) {
        return new ApiProblem(HttpStatus.NOT_FOUND, messageKey, args);
    }

    public static ApiProblem conflict(String messageKey, Object... args) {
        return new ApiProblem(HttpStatus.CONFLICT, messageKey, args);
    }

    public static ApiProblem forbidden(String messageKey, Object... args) {
        return new ApiProblem(HttpStatus.FORBIDDEN, messageKey, args);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<Map<String, Object>> errors() {
        return errors;
    }
}
