package cn.jiedaoflow.propertyfee;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * No new proposal for an estate within {@code period} of a failed vote (procedures.md §1). "Within six
 * months" means before the same calendar day six months after the vote ended (Asia/Shanghai): a vote that
 * failed on 2026-03-15 bars proposals until 2026-09-14, and 2026-09-15 is allowed again. For a day that the
 * later month lacks, {@link LocalDate#plus} takes the month's last day (2026-08-31 + 6 months = 2027-02-28).
 */
record FailedVoteBar(Period period) {

    /** The first day a new proposal is allowed again, when {@code today} is still barred. */
    Optional<LocalDate> barredUntil(LocalDate voteFailedOn, LocalDate today) {
        LocalDate allowedFrom = voteFailedOn.plus(period);
        return today.isBefore(allowedFrom) ? Optional.of(allowedFrom) : Optional.empty();
    }
}
