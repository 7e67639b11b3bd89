package cn.jiedaoflow.engine;

import com.fasterxml.jackson.core.JacksonException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one answer to every error of the engine's REST API, in both its applications ({@code /engine-rest} and the
 * webapps' {@code /camunda/api/engine/…}), in place of Camunda's mappers: Camunda's {@code {type, message, code}}
 * body, which Tasklist reads, with
 * <ul>
 * <li>a 4xx for what the caller got wrong — a refusal of the engine or of ours ({@link BadUserRequestException}
 * and its kind, 400), a submitted form that fails its validation (a start without a required variable, 400), a
 * missing permission (403, with Camunda's details), something that does not exist
 * (the engine's {@link NotFoundException}, or a {@link NullValueException} naming a missing object, 404; another
 * missing value, 400; {@link ClientErrors} makes the engine raise these), an expression naming a
 * variable that is not there or a value it cannot use (400), a concurrent change (409), a body that is not JSON
 * or does not fit (400), a path, method or media type the API does not have (the JAX-RS status);</li>
 * <li>a message without internals: no Java class or package names, no exception names, no stack, one line; the
 * body of a JSON error never quotes the parser; a message of ours in both languages is answered in the caller's
 * ({@link CallersLanguage}: Chinese unless {@code Accept-Language} prefers English), one sentence;</li>
 * <li>anything else a 500 with a neutral message, logged with its stack trace.</li>
 * </ul>
 * {@code type} keeps Camunda's names for the client errors (its documented API); a server fault says
 * {@code ServerError}.
 */
@Provider
@Priority(Priorities.USER - 2000)
public class EngineRestErrors implements ExceptionMapper<Throwable> {

    /** Camunda's mappers this one replaces, in both REST applications. */
    public static final Set<Class<?>> REPLACED = Set.of(
            ProcessEngineExceptionHandler.class,
            ExceptionHandler.class,
            RestExceptionHandler.class,
            JsonMappingExceptionHandler.class,
            JsonParseExceptionHandler.class);

    static final String SERVER_FAULT =
            "服务器内部错误，已记录，请稍后再试 / Internal server error; it has been logged, please try again later";

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrors.class);
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("\\b((?:[a-z_$][a-z0-9_$]*\\.){2,}[A-Za-z_$][\\w$]*)(:\\s*)?");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b\\w+(?:Exception|Error)\\b:?\\s*");
    private static final int LONGEST_MESSAGE = 500;

    private final BiConsumer<String, Throwable> serverFaults;

    /** The request's headers, which Jersey injects: its Accept-Language chooses the message's language. */
    @Context
    private HttpHeaders headers;

    public EngineRestErrors() {
        this((message, fault) -> LOG.error(message, fault));
    }

    EngineRestErrors(BiConsumer<String, Throwable> serverFaults) {
        this.serverFaults = serverFaults;
    }

    @Override
    public Response toResponse(Throwable error) {
        return inCallersLanguage(answerTo(error), headers);
    }

    /** The answer's message in the language of the caller who sent {@code headers} (none: Chinese). */
    static Response inCallersLanguage(Response answer, HttpHeaders headers) {
        if (answer.getEntity() instanceof ExceptionDto body) {
            String languages = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
            body.setMessage(CallersLanguage.of(body.getMessage(), languages));
        }
        return answer;
    }

    private Response answerTo(Throwable error) {
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return answer(web.getResponse().getStatus(), simpleName(web), clean(web.getMessage()), null);
        }
        if (error instanceof JacksonException) {
            return answer(
                    400,
                    "InvalidRequestException",
                    "请求内容不是有效的 JSON，或与接口要求的结构不符 / The body is not valid JSON or does not fit what the endpoint takes",
                    null);
        }
        // Camunda's resources wrap whatever the engine throws in a 500 (a start, a form, a completion), and the
        // engine wraps whatever a task listener throws, twice: the caller's mistake may lie a few causes down
        ProcessEngineException callers = callersMistakeIn(error);
        if (callers != null) {
            int status = clientStatus(callers);
            ExceptionDto body = ExceptionHandlerHelper.getInstance().fromException(callers);
            body.setMessage(status == 403 ? firstLine(body.getMessage()) : clean(message(callers)));
            return Response.status(status)
                    .entity(body)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        if (error instanceof RestException rest
                && rest.getStatus() != null
                && rest.getStatus().getStatusCode() < 500) {
            return answer(rest.getStatus().getStatusCode(), simpleName(rest), clean(rest.getMessage()), null);
        }
        serverFaults.accept("the engine's REST API failed on a request", error);
        return answer(500, "ServerError", SERVER_FAULT, null);
    }

    /** The first exception in {@code error}'s causes that the caller caused, or null: then it is a server fault. */
    static ProcessEngineException callersMistakeIn(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProcessEngineException engine && clientStatus(engine) != null) {
                return engine;
            }
        }
        return null;
    }

    /** The status of an engine exception the caller caused, or null for a server fault. */
    static Integer clientStatus(ProcessEngineException error) {
        if (error instanceof AuthorizationException) {
            return 403;
        }
        if (error instanceof OptimisticLockingException) {
            return 409;
        }
        if (error instanceof NotFoundException
                || error instanceof NullValueException
                        && error.getMessage() != null
                        && ClientErrors.MISSING_OBJECT
                                .matcher(error.getMessage())
                                .matches()) {
            return 404;
        }
        if (error instanceof BadUserRequestException
                || error instanceof NullValueException
                || error instanceof ParseException
                || error instanceof FormFieldValidationException
                || error instanceof FormFieldValidatorException
                || error instanceof MigrationPlanValidationException
                || error instanceof MigratingProcessInstanceValidationException
                || isExpressionError(error)) {
            return 400;
        }
        return null;
    }

    /** An expression that names a variable that is not there, or cannot use the value it found. */
    static boolean isExpressionError(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (type.getSimpleName().equals("ELException")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String message(ProcessEngineException error) {
        return isExpressionError(error) && !(error instanceof BadUserRequestException)
                ? ClientErrors.EXPRESSION_FAILED + error.getMessage()
                : error.getMessage();
    }

    /** One line of the message, without class, package and exception names. */
    static String clean(String message) {
        if (message == null) {
            return "";
        }
        String line = firstLine(message);
        line = QUALIFIED_NAME
                .matcher(line)
                .replaceAll(match -> Matcher.quoteReplacement(simpleName(match.group(1), match.group(2))));
        line = EXCEPTION_NAME.matcher(line).replaceAll("");
        line = line.replaceAll("\\s{2,}", " ").strip();
        return line.length() <= LONGEST_MESSAGE ? line : line.substring(0, LONGEST_MESSAGE - 1) + "…";
    }

    /** {@code java.lang.Integer} → {@code Integer}; an exception's name goes, with its colon. */
    private static String simpleName(String qualified, String colon) {
        String name = qualified.substring(qualified.lastIndexOf('.') + 1);
        return EXCEPTION_NAME.matcher(name).matches() ? "" : name + (colon == null ? "" : colon);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static String simpleName(Throwable error) {
        return error.getClass().getSimpleName();
    }

    /**
     * The same answer for the types that other mappers of those exact types would otherwise take (Camunda's at
     * {@code Priorities.USER}, or any of ours discovered in every Jersey application): at the same distance Jersey
     * takes the mapper of the lowest priority value.
     */
    @Provider
    @Priority(Priorities.USER - 2000)
    public static class OfEngineException implements ExceptionMapper<ProcessEngineException> {

        private final EngineRestErrors errors = new EngineRestErrors();

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return inCallersLanguage(errors.answerTo(exception), headers);
        }
    }

    /** The same answer for what Camunda's resources throw when they wrap the engine's exception. */
    @Provider
    @Priority(Priorities.USER - 2000)
    public static class OfRestException implements ExceptionMapper<RestException> {

        private final EngineRestErrors errors = new EngineRestErrors();

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(RestException exception) {
            return inCallersLanguage(errors.answerTo(exception), headers);
        }
    }

    private static Response answer(int status, String type, String message, Integer code) {
        ExceptionDto body = new ExceptionDto();
        body.setType(type);
        body.setMessage(message);
        body.setCode(code);
        return Response.status(status)
                .entity(body)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
