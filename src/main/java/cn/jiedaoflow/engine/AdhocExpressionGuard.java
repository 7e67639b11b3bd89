package cn.jiedaoflow.engine;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;

/**
 * Refuses ad-hoc task queries that carry expressions, also inside {@code orQueries}, with a 400 — through
 * {@code /engine-rest}, the webapps and Java alike (the 2026 advisory on Camunda 7.24 CE).
 *
 * <p>The engine's own check ({@code QueryValidators.AdhocQueryValidator}) looks only at the query's own
 * expressions, never at those of its or-queries. An ad-hoc query reaches this interceptor as the command
 * itself (it is executed through the command executor it was created with). A saved filter's query is
 * loaded inside the filter command and executed there without passing the interceptors, so filters keep
 * their expressions; the query that extends a filter ({@code POST /filter/{id}/list} with a body) is
 * ad-hoc, and is checked here with its or-queries.
 */
class AdhocExpressionGuard extends CommandInterceptor {

    static final String MESSAGE =
            "查询中不允许使用表达式（包括 orQueries）/ " + "Expressions are not allowed in ad-hoc queries, including orQueries";

    private static final Field EXTENDING_QUERY = extendingQueryField();

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof TaskQueryImpl query) {
            refuseExpressions(query);
        } else if (command instanceof AbstractExecuteFilterCmd filterCommand) {
            if (extendingQuery(filterCommand) instanceof TaskQueryImpl extending) {
                refuseExpressions(extending);
            }
        }
        return next.execute(command);
    }

    static void refuseExpressions(TaskQueryImpl query) {
        if (!query.getExpressions().isEmpty()) {
            throw new BadUserRequestException(MESSAGE);
        }
        for (TaskQueryImpl orQuery : query.getQueries()) {
            if (!orQuery.getExpressions().isEmpty()) {
                throw new BadUserRequestException(MESSAGE);
            }
        }
    }

    private static Query<?, ?> extendingQuery(AbstractExecuteFilterCmd command) {
        try {
            return (Query<?, ?>) EXTENDING_QUERY.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the extending query of a filter command", e);
        }
    }

    private static Field extendingQueryField() {
        try {
            Field field = AbstractExecuteFilterCmd.class.getDeclaredField("extendingQuery");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            // the engine changed: refuse to start rather than run without the guard
            throw new IllegalStateException(
                    "AbstractExecuteFilterCmd.extendingQuery not found; review AdhocExpressionGuard", e);
        }
    }
}
