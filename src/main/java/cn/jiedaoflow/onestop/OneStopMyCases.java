package cn.jiedaoflow.onestop;

import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.cases.MyCase;
import cn.jiedaoflow.cases.MyCaseSource;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Localized;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * One-stop applications in a resident's "my cases": the matter, the status, and the deadline of the step the
 * application waits at — the pre-check, the supplement, each department's review — or the end of the rating period.
 */
@Component
class OneStopMyCases implements MyCaseSource {

    /** The steps the applicant is shown once completed: the pre-check and each department's review. */
    static final Set<String> SHOWN_STEPS = Set.of("UserTask_PreCheck", "UserTask_MemberReview");

    private final CaseAccess access;
    private final OneStopApplicationQueries lists;
    private final OneStopApplicationRepository applications;
    private final MemberReviewRepository reviews;
    private final ServiceCatalog catalog;

    OneStopMyCases(
            CaseAccess access,
            OneStopApplicationQueries lists,
            OneStopApplicationRepository applications,
            MemberReviewRepository reviews,
            ServiceCatalog catalog) {
        this.access = access;
        this.lists = lists;
        this.applications = applications;
        this.reviews = reviews;
        this.catalog = catalog;
    }

    @Override
    public String prefix() {
        return "OS";
    }

    @Override
    public List<MyCase> casesOf(Caller resident) {
        return access.listed(resident, lists, Sort.by("id")).stream()
                .map(this::of)
                .toList();
    }

    @Override
    public Optional<MyCase> caseOf(Caller resident, String trackingNumber) {
        return applications
                .findByTrackingNumber(trackingNumber)
                .filter(application -> access.isApplicant(resident, application.header()))
                .map(this::of);
    }

    private MyCase of(OneStopApplication application) {
        Optional<Matter> matter = catalog.find(application.getMatterCode());
        return new MyCase(
                application.getTrackingNumber(),
                application.getProcessInstanceId(),
                new Localized(
                        matter.map(Matter::nameZh).orElse(application.getMatterCode()),
                        matter.map(Matter::nameEn).orElse(application.getMatterCode())),
                application.getStatus().name(),
                application.getSubmittedAt(),
                deadlines(application),
                SHOWN_STEPS);
    }

    private List<MyCase.Deadline> deadlines(OneStopApplication application) {
        List<MyCase.Deadline> deadlines = new ArrayList<>();
        switch (application.getStatus()) {
            case SUBMITTED -> add(deadlines, "preCheck", application.getPreCheckDue(), false);
            case SUPPLEMENT_REQUESTED -> add(deadlines, "supplement", application.getSupplementDue(), false);
            case ACCEPTED, IN_REVIEW ->
                reviews.findByTrackingNumberOrderByIdAsc(application.getTrackingNumber()).stream()
                        .filter(part -> part.getApproved() == null)
                        .forEach(part -> add(deadlines, "review", part.getReviewDue(), part.isReviewDueProvisional()));
            case COMPLETED, PARTIALLY_COMPLETED, NOT_APPROVED -> {
                if (application.getRating() == null) {
                    add(deadlines, "rating", application.getEvaluationEnds(), false);
                }
            }
            default -> {}
        }
        return deadlines;
    }

    private static void add(List<MyCase.Deadline> deadlines, String kind, Instant at, boolean provisional) {
        if (at != null) {
            deadlines.add(new MyCase.Deadline(kind, at, provisional));
        }
    }
}
