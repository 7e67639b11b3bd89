package cn.jiedaoflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.JiedaoFlowApplication;
import cn.jiedaoflow.onestop.ApplicationStatus;
import cn.jiedaoflow.onestop.OneStopApplicationRepository;
import cn.jiedaoflow.onestop.OneStopMyApplications;
import cn.jiedaoflow.onestop.OneStopSubmissions;
import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.people.Caller;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 6, "lifecycle" and "the peer": the happy path of a single-matter one-stop application — submitted
 * through the service the API calls, pre-check ACCEPT, the acceptance notice (its job), review APPROVED, the
 * result delivered (its job) — by 8 concurrent clients, on our engine as deployed (authorization on, history
 * FULL, our settings) and, in the same run, on a second application context with Camunda's starter defaults
 * (authorization off, history FULL, no generic properties) on its own database of the same PostgreSQL server,
 * doing the same business work (same delegates, tables and notices). Staff act as Tasklist would: the task is
 * found by a query and completed with the staff member's authentication. Jobs are run by the clients, as the
 * job executor would, so both sides do the same work in the same order — except on the job-executor variants,
 * where the job executor runs them and the client waits for it. Database transactions per lifecycle
 * are read from PostgreSQL's own counter (pg_stat_database.xact_commit); pgbench in the same run gives the
 * ceiling.
 */
@BenchmarkContext
class OneStopLifecycleBenchmark {

    static final int CLIENTS = 8;
    static final int WARM_UP_PER_CLIENT = 10;
    static final int MEASURED_PER_CLIENT = 40;
    static final String VANILLA_DATABASE = "jiedao_bench_vanilla";
    static final List<String> STEPS = List.of("submit", "pre-check", "acceptance notice", "review", "result delivery");

    @Autowired
    ConfigurableApplicationContext ours;

    @Autowired
    DataSource dataSource;

    /**
     * Ours with one setting changed, each on its own database of the same server, to measure what that
     * setting gives in the same run.
     */
    record Variant(String name, String database, Map<String, String> overrides) {}

    static final List<Variant> VARIANTS = List.of(
            new Variant("ours, history AUDIT", "jiedao_bench_audit", Map.of("camunda.bpm.history-level", "audit")),
            new Variant(
                    "ours without PostgreSQL tuning",
                    "jiedao_bench_untuned",
                    Map.of("jiedao.database.postgres-tuning", "false")),
            new Variant(
                    "ours, CMMN on",
                    "jiedao_bench_cmmn",
                    Map.of("camunda.bpm.generic-properties.properties.cmmnEnabled", "true")),
            new Variant(
                    "ours, job executor (starter defaults)",
                    "jiedao_bench_jobs",
                    Map.of("camunda.bpm.job-execution.enabled", "true")),
            new Variant(
                    "ours, job executor 8 threads, 8 per acquisition",
                    "jiedao_bench_jobs8",
                    Map.of(
                            "camunda.bpm.job-execution.enabled",
                            "true",
                            "camunda.bpm.job-execution.core-pool-size",
                            "8",
                            "camunda.bpm.job-execution.max-pool-size",
                            "8",
                            "camunda.bpm.job-execution.queue-capacity",
                            "8",
                            "camunda.bpm.job-execution.max-jobs-per-acquisition",
                            "8")),
            new Variant(
                    "ours, pool 20",
                    "jiedao_bench_pool20",
                    Map.of("spring.datasource.hikari.maximum-pool-size", "20")));

