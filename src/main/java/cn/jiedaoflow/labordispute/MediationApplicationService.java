package cn.jiedaoflow.labordispute;

import static cn.jiedaoflow.labordispute.LaborDisputeMediation.*;

import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.drafts.Drafts;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.refusal.Refusal;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's side of the mediation API: checks who calls and what they send ({@link MediationIntake},
 * the rules every door applies), starts the process for them and reads its progress back. Residents are not
 * engine users, so the process starts without an engine authentication once this class has checked the caller;
 * staff entering an application at the window are recorded as {@code registeredBy}.
 */
@EngineEdge
@Service
class MediationApplicationService {

    private static final Logger LOG = LoggerFactory.getLogger(MediationApplicationService.class);
    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"));
    private static final List<String> PROGRESS_VARIABLES = List.of(
            VAR_RECEIVED_AT,
            VAR_ACCEPTANCE_DUE,
            VAR_ACCEPTANCE_DUE_PROVISIONAL,
            VAR_STATUTORY_LIMIT_ENDS,
            VAR_STATUTORY_LIMIT_PROVISIONAL,
            VAR_ACCEPTED,
            VAR_SESSION_OUTCOME);

    private final MediationApplications applications;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final OfficeTime office;
    private final CaseAccess access;
    private final LaborDisputeCaseRepository cases;
    private final LaborDisputeCaseQueries lists;
    private final Drafts drafts;

    MediationApplicationService(
            MediationApplications applications,
            RuntimeService runtime,
            HistoryService history,
            OfficeTime office,
            CaseAccess access,
            LaborDisputeCaseRepository cases,
            LaborDisputeCaseQueries lists,
            Drafts drafts) {
        this.applications = applications;
        this.runtime = runtime;
        this.history = history;
        this.office = office;
        this.access = access;
        this.cases = cases;
        this.lists = lists;
        this.drafts = drafts;
    }

    /**
     * Files an application: a resident's in their own name, the ID number their account's unless they give another
     * (checked as a window entry's), and their draft of it, if any, is gone with it.
     */
    @Transactional
    ApplicationCreated apply(Caller caller, ApplicationRequest request) {
        boolean resident = caller != null && caller.kind() == Caller.Kind.RESIDENT;
        MediationApplication application =
                MediationIntake.check(caller, resident ? request.withOwnIdNumber(access.idNumberOf(caller)) : request);
        String trackingNumber = applications.newTrackingNumber();
        if (resident) {
            drafts.submitted(caller.accountId(), PROCESS_KEY);
        }
        ProcessInstance mediation = runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(trackingNumber)
                .setVariables(LaborDisputeIntakeListener.startVariables(application.withTrackingNumber(trackingNumber)))
                .execute();
        LOG.info(
                "labour dispute mediation {} applied for by {} {}",
                trackingNumber,
                caller.kind(),
                caller.isStaff() ? caller.username() : caller.accountId());
        Map<String, Object> progress = progressVariables(mediation.getId());
        return new ApplicationCreated(
                trackingNumber,
                offset(progress.get(VAR_ACCEPTANCE_DUE)),
                Boolean.TRUE.equals(progress.get(VAR_ACCEPTANCE_DUE_PROVISIONAL)),
                offset(progress.get(VAR_STATUTORY_LIMIT_ENDS)),
                Boolean.TRUE.equals(progress.get(VAR_STATUTORY_LIMIT_PROVISIONAL)));
    }

    List<ApplicationView> mine(Caller caller) {
        MediationIntake.requireMediationStaffOrResident(caller);
        return access.listed(caller, lists, NEWEST_FIRST).stream()
                .map(this::view)
                .toList();
    }

    /**
     * The applicant's own case (cases.CaseAccess: those the window entered for them included); mediators read every
     * case. Another resident's case answers exactly like an unknown one, so tracking numbers cannot be probed.
     */
    ApplicationView one(Caller caller, String trackingNumber) {
        MediationIntake.requireMediationStaffOrResident(caller);
        if (caller.isStaff()) {
            return applications.find(trackingNumber).map(this::view).orElseThrow(() -> notFound(trackingNumber));
        }
        return view(access.own(
                caller, cases, LaborDisputeCase::header, trackingNumber, Set.of(), () -> notFound(trackingNumber)));
    }

    private static Refusal notFound(String trackingNumber) {
        return Refusal.notFound("labordispute.application.notFound", trackingNumber);
    }

    ApplicationView view(LaborDisputeCase mediation) {
        Map<String, Object> progress = progressVariables(mediation.getProcessInstanceId());
        boolean statutoryLimitReached = history.createHistoricActivityInstanceQuery()
                        .processInstanceId(mediation.getProcessInstanceId())
                        .activityId(TIMER_STATUTORY_LIMIT)
                        .count()
                > 0;
        MediationStatus status = MediationStatus.of(
                (Boolean) progress.get(VAR_ACCEPTED),
                (String) progress.get(VAR_SESSION_OUTCOME),
                statutoryLimitReached);
        return new ApplicationView(
                mediation.getTrackingNumber(),
                status,
                mediation.getApplicantName(),
                IdNumbers.mask(mediation.getApplicantIdNumber()),
                mediation.getEmployer(),
                mediation.getDisputeType(),
                mediation.getChannel(),
                office.local(mediation.getCreatedAt()),
                offset(progress.get(VAR_ACCEPTANCE_DUE)),
                Boolean.TRUE.equals(progress.get(VAR_ACCEPTANCE_DUE_PROVISIONAL)),
                offset(progress.get(VAR_STATUTORY_LIMIT_ENDS)),
                Boolean.TRUE.equals(progress.get(VAR_STATUTORY_LIMIT_PROVISIONAL)));
    }

    /** The process-level variables the applicant's view needs, from history: running and ended cases alike. */
    private Map<String, Object> progressVariables(String processInstanceId) {
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableNameIn(PROGRESS_VARIABLES.toArray(String[]::new))
                .list()) {
            if (Objects.equals(variable.getActivityInstanceId(), processInstanceId)) {
                variables.put(variable.getName(), variable.getValue());
            }
        }
        return variables;
    }

    private OffsetDateTime offset(Object date) {
        return date == null ? null : office.local(((Date) date).toInstant());
    }
}
