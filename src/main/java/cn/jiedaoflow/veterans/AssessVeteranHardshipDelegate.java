package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;

import cn.jiedaoflow.delegates.ProcedureDelegate;
import cn.jiedaoflow.people.StaffGroup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The assessment: the two DMN decisions the station can change (level and suggested amounts; referrals) on
 * what the home visit confirmed, read from the application (the engine holds no incomes or disability grades;
 * the figures reach the decisions as their inputs, whose history only administrators may read). An URGENT case's
 * temporary relief is due 24 hours from now.
 */
@ProcedureDelegate("veteran-assistance")
@Component
class AssessVeteranHardshipDelegate implements JavaDelegate {

    private static final Map<String, String> LEVEL_NAMES =
            Map.of("NONE", "无需资金帮扶", "GENERAL", "一般", "KEY", "重点", "URGENT", "紧急");

    private final AssistanceCases cases;

    AssessVeteranHardshipDelegate(AssistanceCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String trackingNumber = (String) execution.getVariable(VAR_TRACKING_NUMBER);
        AssistanceCases.Household household = cases.household(trackingNumber);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(VAR_HARDSHIP_TYPE, execution.getVariable(VAR_HARDSHIP_TYPE));
        inputs.put(VAR_HOUSEHOLD_SIZE, household.size());
        inputs.put(VAR_MONTHLY_HOUSEHOLD_INCOME, household.monthlyIncome());
        inputs.put(VAR_DISABILITY_GRADE, household.disabilityGrade());
        inputs.put(VAR_MINIMUM_LIVING_STANDARD, execution.getVariable(VAR_MINIMUM_LIVING_STANDARD));
        // the process decides, not the person whose form completed the visit: no permission on the decisions needed
        CommandContext command = Context.getCommandContext();
        DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
        DmnDecisionResultEntries assessment = command.runWithoutAuthorization(() -> decisions
                .evaluateDecisionByKey(DECISION_LEVEL)
                .variables(inputs)
                .evaluate()
                .getSingleResult());
        String level = assessment.getEntry("level");
        List<String> referrals = new ArrayList<>(command.runWithoutAuthorization(() -> decisions
                .evaluateDecisionByKey(DECISION_REFERRALS)
                .variables(Map.of(
                        "hardshipType",
                        execution.getVariable(VAR_HARDSHIP_TYPE),
                        "level",
                        level,
                        "legalDispute",
                        Boolean.TRUE.equals(execution.getVariable(VAR_LEGAL_DISPUTE))))
                .evaluate()
                .collectEntries("referralGroup")));
        execution.setVariable(VAR_LEVEL, level);
        execution.setVariable(VAR_LEVEL_NAME, LEVEL_NAMES.getOrDefault(level, level));
        execution.setVariable(VAR_MIN_AMOUNT, ((Number) assessment.getEntry("minAmount")).longValue());
        execution.setVariable(VAR_MAX_AMOUNT, ((Number) assessment.getEntry("maxAmount")).longValue());
        execution.setVariable(VAR_REFERRAL_GROUPS, referrals);
        execution.setVariable(
                VAR_REFERRAL_NAMES,
                referrals.isEmpty()
                        ? "无"
                        : String.join(
                                "、",
                                referrals.stream()
                                        .map(id -> StaffGroup.byId(id)
                                                .map(StaffGroup::nameZh)
                                                .orElse(id))
                                        .toList()));
        execution.setVariable(
                VAR_RELIEF_DUE,
                "URGENT".equals(level)
                        ? Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(RELIEF_HOURS)))
                        : null);
        cases.assessed(trackingNumber, level);
    }
}