    @Test
    void lifecyclesPerSecondOursAgainstCamundaDefaultsInOneRun() throws Exception {
        BenchmarkDatabase.Target target = BenchmarkDatabase.target();
        JdbcTemplate admin = new JdbcTemplate(dataSource);
        List<String> databases = new ArrayList<>(List.of(VANILLA_DATABASE));
        VARIANTS.forEach(variant -> databases.add(variant.database()));
        for (String database : databases) {
            admin.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            admin.execute("CREATE DATABASE " + database);
        }
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        try {
            List<Side> sides = new ArrayList<>();
            sides.add(new Side(
                    "ours (as deployed)", ours, true, BenchmarkDatabase.target().database()));
            ConfigurableApplicationContext vanilla = context(VANILLA_DATABASE, "vanilla", target, VANILLA);
            contexts.add(vanilla);
            sides.add(new Side("Camunda defaults", vanilla, false, VANILLA_DATABASE));
            for (Variant variant : VARIANTS) {
                ConfigurableApplicationContext context =
                        context(variant.database(), variant.database(), target, variant.overrides());
                contexts.add(context);
                sides.add(new Side(variant.name(), context, true, variant.database()));
            }
            for (Side side : sides) {
                side.round(WARM_UP_PER_CLIENT);
            }
            List<Round> measured = new ArrayList<>();
            for (Side side : sides) {
                measured.add(side.round(MEASURED_PER_CLIENT));
            }
            Pgbench.Result pgbench = Pgbench.run(target, admin, DatabaseLimitBenchmark.SCALE, CLIENTS, 20);
            print(target, measured, pgbench);
            for (Round round : measured) {
                assertThat(round.lifecycles()).as(round.side()).isEqualTo(CLIENTS * MEASURED_PER_CLIENT);
            }
        } finally {
            contexts.forEach(ConfigurableApplicationContext::close);
            for (String database : databases) {
                admin.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    /** Camunda's starter defaults in place of ours. */
    static final Map<String, String> VANILLA = Map.of(
            "camunda.bpm.authorization.enabled", "false",
            "camunda.bpm.generic-properties.properties.cmmnEnabled", "true",
            "camunda.bpm.generic-properties.properties.enforceHistoryTimeToLive", "false",
            "camunda.bpm.generic-properties.properties.defaultUserPermissionNameForTask", "UPDATE",
            "camunda.bpm.generic-properties.properties.enablePasswordPolicy", "false",
            "camunda.bpm.generic-properties.properties.enableExpressionsInAdhocQueries", "true",
            "camunda.bpm.history-level", "full",
            "camunda.bpm.generic-properties.properties.standaloneTasksEnabled", "true",
            "jiedao.database.postgres-tuning", "false");

    /** The application started once more in this JVM, on its own database, with {@code overrides}. */
    private static ConfigurableApplicationContext context(
            String database, String engineName, BenchmarkDatabase.Target target, Map<String, String> overrides) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(
                "spring.datasource.url", "jdbc:postgresql://" + target.host() + ":" + target.port() + "/" + database);
        properties.put("spring.datasource.username", target.user());
        properties.put("spring.datasource.password", target.password());
        properties.put("camunda.bpm.process-engine-name", engineName);
        properties.put("camunda.bpm.job-execution.enabled", "false");
        properties.putAll(overrides);
        properties.put("spring.jmx.enabled", "false");
        properties.put("server.port", "0");
        // as arguments: they take precedence over application.yaml (builder "properties" would not)
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(JiedaoFlowApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("test")
                .run(arguments);
    }

    /** One engine with its application: runs rounds of lifecycles from 8 clients. */
    static final class Side {

        final String name;
        final OneStopSubmissions applications;
        final OneStopApplicationRepository repository;
        final TaskService tasks;
        final ManagementService management;
        final IdentityService identity;
        final JdbcTemplate jdbc;
        final boolean authorizationOn;
        final boolean jobExecutor;
        final List<Caller> residents = new ArrayList<>();
        int next;

        Side(String name, ConfigurableApplicationContext context, boolean expectAuthorization, String database) {
            this.name = name;
            this.applications = context.getBean(OneStopSubmissions.class);
            this.repository = context.getBean(OneStopApplicationRepository.class);
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            this.tasks = engine.getTaskService();
            this.management = engine.getManagementService();
            this.identity = engine.getIdentityService();
            this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            this.authorizationOn = engine.getProcessEngineConfiguration().isAuthorizationEnabled();
            this.jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getJobExecutor()
                    .isActive();
            assertThat(authorizationOn).as(name + ": authorization").isEqualTo(expectAuthorization);
            assertThat(jdbc.queryForObject("SELECT current_database()", String.class))
                    .as(name + ": database")
                    .isEqualTo(database);
            Accounts accounts = context.getBean(Accounts.class);
            String run = Long.toString(System.nanoTime() % 100_000_000L);
            for (int i = 0; i < CLIENTS; i++) {
                String mobile = String.format("186%08d", (Long.parseLong(run) + i * 13L) % 100_000_000L);
                Account account = accounts.createResident(mobile, "压测居民" + i, null, "bench-pass-1");
                residents.add(
                        new Caller(Caller.Kind.RESIDENT, mobile, account.getId(), account.getDisplayName(), Set.of()));
            }
        }

        Round round(int perClient) throws Exception {
            Map<String, Timings> steps = new LinkedHashMap<>();
            STEPS.forEach(step -> steps.put(step, new Timings(CLIENTS * perClient)));
            long commitsBefore = commits();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long start = System.nanoTime();
            try {
                List<Future<Integer>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    Caller resident = residents.get(c);
                    clients.add(pool.submit(() -> {
                        for (int i = 0; i < perClient; i++) {
                            lifecycle(resident, steps);
                        }
                        return perClient;
                    }));
                }
                int done = 0;
                for (Future<Integer> client : clients) {
                    done += client.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                Thread.sleep(1500); // PostgreSQL publishes the other backends' counters about once a second
                long commits = commits() - commitsBefore;
                return new Round(name, done, seconds, steps, (double) commits / done);
            } finally {
                pool.shutdownNow();
            }
        }

        private void lifecycle(Caller resident, Map<String, Timings> steps) {
            String trackingNumber = time(
                    steps,
                    "submit",
                    () -> applications
                            .submit(resident, OneStopMyApplications.APPLICATION, OneStopMyApplications.materials())
                            .trackingNumber());
            time(
                    steps,
                    "pre-check",
                    () -> asStaff("bench-window", "acceptance-window", () -> {
                        Task preCheck = tasks.createTaskQuery()
                                .processInstanceBusinessKey(trackingNumber)
                                .taskCandidateGroup("acceptance-window")
                                .singleResult();
                        tasks.complete(preCheck.getId(), Map.of("preCheckDecision", "ACCEPT"));
                        return null;
                    }));
            time(steps, "acceptance notice", () -> runJob(trackingNumber));
            time(
                    steps,
                    "review",
                    () -> asStaff("bench-civil", "civil-affairs", () -> {
                        Task review = tasks.createTaskQuery()
                                .processInstanceBusinessKey(trackingNumber)
                                .taskCandidateGroup("civil-affairs")
                                .singleResult();
                        tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVED"));
                        return null;
                    }));
            time(steps, "result delivery", () -> runJob(trackingNumber));
            ApplicationStatus status = repository
                    .findByTrackingNumber(trackingNumber)
                    .orElseThrow()
                    .getStatus();
            if (status != ApplicationStatus.COMPLETED) {
                throw new IllegalStateException(trackingNumber + " ended " + status);
            }
        }

        /**
         * Runs the instance's notice job as the job executor would; where this side's job executor runs, waits
         * for it to have run the job instead.
         */
        private Void runJob(String trackingNumber) {
            String instance = repository
                    .findByTrackingNumber(trackingNumber)
                    .orElseThrow()
                    .getProcessInstanceId();
            if (jobExecutor) {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (management
                                .createJobQuery()
                                .processInstanceId(instance)
                                .executable()
                                .count()
                        > 0) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(trackingNumber + ": the job executor left its job for 60 s");
                    }
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
                return null;
            }
            Job job = management
                    .createJobQuery()
                    .processInstanceId(instance)
                    .executable()
                    .singleResult();
            management.executeJob(job.getId());
            return null;
        }

        private <T> T asStaff(String user, String group, java.util.function.Supplier<T> work) {
            identity.setAuthentication(user, List.of(group));
            try {
                return work.get();
            } finally {
                identity.clearAuthentication();
            }
        }

        private long commits() {
            Long commits = jdbc.queryForObject(
                    "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()", Long.class);
            return commits == null ? 0 : commits;
        }
    }

    private static <T> T time(Map<String, Timings> steps, String step, java.util.function.Supplier<T> work) {
        Timings timings = steps.get(step);
        long start = System.nanoTime();
        T result = work.get();
        long took = System.nanoTime() - start;
        synchronized (timings) { // Timings is not thread-safe; the lock is held only to record
            timings.record(took);
        }
        return result;
    }

    /** What one measured round gave. */
    record Round(
            String side, int lifecycles, double seconds, Map<String, Timings> steps, double transactionsPerLifecycle) {

        double perSecond() {
            return lifecycles / seconds;
        }
    }

    private void print(BenchmarkDatabase.Target target, List<Round> rounds, Pgbench.Result pgbench) {
        Round ours = rounds.get(0);
        Round vanilla = rounds.get(1);
        List<Round> variants = rounds.subList(2, rounds.size());
        List<String> header = new ArrayList<>(List.of("measure", ours.side(), vanilla.side(), "ours / defaults"));
        for (Round variant : variants) {
            header.add(variant.side());
            header.add("÷ ours");
        }
        ResultTable table = new ResultTable(
                "One-stop lifecycle, " + CLIENTS + " clients, " + ours.lifecycles()
                        + " lifecycles per side after " + CLIENTS * WARM_UP_PER_CLIENT + " warm-up — service layer on "
                        + target.describe(),
                header.toArray(String[]::new));
        table.row(cells("lifecycles/s", ours, vanilla, variants, Round::perSecond));
        for (String step : STEPS) {
            table.row(cells(
                    step + " p50 ms",
                    ours,
                    vanilla,
                    variants,
                    round -> round.steps().get(step).p50Millis()));
            table.row(cells(
                    step + " p99 ms",
                    ours,
                    vanilla,
                    variants,
                    round -> round.steps().get(step).p99Millis()));
        }
        table.row(
                cells("database transactions per lifecycle", ours, vanilla, variants, Round::transactionsPerLifecycle));
        int blanks = header.size() - 2;
        table.row(withBlanks(
                blanks,
                "pgbench TPC-B transactions/s (same server, " + CLIENTS + " clients, 20 s)",
                pgbench.tps().isPresent() ? format(pgbench.tps().getAsDouble()) : "none: " + pgbench.remark()));
        OptionalDouble ceiling = pgbench.lifecyclesPerSecond(OptionalDouble.of(ours.transactionsPerLifecycle()));
        table.row(withBlanks(
                blanks,
                "ceiling, lifecycles/s (tps ÷ transactions per lifecycle)",
                ceiling.isPresent() ? format(ceiling.getAsDouble()) : "-"));
        table.row(withBlanks(
                blanks,
                "ours as share of the ceiling",
                ceiling.isPresent()
                        ? String.format(Locale.ROOT, "%.0f%%", 100 * ours.perSecond() / ceiling.getAsDouble())
                        : "-"));
        table.note("ours: authorization on, history FULL, cmmnEnabled=false, history TTL enforced, PostgreSQL tuning"
                + " (JIT off, task queries planned for their values, statistics and index); defaults: the"
                + " starter's (authorization off, history FULL, CMMN on, PostgreSQL as it comes); each variant is"
                + " ours with the one setting its name says; same business work on every side; the sides run one"
                + " after the other in one JVM");
        table.print(Machine.describe(dataSource));
    }

    private static Object[] cells(
            String measure,
            Round ours,
            Round vanilla,
            List<Round> variants,
            java.util.function.ToDoubleFunction<Round> value) {
        List<Object> cells = new ArrayList<>(List.of(
                measure,
                format(value.applyAsDouble(ours)),
                format(value.applyAsDouble(vanilla)),
                ratio(value.applyAsDouble(ours), value.applyAsDouble(vanilla))));
        for (Round variant : variants) {
            cells.add(format(value.applyAsDouble(variant)));
            cells.add(ratio(value.applyAsDouble(variant), value.applyAsDouble(ours)));
        }
        return cells.toArray();
    }

    private static Object[] withBlanks(int blanks, String measure, String value) {
        List<Object> cells = new ArrayList<>(List.of(measure, value));
        for (int i = 0; i < blanks; i++) {
            cells.add("");
        }
        return cells.toArray();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(double ours, double vanilla) {
        return vanilla > 0 ? String.format(Locale.ROOT, "%.2f", ours / vanilla) : "-";
    }
}
