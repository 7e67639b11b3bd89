package cn.jiedaoflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.OptionalDouble;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 6, "the limit": pgbench's TPC-B-like transactions per second on the same PostgreSQL as the other
 * benchmarks of the run, and the ceiling it puts on whole case lifecycles: tps ÷ database transactions per
 * lifecycle. That count comes from the lifecycle benchmark when it exists ({@link #TRANSACTIONS_PER_LIFECYCLE},
 * e.g. {@code -Djiedao.bench.lifecycle-transactions=14}); until then the ceiling is shown as pending.
 */
@BenchmarkContext
class DatabaseLimitBenchmark {

    static final String TRANSACTIONS_PER_LIFECYCLE = "jiedao.bench.lifecycle-transactions";
    static final int SCALE = 10;
    static final int CLIENTS = 8;
    static final int SECONDS = 30;

    @Autowired
    DataSource dataSource;

    @Test
    void pgbenchTransactionsPerSecondOnTheBenchmarksDatabase() {
        BenchmarkDatabase.Target target = BenchmarkDatabase.target();
        Pgbench.Result result = Pgbench.run(target, new JdbcTemplate(dataSource), SCALE, CLIENTS, SECONDS);
        OptionalDouble perLifecycle = transactionsPerLifecycle();
        OptionalDouble ceiling = result.lifecyclesPerSecond(perLifecycle);

        ResultTable table = new ResultTable("Database limit — pgbench on " + target.describe(), "measure", "value");
        table.row("pgbench", result.executable());
        table.row("settings", result.settings());
        table.row(
                "TPC-B-like transactions/s",
                result.tps().isPresent() ? ResultTable.format(result.tps().getAsDouble()) : "none: " + result.remark());
        table.row(
                "database transactions per case lifecycle",
                perLifecycle.isPresent()
                        ? ResultTable.format(perLifecycle.getAsDouble())
                        : "pending: from the lifecycle benchmark (-D" + TRANSACTIONS_PER_LIFECYCLE + "=…)");
        table.row(
                "ceiling, lifecycles/s (tps ÷ transactions per lifecycle)",
                ceiling.isPresent() ? String.format(Locale.ROOT, "%.1f", ceiling.getAsDouble()) : "-");
        table.print(Machine.describe(dataSource));
        if (Pgbench.find().isPresent()) {
            assertThat(result.tps()).as(result.remark()).isPresent();
        }
    }

    static OptionalDouble transactionsPerLifecycle() {
        String value = System.getProperty(TRANSACTIONS_PER_LIFECYCLE);
        return value == null || value.isBlank()
                ? OptionalDouble.empty()
                : OptionalDouble.of(Double.parseDouble(value.strip()));
    }
}
