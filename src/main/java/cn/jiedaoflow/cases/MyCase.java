package cn.jiedaoflow.cases;

import cn.jiedaoflow.refusal.Localized;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One case as a procedure tells "my cases" about it, before it is put in words.
 *
 * @param what         the matter's name, in Chinese and in English; {@code null} for the procedure's own name,
 *                     {@code portal.myCases.procedure.<prefix>}
 * @param status       the status's name, put in words by {@code portal.myCases.status.<prefix>.<status>}
 * @param deadlines    the deadlines still ahead of the case, each put in words by
 *                     {@code portal.myCases.deadline.<kind>}
 * @param shownSteps   the ids of the process's steps the applicant is shown in the timeline once completed; empty
 *                     for none (a case whose progress the applicant may not yet see)
 */
public record MyCase(
        String trackingNumber,
        String processInstanceId,
        Localized what,
        String status,
        Instant submittedAt,
        List<Deadline> deadlines,
        Set<String> shownSteps) {

    public MyCase {
        deadlines = List.copyOf(deadlines);
        shownSteps = Set.copyOf(shownSteps);
    }

    /** A deadline of the case; {@code provisional} when the working-day calendar was not yet published that far. */
    public record Deadline(String kind, Instant at, boolean provisional) {}
}
