package cn.jiedaoflow.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A refusal raised inside the engine (a listener or a delegate reached from Tasklist or {@code /engine-rest}) that
 * the person who caused it must read. The message is Chinese and English, {@code 中文 / English}, and says nothing
 * internal; Tasklist shows it under the form.
 *
 * <p>It is the engine's form-validation exception because that is the one refusal the engine's REST resources answer
 * as a 400 wherever a person's input enters — completing a task, submitting a task form or a start form — where any
 * other engine exception becomes a 500 ({@code TaskResourceImpl}, {@code ProcessDefinitionResourceImpl} in 7.24).
 */
public final class EngineRefusal {

    private EngineRefusal() {
    }

    public static FormFieldValidationException of(String chinese, String english) {
        return new FormFieldValidationException("jiedao-refusal", chinese + " / " + english);
    }
}
