package cn.jiedaoflow.holidayvisits;

/**
 * The names that {@code processes/veteran-holiday-visits.bpmn}, its form, its delegate and the tests share.
 */
public final class HolidayVisits {

    public static final String PROCESS_KEY = "veteran-holiday-visits";
    public static final String CANDIDATE_GROUP = "veterans-station";

    // flow nodes
    public static final String START_EVENT_DAILY = "StartEvent_Daily";
    public static final String TASK_PLAN_ROUND = "Task_PlanRound";
    public static final String GATEWAY_ROUND_DUE = "Gateway_RoundDue";
    public static final String END_EVENT_NO_ROUND_TODAY = "EndEvent_NoRoundToday";
    public static final String SUB_PROCESS_VISIT = "SubProcess_Visit";
    public static final String TASK_VISIT_VETERAN = "Task_VisitVeteran";
    public static final String END_EVENT_VISITS_RECORDED = "EndEvent_VisitsRecorded";

    // variables
    public static final String VAR_ROUND_DUE = "roundDue";
    public static final String VAR_TRACKING_NUMBER = "trackingNumber";
    public static final String VAR_APPLICANT_NAME = "applicantName";
    public static final String VAR_FESTIVAL = "festival";
    public static final String VAR_FESTIVAL_NAME = "festivalName";
    public static final String VAR_FESTIVAL_DATE = "festivalDate";
    public static final String VAR_VISITS_DUE = "visitsDue";
    public static final String VAR_VISITS = "visits";
    public static final String VAR_VETERAN_NAME = "veteranName";

    private HolidayVisits() {}
}
