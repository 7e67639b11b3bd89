package cn.jiedaoflow.veterans;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.people.Account;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The cases on the database. The eligibility check locks the veteran's row, so that two applications for the
 * same veteran arriving together are checked one after the other: the second sees the first's open case.
 * The open case is also a row keyed by the veteran, which the database keeps unique.
 */
@Service
class VeteranAssistanceCases implements AssistanceCases {

    private static final Logger LOG = LoggerFactory.getLogger(VeteranAssistanceCases.class);

    private final AssistanceApplicationRepository applications;
    private final VeteranRepository veterans;
    private final VeteranCaseRepository cases;
    private final VeteranOpenCaseRepository openCases;
    private final WorkingCalendar calendar;
    private final VeteranAccounts accounts;

    VeteranAssistanceCases(
            AssistanceApplicationRepository applications,
            VeteranRepository veterans,
            VeteranCaseRepository cases,
            VeteranOpenCaseRepository openCases,
            WorkingCalendar calendar,
            VeteranAccounts accounts) {
        this.applications = applications;
        this.veterans = veterans;
        this.cases = cases;
        this.openCases = openCases;
        this.calendar = calendar;
        this.accounts = accounts;
    }

    @Override
    public Eligibility checkEligibility(String trackingNumber) {
        AssistanceApplication application = application(trackingNumber);
        Instant now = calendar.now();
        Optional<Veteran> veteran =
                Optional.ofNullable(application.getVeteranId()).flatMap(veterans::lockById);
        if (veteran.isEmpty()) {
            return ineligible(application, IneligibleReason.NOT_ON_ROSTER.message(), now);
        }
        if (openCases.findById(veteran.get().getId()).isPresent()) {
            return ineligible(application, IneligibleReason.OPEN_CASE.message(), now);
        }
        VeteranCase opened = cases.save(new VeteranCase(
                veteran.get().getId(),
                trackingNumber,
                application.getHardshipType().name(),
                VeteranCase.OPEN,
                now));
        openCases.save(new VeteranOpenCase(veteran.get().getId(), opened.getId()));
        application.opened(opened.getId());
        applications.save(application);
        LOG.info(
                "veteran assistance {}: eligible, case {} opened for veteran {}",
                trackingNumber,
                opened.getId(),
                veteran.get().getId());
        return new Eligibility(true, null, calendar.workingDaysFrom(now, VeteranAssistance.VISIT_WORKING_DAYS));
    }

    private Eligibility ineligible(AssistanceApplication application, String reason, Instant now) {
        application.ineligible(reason, now);
        applications.save(application);
        LOG.info("veteran assistance {}: ineligible", application.getTrackingNumber());
        return new Eligibility(false, reason, null);
    }

    @Override
    public void visited(String trackingNumber, Household verified) {
        AssistanceApplication application = application(trackingNumber);
        application.visited(verified.size(), verified.monthlyIncome(), verified.disabilityGrade(), calendar.now());
        applications.save(application);
    }

    @Override
    public Household household(String trackingNumber) {
        AssistanceApplication application = application(trackingNumber);
        return application.getVisitedAt() == null
                ? new Household(
                        application.getHouseholdSize(),
                        application.getMonthlyHouseholdIncome(),
                        application.getDisabilityGrade())
                : new Household(
                        application.getVerifiedHouseholdSize(),
                        application.getVerifiedMonthlyIncome(),
                        application.getVerifiedDisabilityGrade());
    }

    @Override
    public void assessed(String trackingNumber, String level) {
        AssistanceApplication application = application(trackingNumber);
        application.assessed(level);
        applications.save(application);
        veteranCase(application).assessed(level);
    }

    @Override
    public void reliefDecided(String trackingNumber, BigDecimal amount) {
        AssistanceApplication application = application(trackingNumber);
        application.relief(amount);
        applications.save(application);
    }

    @Override
    public void approved(String trackingNumber, BigDecimal amount) {
        AssistanceApplication application = application(trackingNumber);
        application.approved(amount);
        applications.save(application);
        VeteranCase veteranCase = veteranCase(application);
        veteranCase.approved(amount);
        cases.save(veteranCase);
    }

    @Override
    public FollowUp disbursed(String trackingNumber) {
        Instant now = calendar.now();
        Deadline followUpAt = calendar.daysFrom(now, VeteranAssistance.FOLLOW_UP_DAYS);
        Deadline followUpDue =
                calendar.workingDaysFrom(followUpAt.at().toInstant(), VeteranAssistance.FOLLOW_UP_WORKING_DAYS);
        LOG.info("veteran assistance {}: disbursed; follow-up from {}", trackingNumber, followUpAt.at());
        return new FollowUp(calendar.today(), followUpAt, followUpDue);
    }

    @Override
    public void close(String trackingNumber) {
        AssistanceApplication application = application(trackingNumber);
        Instant now = calendar.now();
        application.closed(null, now);
        applications.save(application);
        VeteranCase veteranCase = veteranCase(application);
        veteranCase.close(now);
        cases.save(veteranCase);
        openCases.deleteById(application.getVeteranId());
        LOG.info(
                "veteran assistance {}: closed into the file of veteran {}",
                trackingNumber,
                application.getVeteranId());
    }

    @Override
    public Notifications.Recipient applicant(String trackingNumber) {
        AssistanceApplication application = application(trackingNumber);
        return new Notifications.Recipient(application.getApplicantMobile(), application.getApplicantAccountId());
    }

    @Override
    public List<Notifications.Recipient> veteran(String trackingNumber) {
        return accounts.findByIdNumber(application(trackingNumber).getVeteranIdNumber()).stream()
                .filter(account -> account.getKind() == Account.Kind.RESIDENT)
                .map(account -> new Notifications.Recipient(account.getLoginName(), account.getId()))
                .toList();
    }

    private AssistanceApplication application(String trackingNumber) {
        return applications
                .findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new IllegalStateException("no assistance application " + trackingNumber));
    }

    private VeteranCase veteranCase(AssistanceApplication application) {
        return cases.findById(application.getCaseId())
                .orElseThrow(() -> new IllegalStateException(
                        "application " + application.getTrackingNumber() + " has no open case"));
    }
}
