package cn.jiedaoflow.labordispute;

import static cn.jiedaoflow.labordispute.LaborDisputeMediation.ACCEPTANCE_WORKING_DAYS;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.STATUTORY_LIMIT_DAYS;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.TRACKING_NUMBER_PREFIX;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.cases.TrackingNumbers;

/**
 * Registers mediation applications and finds them again: the case record, the tracking number and the
 * two deadlines that run from receipt (3 working days to decide on acceptance; 15 calendar days, 劳动争议调解仲裁法
 * art. 14, to reach an agreement).
 */
@Service
class MediationApplications {

    private static final Logger LOG = LoggerFactory.getLogger(MediationApplications.class);

    private final LaborDisputeCaseRepository cases;
    private final TrackingNumbers trackingNumbers;
    private final WorkingCalendar calendar;

    MediationApplications(LaborDisputeCaseRepository cases, TrackingNumbers trackingNumbers,
            WorkingCalendar calendar) {
        this.cases = cases;
        this.trackingNumbers = trackingNumbers;
        this.calendar = calendar;
    }

    /** A tracking number that no case has yet. */
    String newTrackingNumber() {
        return trackingNumbers.unused(TRACKING_NUMBER_PREFIX, calendar.now(), cases::existsByTrackingNumber);
    }

    /**
     * Records the case of the application carried by process instance {@code processInstanceId}, received
     * now by the engine's clock, and computes its deadlines.
     */
    MediationRegistration register(MediationApplication application, String processInstanceId) {
        String trackingNumber = application.trackingNumber() != null
                ? application.trackingNumber()
                : newTrackingNumber();
        Instant receivedAt = calendar.now();
        Deadline acceptanceDue = calendar.workingDaysFrom(receivedAt, ACCEPTANCE_WORKING_DAYS);
        Deadline statutoryLimitEnds = calendar.daysFrom(receivedAt, STATUTORY_LIMIT_DAYS);
        cases.save(new LaborDisputeCase(trackingNumber, processInstanceId, application, receivedAt));
        LOG.info("labour dispute mediation {} registered ({}, applicant ID {}): acceptance due {}, statutory limit {}",
                trackingNumber, application.channel(), IdNumbers.mask(application.applicantIdNumber()),
                acceptanceDue.at(), statutoryLimitEnds.at());
        return new MediationRegistration(trackingNumber, receivedAt, acceptanceDue, statutoryLimitEnds);
    }

    Optional<LaborDisputeCase> find(String trackingNumber) {
        return cases.findByTrackingNumber(trackingNumber);
    }

    List<LaborDisputeCase> ofAccount(long accountId) {
        return cases.findByApplicantAccountIdOrderByCreatedAtDesc(accountId);
    }

    List<LaborDisputeCase> registeredBy(String staffId) {
        return cases.findByRegisteredByOrderByCreatedAtDesc(staffId);
    }
}
