package cn.jiedaoflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TypedDatesTests {

    @Test
    void readsDatesSeparatedByLinesSpacesAndCommasChineseOnesIncluded() {
        TypedDates typed = TypedDates.read("2027-01-01\n2027-02-05, 2027-02-06，2027-02-07 2027-05-01、2027-06-09");

        assertThat(typed.unreadable()).isEmpty();
        assertThat(typed.dates())
                .containsExactly(
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 2, 5),
                        LocalDate.of(2027, 2, 6),
                        LocalDate.of(2027, 2, 7),
                        LocalDate.of(2027, 5, 1),
                        LocalDate.of(2027, 6, 9));
    }

    @Test
    void expandsARunOfDaysWrittenWithATildeOrZhi() {
        assertThat(TypedDates.read("2027-10-01~2027-10-07").dates())
                .hasSize(7)
                .startsWith(LocalDate.of(2027, 10, 1))
                .endsWith(LocalDate.of(2027, 10, 7));
        assertThat(TypedDates.read("2027-10-01至2027-10-01").dates()).containsExactly(LocalDate.of(2027, 10, 1));
    }

    @Test
    void keepsWhatItCannotReadAsTypedAndGuessesNothing() {
        TypedDates typed =
                TypedDates.read("2027-02-30 12/17/2027 2027-1-5 2027-10-07~2027-10-01 2027-10-01~ 2027-01-02");

        assertThat(typed.unreadable())
                .containsExactly("2027-02-30", "12/17/2027", "2027-1-5", "2027-10-07~2027-10-01", "2027-10-01~");
        assertThat(typed.dates()).containsExactly(LocalDate.of(2027, 1, 2));
    }

    @Test
    void aRunOfAYearIsReadAndALongerOneIsNot() {
        assertThat(TypedDates.read("2028-01-01~2028-12-31").dates()).hasSize(366);
        assertThat(TypedDates.read("2027-01-01~2028-01-02").unreadable()).hasSize(1);
    }

    @Test
    void nothingTypedIsNoDate() {
        assertThat(TypedDates.read(null).dates()).isEmpty();
        assertThat(TypedDates.read("  \n ").dates()).isEmpty();
        assertThat(TypedDates.read("  \n ").unreadable()).isEmpty();
        assertThat(TypedDates.write(java.util.List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2))))
                .isEqualTo("2027-01-01\n2027-01-02");
    }
}
