package cn.jiedaoflow.veterans;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/** Assistance applications as their callers may see them: the roster is not probed (docs/veteran-assistance.md). */
@Component
class AssistanceViews {

    /** What an applicant who is not the veteran is told until the station has visited the veteran. */
    static final String RECEIVED = "申请已收到，退役军人服务站将与退役军人本人联系。";

    private final AssistanceAttachmentRepository attachments;
    private final CaseAccess access;
    private final WorkingCalendar calendar;

    AssistanceViews(AssistanceAttachmentRepository attachments, CaseAccess access, WorkingCalendar calendar) {
        this.attachments = attachments;
        this.access = access;
        this.calendar = calendar;
    }

    /**
     * The application as {@code caller} may see it. The station, and the veteran applying for themself, see where it
     * stands and why. Anyone else who applied — a family member, a residents' committee, someone with another
     * person's ID number — is told only that it was received and that the station will contact the veteran, until
     * the station has visited the veteran: so an application cannot be used to learn whether someone is on the
     * roster or has an open case. No view names another case.
     */
    AssistanceView of(Caller caller, AssistanceApplication a) {
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

    boolean seesProgress(Caller caller, AssistanceApplication application) {
        return VeteranAssistanceApplicationService.isStation(caller)
                || application.getVisitedAt() != null
                || isTheVeteran(caller, application);
    }

    /** A resident whose account holds the veteran's ID number. */
    private boolean isTheVeteran(Caller caller, AssistanceApplication application) {
        return caller != null
                && caller.kind() == Caller.Kind.RESIDENT
                && application.getVeteranIdNumber().equals(access.idNumberOf(caller));
    }

    private OffsetDateTime offset(Instant instant) {
        return calendar.local(instant);
    }
}
