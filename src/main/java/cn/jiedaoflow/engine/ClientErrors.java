package cn.jiedaoflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Tells the engine which of its failures the caller caused, so that it treats them as it treats its own refusals
 * ({@link BadUserRequestException}): logged at DEBUG instead of an ERROR with a stack trace for every clerk's slip,
 * and answered 4xx by {@link EngineRestErrors}. At the end of the outermost command (nothing in the engine can catch
 * it any more) it turns
 * <ul>
 * <li>a {@link NullValueException} naming something that does not exist ({@code task nope doesn't exist}) into a
 * {@link NotFoundException}, another one (a value that must not be null) into a {@link NotValidException};</li>
 * <li>a submitted form that fails the validation of a generated form's field (a start without a required
 * variable) into a {@link NotValidException};</li>
 * <li>an expression that names a variable that is not there, or cannot use the value it found, into a
 * {@link BadUserRequestException} saying so;</li>
 * <li>a refusal that the engine wrapped (it wraps whatever a task listener throws, twice) into the refusal itself,
 * with its own message: a {@link BadUserRequestException} or a {@link FormFieldValidationException} (the engine's
 * own refusal of a form, which Camunda's resources answer 400).</li>
 * </ul>
 * Message and cause are kept; anything else passes unchanged.
 */
@Component
class ClientErrors extends AbstractProcessEnginePlugin {

    static final String EXPRESSION_FAILED = "表达式无法求值 / The expression could not be evaluated: ";
    static final Pattern MISSING_OBJECT =
            Pattern.compile("(?is).*(doesn't exist|does not exist|cannot find|not found).*");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired(), new Interceptor()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new Interceptor()));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
        List<CommandInterceptor> interceptors = new ArrayList<>(existing == null ? List.of() : existing);
        interceptors.add(added);
        return interceptors;
    }

    /** The caller's share of a failure, as the engine's own kind of refusal; the failure itself otherwise. */
    static RuntimeException asClientError(RuntimeException failure) {
        if (failure instanceof BadUserRequestException || failure instanceof FormFieldValidationException) {
            return failure;
        }
        if (failure instanceof NullValueException missing) {
            return missing.getMessage() != null
                            && MISSING_OBJECT.matcher(missing.getMessage()).matches()
                    ? new NotFoundException(missing.getMessage(), missing)
                    : new NotValidException(missing.getMessage(), missing);
        }
        if (failure instanceof FormFieldValidatorException) {
            return new NotValidException(failure.getMessage(), failure);
        }
        if (failure instanceof ProcessEngineException engine) {
            for (Throwable cause = engine.getCause();
                    cause != null && cause != cause.getCause();
                    cause = cause.getCause()) {
                if (cause instanceof BadUserRequestException || cause instanceof FormFieldValidationException) {
                    return (RuntimeException) cause;
                }
            }
            if (EngineRestErrors.isExpressionError(engine)) {
                return new BadUserRequestException(EXPRESSION_FAILED + engine.getMessage(), engine);
            }
        }
        return failure;
    }

    /** One per command chain: an interceptor holds its chain's next link. */
    static final class Interceptor extends CommandInterceptor {

        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public <T> T execute(Command<T> command) {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return next.execute(command);
            } catch (RuntimeException failure) {
                throw depth[0] == 1 ? asClientError(failure) : failure;
            } finally {
                depth[0]--;
            }
        }
    }
}
