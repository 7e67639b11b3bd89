package cn.jiedaoflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Makes PostgreSQL plan the engine's task queries — a task query, or a saved filter that runs one — for the
 * values at hand ({@code plan_cache_mode = force_custom_plan} for that command's transaction only). A generic
 * plan of the authorized task query cannot use the statistics on the permission tests and counted a filter
 * of 10,000 tasks in 14 s instead of 0.25 s; every other statement keeps PostgreSQL's plan cache, which the
 * lifecycle of a case needs (docs/performance.md, decision 0003). Sits after the command context, inside the
 * command's transaction.
 */
public class TaskQueryPlans extends CommandInterceptor {

    static final String SETTING = "set local plan_cache_mode = force_custom_plan";
    static final String POSTGRES = "postgres";

    private final AtomicBoolean enabled;

    public TaskQueryPlans() {
        this(new AtomicBoolean(true));
    }

    private TaskQueryPlans(AtomicBoolean enabled) {
        this.enabled = enabled;
    }

    /** The same for another command chain (an interceptor holds its chain's next link), switched together. */
    TaskQueryPlans forAnotherChain() {
        return new TaskQueryPlans(enabled);
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (enabled.get()
                && isTaskQuery(command)
                && POSTGRES.equals(Context.getProcessEngineConfiguration().getDatabaseType())) {
            Connection connection = Context.getCommandContext()
                    .getDbSqlSession()
                    .getSqlSession()
                    .getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute(SETTING);
            } catch (SQLException e) {
                throw new ProcessEngineException("could not set the plan cache mode of a task query", e);
            }
        }
        return next.execute(command);
    }

    static boolean isTaskQuery(Command<?> command) {
        return command instanceof TaskQueryImpl || command instanceof AbstractExecuteFilterCmd;
    }

    /** Off only to measure PostgreSQL as it comes in the same run ({@code StaffQueriesBenchmark}). */
    public void setEnabled(boolean enabled) {
        this.enabled.set(enabled);
    }
}
