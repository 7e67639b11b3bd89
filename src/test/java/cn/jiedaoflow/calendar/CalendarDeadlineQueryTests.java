package cn.jiedaoflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jiedaoflow.refusal.Refusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarDeadlineQueryTests {

    private static Refusal refusal(String from, String workingDays, String days) {
        Refusal problem = catchThrowableOfType(Refusal.class, () -> DeadlineQuery.parse(from, workingDays, days));
        assertThat(problem).as("refused").isNotNull();
        assertThat(problem.kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
        return problem;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+999999999-12-31T00:00:00Z",
                "-999999999-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z",
                "1899-12-31T23:59:59+08:00",
                "0000-01-01T00:00:00Z"
            })
    void refusesAStartOutsideTheYearsItCountsIn(String from) {
        Refusal problem = refusal(from, "1", null);

        assertThat(problem.messageKey()).isEqualTo("calendar.from.outOfRange");
        assertThat(problem.args()).containsExactly(from, "1900", "9999");
    }

    @Test
    void countsFromTheFirstAndLastYears() {
        assertThat(DeadlineQuery.parse("1900-01-01T00:00:00+08:00", null, "1").from())
                .isEqualTo(Instant.parse("1899-12-31T16:00:00Z"));
        assertThat(DeadlineQuery.parse("9999-12-31T23:59:59Z", null, "365").count())
                .isEqualTo(365);
    }

    @Test
    void readsAWorkingDayQuery() {
        DeadlineQuery query = DeadlineQuery.parse("2026-09-30T10:00:00+08:00", "2", null);

        assertThat(query).isEqualTo(new DeadlineQuery(Instant.parse("2026-09-30T02:00:00Z"), 2, true));
    }

    @Test
    void readsACalendarDayQueryInUtc() {
        DeadlineQuery query = DeadlineQuery.parse("2026-03-06T20:00Z", null, "15");

        assertThat(query).isEqualTo(new DeadlineQuery(Instant.parse("2026-03-06T20:00:00Z"), 15, false));
    }

    @Test
    void readsAPlusThatTheQueryStringTurnedIntoASpace() {
        assertThat(DeadlineQuery.parse("2026-09-30T10:00:00 08:00", "0", null).from())
                .isEqualTo(Instant.parse("2026-09-30T02:00:00Z"));
    }

    @Test
    void acceptsTheBoundsZeroAnd365() {
        assertThat(DeadlineQuery.parse("2026-09-30T10:00+08:00", "0", null).count())
                .isZero();
        assertThat(DeadlineQuery.parse("2026-09-30T10:00+08:00", null, "365").count())
                .isEqualTo(365);
    }

    @Test
    void refusesAMissingFrom() {
        assertThat(refusal(null, "1", null).messageKey()).isEqualTo("calendar.from.missing");
        assertThat(refusal(" ", "1", null).messageKey()).isEqualTo("calendar.from.missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "2026-09-30", "2026-09-30T10:00:00", "2026-02-30T10:00+08:00"})
    void refusesAFromThatIsNotADateTimeWithOffset(String from) {
        Refusal problem = refusal(from, "1", null);

        assertThat(problem.messageKey()).isEqualTo("calendar.from.invalid");
        assertThat(problem.args()).containsExactly(from);
    }

    @Test
    void refusesBothOrNeitherKindOfPeriod() {
        assertThat(refusal("2026-09-30T10:00+08:00", "1", "1").messageKey()).isEqualTo("calendar.period.exactlyOne");
        assertThat(refusal("2026-09-30T10:00+08:00", null, null).messageKey()).isEqualTo("calendar.period.exactlyOne");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "366", "1.5", "abc", "", "+3", "1000", "99999999999"})
    void refusesACountThatIsNotAWholeNumberFrom0To365(String count) {
        Refusal workingDays = refusal("2026-09-30T10:00+08:00", count, null);
        Refusal days = refusal("2026-09-30T10:00+08:00", null, count);

        assertThat(workingDays.messageKey()).isEqualTo("calendar.count.invalid");
        assertThat(workingDays.args()).containsExactly("workingDays", count);
        assertThat(days.args()).containsExactly("days", count);
    }

    @Test
    void writesTheDeadlineWithSecondsAndOmitsProvisionalWhenFalse() throws Exception {
        Deadline deadline = new Deadline(OffsetDateTime.parse("2026-10-09T17:00+08:00"), false);

        assertThat(new ObjectMapper().writeValueAsString(DeadlineResponse.of(deadline)))
                .isEqualTo("{\"deadline\":\"2026-10-09T17:00:00+08:00\"}");
    }

    @Test
    void writesProvisionalWhenTrue() throws Exception {
        Deadline deadline = new Deadline(OffsetDateTime.parse("2030-03-04T17:00+08:00"), true);

        assertThat(new ObjectMapper().writeValueAsString(DeadlineResponse.of(deadline)))
                .isEqualTo("{\"deadline\":\"2030-03-04T17:00:00+08:00\",\"provisional\":true}");
    }
}
