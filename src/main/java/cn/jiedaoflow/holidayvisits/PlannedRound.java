package cn.jiedaoflow.holidayvisits;

import static cn.jiedaoflow.holidayvisits.HolidayVisits.*;

import cn.jiedaoflow.veterans.KeyCareVeterans.KeyCareVeteran;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A round of holiday visits to start today ({@link HolidayVisitRounds#dueToday}): the festival, the key-care veterans
 * to visit, and when the visits are due.
 */
record PlannedRound(HolidayVisitSchedule.Round round, List<KeyCareVeteran> veterans, Instant visitsDue) {

    /**
     * The round's variables: its number ({@code trackingNumber}, also its business key) and the festival's name
     * ({@code applicantName}), under which Tasklist lists the visits; the festival; the due time; and one entry per
     * visit for the multi-instance sub-process.
     */
    Map<String, Object> asVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(VAR_ROUND_DUE, true);
        variables.put(VAR_TRACKING_NUMBER, round.key());
        variables.put(VAR_APPLICANT_NAME, round.festival().chinese());
        variables.put(VAR_FESTIVAL, round.festival().name());
        variables.put(VAR_FESTIVAL_NAME, round.festival().chinese());
        variables.put(VAR_FESTIVAL_DATE, round.date().toString());
        variables.put(VAR_VISITS_DUE, Date.from(visitsDue));
        variables.put(VAR_VISITS, veterans.stream().map(PlannedRound::visit).toList());
        return variables;
    }

    private static Map<String, Object> visit(KeyCareVeteran veteran) {
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("veteranId", veteran.veteranId());
        visit.put("serviceNumber", veteran.serviceNumber());
        visit.put("name", veteran.name());
        visit.put("mobile", veteran.mobile());
        visit.put("address", veteran.address());
        return visit;
    }
}
