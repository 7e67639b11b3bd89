package cn.jiedaoflow.engine;

import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import java.util.Arrays;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Turns the refusal of an intake rule into the engine's: an intake checks an application once, for the API
 * and for a start listener alike, and refuses with an {@link Refusal} (status, message key, arguments). The
 * API answers it as an RFC 9457 problem in the caller's language; a start listener hands it to the engine's
 * doors as an {@link EngineRefusal}, the same message in Chinese and English.
 */
@Component
public class IntakeRefusals {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    public IntakeRefusals(MessageSource messages) {
        this.messages = messages;
    }

    public ProcessEngineException of(Refusal problem) {
        return EngineRefusal.of(message(problem, CHINESE), message(problem, Locale.ENGLISH));
    }

    private String message(Refusal problem, Locale locale) {
        try {
            Object[] args = Arrays.stream(problem.args())
                    .map(arg -> arg instanceof Localized text ? text.in(locale) : arg)
                    .toArray();
            return messages.getMessage(problem.messageKey(), args, locale);
        } catch (NoSuchMessageException e) {
            return problem.messageKey();
        }
    }
}
