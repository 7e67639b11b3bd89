package cn.jiedaoflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

/**
 * The migration on H2 with Hibernate validating the entities against it, the seeded notices, and an
 * administrator's replacement of a year.
 */
@DataJpaTest(properties = {"spring.jpa.hibernate.ddl-auto=validate", "spring.flyway.enabled=true"})
@EnableConfigurationProperties(OfficeTime.class)
@Import({EngineClock.class, DatabaseWorkingCalendar.class, CalendarAdministration.class})
class CalendarStorageIntegrationTests {

    @Autowired
    DatabaseWorkingCalendar calendar;

    @Autowired
    CalendarAdministration administration;

    @Test
    void seedsThe2025And2026NoticesAsProceduresListThem() {
        assertThat(calendar.yearData(2025)).contains(OfficialYears.YEAR_2025);
        assertThat(calendar.yearData(2026)).contains(OfficialYears.YEAR_2026);
        assertThat(calendar.yearData(2027)).isEmpty();
        assertThat(administration.years()).extracting(YearSummary::year).containsExactly(2025, 2026);
    }

    @Test
    void knowsTheSpringFestivalOfTheSeededYears() {
        assertThat(calendar.springFestival(2025)).contains(LocalDate.of(2025, 1, 29));
        assertThat(calendar.springFestival(2026)).contains(LocalDate.of(2026, 2, 17));
        assertThat(calendar.springFestival(2027)).isEmpty();
    }

    @Test
    void computesDeadlinesFromTheStoredData() {
        Deadline deadline = calendar.workingDaysFrom(Instant.parse("2026-09-30T02:00:00Z"), 2);

        assertThat(deadline.at()).hasToString("2026-10-09T17:00+08:00");
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void aYearEnteredByAnAdministratorCountsAtOnce() {
        Instant newYearsEve = Instant.parse("2026-12-31T02:00:00Z");
        assertThat(calendar.workingDaysFrom(newYearsEve, 1).provisional()).isTrue();

        YearDetails stored = administration.replace(
                2027,
                new YearRequest(
                        LocalDate.of(2027, 2, 6),
                        List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4)),
                        List.of(LocalDate.of(2027, 1, 9)),
                        "国办发明电〔2026〕"),
                "admin");

        assertThat(stored.updatedBy()).isEqualTo("admin");
        Deadline deadline = calendar.workingDaysFrom(newYearsEve, 1);
        assertThat(deadline.at()).hasToString("2027-01-05T17:00+08:00");
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void replacingAYearReplacesAllItsDays() {
        administration.replace(
                2026,
                new YearRequest(
                        LocalDate.of(2026, 2, 17),
                        List.of(LocalDate.of(2026, 10, 1)),
                        List.of(LocalDate.of(2026, 10, 10)),
                        "correction"),
                "alice");

        YearDetails year = administration.year(2026).orElseThrow();
        assertThat(year.holidays()).containsExactly(LocalDate.of(2026, 10, 1));
        assertThat(year.makeUpWorkdays()).containsExactly(LocalDate.of(2026, 10, 10));
        assertThat(year.source()).isEqualTo("correction");
        assertThat(year.updatedBy()).isEqualTo("alice");
        assertThat(year.updatedAt()).isNotNull();
    }

    @Test
    void refusesAnInvalidYearAndKeepsTheOldData() {
        Refusal problem = catchThrowableOfType(
                Refusal.class,
                () -> administration.replace(
                        2026,
                        new YearRequest(LocalDate.of(2027, 2, 6), List.of(LocalDate.of(2025, 1, 1)), List.of(), null),
                        "alice"));

        assertThat(problem.messageKey()).isEqualTo("calendar.year.invalid");
        assertThat(problem.fieldErrors()).hasSize(2);
        assertThat(calendar.yearData(2026)).contains(OfficialYears.YEAR_2026);
    }
}
