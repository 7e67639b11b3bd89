package cn.jiedaoflow.veterans;

import static cn.jiedaoflow.veterans.VeteranAssistance.*;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.Applicant;
import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.cases.CaseHeader;
import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.files.DocumentDownload;
import cn.jiedaoflow.files.StoredDocuments;
import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.files.UploadedDocument;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.people.LoginNames;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.personaldata.TaskFormContext;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for veteran assistance: by the veteran or a family member online, reported by a residents'
 * committee, or entered at the station. The application is stored and the procedure started in one
 * transaction; the eligibility check runs in it. The station and the veteran applying for themself are told at
 * once whether the case opened or why not; anyone else is told that it was received ({@link AssistanceViews}), never
 * given an error.
 */
@EngineEdge
@Service
class VeteranAssistanceApplicationService {

    private static final Logger LOG = LoggerFactory.getLogger(VeteranAssistanceApplicationService.class);
    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "submittedAt").and(Sort.by(Sort.Direction.DESC, "id"));

    private final AssistanceApplicationRepository applications;
    private final VeteranRepository veterans;
    private final CaseAccess access;
    private final AssistanceViews views;
    private final TrackingNumbers trackingNumbers;
    private final WorkingCalendar calendar;
    private final RuntimeService runtime;
    private final VeteranAssistanceSettings settings;
    private final AuditLog audit;
    private final AssistanceAttachmentRepository attachments;
    private final StoredDocuments documents;
    private final TaskFormContext formContext;

    VeteranAssistanceApplicationService(
            AssistanceApplicationRepository applications,
            VeteranRepository veterans,
            CaseAccess access,
            AssistanceViews views,
            TrackingNumbers trackingNumbers,
            WorkingCalendar calendar,
            RuntimeService runtime,
            VeteranAssistanceSettings settings,
            AuditLog audit,
            AssistanceAttachmentRepository attachments,
            StoredDocuments documents,
            TaskFormContext formContext) {
        this.applications = applications;
        this.veterans = veterans;
        this.access = access;
        this.views = views;
        this.trackingNumbers = trackingNumbers;
        this.calendar = calendar;
        this.runtime = runtime;
        this.settings = settings;
        this.audit = audit;
        this.attachments = attachments;
        this.documents = documents;
        this.formContext = formContext;
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
        Applicant applicant;
        if (caller.isStaff()) {
            if (!station && checked.relation() != ApplicantRelation.RESIDENTS_COMMITTEE) {
                throw Refusal.badInput("veterans.assistance.committeeReports");
            }
            veteranIdNumber = idNumber(request.veteranIdNumber());
            // the veteran in person at the station: the applicant's ID number is the veteran's
            applicant = new Applicant(
                    null,
                    required(request.applicantName(), "applicantName", 100),
                    mobile(request.applicantMobile()),
                    checked.relation() == ApplicantRelation.VETERAN ? veteranIdNumber : null);
        } else {
            if (checked.relation() == ApplicantRelation.RESIDENTS_COMMITTEE) {
                throw Refusal.badInput("veterans.assistance.committeeOnly");
            }
            applicant = access.applicantOf(caller);
            veteranIdNumber = checked.relation() == ApplicantRelation.VETERAN
                            && isBlank(request.veteranIdNumber())
                            && applicant.idNumber() != null
                    ? applicant.idNumber()
                    : idNumber(request.veteranIdNumber());
        }
        Optional<Veteran> veteran = veterans.findByIdNumber(veteranIdNumber);
        Instant now = calendar.now();
        String trackingNumber =
                trackingNumbers.unused(TRACKING_NUMBER_PREFIX, now, applications::existsByTrackingNumber);
        CaseHeader header = caller.isStaff()
                ? CaseHeader.entered(trackingNumber, applicant, caller.username())
                : CaseHeader.online(trackingNumber, applicant);
        AssistanceApplication application = applications.save(new AssistanceApplication(
                header, veteran.map(Veteran::getId).orElse(null), veteranIdNumber, checked, now));
        ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(trackingNumber)
                .setVariables(VeteranAssistance.startVariables(
                        header,
                        veteran.map(Veteran::getName).orElse("（未在册）"),
                        checked,
                        settings.minimumLivingStandard()))
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
        return views.of(caller, application);
    }

    /**
     * A window entry with its documents (the console, docs/console.md): the application as {@link #apply} takes it and
     * every file as {@link #attach} checks it, all in one transaction, so a bad file stores nothing. The documents are
     * checked first, so that a wrong file is refused before a case is started.
     */
    @Transactional
    AssistanceView applyWithAttachments(Caller caller, AssistanceRequest request, List<Upload> files) {
        List<UploadedDocument> checked = new ArrayList<>();
        for (Upload file : files) {
            checked.add(UploadedDocument.read(file, "attachment"));
        }
        AssistanceView applied = apply(caller, request);
        if (!checked.isEmpty()) {
            AssistanceApplication application =
                    applications.findByTrackingNumber(applied.trackingNumber()).orElseThrow();
            Instant now = calendar.now();
            checked.forEach(document -> attachments.save(
                    new AssistanceAttachment(application.getId(), documents.store(document, actor(caller), now))));
            audit.record(
                    actor(caller),
                    "VETERAN_ASSISTANCE_ATTACHED",
                    "application:" + applied.trackingNumber(),
                    checked.size() + " file(s)");
        }
        return applied;
    }

    /** A resident's applications (those entered for them at the station included); a staff member's entries. */
    @Transactional(readOnly = true)
    List<AssistanceView> mine(Caller caller) {
        boolean allowed = caller != null
                && (caller.kind() == Caller.Kind.RESIDENT
                        || isStation(caller)
                        || caller.isStaff() && caller.inGroup(StaffGroup.RESIDENTS_COMMITTEE.id()));
        if (!allowed) {
            throw Refusal.forbidden("veterans.assistance.forbidden");
        }
        return access.listed(caller, applications, NEWEST_FIRST).stream()
                .map(application -> views.of(caller, application))
                .toList();
    }

    /**
     * The applicant, whoever entered it, and the station read it; another resident gets the 404 of an unknown number.
     */
    @Transactional(readOnly = true)
    AssistanceView one(Caller caller, String trackingNumber) {
        return views.of(caller, readable(caller, trackingNumber));
    }

    /**
     * Attaches documents (PDF, JPEG or PNG by content, at most 10 MB each) to an application that is not closed:
     * all of them or none.
     */
    @Transactional
    AssistanceView attach(Caller caller, String trackingNumber, List<Upload> files) {
        AssistanceApplication application = readable(caller, trackingNumber);
        AssistanceStatus shown = views.of(caller, application).status();
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
        formContext.documentsChanged(trackingNumber);
        return views.of(caller, application);
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
        if (isStation(caller)) {
            return applications.findByTrackingNumber(trackingNumber).orElseThrow(() -> notFound(trackingNumber));
        }
        return access.own(
                caller,
                applications,
                AssistanceApplication::header,
                trackingNumber,
                Set.of(),
                () -> notFound(trackingNumber));
    }

    private static Refusal notFound(String trackingNumber) {
        return Refusal.notFound("veterans.assistance.notFound", trackingNumber);
    }

    private static String actor(Caller caller) {
        return caller.isStaff() ? caller.username() : "account:" + caller.accountId();
    }

    static boolean isStation(Caller caller) {
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
}
