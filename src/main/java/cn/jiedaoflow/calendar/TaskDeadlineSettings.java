package cn.jiedaoflow.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The default time limits, in working days, of the user tasks that have no statutory one (procedures.md, "Default
 * time limits"): {@code jiedao.task-deadlines.*} in {@code application.yaml}, each overridable by the environment
 * ({@code JIEDAO_TASKDEADLINES_PREREVIEW=7}). The models read them through {@link TaskDeadlines}, never as numbers.
 *
 * @param audit             the property-fee third-party audit
 * @param preReview         each property-fee pre-review (residents' committee, owners' committee)
 * @param revision          the revision of a property-fee proposal by the party that filed it
 * @param hearing           the property-fee hearing, counted from the end of the owners' opinion window
 * @param voteCall          the owners' committee's call of the owners' vote on a property fee
 * @param resultPublication the publication of an owners' vote's result, counted from the tally
 * @param referral          each veteran-assistance referral to a department
 * @param headApproval      the veterans' station head's approval of an assistance amount
 */
@ConfigurationProperties("jiedao.task-deadlines")
record TaskDeadlineSettings(
        int audit,
        int preReview,
        int revision,
        int hearing,
        int voteCall,
        int resultPublication,
        int referral,
        int headApproval) {

    TaskDeadlineSettings {
        checked("audit", audit);
        checked("pre-review", preReview);
        checked("revision", revision);
        checked("hearing", hearing);
        checked("vote-call", voteCall);
        checked("result-publication", resultPublication);
        checked("referral", referral);
        checked("head-approval", headApproval);
    }

    private static void checked(String name, int workingDays) {
        if (workingDays < 1 || workingDays > OfficeCalendar.MOST_DAYS) {
            throw new IllegalStateException("jiedao.task-deadlines." + name + " is " + workingDays
                    + ": a task's default time limit is 1 to " + OfficeCalendar.MOST_DAYS + " working days");
        }
    }
}
