package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;

import cn.jiedaoflow.refusal.Refusal;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The answers the station, its head, the leader in charge and finance give in the procedure's forms, taken before
 * their task completes: checked by the rules the application API applies too ({@link HouseholdRules},
 * {@link AssistanceAmounts}), recorded on the case, and turned into the variables the decisions and the later forms
 * read. What the home visit verified goes into the application (the assessment reads it there), not the engine: the
 * income and the disability grade leave the variables, and the forms show the income's band instead. A wrong answer is
 * refused with a {@link Refusal} that names the field and what is wrong with it; nothing is recorded then.
 */
@Component
class AssistanceTaskAnswers {

    static final String GRANT = "GRANT";
    static final String DENY = "DENY";
    static final String APPROVE = "APPROVE";
    static final String REJECT = "REJECT";

    /** The refusals' message keys: {@code veterans.task.<field>.<what is wrong>} (i18n/veterans). */
    private static final String KEY = "veterans.task.";

    private final AssistanceCases cases;
    private final VeteranAssistanceSettings settings;

    AssistanceTaskAnswers(AssistanceCases cases, VeteranAssistanceSettings settings) {
        this.cases = cases;
        this.settings = settings;
    }

    /**
     * What taking the answers leaves in the process: the variables to set, and those to remove (first) because the
     * engine must not hold them.
     */
    record Taken(Map<String, Object> variables, List<String> removed) {

        static final Taken NOTHING = new Taken(Map.of(), List.of());
    }

    /**
     * Takes the answers of the form of task {@code task}; {@code answers} looks up the task's variables by name (the
     * case's tracking number, what the process holds so far, and the form's fields).
     */
    Taken take(String task, Function<String, Object> answers) {
        String trackingNumber = (String) answers.apply(VAR_TRACKING_NUMBER);
        return switch (task) {
            case USER_TASK_HOME_VISIT -> visit(trackingNumber, answers);
            case USER_TASK_DECIDE_RELIEF -> relief(trackingNumber, answers);
            case USER_TASK_APPROVE_BY_HEAD -> headApproval(trackingNumber, answers);
            case USER_TASK_APPROVE_BY_LEADER -> leaderApproval(trackingNumber, answers);
            case USER_TASK_DISBURSE -> {
                text(answers, VAR_PAYMENT_REFERENCE);
                yield Taken.NOTHING;
            }
            default -> throw new IllegalStateException("no answers are taken at task " + task);
        };
    }

    private Taken visit(String trackingNumber, Function<String, Object> answers) {
        // the Tasklist form's field is not bound to the declared size, which it shows beside; the API sends the size
        Object verifiedSize = answers.apply(VAR_VERIFIED_HOUSEHOLD_SIZE);
        int householdSize = HouseholdRules.size(verifiedSize != null ? verifiedSize : answers.apply(VAR_HOUSEHOLD_SIZE))
                .orElseThrow(() -> invalid(VAR_HOUSEHOLD_SIZE));
        BigDecimal income = amount(answers, VAR_MONTHLY_HOUSEHOLD_INCOME);
        int grade = HouseholdRules.disabilityGrade(answers.apply(VAR_DISABILITY_GRADE))
                .orElseThrow(() -> invalid(VAR_DISABILITY_GRADE));
        text(answers, VAR_VISIT_FINDINGS);
        cases.visited(trackingNumber, new AssistanceCases.Household(householdSize, income, grade));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(VAR_HOUSEHOLD_SIZE, householdSize);
        variables.put(
                VAR_INCOME_BAND,
                IncomeBand.of(income, householdSize, minimumLivingStandard(answers))
                        .chinese());
        variables.put(VAR_LEGAL_DISPUTE, Boolean.TRUE.equals(answers.apply(VAR_LEGAL_DISPUTE)));
        return new Taken(
                variables, List.of(VAR_MONTHLY_HOUSEHOLD_INCOME, VAR_DISABILITY_GRADE, VAR_VERIFIED_HOUSEHOLD_SIZE));
    }

