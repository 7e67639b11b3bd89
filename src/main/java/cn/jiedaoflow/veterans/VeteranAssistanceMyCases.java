package cn.jiedaoflow.veterans;

import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.cases.CaseActions;
import cn.jiedaoflow.cases.MyCase;
import cn.jiedaoflow.cases.MyCaseSource;
import cn.jiedaoflow.people.Caller;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Veteran assistance applications in a resident's "my cases", as {@link AssistanceViews} lets the applicant see them:
 * an applicant who is not the veteran sees only "submitted", and no timeline, until the station has visited the
 * veteran (the roster is not probed). The procedure sets the applicant no deadline and offers no withdrawal,
 * supplement or rating.
 */
@Component
class VeteranAssistanceMyCases implements MyCaseSource {

    /** The steps the applicant is shown once completed. */
    static final Set<String> SHOWN_STEPS = Set.of(
            "UserTask_HomeVisit",
            "UserTask_DecideRelief",
            "UserTask_Referral",
            "UserTask_ApproveByHead",
            "UserTask_ApproveByLeader",
            "UserTask_Disburse",
            "UserTask_FollowUp");

    private final CaseAccess access;
    private final AssistanceApplicationRepository applications;
    private final AssistanceViews views;
    private final AssistanceAttachmentRepository attachments;

    VeteranAssistanceMyCases(
            CaseAccess access,
            AssistanceApplicationRepository applications,
            AssistanceViews views,
            AssistanceAttachmentRepository attachments) {
        this.access = access;
        this.applications = applications;
        this.views = views;
        this.attachments = attachments;
    }

    @Override
    public String prefix() {
        return "VA";
    }

    @Override
    public List<MyCase> casesOf(Caller resident) {
        return access.listed(resident, applications, Sort.by("id")).stream()
                .map(application -> of(resident, application, false))
                .toList();
    }

    @Override
    public Optional<MyCase> caseOf(Caller resident, String trackingNumber) {
        return applications
                .findByTrackingNumber(trackingNumber)
                .filter(application -> access.isApplicant(resident, application.header()))
                .map(application -> of(resident, application, true));
    }

    private MyCase of(Caller resident, AssistanceApplication application, boolean whole) {
        AssistanceView view = views.of(resident, application);
        return new MyCase(
                application.getTrackingNumber(),
                application.getProcessInstanceId(),
                null,
                view.status().name(),
                application.getSubmittedAt(),
                List.of(),
                views.seesProgress(resident, application) ? SHOWN_STEPS : Set.of(),
                CaseActions.NONE,
                application.header().applicant(),
                whole ? received(application) : List.of());
    }

    /** The attachments handed in: bills, proofs of income. */
    private List<MyCase.Received> received(AssistanceApplication application) {
        return attachments.findByApplicationIdOrderByIdAsc(application.getId()).stream()
                .map(attachment -> new MyCase.Received(
                        null,
                        attachment.getDocument().getFileName(),
                        attachment.getDocument().getUploadedAt(),
                        false))
                .toList();
    }
}
