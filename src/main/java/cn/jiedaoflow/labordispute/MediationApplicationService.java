package cn.jiedaoflow.labordispute;

import static cn.jiedaoflow.labordispute.LaborDisputeMediation.*;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.people.LoginNames;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.web.ApiProblem;

/**
 * The application's side of the mediation API: checks who calls and what they send, starts the process
 * for them and reads its progress back. Residents are not engine users, so the process starts without an
 * engine authentication once this class has checked the caller; staff entering an application at the window
 * are recorded as {@code registeredBy}.
 */
@Service
class MediationApplicationService {

    private static final Logger LOG = LoggerFactory.getLogger(MediationApplicationService.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> PROGRESS_VARIABLES = List.of(VAR_RECEIVED_AT, VAR_ACCEPTANCE_DUE,
            VAR_ACCEPTANCE_DUE_PROVISIONAL, VAR_STATUTORY_LIMIT_ENDS, VAR_STATUTORY_LIMIT_PROVISIONAL, VAR_ACCEPTED,
            VAR_SESSION_OUTCOME);

    private final MediationApplications applications;
    private final RuntimeService runtime;
    private final HistoryService history;

    MediationApplicationService(MediationApplications applications, RuntimeService runtime, HistoryService history) {
        this.applications = applications;
        this.runtime = runtime;
        this.history = history;
    }

    @Transactional
    ApplicationCreated apply(Caller caller, ApplicationRequest request) {
        requireMediationStaffOrResident(caller);
        Map<String, Object> variables = caller.isStaff()
                ? windowApplication(caller, request)
                : onlineApplication(caller, request);
        String trackingNumber = applications.newTrackingNumber();
        ProcessInstance mediation = runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(trackingNumber)
                .setVariables(variables)
                .execute();
        LOG.info("labour dispute mediation {} applied for by {} {}", trackingNumber, caller.kind(),
                caller.isStaff() ? caller.username() : caller.accountId());
        Map<String, Object> progress = progressVariables(mediation.getId());
        return new ApplicationCreated(trackingNumber,
                offset(progress.get(VAR_ACCEPTANCE_DUE)),
                Boolean.TRUE.equals(progress.get(VAR_ACCEPTANCE_DUE_PROVISIONAL)),
                offset(progress.get(VAR_STATUTORY_LIMIT_ENDS)),
                Boolean.TRUE.equals(progress.get(VAR_STATUTORY_LIMIT_PROVISIONAL)));
    }

    List<ApplicationView> mine(Caller caller) {
        requireMediationStaffOrResident(caller);
        List<LaborDisputeCase> cases = caller.isStaff()
                ? applications.registeredBy(caller.username())
                : applications.ofAccount(caller.accountId());
        return cases.stream().map(this::view).toList();
    }

    /** Another resident's case answers exactly like an unknown one, so tracking numbers cannot be probed. */
    ApplicationView one(Caller caller, String trackingNumber) {
        requireMediationStaffOrResident(caller);
        return applications.find(trackingNumber)
                .filter(found -> caller.isStaff() || Objects.equals(found.getApplicantAccountId(), caller.accountId()))
                .map(this::view)
                .orElseThrow(() -> ApiProblem.notFound("labordispute.application.notFound", trackingNumber));
    }

    private static void requireMediationStaffOrResident(Caller caller) {
        boolean allowed = caller != null && (caller.kind() == Caller.Kind.RESIDENT
                || caller.isStaff() && caller.inGroup(StaffGroup.MEDIATION.id()));
        if (!allowed) {
            throw ApiProblem.forbidden("labordispute.forbidden");
        }
    }

    private static Map<String, Object> onlineApplication(Caller caller, ApplicationRequest request) {
        requireFields(request, false);
        if (request.applicantName() != null && !request.applicantName().strip().equals(caller.displayName())
                || request.applicantMobile() != null && !request.applicantMobile().strip().equals(caller.username())) {
            throw ApiProblem.forbidden("labordispute.application.applicant.notOwn");
        }
        Map<String, Object> variables = commonVariables(request);
        variables.put(VAR_APPLICANT_NAME, caller.displayName());
        variables.put(VAR_APPLICANT_MOBILE, caller.username());
        variables.put(VAR_APPLICANT_ACCOUNT_ID, caller.accountId());
        if (!isBlank(request.applicantIdNumber())) {
            variables.put(VAR_APPLICANT_ID_NUMBER, idNumber(request.applicantIdNumber()));
        }
        variables.put(VAR_CHANNEL, Channel.ONLINE.name());
        return variables;
    }

    private static Map<String, Object> windowApplication(Caller caller, ApplicationRequest request) {
        requireFields(request, true);
        String mobile = request.applicantMobile().strip();
        if (!LoginNames.isMobile(mobile)) {
            throw ApiProblem.badRequest("labordispute.application.mobile.invalid", mobile);
        }
        Map<String, Object> variables = commonVariables(request);
        variables.put(VAR_APPLICANT_NAME, limited("applicantName", request.applicantName(), 100));
        variables.put(VAR_APPLICANT_MOBILE, mobile);
        variables.put(VAR_APPLICANT_ID_NUMBER, idNumber(request.applicantIdNumber()));
        variables.put(VAR_CHANNEL, Channel.WINDOW.name());
        variables.put(VAR_REGISTERED_BY, caller.username());
        return variables;
    }

    private static Map<String, Object> commonVariables(ApplicationRequest request) {
        DisputeType disputeType = DisputeType.parse(request.disputeType().strip())
                .orElseThrow(() -> ApiProblem.badRequest("labordispute.application.disputeType.unknown",
                        request.disputeType()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_EMPLOYER, limited("employer", request.employer(), 200));
        variables.put(VAR_DISPUTE_TYPE, disputeType.name());
        variables.put(VAR_CLAIM, limited("claim", request.claim(), 2000));
        variables.put(VAR_FACTS, limited("facts", request.facts(), 4000));
        return variables;
    }

    private static void requireFields(ApplicationRequest request, boolean windowEntry) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("employer", request.employer());
        fields.put("disputeType", request.disputeType());
        fields.put("claim", request.claim());
        fields.put("facts", request.facts());
        if (windowEntry) {
            fields.put("applicantName", request.applicantName());
            fields.put("applicantMobile", request.applicantMobile());
            fields.put("applicantIdNumber", request.applicantIdNumber());
        }
        List<String> missing = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (isBlank(value)) {
                missing.add(name);
            }
        });
        if (!missing.isEmpty()) {
            List<Map<String, Object>> errors = missing.stream()
                    .map(name -> Map.<String, Object>of("field", name, "problem", "missing"))
                    .toList();
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "labordispute.application.missing", errors,
                    String.join(", ", missing));
        }
    }

    private static String idNumber(String value) {
        return IdNumbers.normalized(value).orElseThrow(() -> ApiProblem.badRequest(
                "labordispute.application.idNumber.invalid", IdNumbers.mask(value.strip())));
    }

    private static String limited(String field, String value, int maxLength) {
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw ApiProblem.badRequest("labordispute.application.tooLong", field, maxLength);
        }
        return stripped;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private ApplicationView view(LaborDisputeCase mediation) {
        Map<String, Object> progress = progressVariables(mediation.getProcessInstanceId());
        boolean statutoryLimitReached = history.createHistoricActivityInstanceQuery()
                .processInstanceId(mediation.getProcessInstanceId())
                .activityId(TIMER_STATUTORY_LIMIT)
                .count() > 0;
        MediationStatus status = MediationStatus.of((Boolean) progress.get(VAR_ACCEPTED),
                (String) progress.get(VAR_SESSION_OUTCOME), statutoryLimitReached);
        return new ApplicationView(
                mediation.getTrackingNumber(),
                status,
                mediation.getApplicantName(),
                IdNumbers.mask(mediation.getApplicantIdNumber()),
                mediation.getEmployer(),
                mediation.getDisputeType(),
                mediation.getChannel(),
                mediation.getCreatedAt().atZone(SHANGHAI).toOffsetDateTime(),
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

    private static OffsetDateTime offset(Object date) {
        return date == null ? null : ((Date) date).toInstant().atZone(SHANGHAI).toOffsetDateTime();
    }
}
