package cn.jiedaoflow.calendar;

import cn.jiedaoflow.engine.EngineEdge;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar as a function of the engine's expressions, beside Camunda's {@code now()} and
 * {@code currentUser()}, so that a Tasklist filter can ask for what is due soon:
 * {@code dueBeforeExpression("${workingDayEnds(1)}")} holds every task due by the end of the next working day.
 *
 * <p>The engine calls a function as a static method; it finds the calendar of its own engine through this plugin,
 * which the engine keeps among its plugins (no static holder: each engine answers with its own calendar). Public, as
 * the engine calls the function from outside the package.
 */
@EngineEdge
@Component
public class FilterFunctions extends AbstractProcessEnginePlugin {

    static final String WORKING_DAY_ENDS = "workingDayEnds";

    private final WorkingCalendar calendar;

    FilterFunctions(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        try {
            configuration
                    .getExpressionManager()
                    .addFunction(WORKING_DAY_ENDS, FilterFunctions.class.getMethod(WORKING_DAY_ENDS, int.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the function " + WORKING_DAY_ENDS + " is missing", e);
        }
    }

    /**
     * The end of the {@code workingDays}-th working day after today — midnight after it, so that a task due at the
     * end of office hours that day is before it — by the engine's clock and the office's calendar.
     */
    public static Date workingDayEnds(int workingDays) {
        WorkingCalendar calendar = ofThisEngine().calendar;
        Deadline lastDay = calendar.workingDaysFrom(calendar.now(), OfficeCalendar.checked(workingDays));
        return Date.from(lastDay.at()
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay(calendar.zone())
                .toInstant());
    }

    private static FilterFunctions ofThisEngine() {
        Deque<ProcessEnginePlugin> plugins =
                new ArrayDeque<>(Context.getProcessEngineConfiguration().getProcessEnginePlugins());
        while (!plugins.isEmpty()) {
            ProcessEnginePlugin plugin = plugins.pop();
            if (plugin instanceof FilterFunctions functions) {
                return functions;
            }
            if (plugin instanceof CompositeProcessEnginePlugin composite) {
                plugins.addAll(composite.getPlugins());
            }
        }
        throw new IllegalStateException("the engine runs without " + FilterFunctions.class.getSimpleName());
    }
}
