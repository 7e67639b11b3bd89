package cn.jiedaoflow.overview;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToDoubleFunction;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The leaders' overview as gauges on {@code /actuator/prometheus} (docs/overview.md, "Prometheus"), all named
 * {@code jiedao_overview_*}. The figures are computed again every minute ({@code jiedao.metrics.overview-refresh-ms}),
 * not at each scrape, so a scrape never waits for the engine's queries; until the first computation the gauges read
 * NaN.
 */
@Component
public class OverviewMetrics implements MeterBinder {

    private final Overview overview;
    private final List<MultiGauge> labelled = new CopyOnWriteArrayList<>();
    private volatile OverviewFigures last;

    OverviewMetrics(Overview overview) {
        this.overview = overview;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "jiedao.overview.tasks.due.today", "open tasks due today", OverviewFigures::dueToday);
        gauge(registry, "jiedao.overview.tasks.overdue", "open tasks past their due date", OverviewFigures::overdue);
        gauge(registry, "jiedao.overview.sla.yellow", "open parts past 80% of their time limit", f -> f.slaYellow());
        gauge(registry, "jiedao.overview.sla.red", "open parts at or past their time limit", f -> f.slaRed());
        gauge(registry, "jiedao.overview.ratings", "ratings given", OverviewFigures::ratings);
        gauge(registry, "jiedao.overview.ratings.poor", "ratings of 1 or 2", OverviewFigures::poorRatings);
        gauge(
                registry,
                "jiedao.overview.ratings.average",
                "the average rating",
                f -> f.ratingAverage() == null ? Double.NaN : f.ratingAverage().doubleValue());
        labelled.add(MultiGauge.builder("jiedao.overview.cases.open")
                .description("open cases by procedure")
                .register(registry));
        labelled.add(MultiGauge.builder("jiedao.overview.department.cases.open")
                .description("open cases by the candidate group of their open tasks")
                .register(registry));
        labelled.add(MultiGauge.builder("jiedao.overview.cases.started")
                .description("cases started in each of the last 12 months")
                .register(registry));
        if (last != null) {
            show(last);
        }
    }

    /** Computes the figures again and shows them. */
    @Scheduled(
            initialDelayString = "${jiedao.metrics.overview-first-ms:15000}",
            fixedDelayString = "${jiedao.metrics.overview-refresh-ms:60000}")
    public void refresh() {
        OverviewFigures figures = overview.figures();
        last = figures;
        show(figures);
    }

    private void show(OverviewFigures figures) {
        if (labelled.size() < 3) {
            return;
        }
        labelled.get(0).register(rows("procedure", figures.casesByProcedure()), true);
        labelled.get(1).register(rows("department", figures.casesByDepartment()), true);
        labelled.get(2).register(rows("month", figures.casesPerMonth()), true);
    }

    private static List<MultiGauge.Row<?>> rows(String tag, List<Count> counts) {
        return counts.stream()
                .<MultiGauge.Row<?>>map(count -> MultiGauge.Row.of(Tags.of(tag, count.key()), count.value()))
                .toList();
    }

    private void gauge(
            MeterRegistry registry, String name, String description, ToDoubleFunction<OverviewFigures> value) {
        Gauge.builder(name, this, metrics -> metrics.last == null ? Double.NaN : value.applyAsDouble(metrics.last))
                .description(description)
                .register(registry);
    }
}
