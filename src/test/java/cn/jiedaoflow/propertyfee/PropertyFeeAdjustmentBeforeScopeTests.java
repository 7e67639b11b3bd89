package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.fakes.InMemoryNotifications;
import cn.jiedaoflow.fakes.WeekdayCalendar;
import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.scope.StaffScopes;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Cases started before scope existed keep the model version they started with
 * ({@code src/test/resources/propertyfee/property-fee-adjustment-before-scope.bpmn}, the model as it was): their tasks
 * name the base groups, as then, and they run to their end with today's beans, which that version calls as task
 * listeners.
 */
@Deployment(
        resources = {
            "propertyfee/property-fee-adjustment-before-scope.bpmn",
            "stubs/owners-vote.bpmn",
            "forms/property-fee-proposal.form",
            "forms/property-fee-audit.form",
            "forms/property-fee-pre-review-residents.form",
            "forms/property-fee-pre-review-owners.form",
            "forms/property-fee-hearing.form",
            "forms/property-fee-coordination.form",
            "forms/property-fee-cap-decision.form",
            "forms/property-fee-vote-call.form",
            "forms/property-fee-supervision.form"
        })
class PropertyFeeAdjustmentBeforeScopeTests {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private static final long ESTATE = 7L;
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/propertyfee");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private final InMemoryFeeProposals table = new InMemoryFeeProposals();
    private final StaffScopes scopes = mock(StaffScopes.class);

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(
                Date.from(OffsetDateTime.parse("2026-03-06T10:00:00+08:00").toInstant()));
        when(scopes.areaOf(anyLong())).thenReturn(Optional.of(3L));
        WeekdayCalendar calendar = new WeekdayCalendar();
        PropertyFeeSettings settings = PropertyFeeSettings.defaults();
        FeeProposals proposals = new FeeProposals(
                table,
                new TrackingNumbers(OfficeTime.SHANGHAI),
                calendar,
                settings,
                estateId -> OptionalLong.of(120L),
                scopes);
        ProposalIntake intake = new ProposalIntake(proposals, scopes);
        Mocks.register("checkProposalDelegate", new CheckProposalDelegate(proposals));
        OpinionWindows windows = new OpinionWindows(
                proposals,
                table,
                new PropertyFeeNotices(new Notifications(new InMemoryNotifications(), calendar)),
                estateId -> List.of());
        Mocks.register("decidePreReviewDelegate", new DecidePreReviewDelegate(proposals, windows));
        Mocks.register("requestRevisionDelegate", new RequestRevisionDelegate(settings));
        Mocks.register("checkVoteCallListener", new CheckVoteCallListener(settings, OfficeTime.SHANGHAI));
        Mocks.register("recordVoteOutcomeDelegate", new RecordVoteOutcomeDelegate(proposals));
        Mocks.register("proposalListsListener", new ProposalListsListener(intake, MESSAGES));
        Mocks.register("recordEndedAtRevisionCapDelegate", new RecordEndedAtRevisionCapDelegate(proposals));
        Mocks.register(
                "notifyPropertyFeeDelegate",
                new NotifyPropertyFeeDelegate(
                        new PropertyFeeNotices(new Notifications(new InMemoryNotifications(), calendar)),
                        settings,
                        estateId -> List.of(),
                        OfficeTime.SHANGHAI));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aCaseOfTheModelBeforeScopeRunsOnWithItsBaseGroupsAndTodaysListeners() {
        ProcessInstance adjustment =
                runtimeService().startProcessInstanceByKey(PROCESS_KEY, "PF-20260306-OLD001", proposal());
        ClockUtil.setCurrentTime(
                Date.from(OffsetDateTime.parse("2026-03-14T00:00:00+08:00").toInstant()));
        execute(job(TIMER_PUBLICATION_ENDS, adjustment));
        complete(task(TASK_AUDIT_PROPOSAL, adjustment), withVariables(VAR_AUDIT_SCORE, 80));
        assertThat(task(TASK_PRE_REVIEW_OWNERS_COMMITTEE, adjustment)).hasCandidateGroup("owners-committee");
        assertThat(task(TASK_PRE_REVIEW_RESIDENTS_COMMITTEE, adjustment)).hasCandidateGroup("residents-committee");
        complete(
                task(TASK_PRE_REVIEW_RESIDENTS_COMMITTEE, adjustment),
                withVariables(VAR_RESIDENTS_COMMITTEE_DECISION, "REVISE"));
        complete(
                task(TASK_PRE_REVIEW_OWNERS_COMMITTEE, adjustment),
                withVariables(VAR_OWNERS_COMMITTEE_DECISION, "ACCEPT"));

        // the revision's task listener of then: the lists are written again from the revised form
        assertThat(task(TASK_REVISE_PROPOSAL, adjustment)).hasCandidateGroup("property-company");
        complete(
                task(TASK_REVISE_PROPOSAL, adjustment),
                withVariables(VAR_PROPOSED_RESIDENTIAL_FEE, 2.2, "expenseStaff", 60_000.0));
        assertThat(runtimeService()
                        .getVariable(adjustment.getId(), VAR_EXPENSE_ITEMS)
                        .toString())
                .contains("{\"category\":\"STAFF\",\"amount\":60000.0}");
        complete(
                task(TASK_PRE_REVIEW_RESIDENTS_COMMITTEE, adjustment),
                withVariables(VAR_RESIDENTS_COMMITTEE_DECISION, "ACCEPT"));
        complete(
                task(TASK_PRE_REVIEW_OWNERS_COMMITTEE, adjustment),
                withVariables(VAR_OWNERS_COMMITTEE_DECISION, "ACCEPT"));
        execute(job(TIMER_OPINION_WINDOW_ENDS, adjustment));
        complete(task(TASK_HOLD_HEARING, adjustment), withVariables(VAR_OBJECTION_LEVEL, "NONE"));

        // the vote call's task listener of then
        assertThat(task(TASK_CALL_VOTE, adjustment)).hasCandidateGroup("owners-committee");
        Map<String, Object> call = new HashMap<>();
        call.put(VAR_WINDOW_OPENS, "2026-05-01T09:00:00+08:00");
        call.put(VAR_WINDOW_CLOSES, "2026-05-15T17:00:00+08:00");
        call.put(VAR_VOTE_SUBJECT, "住宅物业费调整至 2.20 元/㎡·月");
        call.put(VAR_FEE_STEPS, List.of());
        complete(task(TASK_CALL_VOTE, adjustment), call);

        assertThat(adjustment)
                .isWaitingAt(CALL_ACTIVITY_OWNERS_VOTE)
                .variables()
                .containsEntry(
                        VAR_WINDOW_OPENS,
                        Date.from(OffsetDateTime.parse("2026-05-01T09:00:00+08:00")
                                .toInstant()))
                .doesNotContainKey("ownersCommitteeGroup");
    }

