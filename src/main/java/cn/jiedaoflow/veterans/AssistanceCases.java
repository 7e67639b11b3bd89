package cn.jiedaoflow.veterans;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.notification.Notifications;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The steps of a veteran-assistance case as the process takes them; the delegates call this and nothing else. */
interface AssistanceCases {

    /**
     * On the roster, and no other open case for the veteran: then the case opens now (and holds the veteran's
     * one open case) and the home visit is due 5 working days from now.
     */
    Eligibility checkEligibility(String trackingNumber);

    /** Records what the home visit verified: the assessment decides on it, the engine never holds the figures. */
    void visited(String trackingNumber, Household verified);

    /** The household the assessment decides on: as the home visit verified it (as applied, before the visit). */
    Household household(String trackingNumber);

    void assessed(String trackingNumber, String level);

    void reliefDecided(String trackingNumber, BigDecimal amount);

    void approved(String trackingNumber, BigDecimal amount);

    /** Records the disbursement now; the follow-up visit comes 30 days later. */
    FollowUp disbursed(String trackingNumber);

    /** Closes the case into the veteran's file and frees the veteran's one open case. */
    void close(String trackingNumber);

    Notifications.Recipient applicant(String trackingNumber);

    /**
     * The veteran of the application, in the inbox: the residents' accounts that hold the veteran's ID number
     * (none when no account does). The reason for ineligibility goes here, not to an applicant who is not the
     * veteran.
     */
    List<Notifications.Recipient> veteran(String trackingNumber);

    /** Household size, monthly household income and disability grade (0 = none, 1–4). */
    record Household(int size, BigDecimal monthlyIncome, int disabilityGrade) {}

    /** The answer of the eligibility check. */
    record Eligibility(boolean eligible, String reason, Deadline visitDue) {}

    /** The office's date the money went out, and when the follow-up visit comes and is due. */
    record FollowUp(LocalDate disbursedOn, Deadline followUpAt, Deadline followUpDue) {}
}
