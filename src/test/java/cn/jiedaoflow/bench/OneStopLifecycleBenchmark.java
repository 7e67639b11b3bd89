package cn.jiedaoflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

import cn.jiedaoflow.JiedaoFlowApplication;
import cn.jiedaoflow.onestop.ApplicationStatus;
import cn.jiedaoflow.onestop.OneStopApplicationRepository;
import cn.jiedaoflow.onestop.OneStopApplicationService;
import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.people.Caller;

/**
 * Issue 6, "lifecycle" and "the peer": the happy path of a single-matter one-stop application — submitted
 * through the service the API calls, pre-check ACCEPT, the acceptance notice (its job), review APPROVED, the
 * result delivered (its job) — by 8 concurrent clients, on our engine as deployed (authorization on, history
 * FULL, our settings) and, in the same run, on a second application context with Camunda's starter defaults
 * (authorization off, history FULL, no generic properties) on its own database of the same PostgreSQL server,
 * doing the same business work (same delegates, tables and notices). Staff act as Tasklist would: the task is
 * found by a query and completed with the staff member's authentication. Jobs are run by the clients, as the
 * job executor would, so both sides do the same work in the same order. Database transactions per lifecycle
 * are read from PostgreSQL's own counter (pg_stat_database.xact_commit); pgbench in the same run gives the
 * ceiling.
 */
@BenchmarkContext
class OneStopLifecycleBenchmark {

    static final int CLIENTS = 8;
    static final int WARM_UP_PER_CLIENT = 10;
    static final int MEASURED_PER_CLIENT = 40;
    static final String VANILLA_DATABASE = "jiedao_bench_vanilla";
    static final String AUDIT_DATABASE = "jiedao_bench_audit";
    static final List<String> STEPS = List.of("submit", "pre-check", "acceptance notice", "review", "result delivery");

    @Autowired
    ConfigurableApplicationContext ours;
    @Autowired
    DataSource dataSource;

