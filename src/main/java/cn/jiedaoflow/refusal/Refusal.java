package cn.jiedaoflow.refusal;

import java.util.List;
import java.util.Map;

/**
 * A domain refusal: the rule a request breaks, as a kind, a message key and its arguments, translated into
 * the caller's language (Chinese by default, English) from the message bundles under {@code i18n/}. Domain
 * code throws it and knows nothing of HTTP; the API's exception handler alone turns the kind into a status
 * and the refusal into an RFC 9457 problem; a delegate that must route on it turns it into a BPMN error on
 * purpose, and an intake listener into the engine's refusal.
 *
 * <p>{@code fieldErrors} name the bad fields of a request (each a small map such as
 * {@code {"field": "applicant.mobile", "problem": "missing"}}); {@code lineErrors} name the bad lines of an
 * imported file and are translated where the refusal is answered.
 */
public class Refusal extends RuntimeException {

    /** What kind of refusal: each kind is answered with one status everywhere. */
    public enum Kind {
        /** The request breaks a rule of its content (400). */
        BAD_INPUT,
        /** What the request names does not exist, or is not the caller's to see (404). */
        NOT_FOUND,
        /** The request is valid but the state of what it acts on does not allow it (409). */
        CONFLICT,
        /** The caller may see the thing but not do this to it (403). */
        FORBIDDEN,
        /** A body, a part or a file is over its size limit (413). */
        TOO_LARGE,
        /** What the request needs from outside is not available now, e.g. the SMS gateway: try later (503). */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<Map<String, Object>> fieldErrors;
    private final transient List<LineError> lineErrors;

    private Refusal(
            Kind kind,
            String messageKey,
            List<Map<String, Object>> fieldErrors,
            List<LineError> lineErrors,
            Object... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args.clone();
        this.fieldErrors = List.copyOf(fieldErrors);
        this.lineErrors = List.copyOf(lineErrors);
    }

    public static Refusal badInput(String messageKey, Object... args) {
        return new Refusal(Kind.BAD_INPUT, messageKey, List.of(), List.of(), args);
    }

    /** A bad request naming each bad field. */
    public static Refusal badFields(String messageKey, List<Map<String, Object>> fieldErrors, Object... args) {
        return new Refusal(Kind.BAD_INPUT, messageKey, fieldErrors, List.of(), args);
    }

    /** A refused file naming each bad line. */
    public static Refusal badLines(String messageKey, List<LineError> lineErrors, Object... args) {
        return new Refusal(Kind.BAD_INPUT, messageKey, List.of(), lineErrors, args);
    }

    public static Refusal notFound(String messageKey, Object... args) {
        return new Refusal(Kind.NOT_FOUND, messageKey, List.of(), List.of(), args);
    }

    public static Refusal conflict(String messageKey, Object... args) {
        return new Refusal(Kind.CONFLICT, messageKey, List.of(), List.of(), args);
    }

    public static Refusal forbidden(String messageKey, Object... args) {
        return new Refusal(Kind.FORBIDDEN, messageKey, List.of(), List.of(), args);
    }

    public static Refusal tooLarge(String messageKey, Object... args) {
        return new Refusal(Kind.TOO_LARGE, messageKey, List.of(), List.of(), args);
    }

    public static Refusal unavailable(String messageKey, Object... args) {
        return new Refusal(Kind.UNAVAILABLE, messageKey, List.of(), List.of(), args);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<Map<String, Object>> fieldErrors() {
        return fieldErrors;
    }

    public List<LineError> lineErrors() {
        return lineErrors;
    }
}
