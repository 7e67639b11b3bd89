package cn.jiedaoflow.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Answers an {@link EngineRefusal} as the 400 it is, also where Camunda's REST resources wrap whatever the engine
 * throws into a 500 ({@code POST …/process-definition/…/start}, {@code …/task/{id}/complete}): a start or
 * completion that a listener refuses is the caller's mistake, not a server fault. The answer keeps Camunda's shape,
 * {@code {"type": "BadUserRequestException", "message": "中文 / English"}}, which Tasklist shows under the form.
 * Every other {@link RestException} is answered exactly as Camunda's own {@code RestExceptionHandler} answers it.
 *
 * <p>Registered in every Jersey application of the engine's doors — {@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine} — by {@link EngineRefusalMapperDiscovery}; its priority puts it before Camunda's
 * handler of the same exception type.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class EngineRefusalMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
        Throwable cause = exception.getCause();
        if (exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR && cause instanceof BadUserRequestException) {
            return ExceptionHandlerHelper.getInstance().getResponse(cause);
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
}
