package cn.jiedaoflow.onestop;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.MatterRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The steps of a one-stop application as the process takes them: each moves the application's status,
 * computes its deadlines once from the working-day calendar (the engine's clock) and keeps the departments'
 * parts. The process's delegates call this and nothing else.
 */
@Service
class OneStopCases {

    private static final Logger LOG = LoggerFactory.getLogger(OneStopCases.class);

    private final OneStopApplicationRepository applications;
    private final MemberReviewRepository reviews;
    private final MatterRepository matters;
    private final WorkingCalendar calendar;
    private final OneStopSettings settings;

    public OneStopCases(
            OneStopApplicationRepository applications,
            MemberReviewRepository reviews,
            MatterRepository matters,
            WorkingCalendar calendar,
            OneStopSettings settings) {
        this.applications = applications;
        this.reviews = reviews;
        this.matters = matters;
        this.calendar = calendar;
        this.settings = settings;
    }

    public OneStopApplication application(String trackingNumber) {
        return applications
                .findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new IllegalStateException("no one-stop application " + trackingNumber));
    }

    public Matter matter(String code) {
        return matters.findById(code).orElseThrow(() -> new IllegalStateException("no catalog matter " + code));
    }

    /** The pre-check is due 1 working day from now (receipt, or the supplement's arrival). */
    public Deadline schedulePreCheck(String trackingNumber) {
        OneStopApplication application = application(trackingNumber);
        Deadline due = calendar.workingDaysFrom(calendar.now(), OneStopApplicationProcess.PRE_CHECK_WORKING_DAYS);
        application.preCheckDue(due);
        applications.save(application);
        return due;
    }

    public Deadline requestSupplement(String trackingNumber, String missingItems) {
        OneStopApplication application = application(trackingNumber);
        Deadline due = calendar.workingDaysFrom(calendar.now(), settings.supplementWorkingDays());
        application.requestSupplement(missingItems, due);
        applications.save(application);
        LOG.info("one-stop {}: supplement requested, due {}", trackingNumber, due.at());
        return due;
    }

    public void closeNotSupplemented(String trackingNumber) {
        OneStopApplication application = application(trackingNumber);
        application.closeNotSupplemented();
        applications.save(application);
        LOG.info("one-stop {}: closed, not supplemented", trackingNumber);
    }

    public void notAccept(String trackingNumber, String reason) {
        OneStopApplication application = application(trackingNumber);
        application.notAccept(reason);
        applications.save(application);
        LOG.info("one-stop {}: not accepted", trackingNumber);
    }

    /**
     * Accepts the application now and opens one part per department: the members of an integrated matter,
     * or the matter itself, each due its committed working days from now, with its 80% warning time.
     *
     * @return the codes of the parts, in catalog order
     */
    public List<String> accept(String trackingNumber) {
        OneStopApplication application = application(trackingNumber);
        Instant now = calendar.now();
        application.accept(now);
        applications.save(application);
        Matter matter = matter(application.getMatterCode());
        List<Matter> members = matters.findByParentCodeOrderByPositionAsc(matter.code());
        List<String> codes = new ArrayList<>();
        for (Matter part : members.isEmpty() ? List.of(matter) : members) {
            Deadline due = calendar.workingDaysFrom(now, part.limitWorkingDays());
            Instant dueAt = due.at().toInstant();
            reviews.save(new MemberReview(
                    trackingNumber,
                    part.code(),
                    part.responsibleGroup(),
                    dueAt,
                    due.provisional(),
                    Sla.warningAt(now, dueAt)));
            codes.add(part.code());
        }
        LOG.info("one-stop {}: accepted, {} part(s) to review", trackingNumber, codes.size());
        return codes;
    }

    public MemberReview memberReview(String trackingNumber, String memberCode) {
        return reviews.findByTrackingNumberAndMemberCode(trackingNumber, memberCode)
                .orElseThrow(() -> new IllegalStateException("no part " + memberCode + " in " + trackingNumber));
    }

    public Deadline supervisionDue(Instant reviewDue) {
        return calendar.workingDaysFrom(reviewDue, OneStopApplicationProcess.SUPERVISION_WORKING_DAYS);
    }

    public void reviewStarted(String trackingNumber) {
        OneStopApplication application = application(trackingNumber);
        if (application.getStatus() == ApplicationStatus.ACCEPTED) {
            application.reviewStarted();
            applications.save(application);
        }
    }

    public void recordMemberResult(
            String trackingNumber, String memberCode, ReviewDecision decision, String opinion, String reviewer) {
        MemberReview review = memberReview(trackingNumber, memberCode);
        review.decide(decision == ReviewDecision.APPROVED, opinion, reviewer, calendar.now());
        reviews.save(review);
        reviewStarted(trackingNumber);
        LOG.info("one-stop {}: {} {} by {}", trackingNumber, memberCode, decision, reviewer);
    }

    /**
     * The decision once every department has decided: COMPLETED (办结) when every part was approved;
     * PARTIALLY_COMPLETED when some member of an integrated matter was not approved; NOT_APPROVED (不予批准), with the
     * department's reason, when the department of a single matter did not approve it. The evaluation period of 15
     * days starts now, whatever the decision.
     */
    public OneStopApplication decide(String trackingNumber) {
        OneStopApplication application = application(trackingNumber);
        List<MemberReview> parts = reviews.findByTrackingNumberOrderByIdAsc(trackingNumber);
        if (parts.isEmpty() || parts.stream().anyMatch(part -> part.getApproved() == null)) {
            throw new IllegalStateException("one-stop " + trackingNumber + " has parts without a decision");
        }
        boolean single = parts.size() == 1 && parts.get(0).getMemberCode().equals(application.getMatterCode());
        boolean allApproved = parts.stream().allMatch(part -> part.getApproved());
        ApplicationStatus outcome = allApproved
                ? ApplicationStatus.COMPLETED
                : single ? ApplicationStatus.NOT_APPROVED : ApplicationStatus.PARTIALLY_COMPLETED;
        Instant now = calendar.now();
        Deadline evaluationEnds = calendar.daysFrom(now, OneStopApplicationProcess.EVALUATION_DAYS);
        application.decide(
                outcome,
                outcome == ApplicationStatus.NOT_APPROVED ? parts.get(0).getOpinion() : null,
                now,
                evaluationEnds);
        applications.save(application);
        LOG.info("one-stop {}: {}", trackingNumber, application.getStatus());
        return application;
    }

    /**
     * Records a withdrawal made outside the API (e.g. a message correlated in Cockpit); the API's is already
     * recorded.
     */
    public void withdrawn(String trackingNumber) {
        OneStopApplication application = application(trackingNumber);
        if (application.getStatus() != ApplicationStatus.WITHDRAWN) {
            application.withdraw();
            applications.save(application);
        }
        LOG.info("one-stop {}: withdrawn", trackingNumber);
    }

    public List<MemberReview> parts(String trackingNumber) {
        return reviews.findByTrackingNumberOrderByIdAsc(trackingNumber);
    }
}
