package cn.jiedaoflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

class TimingsTests {

    @Test
    void percentilesAreNearestRankOverTheRecordedRuns() {
        Timings timings = recorded(100, i -> (i + 1) * 1_000_000L); // 1 ms … 100 ms

        assertThat(timings.count()).isEqualTo(100);
        assertThat(timings.p50Millis()).isEqualTo(50.0);
        assertThat(timings.p99Millis()).isEqualTo(99.0);
        assertThat(timings.maxMillis()).isEqualTo(100.0);
        assertThat(timings.percentileMillis(1)).isEqualTo(1.0);
    }

    @Test
    void oneRunIsEveryPercentile() {
        Timings timings = recorded(1, i -> 2_500_000L);

        assertThat(timings.p50Millis()).isEqualTo(2.5);
        assertThat(timings.p99Millis()).isEqualTo(2.5);
        assertThat(timings.percentileMillis(0)).isEqualTo(2.5);
    }

    @Test
    void withoutARunThereIsNoPercentile() {
        assertThatThrownBy(() -> new Timings(10).p50Millis()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void timeRecordsOneRunAndReturnsTheResult() {
        Timings timings = new Timings(2);

        assertThat(timings.time(() -> "done")).isEqualTo("done");
        assertThat(timings.count()).isEqualTo(1);
        assertThat(timings.maxMillis()).isGreaterThanOrEqualTo(0.0);
    }

    /** Timings with given durations, recorded in reverse order so that sorting matters. */
    private static Timings recorded(int runs, IntToLongFunction nanos) {
        Timings timings = new Timings(runs);
        for (int i = runs - 1; i >= 0; i--) {
            timings.record(nanos.applyAsLong(i));
        }
        return timings;
    }
}
