package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.personaldata.PersonalDataKind;
import cn.jiedaoflow.personaldata.PersonalDataSource;
import cn.jiedaoflow.personaldata.PersonalDetail;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The applicant's identity of a mediation case, in full, for the tasks that declare {@code id-number}. */
@Component
class LaborDisputePersonalData implements PersonalDataSource {

    private final LaborDisputeCaseRepository cases;

    LaborDisputePersonalData(LaborDisputeCaseRepository cases) {
        this.cases = cases;
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
    public DetailPage page(String trackingNumber) {
        LaborDisputeCase mediation = cases.findByTrackingNumber(trackingNumber).orElseThrow();
        return new DetailPage(
                List.of(
                        new Field("申请人姓名", mediation.getApplicantName()),
                        new Field(
                                "身份证号码",
                                mediation.getApplicantIdNumber() == null ? "未登记" : mediation.getApplicantIdNumber()),
                        new Field("手机号码", mediation.getApplicantMobile())),
                List.of());
    }

    /** A mediation case has no documents here. */
    @Override
    public List<DocumentEntry> documents(String trackingNumber) {
        return List.of();
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
    public Optional<Document> document(String trackingNumber, long documentId) {
        return Optional.empty();
    }
}
