package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.files.DocumentDownload;
import cn.jiedaoflow.files.StoredDocuments;
import cn.jiedaoflow.personaldata.PersonalDataKind;
import cn.jiedaoflow.personaldata.PersonalDataSource;
import cn.jiedaoflow.personaldata.PersonalDetail;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's identity of a mediation case, in full, and the materials handed in with it at the window
 * ({@link MediationWindowEntries}), for the tasks that declare {@code id-number} (the acceptance, the agreement).
 */
@Component
class LaborDisputePersonalData implements PersonalDataSource {

    /** What each material is, as the page, the form's links and the audit line name it. */
    static final String MATERIAL = "申请材料";

    private final LaborDisputeCaseRepository cases;
    private final MediationMaterialRepository materials;
    private final StoredDocuments documents;

    LaborDisputePersonalData(
            LaborDisputeCaseRepository cases, MediationMaterialRepository materials, StoredDocuments documents) {
        this.cases = cases;
        this.materials = materials;
        this.documents = documents;
    }

    @Override
    public PersonalDetail detail() {
        return PersonalDetail.LABOR_DISPUTE_ID_NUMBER;
    }

    @Override
    public Optional<String> processInstanceId(String trackingNumber) {
        return cases.findByTrackingNumber(trackingNumber).map(LaborDisputeCase::getProcessInstanceId);
    }

    @Override
    @Transactional(readOnly = true)
    public DetailPage page(String trackingNumber) {
        LaborDisputeCase mediation = cases.findByTrackingNumber(trackingNumber).orElseThrow();
        return new DetailPage(
                List.of(
                        new Field("申请人姓名", mediation.getApplicantName()),
                        new Field(
                                "身份证号码",
                                mediation.getApplicantIdNumber() == null ? "未登记" : mediation.getApplicantIdNumber()),
                        new Field("手机号码", mediation.getApplicantMobile())),
                documents(mediation));
    }

    /** The materials handed in at the window, in the order they were entered; none for an online application. */
    @Override
    @Transactional(readOnly = true)
    public List<DocumentEntry> documents(String trackingNumber) {
        return cases.findByTrackingNumber(trackingNumber).map(this::documents).orElse(List.of());
    }

    private List<DocumentEntry> documents(LaborDisputeCase mediation) {
        return materials.findByCaseIdOrderByIdAsc(mediation.getId()).stream()
                .map(material -> new DocumentEntry(
                        material.getId(),
                        material.getDocument().getFileName(),
                        material.getDocument().getContentType(),
                        material.getDocument().getSizeBytes(),
                        MATERIAL))
                .toList();
    }

    /** The applicant's mobile, masked ({@code 138****8000}): the contact the acceptance and the agreement show. */
    @Override
    public Map<String, Object> taskVariables(String trackingNumber) {
        return cases.findByTrackingNumber(trackingNumber)
                .map(mediation -> Map.<String, Object>of(
                        LaborDisputeMediation.VAR_APPLICANT_MOBILE_MASKED,
                        PersonalDataKind.MOBILE.mask(mediation.getApplicantMobile())))
                .orElse(Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Document> document(String trackingNumber, long documentId) {
        return cases.findByTrackingNumber(trackingNumber)
                .flatMap(mediation -> materials.findByIdAndCaseId(documentId, mediation.getId()))
                .map(material -> {
                    DocumentDownload file = documents.open(material.getDocument());
                    return new Document(file.fileName(), file.contentType(), file.content(), MATERIAL);
                });
    }
}
