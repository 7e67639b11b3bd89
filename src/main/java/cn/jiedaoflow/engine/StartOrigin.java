package cn.jiedaoflow.engine;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Where a process instance's start came from, for the intake rules that every start must pass whatever the door.
 * Residents and enterprises are not engine users: the application starts their cases in-process without an engine
 * authentication, after checking the caller itself. A start with a signed-in engine user came through one of the
 * engine's doors (Tasklist's start form, {@code /engine-rest}, the webapps' API), and only what that user may set
 * is taken from the caller. A sub-process started by a call activity belongs to its calling case, and a timer or
 * another job starts without a user: neither is a door. A job keeps no user even when a signed-in user has it
 * executed now (Cockpit's "execute job", {@code POST /engine-rest/job/{id}/execute}): the start still comes
 * from the timer, not from that user.
 */
public final class StartOrigin {

    private StartOrigin() {}

    /**
     * The staff user who started this process instance through an engine door, or empty when the application,
     * a timer or a calling case started it.
     *
     * @param execution the process instance's execution, as a start listener of the process receives it
     */
    public static Optional<String> doorUser(DelegateExecution execution) {
        if (execution.getSuperExecution() != null || inJob()) {
            return Optional.empty();
        }
        Authentication current =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null || current.getUserId() == null ? Optional.empty() : Optional.of(current.getUserId());
    }

    private static boolean inJob() {
        CommandContext context = Context.getCommandContext();
        return context != null && context.getCurrentJob() != null;
    }
}
