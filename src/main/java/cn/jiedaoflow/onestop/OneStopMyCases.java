package cn.jiedaoflow.onestop;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.cases.CaseActions;
import cn.jiedaoflow.cases.MyCase;
import cn.jiedaoflow.cases.MyCaseSource;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Localized;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * One-stop applications in a resident's "my cases": the matter, the status, the deadline of the step the application
 * waits at — the pre-check, the supplement, each department's review — or the end of the rating period, each marked
 * provisional as the calendar computed it; and what the applicant may do: answer the supplement request with
 * everything missing, withdraw before the decision, rate within 15 days of the result (or see the rating given).
 */
@Component
class OneStopMyCases implements MyCaseSource {

    /** The steps the applicant is shown once completed: the pre-check and each department's review. */
    static final Set<String> SHOWN_STEPS = Set.of("UserTask_PreCheck", "UserTask_MemberReview");

    private final CaseAccess access;
    private final OneStopApplicationQueries lists;
    private final OneStopApplicationRepository applications;
    private final MemberReviewRepository reviews;
    private final MaterialRepository materials;
    private final ServiceCatalog catalog;
    private final WorkingCalendar calendar;

    OneStopMyCases(
            CaseAccess access,
            OneStopApplicationQueries lists,
            OneStopApplicationRepository applications,
            MemberReviewRepository reviews,
            MaterialRepository materials,
            ServiceCatalog catalog,
            WorkingCalendar calendar) {
        this.access = access;
        this.lists = lists;
        this.applications = applications;
        this.reviews = reviews;
        this.materials = materials;
        this.catalog = catalog;
        this.calendar = calendar;
    }

    @Override
    public String prefix() {
        return "OS";
    }

    @Override
    public List<MyCase> casesOf(Caller resident) {
        return access.listed(resident, lists, Sort.by("id")).stream()
                .map(application -> of(application, false))
                .toList();
    }

    @Override
    public Optional<MyCase> caseOf(Caller resident, String trackingNumber) {
        return applications
                .findByTrackingNumber(trackingNumber)
                .filter(application -> access.isApplicant(resident, application.header()))
                .map(application -> of(application, true));
    }

    private MyCase of(OneStopApplication application, boolean whole) {
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
                SHOWN_STEPS,
                whole ? actions(application, matter) : CaseActions.NONE,
                application.header().applicant(),
                whole ? received(application, matter) : List.of());
    }

    private List<MyCase.Deadline> deadlines(OneStopApplication application) {
        List<MyCase.Deadline> deadlines = new ArrayList<>();
        switch (application.getStatus()) {
            case SUBMITTED ->
                add(deadlines, "preCheck", application.getPreCheckDue(), application.isPreCheckDueProvisional());
            case SUPPLEMENT_REQUESTED ->
                add(deadlines, "supplement", application.getSupplementDue(), application.isSupplementDueProvisional());
            case ACCEPTED, IN_REVIEW ->
                reviews.findByTrackingNumberOrderByIdAsc(application.getTrackingNumber()).stream()
                        .filter(part -> part.getApproved() == null)
                        .forEach(part -> add(deadlines, "review", part.getReviewDue(), part.isReviewDueProvisional()));
            case COMPLETED, PARTIALLY_COMPLETED, NOT_APPROVED -> {
                if (application.getRating() == null) {
                    add(
                            deadlines,
                            "rating",
                            application.getEvaluationEnds(),
                            application.isEvaluationEndsProvisional());
                }
            }
            default -> {}
        }
        return deadlines;
    }

    /** What the procedure lets the applicant do in the application's state (procedures.md §2). */
    private CaseActions actions(OneStopApplication application, Optional<Matter> matter) {
        String endpoint = OneStopApplicationController.PATH + "/" + application.getTrackingNumber();
        ApplicationStatus status = application.getStatus();
        CaseActions.Supplement supplement = status == ApplicationStatus.SUPPLEMENT_REQUESTED
                ? new CaseActions.Supplement(
                        missing(application.getStatusReason()),
                        application.getSupplementDue(),
                        application.isSupplementDueProvisional(),
                        endpoint + "/supplement",
                        matter.map(Matter::materials).orElse(List.of()).stream()
                                .map(m -> new CaseActions.Material(m.code(), new Localized(m.nameZh(), m.nameEn())))
                                .toList())
                : null;
        CaseActions.Withdrawal withdrawal =
                status.isBeforeDecision() ? new CaseActions.Withdrawal(endpoint + "/withdrawal") : null;
        return new CaseActions(supplement, withdrawal, rating(application, endpoint + "/rating"));
    }

    private CaseActions.Rating rating(OneStopApplication application, String endpoint) {
        if (application.getRating() != null) {
            return new CaseActions.Rating(
                    null,
                    application.getEvaluationEnds(),
                    application.isEvaluationEndsProvisional(),
                    application.getRating(),
                    application.getRatingComment(),
                    application.getRatedAt());
        }
        if (application.getStatus().isDecided() && Rating.isOpen(calendar.now(), application.getEvaluationEnds())) {
            return new CaseActions.Rating(
                    endpoint,
                    application.getEvaluationEnds(),
                    application.isEvaluationEndsProvisional(),
                    null,
                    null,
                    null);
        }
        return null;
    }

    /** The pre-check's list of what is missing, one item a line as the form asks staff to write it. */
    static List<String> missing(String missingItems) {
        if (missingItems == null) {
            return List.of();
        }
        return Arrays.stream(missingItems.split("\\R"))
                .map(line -> line.strip().replaceFirst("^[-*•·]\\s*", ""))
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private List<MyCase.Received> received(OneStopApplication application, Optional<Matter> matter) {
        List<MyCase.Received> received = new ArrayList<>();
        for (Material material : materials.findByApplicationIdOrderByIdAsc(application.getId())) {
            String code = material.getMaterialCode();
            Localized what = matter.flatMap(m -> m.materials().stream()
                            .filter(required -> required.code().equals(code))
                            .findFirst())
                    .map(required -> new Localized(required.nameZh(), required.nameEn()))
                    .orElse(new Localized(code, code));
            received.add(new MyCase.Received(
                    what,
                    material.getDocument().getFileName(),
                    material.getDocument().getUploadedAt(),
                    material.isSupplement()));
        }
        return received;
    }

    private static void add(List<MyCase.Deadline> deadlines, String kind, Instant at, boolean provisional) {
        if (at != null) {
            deadlines.add(new MyCase.Deadline(kind, at, provisional));
        }
    }
}
