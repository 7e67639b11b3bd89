package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.files.DocumentDownload;
import cn.jiedaoflow.files.StoredDocuments;
import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.files.UploadedDocument;
import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.people.LoginNames;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for veteran assistance: by the veteran or a family member online, reported by a residents'
 * committee, or entered at the station. The application is stored and the procedure started in one
 * transaction; the eligibility check runs in it. The station and the veteran applying for themself are told at
 * once whether the case opened or why not; anyone else is told that it was received (see {@link #view}), never
 * given an error.
 */
@EngineEdge
@Service
class VeteranAssistanceApplicationService {

    private static final Logger LOG = LoggerFactory.getLogger(VeteranAssistanceApplicationService.class);
    /** What an applicant who is not the veteran is told until the station has visited the veteran. */
    static final String RECEIVED = "申请已收到，退役军人服务站将与退役军人本人联系。";

    private final AssistanceApplicationRepository applications;
    private final VeteranRepository veterans;
    private final AccountRepository accounts;
    private final TrackingNumbers trackingNumbers;
    private final WorkingCalendar calendar;
    private final RuntimeService runtime;
    private final VeteranAssistanceSettings settings;
    private final AuditLog audit;
    private final AssistanceAttachmentRepository attachments;
    private final StoredDocuments documents;

    VeteranAssistanceApplicationService(
            AssistanceApplicationRepository applications,
            VeteranRepository veterans,
            AccountRepository accounts,
            TrackingNumbers trackingNumbers,
            WorkingCalendar calendar,
            RuntimeService runtime,
            VeteranAssistanceSettings settings,
            AuditLog audit,
            AssistanceAttachmentRepository attachments,
            StoredDocuments documents) {
        this.applications = applications;
        this.veterans = veterans;
        this.accounts = accounts;
        this.trackingNumbers = trackingNumbers;
        this.calendar = calendar;
        this.runtime = runtime;
        this.settings = settings;
        this.audit = audit;
        this.attachments = attachments;
        this.documents = documents;
    }

    @Transactional
    AssistanceView apply(Caller caller, AssistanceRequest request) {
        boolean station = isStation(caller);
        boolean committee = caller != null && caller.isStaff() && caller.inGroup(StaffGroup.RESIDENTS_COMMITTEE.id());
        if (caller == null || caller.kind() == Caller.Kind.ENTERPRISE || caller.isStaff() && !station && !committee) {
            throw Refusal.forbidden("veterans.assistance.forbidden");
        }
        if (request == null) {
            throw Refusal.badInput("veterans.assistance.invalid", "—");
        }
        AssistanceRequest.Checked checked = request.check();
        String veteranIdNumber;
        String applicantName;
        String applicantMobile;
        Long accountId = null;
        if (caller.isStaff()) {
            if (!station && checked.relation() != ApplicantRelation.RESIDENTS_COMMITTEE) {
                throw Refusal.badInput("veterans.assistance.committeeReports");
            }
            veteranIdNumber = idNumber(request.veteranIdNumber());
            applicantName = required(request.applicantName(), "applicantName", 100);
            applicantMobile = mobile(request.applicantMobile());
        } else {
            if (checked.relation() == ApplicantRelation.RESIDENTS_COMMITTEE) {
                throw Refusal.badInput("veterans.assistance.committeeOnly");
            }
            Account account = accounts.findById(caller.accountId()).orElseThrow();
            veteranIdNumber = checked.relation() == ApplicantRelation.VETERAN
                            && isBlank(request.veteranIdNumber())
                            && account.getIdNumber() != null
                    ? account.getIdNumber()
                    : idNumber(request.veteranIdNumber());
            applicantName = caller.displayName();
            applicantMobile = caller.username();
            accountId = caller.accountId();
        }
        Optional<Veteran> veteran = veterans.findByIdNumber(veteranIdNumber);
        Instant now = calendar.now();
        String trackingNumber =
                trackingNumbers.unused(TRACKING_NUMBER_PREFIX, now, applications::existsByTrackingNumber);
        AssistanceApplication application = applications.save(new AssistanceApplication(
                trackingNumber,
                veteran.map(Veteran::getId).orElse(null),
                veteranIdNumber,
                checked,
                accountId,
                applicantName,
                applicantMobile,
                caller.isStaff() ? caller.username() : null,
                now));
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_TRACKING_NUMBER, trackingNumber);
        variables.put(VAR_APPLICANT_NAME, applicantName);
        variables.put(VAR_VETERAN_NAME, veteran.map(Veteran::getName).orElse("（未在册）"));
        variables.put(VAR_HARDSHIP_TYPE, checked.hardshipType().name());
        variables.put(VAR_HARDSHIP_TYPE_NAME, checked.hardshipType().chinese());
        variables.put(VAR_HOUSEHOLD_SIZE, checked.householdSize());
        variables.put(
                VAR_INCOME_BAND,
                IncomeBand.of(
                                checked.monthlyHouseholdIncome(),
                                checked.householdSize(),
                                settings.minimumLivingStandard())
                        .chinese());
        variables.put(VAR_REQUESTED_HELP, checked.requestedHelp());
        variables.put(
                VAR_MINIMUM_LIVING_STANDARD, settings.minimumLivingStandard().doubleValue());
        ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(trackingNumber)
                .setVariables(variables)
                .execute();
        application.started(instance.getId());
        applications.save(application);
        audit.record(
                actor(caller),
                "VETERAN_ASSISTANCE_APPLIED",
                "application:" + trackingNumber,
                checked.relation() + " for veteran ID " + IdNumbers.mask(veteranIdNumber));
        LOG.info(
                "veteran assistance {} applied for ({}), status {}",
                trackingNumber,
                checked.relation(),
                application.getStatus());
        return view(caller, application);
    }

    @Transactional(readOnly = true)
    List<AssistanceView> mine(Caller caller) {
        if (caller != null && caller.kind() == Caller.Kind.RESIDENT) {
            return applications.findByApplicantAccountIdOrderBySubmittedAtDescIdDesc(caller.accountId()).stream()
                    .map(application -> view(caller, application))
                    .toList();
        }
        if (caller != null
                && caller.isStaff()
                && (isStation(caller) || caller.inGroup(StaffGroup.RESIDENTS_COMMITTEE.id()))) {
            return applications.findByRegisteredByOrderBySubmittedAtDescIdDesc(caller.username()).stream()
                    .map(application -> view(caller, application))
                    .toList();
        }
        throw Refusal.forbidden("veterans.assistance.forbidden");
    }

    /**
     * The applicant, whoever entered it, and the station read it; another resident gets the 404 of an unknown number.
     */
    @Transactional(readOnly = true)
    AssistanceView one(Caller caller, String trackingNumber) {
        return view(caller, readable(caller, trackingNumber));
    }

    /**
     * Attaches documents (PDF, JPEG or PNG by content, at most 10 MB each) to an application that is not closed:
     * all of them or none.
     */
    @Transactional
    AssistanceView attach(Caller caller, String trackingNumber, List<Upload> files) {
        AssistanceApplication application = readable(caller, trackingNumber);
        AssistanceStatus shown = view(caller, application).status();
        if (shown == AssistanceStatus.CLOSED || shown == AssistanceStatus.INELIGIBLE) {
            throw Refusal.conflict("veterans.assistance.attachment.closed", trackingNumber, shown);
        }
        if (files == null || files.isEmpty()) {
            throw Refusal.badInput("veterans.assistance.attachment.none");
        }
        List<UploadedDocument> checked = new ArrayList<>();
        for (Upload file : files) {
            checked.add(UploadedDocument.read(file, "attachment"));
        }
        Instant now = calendar.now();
        String actor = actor(caller);
        checked.forEach(document ->
                attachments.save(new AssistanceAttachment(application.getId(), documents.store(document, actor, now))));
        audit.record(
                actor, "VETERAN_ASSISTANCE_ATTACHED", "application:" + trackingNumber, checked.size() + " file(s)");
        return view(caller, application);
    }

    /** An attachment's file; a staff member's view of it is in the audit log. */
    @Transactional
    DocumentDownload attachment(Caller caller, String trackingNumber, long attachmentId) {
        AssistanceApplication application = readable(caller, trackingNumber);
        AssistanceAttachment attachment = attachments
                .findByIdAndApplicationId(attachmentId, application.getId())
                .orElseThrow(() ->
                        Refusal.notFound("veterans.assistance.attachment.notFound", attachmentId, trackingNumber));
        if (caller.isStaff()) {
            audit.record(
                    caller.username(),
                    "VETERAN_ASSISTANCE_ATTACHMENT_VIEWED",
                    "application:" + trackingNumber,
                    "attachment " + attachmentId);
        }
        return documents.open(attachment.getDocument());
    }

    private AssistanceApplication readable(Caller caller, String trackingNumber) {
        if (caller == null
                || caller.kind() == Caller.Kind.ENTERPRISE
                || caller.isStaff() && !isStation(caller) && !caller.inGroup(StaffGroup.RESIDENTS_COMMITTEE.id())) {
            throw Refusal.forbidden("veterans.assistance.forbidden");
        }
        return applications
                .findByTrackingNumber(trackingNumber)
                .filter(application -> isStation(caller)
                        || caller.isStaff() && caller.username().equals(application.getRegisteredBy())
                        || !caller.isStaff() && caller.accountId().equals(application.getApplicantAccountId()))
                .orElseThrow(() -> Refusal.notFound("veterans.assistance.notFound", trackingNumber));
    }

    private static String actor(Caller caller) {
        return caller.isStaff() ? caller.username() : "account:" + caller.accountId();
    }

    private static boolean isStation(Caller caller) {
        return caller != null
                && caller.isStaff()
                && (caller.inGroup(StaffGroup.VETERANS_STATION.id())
                        || caller.inGroup(StaffGroup.VETERANS_STATION_HEAD.id()));
    }

    private static String idNumber(String value) {
        if (isBlank(value)) {
            throw Refusal.badInput("veterans.assistance.idNumber.missing");
        }
        return IdNumbers.normalized(value)
                .orElseThrow(
                        () -> Refusal.badInput("veterans.assistance.idNumber.invalid", IdNumbers.mask(value.strip())));
    }

    private static String mobile(String value) {
        if (isBlank(value) || !LoginNames.isMobile(value.strip())) {
            throw Refusal.badInput("veterans.assistance.mobile.invalid", String.valueOf(value));
        }
        return value.strip();
    }

    private static String required(String value, String field, int maxLength) {
        if (isBlank(value) || value.strip().length() > maxLength) {
            throw Refusal.badInput("veterans.assistance.field.invalid", field, maxLength);
        }
        return value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The application as {@code caller} may see it. The station, and the veteran applying for themself, see where it
     * stands and why. Anyone else who applied — a family member, a residents' committee, someone with another
     * person's ID number — is told only that it was received and that the station will contact the veteran, until
     * the station has visited the veteran: so an application cannot be used to learn whether someone is on the
     * roster or has an open case. No view names another case.
     */
    private AssistanceView view(Caller caller, AssistanceApplication a) {
        List<AttachmentView> files = a.getId() == null
                ? List.of()
                : attachments.findByApplicationIdOrderByIdAsc(a.getId()).stream()
                        .map(attachment -> AttachmentView.of(attachment, calendar::local))
                        .toList();
        if (!seesProgress(caller, a)) {
            return new AssistanceView(
                    a.getTrackingNumber(),
                    AssistanceStatus.SUBMITTED,
                    RECEIVED,
                    IdNumbers.mask(a.getVeteranIdNumber()),
                    a.getApplicantRelation(),
                    a.getApplicantName(),
                    a.getHardshipType(),
                    a.getHouseholdSize(),
                    a.getMonthlyHouseholdIncome(),
                    a.getDisabilityGrade(),
                    a.getRequestedHelp(),
                    null,
                    null,
                    null,
                    offset(a.getSubmittedAt()),
                    null,
                    files);
        }
        return new AssistanceView(
                a.getTrackingNumber(),
                a.getStatus(),
                a.getStatusReason(),
                IdNumbers.mask(a.getVeteranIdNumber()),
                a.getApplicantRelation(),
                a.getApplicantName(),
                a.getHardshipType(),
                a.getHouseholdSize(),
                a.getMonthlyHouseholdIncome(),
                a.getDisabilityGrade(),
                a.getRequestedHelp(),
                a.getLevel(),
                a.getApprovedAmount(),
                a.getReliefAmount(),
                offset(a.getSubmittedAt()),
                offset(a.getClosedAt()),
                files);
    }

    private boolean seesProgress(Caller caller, AssistanceApplication application) {
        return isStation(caller) || application.getVisitedAt() != null || isTheVeteran(caller, application);
    }

    /** A resident whose account holds the veteran's ID number. */
    private boolean isTheVeteran(Caller caller, AssistanceApplication application) {
        return caller != null
                && caller.kind() == Caller.Kind.RESIDENT
                && accounts.findById(caller.accountId())
                        .map(Account::getIdNumber)
                        .filter(application.getVeteranIdNumber()::equals)
                        .isPresent();
    }

    private OffsetDateTime offset(Instant instant) {
        return calendar.local(instant);
    }
}
