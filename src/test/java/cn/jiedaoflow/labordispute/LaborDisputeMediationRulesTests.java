package cn.jiedaoflow.labordispute;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.Channel;
import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.fakes.WeekdayCalendar;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The domain rules of the procedure: the case record, deadlines, status and notices. */
class LaborDisputeMediationRulesTests {

    private final InMemoryLaborDisputeCases cases = new InMemoryLaborDisputeCases();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void registersTheCaseWithThreeWorkingDaysToAcceptAndFifteenDaysToAgree() {
        ClockUtil.setCurrentTime(
                Date.from(OffsetDateTime.parse("2026-03-06T10:00:00+08:00").toInstant()));
        MediationApplications applications =
                new MediationApplications(cases, new TrackingNumbers(OfficeTime.SHANGHAI), new WeekdayCalendar());

        LaborDisputeCase recorded = applications.record(application(null), "pi-1");
        MediationRegistration registration = applications.deadlines(recorded.getTrackingNumber());

        assertThat(registration.trackingNumber()).startsWith("LD-20260306-");
        assertThat(registration.acceptanceDue().at()).isEqualTo(OffsetDateTime.parse("2026-03-11T17:00:00+08:00"));
        assertThat(registration.statutoryLimitEnds().at()).isEqualTo(OffsetDateTime.parse("2026-03-24T00:00:00+08:00"));
        assertThat(cases.findByTrackingNumber(registration.trackingNumber()))
                .get()
                .extracting(LaborDisputeCase::getProcessInstanceId, LaborDisputeCase::getApplicantIdNumber)
                .containsExactly("pi-1", "310105198001011235");
    }

    @Test
    void asksTheCalendarForWorkingDaysAndCalendarDaysAndPassesProvisionalDeadlinesOn() {
        RecordingCalendar calendar = new RecordingCalendar();
        MediationApplications applications =
                new MediationApplications(cases, new TrackingNumbers(OfficeTime.SHANGHAI), calendar);

        applications.record(application("LD-20271230-ABCDEF"), "pi-2");
        MediationRegistration registration = applications.deadlines("LD-20271230-ABCDEF");

        assertThat(calendar.calls).containsExactly("workingDays 3", "days 15");
        assertThat(registration.trackingNumber()).isEqualTo("LD-20271230-ABCDEF");
        assertThat(registration.asVariables())
                .containsEntry(LaborDisputeMediation.VAR_ACCEPTANCE_DUE_PROVISIONAL, true)
                .containsEntry(LaborDisputeMediation.VAR_STATUTORY_LIMIT_PROVISIONAL, true);
    }

    @Test
    void statusFollowsTheDecisionTheSessionsAndTheStatutoryLimit() {
        assertThat(MediationStatus.of(null, null, false)).isEqualTo(MediationStatus.SUBMITTED);
        assertThat(MediationStatus.of(false, null, false)).isEqualTo(MediationStatus.NOT_ACCEPTED);
        assertThat(MediationStatus.of(true, null, false)).isEqualTo(MediationStatus.ACCEPTED);
        assertThat(MediationStatus.of(true, "ANOTHER_SESSION", false)).isEqualTo(MediationStatus.ACCEPTED);
        assertThat(MediationStatus.of(true, "AGREEMENT", false)).isEqualTo(MediationStatus.AGREEMENT);
        assertThat(MediationStatus.of(true, "FAILED", false)).isEqualTo(MediationStatus.FAILED);
        assertThat(MediationStatus.of(true, "ANOTHER_SESSION", true))
                .isEqualTo(MediationStatus.STATUTORY_LIMIT_REACHED);
    }

    @Test
    void everyNoticeNamesTheCaseAndTheApplicant() {
        for (MediationNotice notice : MediationNotice.values()) {
            assertThat(notice.body("LD-20260306-K7Q2MX", "王小明", "理由")).contains("LD-20260306-K7Q2MX", "王小明");
        }
        assertThat(MediationNotice.STATUTORY_LIMIT_REACHED.body("LD-1", "王小明", null))
                .contains("第十四条", "仲裁");
    }

    private static MediationApplication application(String trackingNumber) {
        return new MediationApplication(
                trackingNumber,
                "王小明",
                "13800138000",
                "310105198001011235",
                null,
                "上海某某餐饮管理有限公司",
                DisputeType.WAGES,
                "支付拖欠工资",
                "工资未发放",
                Channel.WINDOW,
                "it-mediation");
    }

    /** Answers provisional deadlines and remembers what it was asked. */
    private static final class RecordingCalendar implements WorkingCalendar {

        private final List<String> calls = new java.util.ArrayList<>();

        @Override
        public Deadline workingDaysFrom(java.time.Instant from, int workingDays) {
            calls.add("workingDays " + workingDays);
            return new Deadline(OffsetDateTime.parse("2028-01-05T17:00:00+08:00"), true);
        }

        @Override
        public Deadline daysFrom(java.time.Instant from, int days) {
            calls.add("days " + days);
            return new Deadline(OffsetDateTime.parse("2028-01-15T00:00:00+08:00"), true);
        }

        @Override
        public java.time.Instant now() {
            return java.time.Instant.parse("2027-12-30T02:00:00Z");
        }

        public java.util.Optional<java.time.LocalDate> springFestival(int year) {
            return java.util.Optional.empty();
        }

        @Override
        public java.time.ZoneId zone() {
            return OfficeTime.SHANGHAI.zone();
        }

        @Override
        public java.time.LocalTime officeHoursEnd() {
            return OfficeTime.SHANGHAI.officeHoursEnd();
        }
    }
}
