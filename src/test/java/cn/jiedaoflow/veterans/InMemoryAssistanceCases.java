package cn.jiedaoflow.veterans;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.notification.Notifications;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cases of the process tests, in memory: which applications pass the eligibility check is set by the
 * test; the rules of the check itself are tested on the database (VeteranAssistanceIntegrationTests).
 */
class InMemoryAssistanceCases implements AssistanceCases {

    final Set<String> notOnRoster = new HashSet<>();
    final Map<String, String> levels = new HashMap<>();
    final Map<String, BigDecimal> approved = new HashMap<>();
    final Map<String, BigDecimal> relief = new HashMap<>();
    final Set<String> disbursed = new HashSet<>();
    final Set<String> closed = new HashSet<>();
    final Map<String, Household> applied = new HashMap<>();
    final Map<String, Household> verified = new HashMap<>();
    /** The veteran's account in the inbox; empty: no account holds the veteran's ID number. */
    final List<Notifications.Recipient> veteranAccounts =
            new ArrayList<>(List.of(new Notifications.Recipient("13900000009", 9L)));

    private final WorkingCalendar calendar;

    InMemoryAssistanceCases(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Eligibility checkEligibility(String trackingNumber) {
        if (notOnRoster.contains(trackingNumber)) {
            return new Eligibility(false, IneligibleReason.NOT_ON_ROSTER.message(), null);
        }
        return new Eligibility(
                true, null, calendar.workingDaysFrom(calendar.now(), VeteranAssistance.VISIT_WORKING_DAYS));
    }

    @Override
    public void visited(String trackingNumber, Household household) {
        verified.put(trackingNumber, household);
    }

    @Override
    public Household household(String trackingNumber) {
        return verified.containsKey(trackingNumber) ? verified.get(trackingNumber) : applied.get(trackingNumber);
    }

    @Override
    public void assessed(String trackingNumber, String level) {
        levels.put(trackingNumber, level);
    }

    @Override
    public void reliefDecided(String trackingNumber, BigDecimal amount) {
        relief.put(trackingNumber, amount);
    }

    @Override
    public void approved(String trackingNumber, BigDecimal amount) {
        approved.put(trackingNumber, amount);
    }

    @Override
    public FollowUp disbursed(String trackingNumber) {
        disbursed.add(trackingNumber);
        var followUpAt = calendar.daysFrom(calendar.now(), VeteranAssistance.FOLLOW_UP_DAYS);
        return new FollowUp(
                calendar.today(),
                followUpAt,
                calendar.workingDaysFrom(followUpAt.at().toInstant(), VeteranAssistance.FOLLOW_UP_WORKING_DAYS));
    }

    @Override
    public void close(String trackingNumber) {
        closed.add(trackingNumber);
    }

    @Override
    public Notifications.Recipient applicant(String trackingNumber) {
        return new Notifications.Recipient("13900000001", 7L);
    }

    @Override
    public List<Notifications.Recipient> veteran(String trackingNumber) {
        return List.copyOf(veteranAccounts);
    }
}
