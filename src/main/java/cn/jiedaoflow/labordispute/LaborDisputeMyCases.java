package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.cases.CaseActions;
import cn.jiedaoflow.cases.MyCase;
import cn.jiedaoflow.cases.MyCaseSource;
import cn.jiedaoflow.people.Caller;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Labour dispute mediations in a resident's "my cases": the status the applicant's view shows, and the deadline ahead
 * — the acceptance decision while undecided, the 15-day statutory limit while the mediation runs. The procedure has
 * no withdrawal, supplement or rating for the applicant: no action is offered.
 */
@Component
class LaborDisputeMyCases implements MyCaseSource {

    /** The steps the applicant is shown once completed. */
    static final Set<String> SHOWN_STEPS = Set.of(
            LaborDisputeMediation.TASK_DECIDE_ACCEPTANCE,
            LaborDisputeMediation.TASK_HOLD_SESSION,
            LaborDisputeMediation.TASK_RECORD_AGREEMENT);

    private final CaseAccess access;
    private final LaborDisputeCaseQueries lists;
    private final LaborDisputeCaseRepository cases;
    private final MediationApplicationService service;

    LaborDisputeMyCases(
            CaseAccess access,
            LaborDisputeCaseQueries lists,
            LaborDisputeCaseRepository cases,
            MediationApplicationService service) {
        this.access = access;
        this.lists = lists;
        this.cases = cases;
        this.service = service;
    }

    @Override
    public String prefix() {
        return "LD";
    }

    @Override
    public List<MyCase> casesOf(Caller resident) {
        return access.listed(resident, lists, Sort.by("id")).stream()
                .map(this::of)
                .toList();
    }

    @Override
    public Optional<MyCase> caseOf(Caller resident, String trackingNumber) {
        return cases.findByTrackingNumber(trackingNumber)
                .filter(mediation -> access.isApplicant(resident, mediation.header()))
                .map(this::of);
    }

    private MyCase of(LaborDisputeCase mediation) {
        ApplicationView view = service.view(mediation);
        List<MyCase.Deadline> deadlines = switch (view.status()) {
            case SUBMITTED -> due("acceptance", view.acceptanceDue(), view.acceptanceDueProvisional());
            case ACCEPTED -> due("statutoryLimit", view.statutoryLimitEnds(), view.statutoryLimitProvisional());
            default -> List.of();
        };
        return new MyCase(
                mediation.getTrackingNumber(),
                mediation.getProcessInstanceId(),
                null,
                view.status().name(),
                mediation.getCreatedAt(),
                deadlines,
                SHOWN_STEPS,
                CaseActions.NONE,
                mediation.header().applicant(),
                List.of());
    }

    private static List<MyCase.Deadline> due(String kind, OffsetDateTime at, boolean provisional) {
        return at == null ? List.of() : List.of(new MyCase.Deadline(kind, at.toInstant(), provisional));
    }
}
