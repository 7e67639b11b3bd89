package cn.jiedaoflow.onestop;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.files.DocumentDownload;
import cn.jiedaoflow.files.StoredDocument;
import cn.jiedaoflow.files.StoredDocuments;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One-stop applications as the API shows them: a caller's list, one application with its parts and files. */
@Service
class OneStopViews {

    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "submittedAt").and(Sort.by(Sort.Direction.DESC, "id"));

    private final OneStopAccess access;
    private final CaseAccess cases;
    private final OneStopApplicationQueries queries;
    private final MemberReviewRepository reviews;
    private final MaterialRepository materials;
    private final StoredDocuments documents;
    private final ServiceCatalog catalog;
    private final ApplicationData data;
    private final WorkingCalendar calendar;
    private final AuditLog audit;

    OneStopViews(
            OneStopAccess access,
            CaseAccess cases,
            OneStopApplicationQueries queries,
            MemberReviewRepository reviews,
            MaterialRepository materials,
            StoredDocuments documents,
            ServiceCatalog catalog,
            ApplicationData data,
            WorkingCalendar calendar,
            AuditLog audit) {
        this.access = access;
        this.cases = cases;
        this.queries = queries;
        this.reviews = reviews;
        this.materials = materials;
        this.documents = documents;
        this.catalog = catalog;
        this.data = data;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** A resident's applications, those the window entered for them included; a window clerk's entries. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> mine(Caller caller) {
        OneStopAccess.requireResidentOrWindow(caller);
        Map<String, String> names = new HashMap<>();
        return cases.listed(caller, queries, NEWEST_FIRST).stream()
                .map(application -> new ApplicationSummary(
                        application.getTrackingNumber(),
                        application.getMatterCode(),
                        names.computeIfAbsent(
                                application.getMatterCode(),
                                code -> catalog.find(code).map(Matter::nameZh).orElse(code)),
                        application.getStatus(),
                        application.getChannel(),
                        calendar.local(application.getSubmittedAt())))
                .toList();
    }

    @Transactional(readOnly = true)
    public ApplicationView one(Caller caller, String trackingNumber) {
        return view(access.readable(caller, trackingNumber));
    }

    /** A material's file as it was handed in; a staff member's view of it is in the audit log. */
    @Transactional
    public DocumentDownload material(Caller caller, String trackingNumber, long materialId) {
        OneStopApplication application = access.readable(caller, trackingNumber);
        Material material = materials
                .findByIdAndApplicationId(materialId, application.getId())
                .orElseThrow(() -> Refusal.notFound("onestop.material.notFound", materialId, trackingNumber));
        DocumentDownload download = documents.open(material.getDocument());
        if (caller.isStaff()) {
            audit.record(
                    caller.username(),
                    "ONE_STOP_MATERIAL_VIEWED",
                    "application:" + trackingNumber,
                    "material " + materialId + " (" + material.getMaterialCode() + ")");
        }
        return download;
    }

    ApplicationView view(OneStopApplication application) {
        Matter matter = catalog.find(application.getMatterCode()).orElseThrow();
        Instant now = calendar.now();
        List<ApplicationView.Part> parts =
                reviews.findByTrackingNumberOrderByIdAsc(application.getTrackingNumber()).stream()
                        .map(part -> part(part, application, now))
                        .toList();
        List<ApplicationView.MaterialView> files = application.getId() == null
                ? List.of()
                : materials.findByApplicationIdOrderByIdAsc(application.getId()).stream()
                        .map(this::material)
                        .toList();
        return new ApplicationView(
                application.getTrackingNumber(),
                matter.code(),
                matter.nameZh(),
                matter.nameEn(),
                application.getStatus(),
                application.getStatusReason(),
                application.getChannel(),
                application.getApplicantName(),
                IdNumbers.mask(application.getApplicantIdNumber()),
                data.read(application),
                application.getDeliveryMethod(),
                application.getMailingAddress(),
                calendar.local(application.getSubmittedAt()),
                calendar.local(application.getPreCheckDue()),
                calendar.local(application.getSupplementDue()),
                calendar.local(application.getAcceptedAt()),
                calendar.local(application.getDecidedAt()),
                calendar.local(application.getEvaluationEnds()),
                application.getRating(),
                application.getRatingComment(),
                parts,
                files);
    }

    private ApplicationView.Part part(MemberReview part, OneStopApplication application, Instant now) {
        return new ApplicationView.Part(
                part.getMemberCode(),
                catalog.find(part.getMemberCode()).map(Matter::nameZh).orElse(part.getMemberCode()),
                part.getResponsibleGroup(),
                calendar.local(part.getReviewDue()),
                part.isReviewDueProvisional(),
                Sla.light(part, application.getStatus(), now),
                part.getApproved() == null
                        ? null
                        : part.getApproved() ? ReviewDecision.APPROVED : ReviewDecision.NOT_APPROVED,
                part.getOpinion(),
                calendar.local(part.getReviewedAt()));
    }

    private ApplicationView.MaterialView material(Material material) {
        StoredDocument document = material.getDocument();
        return new ApplicationView.MaterialView(
                material.getId(),
                material.getMaterialCode(),
                document.getFileName(),
                document.getContentType(),
                document.getSizeBytes(),
                material.isSupplement(),
                calendar.local(document.getUploadedAt()));
    }
}