    private static Map<String, Object> proposal() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ESTATE_ID, ESTATE);
        variables.put(VAR_APPLICANT_NAME, "上海长宁某物业管理有限公司");
        variables.put(VAR_PROPERTY_COMPANY_MOBILE, "13800138001");
        variables.put(VAR_OWNERS_COMMITTEE_MOBILE, "13800138002");
        variables.put(VAR_CURRENT_RESIDENTIAL_FEE, 1.8);
        variables.put(VAR_PROPOSED_RESIDENTIAL_FEE, 2.3);
        variables.put(VAR_CURRENT_COMMERCIAL_FEE, 4.5);
        variables.put(VAR_PROPOSED_COMMERCIAL_FEE, 5.0);
        variables.put(VAR_CURRENT_PARKING_FEE, 0.4);
        variables.put(VAR_PROPOSED_PARKING_FEE, 0.5);
        variables.put(VAR_EFFECTIVE_DATE, "2026-07-01");
        variables.put(VAR_REASONS, "人工成本连续三年上涨");
        ProposalListFields.INCOME_CATEGORIES.forEach(c -> variables.put(ProposalListFields.incomeField(c), 100_000.0));
        ProposalListFields.EXPENSE_CATEGORIES.forEach(c -> variables.put(ProposalListFields.expenseField(c), 50_000.0));
        variables.put("service1", "秩序维护");
        variables.put("standard1", "24 小时门岗");
        variables.put("frequency1", "每日");
        return variables;
    }
}
