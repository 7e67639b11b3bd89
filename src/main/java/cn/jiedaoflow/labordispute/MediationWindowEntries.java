package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.files.StoredDocuments;
import cn.jiedaoflow.files.Upload;
import cn.jiedaoflow.files.UploadedDocument;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.personaldata.TaskFormContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mediation application entered at the window with the materials handed in (the console, docs/console.md): the
 * application as the API takes it ({@link MediationApplicationService#apply}, {@link MediationIntake}'s rules) and
 * every file checked as every document is ({@link UploadedDocument#read}), in one transaction: a bad file or a bad
 * field stores nothing. Recorded in the audit log with the staff member who entered it. The acceptance's form links the
 * materials to the personal-data plugin ({@link LaborDisputePersonalData}), for the mediators only.
 */
@Service
class MediationWindowEntries {

    private final MediationApplicationService service;
    private final MediationApplications applications;
    private final MediationMaterialRepository materials;
    private final StoredDocuments documents;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final TaskFormContext formContext;

    MediationWindowEntries(
            MediationApplicationService service,
            MediationApplications applications,
            MediationMaterialRepository materials,
            StoredDocuments documents,
            WorkingCalendar calendar,
            AuditLog audit,
            TaskFormContext formContext) {
        this.service = service;
        this.applications = applications;
        this.materials = materials;
        this.documents = documents;
        this.calendar = calendar;
        this.audit = audit;
        this.formContext = formContext;
    }

    /** Files the application of a walk-in resident with {@code files}; answers its tracking number. */
    @Transactional
    String enter(Caller caller, ApplicationRequest request, List<Upload> files) {
        MediationIntake.requireMediationStaffOrResident(caller);
        List<UploadedDocument> checked = new ArrayList<>();
        for (Upload file : files) {
            checked.add(UploadedDocument.read(file, "material"));
        }
        String trackingNumber = service.apply(caller, request).trackingNumber();
        LaborDisputeCase mediation = applications.find(trackingNumber).orElseThrow();
        Instant now = calendar.now();
        checked.forEach(document -> materials.save(
                new MediationMaterial(mediation.getId(), documents.store(document, caller.username(), now))));
        if (!checked.isEmpty()) {
            // the acceptance was offered as the application started, before its materials were stored
            formContext.documentsChanged(trackingNumber);
        }
        audit.record(
                caller.username(),
                "LABOR_DISPUTE_ENTERED_AT_WINDOW",
                "application:" + trackingNumber,
                checked.size() + " file(s), applicant ID "
                        + IdNumbers.mask(request.applicantIdNumber().strip()));
        return trackingNumber;
    }
}
