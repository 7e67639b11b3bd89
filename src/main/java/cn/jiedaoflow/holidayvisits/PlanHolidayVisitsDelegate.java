package cn.jiedaoflow.holidayvisits;

import static cn.jiedaoflow.holidayvisits.HolidayVisits.*;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.veterans.KeyCareVeterans;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PlanRound}, every morning: is a round of holiday visits due today ({@link HolidayVisitSchedule})
 * and not yet started? Then this instance becomes the round ({@code HV-<year>-<festival>}) with one visit per
 * key-care veteran, due at the end of office hours of the day before the festival.
 */
@Component
class PlanHolidayVisitsDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(PlanHolidayVisitsDelegate.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime END_OF_OFFICE_HOURS = LocalTime.of(17, 0);

    private final WorkingCalendar calendar;
    private final KeyCareVeterans veterans;
    private final int leadDays;

    PlanHolidayVisitsDelegate(
            WorkingCalendar calendar,
            KeyCareVeterans veterans,
            @Value("${jiedao.veterans.holiday-visit-lead-days:10}") int leadDays) {
        this.calendar = calendar;
        this.veterans = veterans;
        this.leadDays = leadDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = calendar.now().atZone(SHANGHAI).toLocalDate();
        Optional<LocalDate> springFestival = calendar.springFestival(today.getYear());
        if (springFestival.isEmpty() && today.getMonthValue() <= 2) {
            LOG.warn(
                    "no Spring Festival date for {} in the calendar data: the holiday visits before it cannot be "
                            + "planned until an administrator enters the year",
                    today.getYear());
        }
        Optional<HolidayVisitSchedule.Round> due = HolidayVisitSchedule.roundOn(today, springFestival, leadDays)
                .filter(round -> !alreadyStarted(execution, round));
        execution.setVariable(VAR_ROUND_DUE, due.isPresent());
        if (due.isEmpty()) {
            return;
        }
        HolidayVisitSchedule.Round round = due.get();
        List<Map<String, Object>> visits = new ArrayList<>();
        for (KeyCareVeterans.KeyCareVeteran veteran : veterans.all()) {
            Map<String, Object> visit = new LinkedHashMap<>();
            visit.put("veteranId", veteran.veteranId());
            visit.put("serviceNumber", veteran.serviceNumber());
            visit.put("name", veteran.name());
            visit.put("mobile", veteran.mobile());
            visit.put("address", veteran.address());
            visits.add(visit);
        }
        execution.setProcessBusinessKey(round.key());
        execution.setVariable(VAR_TRACKING_NUMBER, round.key());
        // Tasklist lists the visits under the round's number and the festival's name
        execution.setVariable(VAR_APPLICANT_NAME, round.festival().chinese());
        execution.setVariable(VAR_FESTIVAL, round.festival().name());
        execution.setVariable(VAR_FESTIVAL_NAME, round.festival().chinese());
        execution.setVariable(VAR_FESTIVAL_DATE, round.date().toString());
        execution.setVariable(
                VAR_VISITS_DUE,
                Date.from(round.visitsDue()
                        .atTime(END_OF_OFFICE_HOURS)
                        .atZone(SHANGHAI)
                        .toInstant()));
        execution.setVariable(VAR_VISITS, visits);
        LOG.info("holiday visits {}: {} key-care veterans, due {}", round.key(), visits.size(), round.visitsDue());
    }

    private static boolean alreadyStarted(DelegateExecution execution, HolidayVisitSchedule.Round round) {
        return execution
                        .getProcessEngineServices()
                        .getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(PROCESS_KEY)
                        .processInstanceBusinessKey(round.key())
                        .count()
                > 0;
    }
}
