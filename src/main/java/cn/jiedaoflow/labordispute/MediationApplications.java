package cn.jiedaoflow.labordispute;

import static cn.jiedaoflow.labordispute.LaborDisputeMediation.ACCEPTANCE_WORKING_DAYS;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.STATUTORY_LIMIT_DAYS;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.TRACKING_NUMBER_PREFIX;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.people.IdNumbers;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

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

    MediationApplications(LaborDisputeCaseRepository cases, TrackingNumbers trackingNumbers, WorkingCalendar calendar) {
        this.cases = cases;
        this.trackingNumbers = trackingNumbers;
        this.calendar = calendar;
    }

    /** A tracking number that no case has yet. */
    String newTrackingNumber() {
        return trackingNumbers.unused(TRACKING_NUMBER_PREFIX, calendar.now(), cases::existsByTrackingNumber);
    }

    /**
     * Records the case of the application carried by process instance {@code processInstanceId}, received now by
     * the engine's clock: the case record keeps what the engine must not (the full ID number, the account).
     */
    LaborDisputeCase record(MediationApplication application, String processInstanceId) {
        String trackingNumber =
                application.trackingNumber() != null ? application.trackingNumber() : newTrackingNumber();
        LaborDisputeCase recorded =
                cases.save(new LaborDisputeCase(trackingNumber, processInstanceId, application, calendar.now()));
        LOG.info(
                "labour dispute mediation {} registered ({}, applicant ID {})",
                trackingNumber,
                application.channel(),
                IdNumbers.mask(application.applicantIdNumber()));
        return recorded;
    }

    /** The two deadlines of case {@code trackingNumber}, from its receipt. */
    MediationRegistration deadlines(String trackingNumber) {
        LaborDisputeCase recorded = find(trackingNumber)
                .orElseThrow(() -> new IllegalStateException("no labour dispute case " + trackingNumber));
        Instant receivedAt = recorded.getCreatedAt();
        Deadline acceptanceDue = calendar.workingDaysFrom(receivedAt, ACCEPTANCE_WORKING_DAYS);
        Deadline statutoryLimitEnds = calendar.daysFrom(receivedAt, STATUTORY_LIMIT_DAYS);
        LOG.info(
                "labour dispute mediation {}: acceptance due {}, statutory limit {}",
                trackingNumber,
                acceptanceDue.at(),
                statutoryLimitEnds.at());
        return new MediationRegistration(trackingNumber, receivedAt, acceptanceDue, statutoryLimitEnds);
    }

    Optional<LaborDisputeCase> find(String trackingNumber) {
        return cases.findByTrackingNumber(trackingNumber);
    }
}