    /** The standard the case started with; the configured one for a case that holds none. */
    private BigDecimal minimumLivingStandard(Function<String, Object> answers) {
        return answers.apply(VAR_MINIMUM_LIVING_STANDARD) instanceof Number standard
                ? new BigDecimal(standard.toString())
                : settings.minimumLivingStandard();
    }

    private Taken relief(String trackingNumber, Function<String, Object> answers) {
        Object decision = answers.apply(VAR_RELIEF_DECISION);
        if (GRANT.equals(decision)) {
            BigDecimal amount = amount(answers, VAR_RELIEF_AMOUNT);
            cases.reliefDecided(trackingNumber, amount);
            return new Taken(Map.of(VAR_RELIEF_AMOUNT, amount.doubleValue()), List.of());
        }
        if (DENY.equals(decision)) {
            cases.reliefDecided(trackingNumber, null);
            return Taken.NOTHING;
        }
        throw missing(VAR_RELIEF_DECISION);
    }

    /**
     * Rejecting needs a reason, and so does an amount above the assessment's suggested maximum; above the head's
     * limit the leader in charge approves too, and the amount is the case's only once they have.
     */
    private Taken headApproval(String trackingNumber, Function<String, Object> answers) {
        Object decision = answers.apply(VAR_HEAD_DECISION);
        if (REJECT.equals(decision)) {
            text(answers, VAR_APPROVAL_REASON);
            return new Taken(Map.of(VAR_LEADER_APPROVAL_NEEDED, false), List.of());
        }
        if (!APPROVE.equals(decision)) {
            throw missing(VAR_HEAD_DECISION);
        }
        BigDecimal amount = amount(answers, VAR_APPROVED_AMOUNT);
        long maximum = ((Number) answers.apply(VAR_MAX_AMOUNT)).longValue();
        if (AssistanceAmounts.needsReason(amount, maximum)) {
            text(
                    answers,
                    VAR_APPROVAL_REASON,
                    Refusal.badInput(KEY + "approvalReason.aboveMaximum", String.valueOf(maximum)));
        }
        boolean leader = AssistanceAmounts.needsLeader(amount, settings.leaderApprovalAbove());
        if (!leader) {
            cases.approved(trackingNumber, amount);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(VAR_APPROVED_AMOUNT, amount.doubleValue());
        variables.put(VAR_LEADER_APPROVAL_NEEDED, leader);
        variables.put(VAR_LEADER_APPROVAL_ABOVE, settings.leaderApprovalAbove().toPlainString());
        return new Taken(variables, List.of());
    }

    private Taken leaderApproval(String trackingNumber, Function<String, Object> answers) {
        Object decision = answers.apply(VAR_LEADER_DECISION);
        if (REJECT.equals(decision)) {
            text(answers, VAR_LEADER_OPINION);
        } else if (APPROVE.equals(decision)) {
            cases.approved(trackingNumber, amount(answers, VAR_APPROVED_AMOUNT));
        } else {
            throw missing(VAR_LEADER_DECISION);
        }
        return Taken.NOTHING;
    }

    /** The amount of yuan in answer {@code name}, or the refusal that says what is wrong with it. */
    private static BigDecimal amount(Function<String, Object> answers, String name) {
        Object value = answers.apply(name);
        return AssistanceAmounts.amount(value)
                .orElseThrow(() -> Refusal.badInput(KEY + name + "." + AssistanceAmounts.whatIsWrong(value)));
    }

    /** The text of answer {@code name}: given, and at most 2,000 characters. */
    private static void text(Function<String, Object> answers, String name) {
        text(answers, name, missing(name));
    }

    /** The text of answer {@code name}, refused with {@code whenMissing} when it is not given. */
    private static void text(Function<String, Object> answers, String name, Refusal whenMissing) {
        HouseholdRules.whatIsWrongWithText(answers.apply(name)).ifPresent(wrong -> {
            throw "missing".equals(wrong)
                    ? whenMissing
                    : Refusal.badInput(KEY + "text.tooLong", String.valueOf(HouseholdRules.MAX_TEXT));
        });
    }

    private static Refusal missing(String name) {
        return Refusal.badInput(KEY + name + ".missing");
    }

    private static Refusal invalid(String name) {
        return Refusal.badInput(KEY + name + ".invalid");
    }
}
