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
 * @param actions      what the applicant may do now ({@link CaseActions#NONE} for nothing)
 * @param applicant    who applied, as the receipt shows them (the ID number masked there); {@code null} when unknown
 * @param received     the materials received with the application and later, oldest first
 */
public record MyCase(
        String trackingNumber,
        String processInstanceId,
        Localized what,
        String status,
        Instant submittedAt,
        List<Deadline> deadlines,
        Set<String> shownSteps,
        CaseActions actions,
        Applicant applicant,
        List<Received> received) {

    public MyCase {
        deadlines = List.copyOf(deadlines);
        shownSteps = Set.copyOf(shownSteps);
        actions = actions == null ? CaseActions.NONE : actions;
        received = received == null ? List.of() : List.copyOf(received);
    }

    /** A case with no action open and nothing known for its receipt but its number, matter and time. */
    public MyCase(
            String trackingNumber,
            String processInstanceId,
            Localized what,
            String status,
            Instant submittedAt,
            List<Deadline> deadlines,
            Set<String> shownSteps) {
        this(trackingNumber, processInstanceId, what, status, submittedAt, deadlines, shownSteps, null, null, null);
    }

    /** A deadline of the case; {@code provisional} when the working-day calendar was not yet published that far. */
    public record Deadline(String kind, Instant at, boolean provisional) {}

    /** A material received: what it is ({@code null} for a plain attachment), its file, and whether it came later. */
    public record Received(Localized what, String fileName, Instant at, boolean supplement) {}
}
