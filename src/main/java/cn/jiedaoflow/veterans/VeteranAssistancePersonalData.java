package cn.jiedaoflow.veterans;

import cn.jiedaoflow.files.DocumentDownload;
import cn.jiedaoflow.files.StoredDocuments;
import cn.jiedaoflow.personaldata.PersonalDataSource;
import cn.jiedaoflow.personaldata.PersonalDetail;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A veteran-assistance application's household — income and disability grade as applied and as the home visit
 * verified them — and its attachments (bills, income proofs, photos), for the tasks that declare
 * {@code household}: the home visit, the relief decision, the head's and the leader's approvals.
 */
@Component
class VeteranAssistancePersonalData implements PersonalDataSource {

    private final AssistanceApplicationRepository applications;
    private final AssistanceAttachmentRepository attachments;
    private final StoredDocuments stored;

    VeteranAssistancePersonalData(
            AssistanceApplicationRepository applications,
            AssistanceAttachmentRepository attachments,
            StoredDocuments stored) {
        this.applications = applications;
        this.attachments = attachments;
        this.stored = stored;
    }

    @Override
    public PersonalDetail detail() {
        return PersonalDetail.VETERAN_HOUSEHOLD;
    }

    @Override
    public Optional<String> processInstanceId(String trackingNumber) {
        return applications.findByTrackingNumber(trackingNumber).map(AssistanceApplication::getProcessInstanceId);
    }

    @Override
    @Transactional(readOnly = true)
    public DetailPage page(String trackingNumber) {
        AssistanceApplication application =
                applications.findByTrackingNumber(trackingNumber).orElseThrow();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("困难类型", application.getHardshipType().chinese()));
        fields.add(new Field("申报的家庭人口", String.valueOf(application.getHouseholdSize())));
        fields.add(new Field("申报的家庭月收入（元）", yuan(application.getMonthlyHouseholdIncome())));
        fields.add(new Field("申报的残疾等级", grade(application.getDisabilityGrade())));
        if (application.getVisitedAt() != null) {
            fields.add(new Field("核实的家庭人口", String.valueOf(application.getVerifiedHouseholdSize())));
            fields.add(new Field("核实的家庭月收入（元）", yuan(application.getVerifiedMonthlyIncome())));
            fields.add(new Field("核实的残疾等级", grade(application.getVerifiedDisabilityGrade())));
        } else {
            fields.add(new Field("走访核实", "尚未走访"));
        }
        return new DetailPage(fields, documents(application));
    }

    @Override
    @Transactional
    public List<DocumentEntry> documents(String trackingNumber) {
        return applications
                .findByTrackingNumber(trackingNumber)
                .map(this::documents)
                .orElse(List.of());
    }

    private List<DocumentEntry> documents(AssistanceApplication application) {
        return attachments.findByApplicationIdOrderByIdAsc(application.getId()).stream()
                .map(a -> new DocumentEntry(
                        a.getId(),
                        a.getDocument().getFileName(),
                        a.getDocument().getContentType(),
                        a.getDocument().getSizeBytes(),
                        "附件"))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Document> document(String trackingNumber, long documentId) {
        return applications
                .findByTrackingNumber(trackingNumber)
                .flatMap(application -> attachments.findByIdAndApplicationId(documentId, application.getId()))
                .map(a -> {
                    DocumentDownload file = stored.open(a.getDocument());
                    return new Document(file.fileName(), file.contentType(), file.content(), "附件");
                });
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? "—" : amount.toPlainString();
    }

    private static String grade(Integer grade) {
        return grade == null ? "—" : grade == 0 ? "无" : grade + " 级";
    }
}
