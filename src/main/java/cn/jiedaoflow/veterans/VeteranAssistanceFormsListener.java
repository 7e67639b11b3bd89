package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;

import cn.jiedaoflow.engine.EngineRefusal;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks each form of the procedure before its task completes (Tasklist shows the message and keeps the task
 * open, with a refusal in Chinese and English), stores the values in the types the decisions read, and records the
 * decisions on the case: the confirmed household on the visit (kept in the application, not in the engine), the
 * relief, the head's and the leader's approvals, the payment reference.
 */
@Component("veteranAssistanceFormsListener")
class VeteranAssistanceFormsListener implements TaskListener {

    private final AssistanceCases cases;
    private final VeteranAssistanceSettings settings;

    VeteranAssistanceFormsListener(AssistanceCases cases, VeteranAssistanceSettings settings) {
        this.cases = cases;
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        String trackingNumber = (String) task.getVariable(VAR_TRACKING_NUMBER);
        switch (task.getTaskDefinitionKey()) {
            case USER_TASK_HOME_VISIT -> visit(task, trackingNumber);
            case USER_TASK_DECIDE_RELIEF -> relief(task, trackingNumber);
            case USER_TASK_APPROVE_BY_HEAD -> headApproval(task, trackingNumber);
            case USER_TASK_APPROVE_BY_LEADER -> leaderApproval(task, trackingNumber);
            case USER_TASK_DISBURSE -> text(task, VAR_PAYMENT_REFERENCE, "请填写发放凭证号", "give the payment reference");
            default -> throw new IllegalStateException("no checks for task " + task.getTaskDefinitionKey());
        }
    }

    /**
     * The verified household goes into the application (the assessment reads it there) and leaves the variables in
     * the same transaction: the engine never stores the income or the disability grade typed into the form, and the
     * forms show the income's band instead.
     */
    private void visit(DelegateTask task, String trackingNumber) {
        int householdSize = HouseholdRules.size(task.getVariable(VAR_HOUSEHOLD_SIZE))
                .orElseThrow(() -> EngineRefusal.of("家庭人口须为 1 到 20 的整数", "the household has 1 to 20 persons"));
        BigDecimal income =
                amount(task.getVariable(VAR_MONTHLY_HOUSEHOLD_INCOME), "家庭月收入", "the monthly household income");
        int grade = HouseholdRules.disabilityGrade(task.getVariable(VAR_DISABILITY_GRADE))
                .orElseThrow(() -> EngineRefusal.of("残疾等级须为 0（无）到 4", "the disability grade is 0 (none) to 4"));
        text(task, VAR_VISIT_FINDINGS, "请填写走访情况", "record what the visit found");
        cases.visited(trackingNumber, new AssistanceCases.Household(householdSize, income, grade));
        task.removeVariable(VAR_MONTHLY_HOUSEHOLD_INCOME);
        task.removeVariable(VAR_DISABILITY_GRADE);
        task.setVariable(VAR_HOUSEHOLD_SIZE, householdSize);
        task.setVariable(
                VAR_INCOME_BAND,
                IncomeBand.of(income, householdSize, minimumLivingStandard(task))
                        .chinese());
        task.setVariable(VAR_LEGAL_DISPUTE, Boolean.TRUE.equals(task.getVariable(VAR_LEGAL_DISPUTE)));
    }

    private BigDecimal minimumLivingStandard(DelegateTask task) {
        return task.getVariable(VAR_MINIMUM_LIVING_STANDARD) instanceof Number standard
                ? new BigDecimal(standard.toString())
                : settings.minimumLivingStandard();
    }

    private void relief(DelegateTask task, String trackingNumber) {
        Object decision = task.getVariable(VAR_RELIEF_DECISION);
        if ("GRANT".equals(decision)) {
            BigDecimal amount = amount(task.getVariable(VAR_RELIEF_AMOUNT), "临时救助金额", "the relief");
            task.setVariable(VAR_RELIEF_AMOUNT, amount.doubleValue());
            cases.reliefDecided(trackingNumber, amount);
        } else if ("DENY".equals(decision)) {
            cases.reliefDecided(trackingNumber, null);
        } else {
            throw EngineRefusal.of("请选择是否给予临时救助", "choose GRANT or DENY");
        }
    }

    private void headApproval(DelegateTask task, String trackingNumber) {
        Object decision = task.getVariable(VAR_HEAD_DECISION);
        if ("REJECT".equals(decision)) {
            text(task, VAR_APPROVAL_REASON, "不同意须写明理由", "give the reason for rejecting");
            task.setVariable(VAR_LEADER_APPROVAL_NEEDED, false);
            return;
        }
        if (!"APPROVE".equals(decision)) {
            throw EngineRefusal.of("请选择审批意见", "choose APPROVE or REJECT");
        }
        BigDecimal amount = amount(task.getVariable(VAR_APPROVED_AMOUNT), "帮扶金额", "the amount");
        long maximum = ((Number) task.getVariable(VAR_MAX_AMOUNT)).longValue();
        if (AssistanceAmounts.needsReason(amount, maximum)) {
            text(
                    task,
                    VAR_APPROVAL_REASON,
                    "金额超过建议上限 " + maximum + " 元，须写明理由",
                    "an amount above the suggested maximum of " + maximum + " needs a written reason");
        }
        boolean leader = AssistanceAmounts.needsLeader(amount, settings.leaderApprovalAbove());
        task.setVariable(VAR_APPROVED_AMOUNT, amount.doubleValue());
        task.setVariable(VAR_LEADER_APPROVAL_NEEDED, leader);
        task.setVariable(
                VAR_LEADER_APPROVAL_ABOVE, settings.leaderApprovalAbove().toPlainString());
        if (!leader) {
            cases.approved(trackingNumber, amount);
        }
    }

    private void leaderApproval(DelegateTask task, String trackingNumber) {
        Object decision = task.getVariable(VAR_LEADER_DECISION);
        if ("REJECT".equals(decision)) {
            text(task, VAR_LEADER_OPINION, "不同意须写明意见", "give the reason for rejecting");
        } else if ("APPROVE".equals(decision)) {
            cases.approved(trackingNumber, amount(task.getVariable(VAR_APPROVED_AMOUNT), "帮扶金额", "the amount"));
        } else {
            throw EngineRefusal.of("请选择审批意见", "choose APPROVE or REJECT");
        }
    }

    /** An amount of yuan, or the refusal that says what is wrong with it, in Chinese and English. */
    private static BigDecimal amount(Object value, String what, String whatEn) {
        try {
            return AssistanceAmounts.amount(value, what, whatEn);
        } catch (IllegalArgumentException wrong) {
            String[] message = wrong.getMessage().split(" / ", 2);
            throw EngineRefusal.of(message[0], message.length > 1 ? message[1] : message[0]);
        }
    }

    private static void text(DelegateTask task, String variable, String chinese, String english) {
        Object value = task.getVariable(variable);
        if (!(value instanceof String text) || !HouseholdRules.isGiven(text)) {
            throw EngineRefusal.of(chinese, english);
        }
        if (!HouseholdRules.fits(text)) {
            throw EngineRefusal.of(
                    "内容不能超过 " + HouseholdRules.MAX_TEXT + " 个字符", "at most " + HouseholdRules.MAX_TEXT + " characters");
        }
    }
}
