package cn.jiedaoflow.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Answers an {@link EngineRefusal} as the 400 it is, also where the engine and Camunda's REST resources wrap it:
 * the engine wraps whatever a task listener throws (twice), and the resources wrap whatever the engine throws into
 * a 500 ({@code …/process-definition/…/start}, {@code …/task/{id}/complete}, {@code …/submit-form}). A start or a
 * completion that a listener refuses is the caller's mistake, not a server fault. The answer keeps Camunda's shape
 * with the refusal's own message, {@code {"type": <the refusal's type>, "message": "中文 / English"}}, which
 * Tasklist shows under the form. Any other exception is answered exactly as Camunda's own handlers answer it.
 *
 * <p>Registered in every Jersey application of the engine's doors — {@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine} — by {@link EngineRefusalMapperDiscovery}; the priority puts these mappers before
 * Camunda's handlers of the same exception types.
 */
public final class EngineRefusalMapper {

    private EngineRefusalMapper() {
    }

    /**
     * The refusal somewhere in {@code thrown}'s causes, or {@code null}: what {@link EngineRefusal#of} makes, and the
     * engine's own refusals of a person's input (a bad request, a form field that fails its validation).
     */
    static ProcessEngineException refusalIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException || cause instanceof FormFieldValidationException) {
                return (ProcessEngineException) cause;
            }
        }
        return null;
    }

    static Response answer(Throwable thrown) {
        ProcessEngineException refusal = refusalIn(thrown);
        if (refusal == null) {
            return ExceptionHandlerHelper.getInstance().getResponse(thrown);
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(ExceptionHandlerHelper.getInstance().fromException(refusal))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** What the REST resources throw when they wrap the engine's exception. */
    @Provider
    @Priority(Priorities.USER - 1000)
    public static class OfRestException implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException exception) {
            return answer(exception);
        }
    }

    /** What reaches the REST layer from the engine unwrapped. */
    @Provider
    @Priority(Priorities.USER - 1000)
    public static class OfEngineException implements ExceptionMapper<ProcessEngineException> {

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return answer(exception);
        }
    }
}
