package cn.jiedaoflow.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/** The warm-up of a start runs the real one-stop submission and leaves nothing of it behind. */
@IntegrationTest
class WarmUpIntegrationTests {

    /** What a one-stop submission writes: its record, its documents, its audit row, the engine's instance. */
    private static final List<String> TABLES = List.of(
            "one_stop_application",
            "stored_document",
            "audit_event",
            "notification",
            "ACT_RU_EXECUTION",
            "ACT_RU_TASK",
            "ACT_RU_VARIABLE",
            "ACT_HI_PROCINST",
            "ACT_HI_ACTINST");

    @Autowired
    WarmUp warmUp;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStartRanTheOneStopSubmissionWithoutAFailure() {
        assertThat(warmUp.report().steps()).contains("one-stop submission");
        assertThat(warmUp.report().failed()).isEmpty();
        assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aRoundWritesNothingThatStays() {
        Map<String, Long> before = counts();

        warmUp.run(null);

        assertThat(warmUp.report().failed())
                .as("the submission went through, then was rolled back")
                .isEmpty();
        assertThat(counts()).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM one_stop_application WHERE registered_by = 'warm-up'", Long.class))
                .isZero();
    }

    private Map<String, Long> counts() {
        return TABLES.stream()
                .collect(Collectors.toMap(
                        table -> table, table -> jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
    }
}
