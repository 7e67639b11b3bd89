package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jiedaoflow.fakes.WeekdayCalendar;
import cn.jiedaoflow.refusal.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The answers of the procedure's forms, without an engine: what each form records on the case and leaves in the
 * process, and each wrong answer refused by name, in Chinese and English, with nothing recorded.
 */
class AssistanceTaskAnswersTests {

    private static final String TRACKING_NUMBER = "VA-20260309-K7Q2MX";

    private final InMemoryAssistanceCases cases = new InMemoryAssistanceCases(new WeekdayCalendar());
    private final AssistanceTaskAnswers answers =
            new AssistanceTaskAnswers(cases, VeteranAssistanceSettings.defaults());

    /** The messages of the procedure, as the application reads them. */
    static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/veterans");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void theVisitRecordsTheVerifiedHouseholdAndLeavesOnlyTheIncomesBandInTheProcess() {
        // 3 persons, 4,000 a month: below 1,510 × 3 = 4,530
        AssistanceTaskAnswers.Taken taken = answers.take(USER_TASK_HOME_VISIT, visit(3L, 4000L, "2")::get);

        assertThat(cases.verified.get(TRACKING_NUMBER))
                .isEqualTo(new AssistanceCases.Household(3, new BigDecimal("4000"), 2));
        assertThat(taken.variables())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(VAR_HOUSEHOLD_SIZE, 3, VAR_INCOME_BAND, "人均低于最低生活保障标准", VAR_LEGAL_DISPUTE, false));
        assertThat(taken.removed())
                .containsExactlyInAnyOrder(
                        VAR_MONTHLY_HOUSEHOLD_INCOME, VAR_DISABILITY_GRADE, VAR_VERIFIED_HOUSEHOLD_SIZE);
    }

    @Test
    void theTasklistFormsVerifiedSizeCountsNotTheDeclaredOneTheProcessStillHolds() {
        // the process holds the declared 5; the form's own field, not bound to it, says 3
        Map<String, Object> form = visit(5L, 4000L, "2");
        form.put(VAR_VERIFIED_HOUSEHOLD_SIZE, 3L);

        AssistanceTaskAnswers.Taken taken = answers.take(USER_TASK_HOME_VISIT, form::get);

        assertThat(cases.verified.get(TRACKING_NUMBER))
                .isEqualTo(new AssistanceCases.Household(3, new BigDecimal("4000"), 2));
        assertThat(taken.variables()).containsEntry(VAR_HOUSEHOLD_SIZE, 3);
        assertThat(taken.removed()).contains(VAR_VERIFIED_HOUSEHOLD_SIZE);
    }

    @Test
    void theIncomesBandIsTheCasesStandardsOrTheConfiguredOneWhenTheCaseHoldsNone() {
        Map<String, Object> form = visit(2L, 4000L, "0");
        form.put(VAR_LEGAL_DISPUTE, true);
        form.put(VAR_MINIMUM_LIVING_STANDARD, 2100.0); // 4,000 < 2,100 × 2
        assertThat(answers.take(USER_TASK_HOME_VISIT, form::get).variables())
                .containsEntry(VAR_INCOME_BAND, "人均低于最低生活保障标准")
                .containsEntry(VAR_LEGAL_DISPUTE, true);

        form.remove(VAR_MINIMUM_LIVING_STANDARD); // 1,510 × 2 = 3,020 ≤ 4,000 < 4,530
        assertThat(answers.take(USER_TASK_HOME_VISIT, form::get).variables())
                .containsEntry(VAR_INCOME_BAND, "人均低于 1.5 倍最低生活保障标准");
    }

    @Test
    void aWrongVisitAnswerIsRefusedByNameAndNothingIsRecorded() {
        Object[][] wrong = {
            {VAR_HOUSEHOLD_SIZE, 0L, "householdSize.invalid"},
            {VAR_HOUSEHOLD_SIZE, 2.5, "householdSize.invalid"},
            {VAR_MONTHLY_HOUSEHOLD_INCOME, "五千", "monthlyHouseholdIncome.notAnAmount"},
            {VAR_MONTHLY_HOUSEHOLD_INCOME, -1L, "monthlyHouseholdIncome.negative"},
            {VAR_MONTHLY_HOUSEHOLD_INCOME, "1.005", "monthlyHouseholdIncome.tooManyDecimals"},
            {VAR_MONTHLY_HOUSEHOLD_INCOME, "1e400", "monthlyHouseholdIncome.tooLarge"},
            {VAR_DISABILITY_GRADE, "5", "disabilityGrade.invalid"},
            {VAR_VISIT_FINDINGS, " ", "visitFindings.missing"},
            {VAR_VISIT_FINDINGS, "x".repeat(2001), "text.tooLong"}
        };
        for (Object[] answer : wrong) {
            Map<String, Object> form = visit(3L, 4000L, "0");
            form.put((String) answer[0], answer[1]);

            assertThat(refused(USER_TASK_HOME_VISIT, form))
                    .as("%s = %s", answer[0], answer[1])
                    .isEqualTo("veterans.task." + answer[2]);
        }
        assertThat(cases.verified).isEmpty();
        assertThat(message(USER_TASK_HOME_VISIT, visit(3L, "五千", "0")))
                .isEqualTo("家庭月收入须为数字（元） / the monthly household income must be a number of yuan");
    }

    @Test
    void reliefIsGrantedWithAnAmountOrDenied() {
        Map<String, Object> form = form(VAR_RELIEF_DECISION, "GRANT", VAR_RELIEF_AMOUNT, 800L);
        assertThat(answers.take(USER_TASK_DECIDE_RELIEF, form::get).variables())
                .isEqualTo(Map.of(VAR_RELIEF_AMOUNT, 800.0));
        assertThat(cases.relief).containsEntry(TRACKING_NUMBER, new BigDecimal("800"));

        assertThat(answers.take(USER_TASK_DECIDE_RELIEF, form(VAR_RELIEF_DECISION, "DENY")::get))
                .isEqualTo(AssistanceTaskAnswers.Taken.NOTHING);
        assertThat(cases.relief).containsEntry(TRACKING_NUMBER, null);

        assertThat(refused(USER_TASK_DECIDE_RELIEF, form(VAR_RELIEF_DECISION, "MAYBE")))
                .isEqualTo("veterans.task.reliefDecision.missing");
        assertThat(refused(USER_TASK_DECIDE_RELIEF, form(VAR_RELIEF_DECISION, "GRANT", VAR_RELIEF_AMOUNT, -5L)))
                .isEqualTo("veterans.task.reliefAmount.negative");
    }

    @Test
    void theHeadApprovesUpToTheLimitAndTheLeaderInChargeAboveIt() {
        AssistanceTaskAnswers.Taken head = answers.take(USER_TASK_APPROVE_BY_HEAD, approval(2000L)::get);

        assertThat(head.variables())
                .containsEntry(VAR_APPROVED_AMOUNT, 2000.0)
                .containsEntry(VAR_LEADER_APPROVAL_NEEDED, false)
                .containsEntry(VAR_LEADER_APPROVAL_ABOVE, "2000");
        assertThat(cases.approved).containsEntry(TRACKING_NUMBER, new BigDecimal("2000"));

        cases.approved.clear();
        AssistanceTaskAnswers.Taken leaderToo = answers.take(USER_TASK_APPROVE_BY_HEAD, approval("2000.01")::get);
        assertThat(leaderToo.variables()).containsEntry(VAR_LEADER_APPROVAL_NEEDED, true);
        assertThat(cases.approved)
                .as("not the case's amount before the leader approves")
                .isEmpty();

        Map<String, Object> leader = form(VAR_LEADER_DECISION, "APPROVE", VAR_APPROVED_AMOUNT, 2000.01);
        assertThat(answers.take(USER_TASK_APPROVE_BY_LEADER, leader::get))
                .isEqualTo(AssistanceTaskAnswers.Taken.NOTHING);
        assertThat(cases.approved).containsEntry(TRACKING_NUMBER, new BigDecimal("2000.01"));
    }

    @Test
    void anAmountAboveTheSuggestedMaximumNeedsAWrittenReason() {
        Map<String, Object> form = approval(5000.01);
        form.put(VAR_MAX_AMOUNT, 5000L);
        assertThat(refused(USER_TASK_APPROVE_BY_HEAD, form)).isEqualTo("veterans.task.approvalReason.aboveMaximum");
        assertThat(message(USER_TASK_APPROVE_BY_HEAD, form))
                .isEqualTo("金额超过建议上限 5000 元，须写明理由 / an amount above the suggested maximum of 5000 needs a"
                        + " written reason");

        form.put(VAR_APPROVAL_REASON, "x".repeat(2001));
        assertThat(message(USER_TASK_APPROVE_BY_HEAD, form)).isEqualTo("内容不能超过 2000 个字符 / at most 2000 characters");

        form.put(VAR_APPROVAL_REASON, "住院费用远超一般标准");
        assertThat(answers.take(USER_TASK_APPROVE_BY_HEAD, form::get).variables())
                .containsEntry(VAR_LEADER_APPROVAL_NEEDED, true);
    }

    @Test
    void theHeadOrTheLeaderRejectsWithAReason() {
        assertThat(refused(USER_TASK_APPROVE_BY_HEAD, form(VAR_HEAD_DECISION, "REJECT")))
                .isEqualTo("veterans.task.approvalReason.missing");
        Map<String, Object> head = form(VAR_HEAD_DECISION, "REJECT", VAR_APPROVAL_REASON, "已享受住房保障");
        assertThat(answers.take(USER_TASK_APPROVE_BY_HEAD, head::get).variables())
                .isEqualTo(Map.of(VAR_LEADER_APPROVAL_NEEDED, false));
        assertThat(refused(USER_TASK_APPROVE_BY_HEAD, form(VAR_HEAD_DECISION, null)))
                .isEqualTo("veterans.task.headDecision.missing");

        assertThat(refused(USER_TASK_APPROVE_BY_LEADER, form(VAR_LEADER_DECISION, "REJECT")))
                .isEqualTo("veterans.task.leaderOpinion.missing");
        Map<String, Object> leader = form(VAR_LEADER_DECISION, "REJECT", VAR_LEADER_OPINION, "超出年度预算");
        assertThat(answers.take(USER_TASK_APPROVE_BY_LEADER, leader::get))
                .isEqualTo(AssistanceTaskAnswers.Taken.NOTHING);
        assertThat(refused(USER_TASK_APPROVE_BY_LEADER, form(VAR_LEADER_DECISION, "")))
                .isEqualTo("veterans.task.leaderDecision.missing");
        assertThat(cases.approved).isEmpty();
    }

    @Test
    void theDisbursementNeedsThePaymentReference() {
        assertThat(refused(USER_TASK_DISBURSE, form(VAR_PAYMENT_REFERENCE, null)))
                .isEqualTo("veterans.task.paymentReference.missing");
        assertThat(answers.take(USER_TASK_DISBURSE, form(VAR_PAYMENT_REFERENCE, "CW-2026-0311")::get))
                .isEqualTo(AssistanceTaskAnswers.Taken.NOTHING);
    }

    @Test
    void aTaskWithoutAFormToCheckIsAMistakeInTheModel() {
        assertThatIllegalStateException()
                .isThrownBy(() -> answers.take(USER_TASK_FOLLOW_UP, form(VAR_PAYMENT_REFERENCE, "x")::get));
    }

    @Test
    void everyRefusalOfTheFormsReadsInChineseAndEnglish() {
        Set<String> chinese = taskKeys("i18n/veterans.properties");
        assertThat(chinese).hasSize(23).isEqualTo(taskKeys("i18n/veterans_en.properties"));
        for (String key : chinese) {
            assertThat(messages().getMessage(key, new Object[] {"1"}, Locale.SIMPLIFIED_CHINESE))
                    .as(key)
                    .isNotEqualTo(messages().getMessage(key, new Object[] {"1"}, Locale.ENGLISH));
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** The message key of the refusal of {@code form} at {@code task}. */
    private String refused(String task, Map<String, Object> form) {
        return catchThrowableOfType(Refusal.class, () -> answers.take(task, form::get))
                .messageKey();
    }

    /** The refusal's message as the forms show it: Chinese, then English. */
    private String message(String task, Map<String, Object> form) {
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> answers.take(task, form::get));
        return messages().getMessage(refusal.messageKey(), refusal.args(), Locale.SIMPLIFIED_CHINESE) + " / "
                + messages().getMessage(refusal.messageKey(), refusal.args(), Locale.ENGLISH);
    }

    private static Map<String, Object> visit(Object size, Object income, String grade) {
        Map<String, Object> form = form(VAR_HOUSEHOLD_SIZE, size, VAR_MONTHLY_HOUSEHOLD_INCOME, income);
        form.put(VAR_DISABILITY_GRADE, grade);
        form.put(VAR_VISIT_FINDINGS, "已上门核实");
        form.put(VAR_MINIMUM_LIVING_STANDARD, 1510.0);
        return form;
    }

    /** The head approves {@code amount} of a case whose suggested maximum is 10,000. */
    private static Map<String, Object> approval(Object amount) {
        Map<String, Object> form = form(VAR_HEAD_DECISION, "APPROVE", VAR_APPROVED_AMOUNT, amount);
        form.put(VAR_MAX_AMOUNT, 10000L);
        return form;
    }

    private static Map<String, Object> form(Object... namesAndValues) {
        Map<String, Object> form = new HashMap<>();
        form.put(VAR_TRACKING_NUMBER, TRACKING_NUMBER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static Set<String> taskKeys(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = AssistanceTaskAnswersTests.class.getClassLoader().getResourceAsStream(bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith("veterans.task."))
                .collect(Collectors.toSet());
    }
}
