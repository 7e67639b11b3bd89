package cn.jiedaoflow.holidayvisits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedaoflow.holidayvisits.HolidayVisitSchedule.Festival;
import cn.jiedaoflow.holidayvisits.HolidayVisitSchedule.Round;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HolidayVisitScheduleTests {

    /** 2026's Spring Festival, from the State Council's notice (calendar data). */
    private static final Optional<LocalDate> SPRING_2026 = Optional.of(LocalDate.of(2026, 2, 17));

    @Test
    void aRoundIsDueFromTenDaysBeforeTheSpringFestivalToTheDayBefore() {
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 2, 6), SPRING_2026, 10))
                .isEmpty();
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 2, 7), SPRING_2026, 10))
                .contains(new Round(Festival.SPRING_FESTIVAL, LocalDate.of(2026, 2, 17)));
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 2, 16), SPRING_2026, 10))
                .isPresent();
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 2, 17), SPRING_2026, 10))
                .isEmpty();
    }

    @Test
    void aRoundIsDueFromTenDaysBeforeArmyDayToTheDayBefore() {
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 7, 21), SPRING_2026, 10))
                .isEmpty();
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 7, 22), SPRING_2026, 10))
                .contains(new Round(Festival.ARMY_DAY, LocalDate.of(2026, 8, 1)));
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 7, 31), SPRING_2026, 10))
                .isPresent();
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 8, 1), SPRING_2026, 10))
                .isEmpty();
    }

    @Test
    void theLeadIsConfigurable() {
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 7, 26), SPRING_2026, 5))
                .isEmpty();
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 7, 27), SPRING_2026, 5))
                .isPresent();
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 7, 31), SPRING_2026, 1))
                .isPresent();
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 7, 30), SPRING_2026, 1))
                .isEmpty();
        assertThatThrownBy(() -> HolidayVisitSchedule.roundOn(LocalDate.of(2026, 7, 30), SPRING_2026, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutTheYearsCalendarDataOnlyArmyDayCanBePlanned() {
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 2, 10), Optional.empty(), 10))
                .isEmpty();
        assertThat(HolidayVisitSchedule.roundOn(LocalDate.of(2026, 7, 25), Optional.empty(), 10))
                .isPresent();
    }

    @Test
    void aRoundIsNamedByYearAndFestivalAndDueTheDayBefore() {
        Round spring = new Round(Festival.SPRING_FESTIVAL, LocalDate.of(2026, 2, 17));

        assertThat(spring.key()).isEqualTo("HV-2026-SPRING_FESTIVAL");
        assertThat(spring.visitsDue()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(new Round(Festival.ARMY_DAY, LocalDate.of(2027, 8, 1)).key()).isEqualTo("HV-2027-ARMY_DAY");
    }
}
