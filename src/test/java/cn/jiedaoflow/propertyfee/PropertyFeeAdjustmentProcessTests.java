package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.jiedaoflow.calendar.ConfiguredTaskDeadlines;
import cn.jiedaoflow.cases.CaseProcessAssertions;
import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.fakes.InMemoryNotifications;
import cn.jiedaoflow.fakes.WeekdayCalendar;
import cn.jiedaoflow.notification.Notification;
import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.owners.EstateRegisters;
import cn.jiedaoflow.owners.OwnerEstates;
import cn.jiedaoflow.scope.ScopeGroups;
import cn.jiedaoflow.scope.StaffScopes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.support.ResourceBundleMessageSource;

@Deployment(
        resources = {
            "processes/property-fee-adjustment.bpmn",
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
class PropertyFeeAdjustmentProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    /** The application's messages, from which the engine's refusals are made in Chinese and English. */
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/propertyfee");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    /** A Friday morning: 7 days of publication end after Friday 13 March. */
    private static final OffsetDateTime FILED = OffsetDateTime.parse("2026-03-06T10:00:00+08:00");

    private static final Date PUBLICATION_ENDS = date("2026-03-14T00:00:00+08:00");
    private static final String TRACKING_NUMBER = "PF-20260306-K7Q2MX";
    private static final String APPLICANT = "上海长宁某物业管理有限公司";
    private static final long ESTATE = 7L;
    private static final long EMPTY_ESTATE = 8L;
    private static final String COMPANY_MOBILE = "13800138001";
    private static final String COMMITTEE_MOBILE = "13800138002";
    private static final String OWNER_MOBILE = "13900001111";
    /** Two owners with accounts; one of them is also the committee's contact and is told once. */
    private static final List<Notifications.Recipient> LINKED_OWNERS =
            List.of(new Notifications.Recipient(OWNER_MOBILE, 31L), new Notifications.Recipient(COMMITTEE_MOBILE, 32L));

    private static final long AREA = 3L;
    private static final String COMPANY_USER = "company-7";
    private static final String OTHER_ESTATES_COMPANY_USER = "company-9";

    private final InMemoryFeeProposals table = new InMemoryFeeProposals();
    private final StaffScopes scopes = mock(StaffScopes.class);
    private final OwnerEstates estates = mock(OwnerEstates.class);
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    /** The invitations to give an opinion, apart from the notices the other tests count. */
    private final InMemoryNotifications invitations = new InMemoryNotifications();

    private final Map<Long, Long> registeredUnits = new HashMap<>(Map.of(ESTATE, 120L, EMPTY_ESTATE, 0L));
    private final EstateRegisters registers = estateId -> registeredUnits.containsKey(estateId)
            ? OptionalLong.of(registeredUnits.get(estateId))
            : OptionalLong.empty();
    private FeeProposals proposals;

    @BeforeEach
    void setUp() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(FILED.toInstant()));
        WeekdayCalendar calendar = new WeekdayCalendar();
        PropertyFeeSettings settings = PropertyFeeSettings.defaults();
        proposals = new FeeProposals(
                table, new TrackingNumbers(OfficeTime.SHANGHAI), calendar, settings, registers, scopes);
        // both estates lie in area 3; company-7 acts for them as their property company, company-9 for neither
        when(scopes.areaOf(anyLong())).thenReturn(Optional.of(AREA));
        when(scopes.residentsCommitteeGroupOf(anyLong())).thenReturn(Optional.of(ScopeGroups.residentsCommittee(AREA)));
        when(scopes.actsForEstate(COMPANY_USER, "property-company", ESTATE)).thenReturn(true);
        when(scopes.actsForEstate(COMPANY_USER, "property-company", EMPTY_ESTATE))
                .thenReturn(true);
        ProposalIntake intake = new ProposalIntake(proposals, scopes);
        Mocks.register(
                "proposalIntakeListener", new ProposalIntakeListener(intake, proposals, scopes, MESSAGES, estates));
        Mocks.register("caseScopeListener", new CaseScopeListener(proposals));
        Mocks.register("checkProposalDelegate", new CheckProposalDelegate(proposals));
        OpinionWindows windows = new OpinionWindows(
                proposals,
                table,
                new PropertyFeeNotices(new Notifications(invitations, new WeekdayCalendar())),
                estateId -> estateId == ESTATE ? LINKED_OWNERS : List.of());
        Mocks.register("decidePreReviewDelegate", new DecidePreReviewDelegate(proposals, windows));
        Mocks.register("requestRevisionDelegate", new RequestRevisionDelegate(settings));
        Mocks.register("checkVoteCallListener", new CheckVoteCallListener(settings, OfficeTime.SHANGHAI));
        Mocks.register("recordVoteOutcomeDelegate", new RecordVoteOutcomeDelegate(proposals));
        Mocks.register("proposalListsListener", new ProposalListsListener(intake, MESSAGES));
        Mocks.register("recordEndedAtRevisionCapDelegate", new RecordEndedAtRevisionCapDelegate(proposals));
        Mocks.register("scheduleSupervisionDelegate", new ScheduleSupervisionDelegate(proposals));
        Mocks.register("openOpinionWindowDelegate", new OpenOpinionWindowDelegate(windows));
        Mocks.register("checkPreReviewListener", new CheckPreReviewListener());
        Mocks.register("notifyPropertyFeeDelegate", notifyDelegate(settings));
        Mocks.register("taskDeadlines", ConfiguredTaskDeadlines.on(calendar));
    }

    private NotifyPropertyFeeDelegate notifyDelegate(PropertyFeeSettings settings) {
        return new NotifyPropertyFeeDelegate(
                new PropertyFeeNotices(new Notifications(inbox, new WeekdayCalendar())),
                settings,
                estateId -> estateId == ESTATE ? LINKED_OWNERS : List.of(),
                OfficeTime.SHANGHAI);
    }

    @AfterEach
    void tearDown() {
        identityService().clearAuthentication();
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void thePropertyCompanyOrTheOwnersCommitteeStartsItNotResidents() {
        assertThat(CaseProcessAssertions.starterGroups(PROCESS_KEY))
                .containsExactlyInAnyOrder("property-company", "owners-committee");
    }

    @Test
    void refusesAProposalWithinSixMonthsOfAFailedVoteOfTheEstate() {
        FeeProposal failed = new FeeProposal("PF-20250910-AAAAAA", ESTATE, Instant.parse("2025-08-01T00:00:00Z"));
        failed.voted(VoteOutcome.QUORUM_NOT_MET, Instant.parse("2025-09-10T08:00:00Z"));
        table.save(failed);
        // started in Tasklist: no business key, the check gives one
        ProcessInstance adjustment = runtimeService().startProcessInstanceByKey(PROCESS_KEY, proposal());

        assertThat(adjustment)
                .hasPassedInOrder(
                        START_EVENT_PROPOSAL_FILED,
                        TASK_CHECK_PROPOSAL,
                        GATEWAY_WITHIN_SIX_MONTHS,
                        END_EVENT_REFUSED_WITHIN_SIX_MONTHS)
                .isEnded();
        assertThat(adjustment)
                .variables()
                .containsEntry(VAR_REFUSED_WITHIN_SIX_MONTHS, true)
                .containsEntry(
                        VAR_REFUSAL_REASON,
                        "小区 7 的物业费调价表决未通过不满 6 个月，2026-03-10 起方可再次提出调价方案。 / The owners of estate 7"
                                + " voted a fee adjustment down less than 6 months ago; a new proposal is allowed from"
                                + " 2026-03-10.");
        assertThat(table.findByEstateIdAndStatus(ESTATE, ProposalStatus.FILED)).isEmpty();
    }

    @Test
    void endsWhenEitherCommitteeRejectsInPreReviewAndTellsTheProposer() {
        ProcessInstance adjustment = start();
        publishAndAudit(adjustment);
        preReview(adjustment, "ACCEPT", "REJECT");

        execute(job(TASK_NOTIFY_PROPOSAL_REJECTED, adjustment));

        assertThat(adjustment)
                .hasPassedInOrder(
                        TASK_DECIDE_PRE_REVIEW,
                        GATEWAY_PRE_REVIEW_OUTCOME,
                        TASK_NOTIFY_PROPOSAL_REJECTED,
                        END_EVENT_PROPOSAL_REJECTED)
                .isEnded();
        assertThat(table.findByTrackingNumber(TRACKING_NUMBER))
                .get()
                .extracting(FeeProposal::getStatus)
                .isEqualTo(ProposalStatus.REJECTED_IN_PRE_REVIEW);
        assertThat(inbox.sent())
                .extracting(Notification::getRecipientMobile)
                .containsExactlyInAnyOrder(COMPANY_MOBILE, COMMITTEE_MOBILE);
        assertThat(inbox.sent())
                .allSatisfy(notice -> assertThat(notice.getBody()).contains(TRACKING_NUMBER, "成本不实"));
    }

    @Test
    void theStepsTheLawGivesNoLimitAreDueAfterTheirDefaultWorkingDaysWeekendsLeftOut() {
        ProcessInstance adjustment = start();
        // the lists' publication ends at 00:00 on Saturday 14 March: 10 working days from Monday 16 March
        ClockUtil.setCurrentTime(PUBLICATION_ENDS);
        execute(job(TIMER_PUBLICATION_ENDS, adjustment));
        assertThat(task(TASK_AUDIT_PROPOSAL, adjustment)).hasDueDate(date("2026-03-27T17:00:00+08:00"));

        // audited on Friday 20 March at 16:00: each pre-review within 5 working days, a revision within 10
        ClockUtil.setCurrentTime(date("2026-03-20T16:00:00+08:00"));
        complete(
                task(TASK_AUDIT_PROPOSAL, adjustment),
                withVariables(
                        VAR_AUDIT_SCORE,
                        82,
                        VAR_AUDIT_COST_CONCLUSION,
                        "人员成本上涨属实",
                        VAR_RECOMMENDED_FEE_MIN,
                        2.0,
                        VAR_RECOMMENDED_FEE_MAX,
                        2.4));
        assertThat(task(TASK_PRE_REVIEW_RESIDENTS_COMMITTEE, adjustment)).hasDueDate(date("2026-03-27T17:00:00+08:00"));
        assertThat(task(TASK_PRE_REVIEW_OWNERS_COMMITTEE, adjustment)).hasDueDate(date("2026-03-27T17:00:00+08:00"));
        preReview(adjustment, "REVISE", "ACCEPT");
        assertThat(task(TASK_REVISE_PROPOSAL, adjustment)).hasDueDate(date("2026-04-03T17:00:00+08:00"));
        complete(task(TASK_REVISE_PROPOSAL, adjustment), withVariables(VAR_PROPOSED_RESIDENTIAL_FEE, 2.2));
        preReview(adjustment, "ACCEPT", "ACCEPT");

        // the opinion window ends at 00:00 on Saturday 28 March; the hearing is due 10 working days after
        assertThat(adjustment).variables().containsEntry(VAR_OPINION_WINDOW_ENDS, date("2026-03-28T00:00:00+08:00"));
        ClockUtil.setCurrentTime(date("2026-03-28T00:00:00+08:00"));
        execute(job(TIMER_OPINION_WINDOW_ENDS, adjustment));
        assertThat(task(TASK_HOLD_HEARING, adjustment)).hasDueDate(date("2026-04-10T17:00:00+08:00"));

        // heard on Monday 6 April: the owners' committee calls the vote within 10 working days
        ClockUtil.setCurrentTime(date("2026-04-06T10:00:00+08:00"));
        complete(
                task(TASK_HOLD_HEARING, adjustment),
                withVariables(
                        VAR_HEARING_DATE,
                        "2026-04-03",
                        VAR_HEARING_ATTENDANCE,
                        48,
                        VAR_HEARING_SUMMARY,
                        "无异议",
                        VAR_OBJECTION_LEVEL,
                        "NONE"));
        assertThat(task(TASK_CALL_VOTE, adjustment)).hasDueDate(date("2026-04-20T17:00:00+08:00"));
    }

    @Test
    void aRevisionGoesBackToTheOwnersCommitteeWhenItFiledTheProposal() {
        ProcessInstance adjustment = start("owners-committee");
        publishAndAudit(adjustment);
        preReview(adjustment, "REVISE", "ACCEPT");

        assertThat(adjustment).isWaitingAt(TASK_REVISE_PROPOSAL);
        assertThat(groupsOf(task(TASK_REVISE_PROPOSAL, adjustment))).containsExactly("owners-committee.e7");
        assertThat(adjustment).variables().containsEntry(VAR_PROPOSER_GROUP, "owners-committee.e7");
    }

    @Test
    void aRevisionInTasklistKeepsTheNotesOfTheItemsOfAProposalFiledThroughTheApi() {
        Map<String, Object> filed = proposal();
        filed.put(VAR_PROPOSED_BY, "property-company");
        // as the API files it: its lists, notes and all, and the form's fields made from them (two OTHER rows added up)
        filed.put(
                VAR_INCOME_ITEMS,
                SpinValues.jsonValue("[{\"category\":\"PROPERTY_FEES\",\"amount\":100000,\"note\":\"含空置房\"},"
                                + "{\"category\":\"PARKING\",\"amount\":100000,\"note\":null},"
                                + "{\"category\":\"COMMON_PARTS\",\"amount\":100000,\"note\":null},"
                                + "{\"category\":\"OTHER\",\"amount\":60000,\"note\":\"广告位\"},"
                                + "{\"category\":\"OTHER\",\"amount\":40000,\"note\":\"快递柜\"}]")
                        .create());
        filed.put(
                VAR_EXPENSE_ITEMS,
                SpinValues.jsonValue("[{\"category\":\"STAFF\",\"amount\":50000,\"note\":\"保安 6 人\"}]")
                        .create());
        filed.put(
                VAR_SERVICE_ITEMS,
                SpinValues.jsonValue("[{\"service\":\"秩序维护\"}]").create());
        ProcessInstance adjustment = runtimeService().startProcessInstanceByKey(PROCESS_KEY, TRACKING_NUMBER, filed);
        publishAndAudit(adjustment);
        preReview(adjustment, "REVISE", "ACCEPT");

        // the proposer corrects the staff costs in Tasklist's form, which has one amount per category and no notes
        complete(task(TASK_REVISE_PROPOSAL, adjustment), withVariables("expenseStaff", 52000));

        String income = runtimeService()
                .getVariable(adjustment.getId(), VAR_INCOME_ITEMS)
                .toString();
        assertThat(income)
                .contains("\"note\":\"含空置房\"")
                // a category the revision left as it was keeps its rows
                .contains("{\"category\":\"OTHER\",\"amount\":60000,\"note\":\"广告位\"}")
                .contains("{\"category\":\"OTHER\",\"amount\":40000,\"note\":\"快递柜\"}");
        assertThat(runtimeService()
                        .getVariable(adjustment.getId(), VAR_EXPENSE_ITEMS)
                        .toString())
                .contains("{\"category\":\"STAFF\",\"amount\":52000,\"note\":\"保安 6 人\"}");
    }

    @Test
    void aPreReviewThatAsksForARevisionOrRejectsNeedsAComment() {
        ProcessInstance adjustment = start();
        publishAndAudit(adjustment);
        Task residents = task(TASK_PRE_REVIEW_RESIDENTS_COMMITTEE, adjustment);
        Task owners = task(TASK_PRE_REVIEW_OWNERS_COMMITTEE, adjustment);

        assertThatThrownBy(() -> taskService()
                        .complete(
                                residents.getId(),
                                withVariables(
                                        VAR_RESIDENTS_COMMITTEE_DECISION,
                                        "REVISE",
                                        VAR_RESIDENTS_COMMITTEE_COMMENTS,
                                        " ")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("预审意见为“需修改”或“否决”的，须填写意见说明。 / A pre-review that asks for a revision or rejects the"
                        + " proposal must say why (comments).");
        assertThatThrownBy(() ->
                        taskService().complete(owners.getId(), withVariables(VAR_OWNERS_COMMITTEE_DECISION, "REJECT")))
                .isInstanceOf(FormFieldValidationException.class);
        assertThat(adjustment).isWaitingAt(TASK_PRE_REVIEW_RESIDENTS_COMMITTEE, TASK_PRE_REVIEW_OWNERS_COMMITTEE);

        // an acceptance needs none
        taskService().complete(owners.getId(), withVariables(VAR_OWNERS_COMMITTEE_DECISION, "ACCEPT"));
        assertThat(adjustment).isWaitingAt(TASK_PRE_REVIEW_RESIDENTS_COMMITTEE);
    }

    @Test
    void theOwnersCommitteeEndsTheProcedureAtTheRevisionCap() {
        ProcessInstance adjustment = start();
        publishAndAudit(adjustment);
        reviseOnceAndTwice(adjustment);
        preReview(adjustment, "REVISE", "ACCEPT");

        assertThat(adjustment).isWaitingAt(TASK_DECIDE_AT_REVISION_CAP).task().hasCandidateGroup("owners-committee.e7");
        assertThat(adjustment)
                .variables()
                .containsEntry(VAR_REVISION_ROUND, 2)
                .containsEntry(VAR_REVISION_CAP_REACHED, true);
        complete(task(TASK_DECIDE_AT_REVISION_CAP, adjustment), withVariables(VAR_CAP_DECISION, "END"));

        assertThat(adjustment)
                .hasPassedInOrder(
                        GATEWAY_CAP_DECISION, TASK_RECORD_ENDED_AT_REVISION_CAP, END_EVENT_ENDED_AT_REVISION_CAP)
                .isEnded();
        assertThat(table.findByTrackingNumber(TRACKING_NUMBER))
                .get()
                .extracting(FeeProposal::getStatus)
                .isEqualTo(ProposalStatus.ENDED_AT_REVISION_CAP);
    }

    @Test
    void refusesToStartForAnUnknownEstateOrOneWithoutARegisterAndKeepsNothing() {
        Map<String, Object> unknown = proposal();
        unknown.put(VAR_ESTATE_ID, 404L);
        Map<String, Object> empty = proposal();
        empty.put(VAR_ESTATE_ID, EMPTY_ESTATE);
        // started from Tasklist's form: the signed-in user is the door's
        identityService().setAuthenticatedUserId(COMPANY_USER);

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, unknown))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("小区 404 不存在，请核对小区编号。 / There is no estate 404; check the estate number.");
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, empty))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageStartingWith("小区 8 尚未导入业主名册")
                .hasMessageContaining("Estate 8 has no owners’ register yet");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(table.findByEstateIdAndStatus(404L, ProposalStatus.FILED)).isEmpty();
        assertThat(table.findByEstateIdAndStatus(EMPTY_ESTATE, ProposalStatus.FILED))
                .isEmpty();
    }

    @Test
    void aStartFromTasklistIsFiledForTheSignedInUsersGroupUnderTheApplicationsOwnNumber() {
        identityService().setAuthenticatedUserId(COMPANY_USER);

        ProcessInstance adjustment = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "MY-OWN-KEY", proposal());

        assertThat(adjustment.getBusinessKey()).matches("PF-\\d{8}-[A-Z2-9]{6}");
        assertThat(adjustment)
                .isWaitingAt(TIMER_PUBLICATION_ENDS)
                .variables()
                .containsEntry(VAR_PROPOSED_BY, "property-company")
                .containsEntry(VAR_TRACKING_NUMBER, adjustment.getBusinessKey())
                .containsEntry(ScopeGroups.VAR_OWNERS_COMMITTEE_GROUP, "owners-committee.e7")
                .containsEntry(ScopeGroups.VAR_PROPERTY_COMPANY_GROUP, "property-company.e7")
                .containsEntry(ScopeGroups.VAR_RESIDENTS_COMMITTEE_GROUP, "residents-committee.a3");
        assertThat(table.findByTrackingNumber(adjustment.getBusinessKey()))
                .get()
                .extracting(FeeProposal::getEstateId, FeeProposal::getResidentsAreaId)
                .containsExactly(ESTATE, AREA);
    }

    @Test
    void aStartThroughTheEngineForAnotherEstateOrWithWhatOnlyTheApplicationSetsIsRefusedAndKeepsNothing() {
        Map<String, Object> forged = proposal();
        forged.put(VAR_PROPOSED_BY, "owners-committee");
        forged.put(VAR_INCOME_ITEMS, "[]");
        Map<String, Object> withoutLists = proposal();
        withoutLists.remove("incomeParking");
        withoutLists.remove("service1");

        identityService().setAuthenticatedUserId(OTHER_ESTATES_COMPANY_USER);
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, proposal()))
                .isInstanceOf(AuthorizationException.class)
                .hasMessage("您不是小区 7 的物业公司或业委会工作人员，不能为该小区提出调价方案。 / You are not staff of the"
                        + " property company or the owners’ committee of estate 7, so you cannot file a"
                        + " proposal for it.");
        identityService().setAuthenticatedUserId(COMPANY_USER);
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, forged))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("incomeItems、proposedBy 由系统根据登录用户设置")
                .hasMessageContaining("incomeItems, proposedBy is set by the application");
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, withoutLists))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("调价方案缺少必填项：incomeParking, service1。 / The proposal lacks required fields:"
                        + " incomeParking, service1.");

        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(table.findByEstateIdAndStatus(ESTATE, ProposalStatus.FILED)).isEmpty();
    }

    @Test
    void aCaseIsRefusedWhenItsEstateLiesInNoResidentsArea() {
        when(scopes.residentsCommitteeGroupOf(ESTATE)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(PROCESS_KEY, TRACKING_NUMBER, proposal()))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageStartingWith("小区 7 尚未划入居民区")
                .hasMessageContaining("Estate 7 lies in no residents’ area");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aCompletionCannotMoveTheCaseToAnotherEstateOrToOtherGroups() {
        ProcessInstance adjustment = start();
        publishAndAudit(adjustment);
        Task ownersPreReview = task(TASK_PRE_REVIEW_OWNERS_COMMITTEE, adjustment);

        assertThatThrownBy(() -> taskService()
                        .complete(
                                ownersPreReview.getId(),
                                withVariables(
                                        VAR_OWNERS_COMMITTEE_DECISION,
                                        "ACCEPT",
                                        ScopeGroups.VAR_RESIDENTS_COMMITTEE_GROUP,
                                        "residents-committee.a9")))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("residentsCommitteeGroup");
        assertThatThrownBy(() -> taskService()
                        .complete(
                                ownersPreReview.getId(),
                                withVariables(VAR_OWNERS_COMMITTEE_DECISION, "ACCEPT", VAR_ESTATE_ID, 8L)))
                .isInstanceOf(AuthorizationException.class)
                .hasMessage("案件 " + TRACKING_NUMBER + " 的小区及经办组由系统设置，办理任务时不能修改（estateId）。 / The estate"
                        + " of case " + TRACKING_NUMBER + " and the groups that work it are set by the application;"
                        + " completing a task cannot change them (estateId).");

        // the same estate as the form's number field submits it is no change
        taskService()
                .complete(
                        ownersPreReview.getId(),
                        withVariables(
                                VAR_OWNERS_COMMITTEE_DECISION,
                                "ACCEPT",
                                VAR_OWNERS_COMMITTEE_COMMENTS,
                                "同意",
                                VAR_ESTATE_ID,
                                7.0));
        assertThat(adjustment)
                .isWaitingAt(TASK_PRE_REVIEW_RESIDENTS_COMMITTEE)
                .variables()
                .containsEntry(ScopeGroups.VAR_RESIDENTS_COMMITTEE_GROUP, "residents-committee.a3");
    }

    @Test
    void theOwnersCommitteeTakesTheProposalToTheVoteAtTheCapAndAFailedQuorumEndsIt() {
        ProcessInstance adjustment = start();
        publishAndAudit(adjustment);
        reviseOnceAndTwice(adjustment);
        preReview(adjustment, "ACCEPT", "REVISE");
        complete(task(TASK_DECIDE_AT_REVISION_CAP, adjustment), withVariables(VAR_CAP_DECISION, "VOTE"));
        // the cap was reached in pre-review: the launch stage (opinions, hearing) comes before the vote call
        hearing(adjustment, "SOME");

        callVote(adjustment, List.of());
        ClockUtil.setCurrentTime(date("2026-05-16T09:00:00+08:00"));
        vote("QUORUM_NOT_MET");
        execute(job(TASK_RECORD_VOTE_OUTCOME_NEXT, adjustment));
        execute(job(TASK_NOTIFY_VOTE_FAILED, adjustment));

        assertThat(adjustment)
                .hasPassed(
                        GATEWAY_CAP_DECISION,
                        CALL_ACTIVITY_OWNERS_VOTE,
                        TASK_RECORD_VOTE_OUTCOME,
                        GATEWAY_VOTE_OUTCOME,
                        END_EVENT_VOTE_FAILED)
                .isEnded();
        assertThat(table.findByTrackingNumber(TRACKING_NUMBER)).get().satisfies(p -> {
            assertThat(p.getStatus()).isEqualTo(ProposalStatus.VOTE_FAILED);
            assertThat(p.getVoteEndedAt())
                    .isEqualTo(date("2026-05-16T09:00:00+08:00").toInstant());
        });
        // the next proposal for the estate is barred until the same day six months later
        assertThat(proposals.barredUntil(ESTATE)).contains(java.time.LocalDate.of(2026, 11, 16));
        assertThat(inbox.sent())
                .allSatisfy(notice -> assertThat(notice.getBody()).contains("三分之二", "6 个月内不得就同一小区再次提出调价方案"));
        // the outcome reaches the owners with accounts too, each mobile once, in the account's inbox
        assertThat(inbox.sent())
                .extracting(Notification::getRecipientMobile, Notification::getRecipientAccountId)
                .containsExactlyInAnyOrder(
                        tuple(COMPANY_MOBILE, null), tuple(COMMITTEE_MOBILE, 32L), tuple(OWNER_MOBILE, 31L));
    }

    @Test
    void atTheCapReachedInPreReviewTheVoteComesAfterTheOpinionsTheHearingAndACoordinationTalkWithoutRevision() {
        ProcessInstance adjustment = start();
        publishAndAudit(adjustment);
        reviseOnceAndTwice(adjustment);
        preReview(adjustment, "REVISE", "ACCEPT");
        ClockUtil.setCurrentTime(date("2026-03-20T10:00:00+08:00"));
        complete(task(TASK_DECIDE_AT_REVISION_CAP, adjustment), withVariables(VAR_CAP_DECISION, "VOTE"));

        // the launch stage first: seven days of owners' opinions from the committee's decision, then the hearing
        assertThat(adjustment)
                .isWaitingAt(TIMER_OPINION_WINDOW_ENDS)
                .variables()
                .containsEntry(VAR_OPINION_WINDOW_ENDS, date("2026-03-28T00:00:00+08:00"));
        hearing(adjustment, "STRONG");
        // after the coordination talk no revision is possible any more: a request for one leads to the vote call
        complete(
                task(TASK_HOLD_COORDINATION_TALK, adjustment),
                withVariables(VAR_COORDINATION_SUMMARY, "分歧仍在", VAR_REVISE_AFTER_COORDINATION, true));

        assertThat(adjustment).isWaitingAt(TASK_CALL_VOTE);
        assertThat(adjustment).variables().containsEntry(VAR_REVISION_ROUND, 2);
        assertThat(historyService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(adjustment.getId())
                        .activityId(TASK_DECIDE_AT_REVISION_CAP)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void atTheCapReachedAfterACoordinationTalkTheOwnersCommitteeGoesStraightToTheVoteCall() {
        ProcessInstance adjustment = start();
        publishAndAudit(adjustment);
        reviseOnceAndTwice(adjustment);
        preReview(adjustment, "ACCEPT", "ACCEPT");
        hearing(adjustment, "STRONG");
        complete(
                task(TASK_HOLD_COORDINATION_TALK, adjustment),
                withVariables(VAR_COORDINATION_SUMMARY, "物业愿再让步", VAR_REVISE_AFTER_COORDINATION, true));

        assertThat(adjustment).isWaitingAt(TASK_DECIDE_AT_REVISION_CAP);
        complete(task(TASK_DECIDE_AT_REVISION_CAP, adjustment), withVariables(VAR_CAP_DECISION, "VOTE"));

        // the opinions and the hearing of this version are behind it
        assertThat(adjustment).isWaitingAt(TASK_CALL_VOTE);
    }

    @Test
    void strongObjectionsLeadToACoordinationTalkAndARevisedProposalTheOwnersThenVoteDown() {
        ProcessInstance adjustment = start();
        publishAndAudit(adjustment);
        preReview(adjustment, "ACCEPT", "ACCEPT");
        hearing(adjustment, "STRONG");

        assertThat(adjustment)
                .isWaitingAt(TASK_HOLD_COORDINATION_TALK)
                .task()
                .hasCandidateGroup("residents-committee.a3");
        complete(
                task(TASK_HOLD_COORDINATION_TALK, adjustment),
                withVariables(VAR_COORDINATION_SUMMARY, "物业同意降低车位费涨幅", VAR_REVISE_AFTER_COORDINATION, true));
        assertThat(adjustment).isWaitingAt(TASK_REVISE_PROPOSAL);
        assertThat(adjustment).variables().containsEntry(VAR_REVISION_ROUND, 1);
        complete(task(TASK_REVISE_PROPOSAL, adjustment), withVariables(VAR_PROPOSED_PARKING_FEE, 0.6));

        preReview(adjustment, "ACCEPT", "ACCEPT");
        hearing(adjustment, "STRONG");
        complete(
                task(TASK_HOLD_COORDINATION_TALK, adjustment),
                withVariables(VAR_COORDINATION_SUMMARY, "分歧仍在，交业主大会决定", VAR_REVISE_AFTER_COORDINATION, false));

        callVote(adjustment, List.of());
        vote("REJECTED");
        execute(job(TASK_RECORD_VOTE_OUTCOME_NEXT, adjustment));
        // an office that bars new proposals for three months, not six
        PropertyFeeSettings defaults = PropertyFeeSettings.defaults();
        Mocks.register(
                "notifyPropertyFeeDelegate",
                notifyDelegate(new PropertyFeeSettings(
                        defaults.publication(),
                        defaults.opinionWindow(),
                        defaults.maxRevisionRounds(),
                        Period.ofMonths(3),
                        defaults.supervisionAfter(),
                        defaults.minStepInterval(),
                        defaults.maxSteps(),
                        defaults.resultPublication(),
                        defaults.supervisionEvaluationWorkingDays())));
        execute(job(TASK_NOTIFY_VOTE_FAILED, adjustment));

        assertThat(adjustment)
                .hasPassedInOrder(
                        TASK_HOLD_COORDINATION_TALK,
                        GATEWAY_REVISE_AFTER_COORDINATION,
                        TASK_REQUEST_REVISION,
                        GATEWAY_REVISION_CAP_REACHED,
                        TASK_REVISE_PROPOSAL,
                        GATEWAY_PRE_REVIEW_STARTS)
                .hasPassed(END_EVENT_VOTE_FAILED)
                .isEnded();
        assertThat(inbox.sent())
                .allSatisfy(notice -> assertThat(notice.getBody())
                        .contains("未获过半数同意", "3 个月内不得就同一小区再次提出调价方案")
                        .doesNotContain("六个月"));
    }

    @Test
    void aPassedVoteRaisesTheFeeInStepsAndIsEvaluatedTwelveMonthsAfterItTakesEffect() {
        ProcessInstance adjustment = start();
        publishAndAudit(adjustment);
        preReview(adjustment, "ACCEPT", "ACCEPT");
        hearing(adjustment, "SOME");

        // the first call gives too short a notice: the vote refuses it and the committee calls again
        callVote(adjustment, steps());
        complete(stubVote(), withVariables("noticeTooShort", true));
        assertThat(adjustment).hasPassed(ERROR_VOTE_NOTICE_TOO_SHORT_EVENT).isWaitingAt(TASK_CALL_VOTE);
        assertThat(adjustment).variables().containsEntry(VAR_VOTE_CALL_REFUSAL, "表决开始前公告不足十五日");

        // called again on Tasklist's form: its fixed step rows become the same table
        callVote(
                adjustment,
                Map.of(
                        "step1TakesEffect",
                        "2026-07-01",
                        "step1ResidentialFee",
                        2.0,
                        "step1CommercialFee",
                        5.0,
                        "step1ParkingFee",
                        0.5,
                        "step2TakesEffect",
                        "2027-07-01",
                        "step2ResidentialFee",
                        2.3,
                        "step2CommercialFee",
                        5,
                        "step2ParkingFee",
                        0.5));
        vote("PASSED");
        assertThat(adjustment).isWaitingAt(TIMER_RESULT_PUBLICATION_ENDS);
        assertThat(adjustment)
                .variables()
                .containsEntry(VAR_VOTE_ID, 11L)
                .containsEntry(
                        VAR_FEE_STEP_DATES,
                        List.of(date("2026-07-01T00:00:00+08:00"), date("2027-07-01T00:00:00+08:00")))
                .containsEntry(VAR_SUPERVISION_DUE, date("2027-07-01T00:00:00+08:00"));
        execute(job(TIMER_RESULT_PUBLICATION_ENDS, adjustment));

        execute(job(TIMER_FEE_STEP_TAKES_EFFECT, adjustment));
        execute(job(TASK_NOTIFY_FEE_STEP, adjustment));
        assertThat(inbox.sent())
                .hasSize(3)
                .allSatisfy(notice -> assertThat(notice.getBody()).contains("自 2026-07-01 起", "住宅 2.00"));
        // the owners with accounts were asked for their opinion when the window opened, each mobile once
        assertThat(invitations.sent())
                .extracting(Notification::getRecipientMobile, Notification::getSubject)
                .containsExactly(tuple(OWNER_MOBILE, "物业费调价方案征求业主意见"), tuple(COMMITTEE_MOBILE, "物业费调价方案征求业主意见"));
        assertThat(inbox.sent()).extracting(Notification::getRecipientMobile).contains(OWNER_MOBILE);

        execute(job(TIMER_FEE_STEP_TAKES_EFFECT, adjustment));
        Job notifySecondStep = job(TASK_NOTIFY_FEE_STEP, adjustment);
        assertThat(notifySecondStep.getRetries()).isEqualTo(5);
        execute(notifySecondStep);
        assertThat(inbox.sent())
                .hasSize(6)
                .filteredOn(notice -> notice.getBody().contains("自 2027-07-01 起 "))
                .isEmpty();
        assertThat(inbox.sent())
                .filteredOn(notice -> notice.getBody().contains("住宅 2.30"))
                .hasSize(3);

        // twelve months after the first step (Thursday 1 July 2027), the evaluation is due 15 working days later
        ClockUtil.setCurrentTime(date("2027-07-01T00:00:00+08:00"));
        execute(job(TIMER_SUPERVISION_DUE, adjustment));
        assertThat(adjustment)
                .isWaitingAt(TASK_EVALUATE_SUPERVISION)
                .task()
                .hasCandidateGroup("self-governance-office")
                .hasDueDate(date("2027-07-22T17:00:00+08:00"));
        complete(
                task(TASK_EVALUATE_SUPERVISION, adjustment),
                withVariables(VAR_SATISFACTION_SCORE, 86, VAR_SUPERVISION_SUMMARY, "业主总体满意"));

        assertThat(adjustment)
                .hasPassed(
                        GATEWAY_NEW_FEE_SPLIT,
                        SUB_PROCESS_FEE_STEPS,
                        START_EVENT_FEE_STEP,
                        END_EVENT_FEE_STEP_NOTIFIED,
                        GATEWAY_NEW_FEE_JOIN,
                        END_EVENT_FEE_ADJUSTED)
                .isEnded();
        assertThat(table.findByTrackingNumber(TRACKING_NUMBER)).get().satisfies(p -> {
            assertThat(p.getStatus()).isEqualTo(ProposalStatus.VOTE_PASSED);
            assertThat(p.getResidentialFee()).isEqualByComparingTo("2.30");
            assertThat(p.getEffectiveDate()).isEqualTo(java.time.LocalDate.of(2026, 7, 1));
        });
    }

    @Test
    void theVoteCallKeepsTheStepwiseRule() {
        ProcessInstance adjustment = start();
        publishAndAudit(adjustment);
        preReview(adjustment, "ACCEPT", "ACCEPT");
        hearing(adjustment, "NONE");

        List<Map<String, Object>> tooClose = List.of(step("2026-07-01", 2.0), step("2027-06-30", 2.3));
        assertThatThrownBy(() -> callVote(adjustment, tooClose))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("不足 P12M");
        assertThat(adjustment).isWaitingAt(TASK_CALL_VOTE);
    }

    // --- the walk

    private static final String TASK_RECORD_VOTE_OUTCOME_NEXT = TIMER_RESULT_PUBLICATION_ENDS;

    private ProcessInstance start() {
        return start("property-company");
    }

    /** Filed through the API, which sets the proposer from the caller's group. */
    private ProcessInstance start(String proposedBy) {
        Map<String, Object> filed = proposal();
        filed.put(VAR_PROPOSED_BY, proposedBy);
        ProcessInstance adjustment = runtimeService().startProcessInstanceByKey(PROCESS_KEY, TRACKING_NUMBER, filed);
        assertThat(adjustment).isWaitingAt(TIMER_PUBLICATION_ENDS);
        assertThat(adjustment)
                .variables()
                .containsEntry(VAR_TRACKING_NUMBER, TRACKING_NUMBER)
                .containsEntry(VAR_PUBLICATION_ENDS, PUBLICATION_ENDS)
                .containsEntry(VAR_REFUSED_WITHIN_SIX_MONTHS, false);
        assertThat(job(TIMER_PUBLICATION_ENDS, adjustment).getDuedate()).isEqualTo(PUBLICATION_ENDS);
        // started as from Tasklist's form: the lists are made from its fixed fields
        assertThat(runtimeService()
                        .getVariable(adjustment.getId(), VAR_INCOME_ITEMS)
                        .toString())
                .startsWith("[{\"category\":\"PROPERTY_FEES\",\"amount\":100000.0}")
                .contains("\"category\":\"OTHER\"");
        assertThat(runtimeService()
                        .getVariable(adjustment.getId(), VAR_SERVICE_ITEMS)
                        .toString())
                .isEqualTo("[{\"service\":\"秩序维护\",\"standard\":\"24 小时门岗\",\"frequency\":\"每日\"}]");
        return adjustment;
    }

    private static void publishAndAudit(ProcessInstance adjustment) {
        ClockUtil.setCurrentTime(PUBLICATION_ENDS);
        execute(job(TIMER_PUBLICATION_ENDS, adjustment));
        assertThat(adjustment).isWaitingAt(TASK_AUDIT_PROPOSAL).task().hasCandidateGroup("third-party-assessor");
        CaseProcessAssertions.everyTaskShowsTheCase(adjustment, adjustment.getBusinessKey(), APPLICANT);
        complete(
                task(TASK_AUDIT_PROPOSAL, adjustment),
                withVariables(
                        VAR_AUDIT_SCORE,
                        82,
                        VAR_AUDIT_COST_CONCLUSION,
                        "人员成本上涨属实",
                        VAR_RECOMMENDED_FEE_MIN,
                        2.0,
                        VAR_RECOMMENDED_FEE_MAX,
                        2.4));
    }

    private static void preReview(ProcessInstance adjustment, String residents, String owners) {
        assertThat(adjustment).isWaitingAt(TASK_PRE_REVIEW_RESIDENTS_COMMITTEE, TASK_PRE_REVIEW_OWNERS_COMMITTEE);
        CaseProcessAssertions.everyTaskShowsTheCase(adjustment, adjustment.getBusinessKey(), APPLICANT);
        assertThat(task(TASK_PRE_REVIEW_RESIDENTS_COMMITTEE, adjustment)).hasCandidateGroup("residents-committee.a3");
        assertThat(task(TASK_PRE_REVIEW_OWNERS_COMMITTEE, adjustment)).hasCandidateGroup("owners-committee.e7");
        complete(
                task(TASK_PRE_REVIEW_RESIDENTS_COMMITTEE, adjustment),
                withVariables(VAR_RESIDENTS_COMMITTEE_DECISION, residents, VAR_RESIDENTS_COMMITTEE_COMMENTS, "成本不实"));
        complete(
                task(TASK_PRE_REVIEW_OWNERS_COMMITTEE, adjustment),
                withVariables(VAR_OWNERS_COMMITTEE_DECISION, owners, VAR_OWNERS_COMMITTEE_COMMENTS, "同意"));
    }

    private static void reviseOnceAndTwice(ProcessInstance adjustment) {
        for (int round = 1; round <= 2; round++) {
            preReview(adjustment, "REVISE", "ACCEPT");
            // back to the party that filed the proposal: the property company, not the owners' committee too
            assertThat(adjustment).isWaitingAt(TASK_REVISE_PROPOSAL);
            assertThat(groupsOf(task(TASK_REVISE_PROPOSAL, adjustment))).containsExactly("property-company.e7");
            assertThat(adjustment).variables().containsEntry(VAR_REVISION_ROUND, round);
            complete(
                    task(TASK_REVISE_PROPOSAL, adjustment),
                    withVariables(
                            VAR_PROPOSED_RESIDENTIAL_FEE,
                            round == 1 ? 2.2 : 2.1,
                            "expenseStaff",
                            1_000_000 + round,
                            "service2",
                            "电梯维保 " + round));
            // the lists the owners read follow the revised form
            assertThat(runtimeService()
                            .getVariable(adjustment.getId(), VAR_EXPENSE_ITEMS)
                            .toString())
                    .contains("{\"category\":\"STAFF\",\"amount\":" + (1_000_000 + round) + "}");
            assertThat(runtimeService()
                            .getVariable(adjustment.getId(), VAR_SERVICE_ITEMS)
                            .toString())
                    .contains("\"service\":\"电梯维保 " + round + "\"");
        }
    }

    private static List<String> groupsOf(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .toList();
    }

    private static void hearing(ProcessInstance adjustment, String objectionLevel) {
        assertThat(adjustment).isWaitingAt(TIMER_OPINION_WINDOW_ENDS);
        execute(job(TIMER_OPINION_WINDOW_ENDS, adjustment));
        assertThat(adjustment).isWaitingAt(TASK_HOLD_HEARING).task().hasCandidateGroup("residents-committee.a3");
        complete(
                task(TASK_HOLD_HEARING, adjustment),
                withVariables(
                        VAR_HEARING_DATE,
                        "2026-03-25",
                        VAR_HEARING_ATTENDANCE,
                        48,
                        VAR_HEARING_SUMMARY,
                        "业主对涨幅有意见",
                        VAR_OBJECTION_LEVEL,
                        objectionLevel));
    }

    private static void callVote(ProcessInstance adjustment, List<Map<String, Object>> steps) {
        callVote(adjustment, Map.of(VAR_FEE_STEPS, steps));
    }

    private static void callVote(ProcessInstance adjustment, Map<String, Object> stepVariables) {
        assertThat(adjustment).isWaitingAt(TASK_CALL_VOTE).task().hasCandidateGroup("owners-committee.e7");
        CaseProcessAssertions.everyTaskShowsTheCase(adjustment, adjustment.getBusinessKey(), APPLICANT);
        Map<String, Object> call = new HashMap<>(stepVariables);
        call.put(VAR_WINDOW_OPENS, "2026-05-01T09:00:00+08:00");
        call.put(VAR_WINDOW_CLOSES, "2026-05-15T17:00:00+08:00");
        call.put(VAR_VOTE_SUBJECT, "住宅物业费分两步调整至 2.30 元/㎡·月");
        complete(task(TASK_CALL_VOTE, adjustment), call);
        assertThat(adjustment).isWaitingAt(CALL_ACTIVITY_OWNERS_VOTE);
        assertThat(runtimeService().getVariables(stubVote().getExecutionId()))
                .containsEntry(VAR_ESTATE_ID, ESTATE)
                .containsEntry(VAR_MATTER_TYPE, "ORDINARY")
                .containsEntry(VAR_TRACKING_NUMBER, TRACKING_NUMBER)
                .containsEntry(VAR_WINDOW_OPENS, date("2026-05-01T09:00:00+08:00"))
                .containsEntry(VAR_WINDOW_CLOSES, date("2026-05-15T17:00:00+08:00"));
    }

    private static void vote(String outcome) {
        complete(stubVote(), withVariables(VAR_VOTE_ID, 11L, VAR_VOTE_OUTCOME, outcome));
    }

    private static Task stubVote() {
        return taskService()
                .createTaskQuery()
                .taskDefinitionKey("Task_StubVote")
                .singleResult();
    }

    private static List<Map<String, Object>> steps() {
        return List.of(step("2026-07-01", 2.0), step("2027-07-01", 2.3));
    }

    private static Map<String, Object> step(String takesEffect, double residential) {
        return Map.of(
                FeeStepsReader.TAKES_EFFECT,
                takesEffect,
                FeeStepsReader.RESIDENTIAL_FEE,
                residential,
                FeeStepsReader.COMMERCIAL_FEE,
                5.0,
                FeeStepsReader.PARKING_FEE,
                0.5);
    }

    private static Map<String, Object> proposal() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ESTATE_ID, ESTATE);
        variables.put(VAR_APPLICANT_NAME, APPLICANT);
        variables.put(VAR_PROPERTY_COMPANY_MOBILE, COMPANY_MOBILE);
        variables.put(VAR_OWNERS_COMMITTEE_MOBILE, COMMITTEE_MOBILE);
        variables.put(VAR_CURRENT_RESIDENTIAL_FEE, 1.8);
        variables.put(VAR_PROPOSED_RESIDENTIAL_FEE, 2.3);
        variables.put(VAR_CURRENT_COMMERCIAL_FEE, 4.5);
        variables.put(VAR_PROPOSED_COMMERCIAL_FEE, 5.0);
        variables.put(VAR_CURRENT_PARKING_FEE, 0.4);
        variables.put(VAR_PROPOSED_PARKING_FEE, 0.5);
        variables.put(VAR_EFFECTIVE_DATE, "2026-07-01");
        variables.put(VAR_REASONS, "人工成本连续三年上涨");
        // the three lists as Tasklist's start form submits them: one amount per category, fixed service rows
        ProposalListFields.INCOME_CATEGORIES.forEach(c -> variables.put(ProposalListFields.incomeField(c), 100_000.0));
        ProposalListFields.EXPENSE_CATEGORIES.forEach(c -> variables.put(ProposalListFields.expenseField(c), 50_000.0));
        variables.put("service1", "秩序维护");
        variables.put("standard1", "24 小时门岗");
        variables.put("frequency1", "每日");
        return variables;
    }

    private static Date date(String offsetDateTime) {
        return Date.from(OffsetDateTime.parse(offsetDateTime).toInstant());
    }
}
