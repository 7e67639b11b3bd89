package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

class EngineRestErrorsTests {

    final List<Throwable> logged = new ArrayList<>();
    final EngineRestErrors errors = new EngineRestErrors((message, fault) -> logged.add(fault));

    @Test
    void aServerFaultIsA500WithANeutralMessageAndIsLogged() {
        IllegalStateException fault =
                new IllegalStateException("org.postgresql.util.PSQLException: select * from ACT_RU_TASK");
        Response answer = errors.toResponse(new ProcessEngineException("ENGINE-03004 flush failed", fault));

        assertThat(answer.getStatus()).isEqualTo(500);
        ExceptionDto body = (ExceptionDto) answer.getEntity();
        assertThat(body.getType()).isEqualTo("ServerError");
        assertThat(body.getMessage())
                .as("Chinese without a request")
                .isEqualTo(CallersLanguage.of(EngineRestErrors.SERVER_FAULT, null))
                .isEqualTo("服务器内部错误，已记录，请稍后再试");
        assertThat(logged).hasSize(1);
        assertThat(errors.toResponse(new NullPointerException("x")).getStatus()).isEqualTo(500);
    }

    @Test
    void clientErrorsAre4xx() {
        assertThat(errors.toResponse(new NotFoundException("Cannot find task with id nope"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(errors.toResponse(new NullValueException("task nope doesn't exist: task is null"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(errors.toResponse(new NullValueException("processDefinitionId is null"))
                        .getStatus())
                .isEqualTo(400);
        assertThat(errors.toResponse(new OptimisticLockingException("changed")).getStatus())
                .isEqualTo(409);
        assertThat(errors.toResponse(new NotAllowedException("GET")).getStatus())
                .isEqualTo(405);
        assertThat(errors.toResponse(new RestException(
                                Response.Status.INTERNAL_SERVER_ERROR,
                                EngineRefusal.of("缺少申请人", "applicant missing"),
                                "Cannot instantiate process definition x: 缺少申请人 / applicant missing"))
                        .getStatus())
                .as("our refusal in a start, which Camunda wraps in a 500")
                .isEqualTo(400);
        assertThat(logged).isEmpty();
    }

    @Test
    void messagesSayNothingInternal() {
        assertThat(EngineRestErrors.clean(
                        "Cannot convert value 'x' to java type java.lang.Integer\n\tat org.camunda.Foo"))
                .isEqualTo("Cannot convert value 'x' to java type Integer");
        assertThat(EngineRestErrors.clean("ENGINE-09005 org.camunda.bpm.engine.ProcessEngineException: boom"))
                .isEqualTo("ENGINE-09005 boom");
        assertThat(EngineRestErrors.clean("x".repeat(600))).hasSize(500);
    }

    @Test
    void theEngineTellsWhatTheCallerCaused() {
        assertThat(ClientErrors.asClientError(new NullValueException("task nope doesn't exist: task is null")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("nope");
        assertThat(ClientErrors.asClientError(new NullValueException("userId is null")))
                .isInstanceOf(NotValidException.class);
        ProcessEngineException expression = new ProcessEngineException(
                "Unknown property used in expression: ${a}",
                new ProcessEngineException(
                        "wrapped", new org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException("a")));
        assertThat(ClientErrors.asClientError(expression))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith(ClientErrors.EXPRESSION_FAILED)
                .hasCause(expression);
        ProcessEngineException refusal = EngineRefusal.of("请写明理由", "give the reason");
        ProcessEngineException wrapped = new ProcessEngineException(
                "ENGINE-03051 There was an exception while invoking" + " the TaskListener",
                new ProcessEngineException("Exception while invoking TaskListener", refusal));
        assertThat(ClientErrors.asClientError(wrapped)).isSameAs(refusal);
        IllegalStateException other = new IllegalStateException("x");
        assertThat(ClientErrors.asClientError(other)).isSameAs(other);
    }
}
