package cn.jiedaoflow.propertyfee;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * No new proposal for an estate within {@code period} of a failed vote (procedures.md §1; six months by default,
 * {@code jiedao.property-fee.no-new-proposal-after-failed-vote}, which every notice and refusal names as configured).
 * "Within six months" means before the same calendar day six months after the vote ended (the office's date): a
 * vote that failed on 2026-03-15 bars proposals until 2026-09-14, and 2026-09-15 is allowed again. For a day that the
 * later month lacks, {@link LocalDate#plus} takes the month's last day (2026-08-31 + 6 months = 2027-02-28).
 */
record FailedVoteBar(Period period) {

    /** The first day a new proposal is allowed again, when {@code today} is still barred. */
    Optional<LocalDate> barredUntil(LocalDate voteFailedOn, LocalDate today) {
        LocalDate allowedFrom = voteFailedOn.plus(period);
        return today.isBefore(allowedFrom) ? Optional.of(allowedFrom) : Optional.empty();
    }

    /** Why a proposal for the estate is refused until {@code allowedFrom}, in Chinese and English. */
    String refusal(long estateId, LocalDate allowedFrom) {
        return ("小区 %d 的物业费调价表决未通过不满 %s，%s 起方可再次提出调价方案。"
                        + " / The owners of estate %d voted a fee adjustment down less than %s ago;"
                        + " a new proposal is allowed from %s.")
                .formatted(estateId, inChinese(), allowedFrom, estateId, inEnglish(), allowedFrom);
    }

    /** The period as the notices say it: {@code 6 个月}, {@code 1 年 6 个月}, {@code 90 日}. */
    String inChinese() {
        return parts("%d 年", "%d 个月", "%d 日", "%d 年", "%d 个月", "%d 日");
    }

    /** The period in English: {@code 6 months}, {@code 1 year 6 months}, {@code 90 days}. */
    String inEnglish() {
        return parts("%d year", "%d month", "%d day", "%d years", "%d months", "%d days");
    }

    private String parts(String year, String month, String day, String years, String months, String days) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add((period.getYears() == 1 ? year : years).formatted(period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add((period.getMonths() == 1 ? month : months).formatted(period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add((period.getDays() == 1 ? day : days).formatted(period.getDays()));
        }
        return String.join(" ", parts);
    }
}
