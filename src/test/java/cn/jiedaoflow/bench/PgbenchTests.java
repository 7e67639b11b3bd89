package cn.jiedaoflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PgbenchTests {

    @Test
    void theCeilingIsTheDatabasesTpsDividedByTheTransactionsOfOneLifecycle() {
        assertThat(Pgbench.ceiling(1400, 14)).isEqualTo(100.0);
        assertThat(Pgbench.ceiling(1000, 3)).isEqualTo(1000 / 3.0);
        assertThat(Pgbench.ceiling(1000, 1)).isEqualTo(1000.0);
    }

    @Test
    void aLifecycleWithoutTransactionsHasNoCeiling() {
        assertThatThrownBy(() -> Pgbench.ceiling(1000, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pgbench.ceiling(1000, -2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pgbench.ceiling(1000, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCeilingWaitsForBothFigures() {
        Pgbench.Result measured = new Pgbench.Result(OptionalDouble.of(2000), "pgbench", "test", "");
        Pgbench.Result missing = new Pgbench.Result(OptionalDouble.empty(), "-", "-", "pgbench not installed");

        assertThat(measured.lifecyclesPerSecond(OptionalDouble.of(20))).hasValue(100.0);
        assertThat(measured.lifecyclesPerSecond(OptionalDouble.empty())).isEmpty();
        assertThat(missing.lifecyclesPerSecond(OptionalDouble.of(20))).isEmpty();
    }
}
