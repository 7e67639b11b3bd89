package cn.jiedaoflow.warmup;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every {@link WarmUpStep} a number of rounds while the application starts, each run in a transaction that is
 * rolled back. It runs before the application reports ready ({@code /actuator/health/readiness}, whose group includes
 * it), so a load balancer sends a node its first requests only once the paths they take have run. Measured on the
 * portal's benchmark: docs/performance.md.
 */
@Component("warmUpHealthIndicator")
@EnableConfigurationProperties(WarmUpSettings.class)
class WarmUp implements ApplicationRunner, HealthIndicator, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private final List<WarmUpStep> steps;
    private final WarmUpSettings settings;
    private final TransactionTemplate rolledBack;
    private volatile Report report;

    WarmUp(List<WarmUpStep> steps, WarmUpSettings settings, PlatformTransactionManager transactions) {
        this.steps = List.copyOf(steps);
        this.settings = settings;
        this.rolledBack = new TransactionTemplate(transactions);
    }

    /** After the runners that make the start's own data (the demo's people, for one): they are part of the start. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        List<String> failed = new ArrayList<>();
        for (WarmUpStep step : steps) {
            for (int round = 0; round < settings.rounds(); round++) {
                if (!once(step)) {
                    failed.add(step.name());
                    break;
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        report = new Report(steps.stream().map(WarmUpStep::name).toList(), settings.rounds(), millis, failed);
        LOG.info(
                "warm-up done in {} ms: {} round(s) of {}{}",
                millis,
                settings.rounds(),
                report.steps(),
                failed.isEmpty() ? "" : ", failed: " + failed);
    }

    private boolean once(WarmUpStep step) {
        try {
            rolledBack.executeWithoutResult(status -> {
                status.setRollbackOnly();
                step.run();
            });
            return true;
        } catch (RuntimeException failure) {
            // the node still serves: a request taking this path meets the same failure and reports it to its caller
            LOG.warn("warm-up step '{}' failed; the node starts without it", step.name(), failure);
            return false;
        }
    }

    /** {@code OUT_OF_SERVICE} until the warm-up has run; {@code UP} with what it did after. */
    @Override
    public Health health() {
        Report done = report;
        if (done == null) {
            return Health.outOfService()
                    .withDetail("warmUp", "not yet run by this start")
                    .build();
        }
        return Health.up()
                .withDetail("steps", done.steps())
                .withDetail("rounds", done.rounds())
                .withDetail("millis", done.millis())
                .withDetail("failed", done.failed())
                .build();
    }

    /** What the warm-up of this start did. */
    Report report() {
        return report;
    }

    record Report(List<String> steps, int rounds, long millis, List<String> failed) {}
}
