package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;

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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import cn.jiedaoflow.people.StaffGroup;

/**
 * The assessment: the two DMN decisions the station can change (level and suggested amounts; referrals) on
 * what the home visit confirmed. An URGENT case's temporary relief is due 24 hours from now.
 */
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
        DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
        Map<String, Object> inputs = new HashMap<>();
        for (String name : List.of(VAR_HARDSHIP_TYPE, VAR_HOUSEHOLD_SIZE, VAR_MONTHLY_HOUSEHOLD_INCOME,
                VAR_MINIMUM_LIVING_STANDARD, VAR_DISABILITY_GRADE)) {
            inputs.put(name, execution.getVariable(name));
        }
        DmnDecisionResultEntries assessment = decisions.evaluateDecisionByKey(DECISION_LEVEL).variables(inputs)
                .evaluate().getSingleResult();
        String level = assessment.getEntry("level");
        List<String> referrals = new ArrayList<>(decisions.evaluateDecisionByKey(DECISION_REFERRALS)
                .variables(Map.of("hardshipType", execution.getVariable(VAR_HARDSHIP_TYPE), "level", level,
                        "legalDispute", Boolean.TRUE.equals(execution.getVariable(VAR_LEGAL_DISPUTE))))
                .evaluate().collectEntries("referralGroup"));
        execution.setVariable(VAR_LEVEL, level);
        execution.setVariable(VAR_LEVEL_NAME, LEVEL_NAMES.getOrDefault(level, level));
        execution.setVariable(VAR_MIN_AMOUNT, ((Number) assessment.getEntry("minAmount")).longValue());
        execution.setVariable(VAR_MAX_AMOUNT, ((Number) assessment.getEntry("maxAmount")).longValue());
        execution.setVariable(VAR_REFERRAL_GROUPS, referrals);
        execution.setVariable(VAR_REFERRAL_NAMES, referrals.isEmpty() ? "无" : String.join("、", referrals.stream()
                .map(id -> StaffGroup.byId(id).map(StaffGroup::nameZh).orElse(id)).toList()));
        execution.setVariable(VAR_RELIEF_DUE, "URGENT".equals(level)
                ? Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(RELIEF_HOURS))) : null);
        cases.assessed((String) execution.getVariable(VAR_TRACKING_NUMBER), level);
    }
}
