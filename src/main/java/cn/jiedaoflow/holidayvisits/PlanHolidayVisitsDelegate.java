package cn.jiedaoflow.holidayvisits;

import static cn.jiedaoflow.holidayvisits.HolidayVisits.PROCESS_KEY;
import static cn.jiedaoflow.holidayvisits.HolidayVisits.VAR_ROUND_DUE;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PlanRound}, every morning: is a round of holiday visits due today and not yet started
 * ({@link HolidayVisitRounds#dueToday}, which asks the engine's history here whether a round's key was used)? Then
 * this instance becomes the round ({@code HV-<year>-<festival>}) with one visit per key-care veteran; otherwise it
 * only says {@code roundDue = false} and ends, setting no case variables.
 */
@ProcedureDelegate("veteran-holiday-visits")
@Component
class PlanHolidayVisitsDelegate implements JavaDelegate {

    private final HolidayVisitRounds rounds;

    PlanHolidayVisitsDelegate(HolidayVisitRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<PlannedRound> planned = rounds.dueToday(key -> started(execution, key));
        if (planned.isEmpty()) {
            execution.setVariable(VAR_ROUND_DUE, false);
            return;
        }
        execution.setProcessBusinessKey(planned.get().round().key());
        execution.setVariables(planned.get().asVariables());
    }

    private static boolean started(DelegateExecution execution, String key) {
        return execution
                        .getProcessEngineServices()
                        .getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(PROCESS_KEY)
                        .processInstanceBusinessKey(key)
                        .count()
                > 0;
    }
}