    @Test
    void lifecyclesPerSecondOursAgainstCamundaDefaultsInOneRun() throws Exception {
        BenchmarkDatabase.Target target = BenchmarkDatabase.target();
        JdbcTemplate admin = new JdbcTemplate(dataSource);
        for (String database : List.of(VANILLA_DATABASE, AUDIT_DATABASE)) {
            admin.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            admin.execute("CREATE DATABASE " + database);
        }
        try (ConfigurableApplicationContext vanilla = context(VANILLA_DATABASE, "vanilla", target, VANILLA);
                ConfigurableApplicationContext audit = context(AUDIT_DATABASE, "audit", target,
                        Map.of("camunda.bpm.history-level", "audit"))) {
            Side ourSide = new Side("ours (as deployed)", ours, true, BenchmarkDatabase.target().database());
            Side vanillaSide = new Side("Camunda defaults", vanilla, false, VANILLA_DATABASE);
            Side auditSide = new Side("ours, history AUDIT", audit, true, AUDIT_DATABASE);
            for (Side side : List.of(ourSide, vanillaSide, auditSide)) {
                side.round(WARM_UP_PER_CLIENT);
            }
            Round oursMeasured = ourSide.round(MEASURED_PER_CLIENT);
            Round vanillaMeasured = vanillaSide.round(MEASURED_PER_CLIENT);
            Round auditMeasured = auditSide.round(MEASURED_PER_CLIENT);
            Pgbench.Result pgbench = Pgbench.run(target, admin, DatabaseLimitBenchmark.SCALE, CLIENTS, 20);
            print(target, oursMeasured, vanillaMeasured, auditMeasured, pgbench);
            for (Round round : List.of(oursMeasured, vanillaMeasured, auditMeasured)) {
                assertThat(round.lifecycles()).as(round.side()).isEqualTo(CLIENTS * MEASURED_PER_CLIENT);
            }
        } finally {
            for (String database : List.of(VANILLA_DATABASE, AUDIT_DATABASE)) {
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
            "camunda.bpm.history-level", "full");

    /** The application started once more in this JVM, on its own database, with {@code overrides}. */
    private static ConfigurableApplicationContext context(String database, String engineName,
            BenchmarkDatabase.Target target, Map<String, String> overrides) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url",
                "jdbc:postgresql://" + target.host() + ":" + target.port() + "/" + database);
        properties.put("spring.datasource.username", target.user());
        properties.put("spring.datasource.password", target.password());
        properties.put("camunda.bpm.process-engine-name", engineName);
        properties.putAll(overrides);
        properties.put("camunda.bpm.job-execution.enabled", "false");
        properties.put("spring.jmx.enabled", "false");
        properties.put("server.port", "0");
        // as arguments: they take precedence over application.yaml (builder "properties" would not)
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(JiedaoFlowApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("test")
                .run(arguments);
    }

    /** One engine with its application: runs rounds of lifecycles from 8 clients. */
    static final class Side {

        final String name;
        final OneStopApplicationService applications;
        final OneStopApplicationRepository repository;
        final TaskService tasks;
        final ManagementService management;
        final IdentityService identity;
        final JdbcTemplate jdbc;
        final boolean authorizationOn;
        final List<Caller> residents = new ArrayList<>();
        int next;

        Side(String name, ConfigurableApplicationContext context, boolean expectAuthorization, String database) {
            this.name = name;
            this.applications = context.getBean(OneStopApplicationService.class);
            this.repository = context.getBean(OneStopApplicationRepository.class);
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            this.tasks = engine.getTaskService();
            this.management = engine.getManagementService();
            this.identity = engine.getIdentityService();
            this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            this.authorizationOn = engine.getProcessEngineConfiguration().isAuthorizationEnabled();
            assertThat(authorizationOn).as(name + ": authorization").isEqualTo(expectAuthorization);
            assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).as(name + ": database")
                    .isEqualTo(database);
            Accounts accounts = context.getBean(Accounts.class);
            String run = Long.toString(System.nanoTime() % 100_000_000L);
            for (int i = 0; i < CLIENTS; i++) {
                String mobile = String.format("186%08d", (Long.parseLong(run) + i * 13L) % 100_000_000L);
                Account account = accounts.createResident(mobile, "压测居民" + i, null, "bench-pass-1");
                residents.add(new Caller(Caller.Kind.RESIDENT, mobile, account.getId(), account.getDisplayName(), Set.of()));
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
            String trackingNumber = time(steps, "submit", () -> applications.submit(resident, APPLICATION, files())
                    .trackingNumber());
            time(steps, "pre-check", () -> asStaff("bench-window", "acceptance-window", () -> {
                Task preCheck = tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
                        .taskCandidateGroup("acceptance-window").singleResult();
                tasks.complete(preCheck.getId(), Map.of("preCheckDecision", "ACCEPT"));
                return null;
            }));
            time(steps, "acceptance notice", () -> runJob(trackingNumber));
            time(steps, "review", () -> asStaff("bench-civil", "civil-affairs", () -> {
                Task review = tasks.createTaskQuery().processInstanceBusinessKey(trackingNumber)
                        .taskCandidateGroup("civil-affairs").singleResult();
                tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVED"));
                return null;
            }));
            time(steps, "result delivery", () -> runJob(trackingNumber));
            ApplicationStatus status = repository.findByTrackingNumber(trackingNumber).orElseThrow().getStatus();
            if (status != ApplicationStatus.COMPLETED) {
                throw new IllegalStateException(trackingNumber + " ended " + status);
            }
        }

        private Void runJob(String trackingNumber) {
            String instance = repository.findByTrackingNumber(trackingNumber).orElseThrow().getProcessInstanceId();
            Job job = management.createJobQuery().processInstanceId(instance).executable().singleResult();
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

    static final String APPLICATION = """
            {"matterCode":"elderly-comprehensive-allowance",
             "data":{"birthDate":"1950-03-05","bankName":"工商银行","bankAccount":"6222020200112233445"},
             "materialCodes":["id-card","bank-card"]}""";

    private static List<MultipartFile> files() {
        return List.of(new MockMultipartFile("materials", "id.pdf", "application/pdf", "%PDF-1.7 bench".getBytes()),
                new MockMultipartFile("materials", "bank.png", "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}));
    }

    /** What one measured round gave. */
    record Round(String side, int lifecycles, double seconds, Map<String, Timings> steps, double transactionsPerLifecycle) {

        double perSecond() {
            return lifecycles / seconds;
        }
    }

    private void print(BenchmarkDatabase.Target target, Round ours, Round vanilla, Round audit, Pgbench.Result pgbench) {
        ResultTable table = new ResultTable("One-stop lifecycle, " + CLIENTS + " clients, " + ours.lifecycles()
                + " lifecycles per side after " + CLIENTS * WARM_UP_PER_CLIENT + " warm-up — service layer on "
                + target.describe(), "measure", ours.side(), vanilla.side(), "ours / defaults", audit.side(),
                "AUDIT / ours");
        table.row("lifecycles/s", format(ours.perSecond()), format(vanilla.perSecond()),
                ratio(ours.perSecond(), vanilla.perSecond()), format(audit.perSecond()),
                ratio(audit.perSecond(), ours.perSecond()));
        for (String step : STEPS) {
            Timings o = ours.steps().get(step);
            Timings v = vanilla.steps().get(step);
            Timings a = audit.steps().get(step);
            table.row(step + " p50 ms", format(o.p50Millis()), format(v.p50Millis()), ratio(o.p50Millis(), v.p50Millis()),
                    format(a.p50Millis()), ratio(a.p50Millis(), o.p50Millis()));
            table.row(step + " p99 ms", format(o.p99Millis()), format(v.p99Millis()), ratio(o.p99Millis(), v.p99Millis()),
                    format(a.p99Millis()), ratio(a.p99Millis(), o.p99Millis()));
        }
        table.row("database transactions per lifecycle", format(ours.transactionsPerLifecycle()),
                format(vanilla.transactionsPerLifecycle()), ratio(ours.transactionsPerLifecycle(), vanilla.transactionsPerLifecycle()),
                format(audit.transactionsPerLifecycle()), ratio(audit.transactionsPerLifecycle(), ours.transactionsPerLifecycle()));
        table.row("pgbench TPC-B transactions/s (same server, " + CLIENTS + " clients, 20 s)",
                pgbench.tps().isPresent() ? format(pgbench.tps().getAsDouble()) : "none: " + pgbench.remark(), "", "", "", "");
        OptionalDouble ceiling = pgbench.lifecyclesPerSecond(OptionalDouble.of(ours.transactionsPerLifecycle()));
        table.row("ceiling, lifecycles/s (tps ÷ transactions per lifecycle)",
                ceiling.isPresent() ? format(ceiling.getAsDouble()) : "-", "", "", "", "");
        table.row("ours as share of the ceiling", ceiling.isPresent()
                ? String.format(Locale.ROOT, "%.0f%%", 100 * ours.perSecond() / ceiling.getAsDouble()) : "-", "", "", "", "");
        table.note("ours: authorization on, history FULL, cmmnEnabled=false, history TTL enforced; defaults: the"
                + " starter's (authorization off, history FULL, CMMN on); ours, history AUDIT: ours with history"
                + " level AUDIT (no operation log, no variable-update details); same business work on all three");
        table.print(Machine.describe(dataSource));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(double ours, double vanilla) {
        return vanilla > 0 ? String.format(Locale.ROOT, "%.2f", ours / vanilla) : "-";
    }
}
