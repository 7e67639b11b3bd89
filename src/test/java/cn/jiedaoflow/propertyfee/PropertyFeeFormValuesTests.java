package cn.jiedaoflow.propertyfee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedaoflow.config.OfficeTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Tasklist submits from the forms: the fee-step table as JSON, dates as text. */
class PropertyFeeFormValuesTests {

    /** The office's zone, in which a date means its 00:00. */
    private static final ZoneId ZONE = OfficeTime.DEFAULT_ZONE;

    private static final FeeStep PROPOSED = new FeeStep(
            LocalDate.of(2026, 7, 1), new BigDecimal("2.30"), new BigDecimal("5.00"), new BigDecimal("0.50"));

    @Test
    void readsTheFeeStepTableTasklistSubmitsAsJson() {
        String table = """
                [{"takesEffect":"2026-07-01","residentialFee":2.0,"commercialFee":5,"parkingFee":0.5},
                 {"takesEffect":"2027-07-01","residentialFee":2.3,"commercialFee":5,"parkingFee":0.5}]""";

        List<FeeStep> steps = FeeStepsReader.read(table, PROPOSED, ZONE);

        assertThat(steps)
                .extracting(FeeStep::takesEffect)
                .containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 7, 1));
        assertThat(steps.get(1).residentialFee()).isEqualByComparingTo("2.3");
    }

    @Test
    void anEmptyTableMeansOneStepWithTheProposedFees() {
        assertThat(FeeStepsReader.read(null, PROPOSED, ZONE)).containsExactly(PROPOSED);
        assertThat(FeeStepsReader.read("[]", PROPOSED, ZONE)).containsExactly(PROPOSED);
        assertThat(FeeStepsReader.read(List.of(), PROPOSED, ZONE)).containsExactly(PROPOSED);
    }

    @Test
    void readsDatesAndTimesOfTheForms() {
        assertThat(FeeStepsReader.instant("2026-05-01T09:00:00+08:00", ZONE))
                .isEqualTo(Date.from(
                        OffsetDateTime.parse("2026-05-01T09:00:00+08:00").toInstant()));
        assertThat(FeeStepsReader.instant("2026-05-01", ZONE))
                .isEqualTo(Date.from(
                        OffsetDateTime.parse("2026-05-01T00:00:00+08:00").toInstant()));
        assertThat(FeeStepsReader.date(
                        Date.from(OffsetDateTime.parse("2026-05-01T00:30:00+08:00")
                                .toInstant()),
                        ZONE))
                .isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void refusesWhatIsNotATableADateOrAnAmount() {
        assertThatThrownBy(() -> FeeStepsReader.read("not json", PROPOSED, ZONE))
                .hasMessageContaining("not a table");
        assertThatThrownBy(() -> FeeStepsReader.date("01/07/2026", ZONE)).hasMessageContaining("not a date");
        assertThatThrownBy(() -> FeeStepsReader.date(" ", ZONE)).hasMessageContaining("a date is missing");
        assertThatThrownBy(() -> FeeStepsReader.instant("2026-05-01 09:00", ZONE))
                .hasMessageContaining("not a date and time");
        assertThatThrownBy(() -> FeeStepsReader.amount("two")).hasMessageContaining("not an amount");
        assertThat(FeeStepsReader.amount(null)).isNull();
    }

    @Test
    void readsTheStepRowsOfTheCallVoteFormLeavingOutEmptyRows() {
        Map<String, Object> form = new HashMap<>();
        form.put("step1TakesEffect", "2026-07-01");
        form.put("step1ResidentialFee", 2.0);
        form.put("step1CommercialFee", 5);
        form.put("step1ParkingFee", "0.5");
        form.put("step2TakesEffect", "");
        form.put("step3TakesEffect", "2027-07-01T00:00:00+08:00");
        form.put("step3ResidentialFee", 2.3);
        form.put("step3CommercialFee", 5);
        form.put("step3ParkingFee", 0.5);

        List<Map<String, Object>> rows = FeeStepsReader.fromFields(form, ZONE);

        assertThat(rows)
                .extracting(row -> row.get(FeeStepsReader.TAKES_EFFECT))
                .containsExactly("2026-07-01", "2027-07-01");
        assertThat(FeeStepsReader.read(rows, PROPOSED, ZONE))
                .extracting(FeeStep::residentialFee)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("2.0"), new BigDecimal("2.3"));
        assertThat(FeeStepsReader.fromFields(Map.of(), ZONE)).isEmpty();
    }

    @Test
    void refusesAStepRowWithADateButAFeeMissingOrTheOtherWayRound() {
        assertThatThrownBy(() -> FeeStepsReader.fromFields(
                        Map.of("step2TakesEffect", "2026-07-01", "step2ResidentialFee", 2.0, "step2CommercialFee", 5),
                        ZONE))
                .hasMessageContaining("第 2 步")
                .hasMessageContaining("step 2 needs its date and all three fees");
        assertThatThrownBy(() -> FeeStepsReader.fromFields(Map.of("step1ParkingFee", 0.5), ZONE))
                .hasMessageContaining("step 1 needs");
    }
}
