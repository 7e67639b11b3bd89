package cn.jiedaoflow.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A refusal raised inside the engine (a listener or a delegate reached from Tasklist or {@code /engine-rest}) that
 * the person who caused it must read. The message is Chinese and English, {@code 中文 / English}, and says nothing
 * internal; Tasklist shows it under the form.
 *
 * <p>It is the engine's form-validation exception because that is the one refusal Camunda's own REST resources answer
 * as a 400 where a person's form enters (completing a task, submitting a task or a start form); {@link
 * EngineRestErrors} answers it as a 400 at every door, wherever the engine or the resources wrapped it, and {@link
 * EngineRefusalLogging} logs it as the client error it is.
 */
public final class EngineRefusal {

    private EngineRefusal() {}

    public static FormFieldValidationException of(String chinese, String english) {
        return new FormFieldValidationException("jiedao-refusal", chinese + " / " + english);
    }

    /**
     * The refusal somewhere in {@code thrown}'s causes, or {@code null}: what {@link #of} makes, and the engine's own
     * refusals of a person's input (a bad request, a form field that fails its validation). The engine wraps whatever
     * a task listener throws, twice, and Camunda's REST resources wrap whatever the engine throws.
     */
    static ProcessEngineException in(Throwable thrown) {
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException || cause instanceof FormFieldValidationException) {
                return (ProcessEngineException) cause;
            }
        }
        return null;
    }
}
