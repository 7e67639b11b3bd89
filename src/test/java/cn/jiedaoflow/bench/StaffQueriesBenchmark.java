package cn.jiedaoflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.engine.PostgresTuning;
import cn.jiedaoflow.engine.TaskQueryPlans;
import cn.jiedaoflow.labordispute.LaborDisputeMyApplications;
import cn.jiedaoflow.onestop.OneStopMyApplications;
import cn.jiedaoflow.people.Accounts;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.StaffGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 6, "staff queries at scale", through the engine's and the application's services: the query of the
 * Tasklist filter 我的组任务 (candidate group of mine or assigned to me, by due date, first page of 15 — and
 * its count, which Tasklist shows beside the filter) as a staff user of 2 of 20 groups with authorization
 * checks on; and a resident's "my applications" with 50 applications. Measured at growing sizes of open tasks
 * and finished process instances in history, seeded by SQL ({@link EngineSeed}) next to the real instances
 * the resident's applications start.
 */
@BenchmarkContext
class StaffQueriesBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(StaffQueriesBenchmark.class);

    /** Open tasks and finished process instances, measured in this order (each size adds to the last). */
    static final long[][] SIZES = sizes();

    static final int GROUPS = 20;
    static final int STAFF_GROUPS = 2;
    static final int WARMUP = 100;
    /** At most this long per measurement of the filter: at 100,000 tasks one count may take seconds. */
    static final long BUDGET_SECONDS = Long.getLong("jiedao.bench.budget-seconds", 60);

    static final int RUNS = Integer.getInteger("jiedao.bench.runs", 1_000);
    static final int APPLICATIONS = 50;
    static final int MY_APPLICATIONS_RUNS = 200;
    static final double TARGET_P99_MILLIS = 20;
    static final String STAFF_USER = "bench-clerk";
    static final int GRANT_ROUNDS = Integer.getInteger("jiedao.bench.rounds", 3);

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessEngine engine;

    @Autowired
    Accounts accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TaskQueryPlans taskQueryPlans;

    /** Every procedure's "my applications". */
    List<MyApplications> myApplications() {
        return List.of(new LaborDisputeMyApplications(context), new OneStopMyApplications(context));
    }

    @Test
    void tasklistFilterAndMyApplicationsAtGrowingSizes() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> groups = Arrays.stream(StaffGroup.values())
                .map(StaffGroup::id)
                .limit(GROUPS)
                .toList();
        List<String> mine = groups.subList(0, STAFF_GROUPS);
        Caller resident = resident();
        List<MyApplications> procedures = myApplications();
        for (MyApplications procedure : procedures) {
            for (int i = 1; i <= APPLICATIONS; i++) {
                procedure.apply(resident, i);
            }
        }
        EngineSeed seed = EngineSeed.fromRealTask(jdbc, groups);
        seed.removeSeeded();

        ResultTable table = new ResultTable(
                "Staff queries at scale — engine and service layer",
                "open tasks",
                "finished instances",
                "seeding",
                "visible to clerk",
                "PostgreSQL",
                "filter page of 15: p50 / p99 / max ms",
                "filter count: p50 / p99 / max ms",
                "÷ as shipped, p50: page / count",
                "my applications (" + APPLICATIONS + "): p50 / p99 / max ms",
                "p99 ≤ 20 ms");
        long seededTasks = 0;
        long seededHistory = 0;
        for (long[] size : SIZES) {
            long started = System.nanoTime();
            seed.openTasks(seededTasks, size[0]);
            seed.finishedInstances(seededHistory, size[1]);
            jdbc.execute("analyze");
            long seedingSeconds = (System.nanoTime() - started) / 1_000_000_000L;
            LOG.info("seeded up to {} open tasks and {} finished instances in {} s", size[0], size[1], seedingSeconds);
            seededTasks = size[0];
            seededHistory = size[1];

            // the engine's query on PostgreSQL as it comes: JIT on, cached generic plans, no statistics, no index
            jdbc.execute("drop statistics if exists " + PostgresTuning.STATISTICS_NAME);
            jdbc.execute("drop index if exists " + PostgresTuning.DUE_DATE_INDEX_NAME);
            dropAuthorizationIndexes(jdbc);
            jdbc.execute("analyze act_ru_authorization");
            Filter shipped = withEngine(true, "auto", () -> measureFilter(mine, true));
            log("as shipped", size, shipped);
            // the session settings and the statistics of PostgresTuning
            PostgresTuning.createPlannerStatistics(dataSource);
            Filter tuned = withEngine(true, "auto", () -> measureFilter(mine, false));
            log("tuned", size, tuned);
            // as deployed: with the due-date index and the authorizations' user index as well
            PostgresTuning.createDueDateIndex(dataSource);
            PostgresTuning.createAuthorizationIndexes(dataSource);
            jdbc.execute("analyze act_ru_task");
            jdbc.execute("analyze act_ru_authorization");
            Filter deployed = withEngine(true, "auto", () -> measureFilter(mine, false));
            log("as deployed", size, deployed);
            // two engine settings, each on its own: no standalone tasks (the process definition joined as an
            // inner join); the authorization check as subqueries per task instead of the join
            Filter noStandalone = withEngine(false, "auto", () -> measureFilter(mine, false));
            log("no standalone tasks", size, noStandalone);
            Filter perTask = withEngine(true, "always", () -> measureFilter(mine, false));
            log("revoke checks always", size, perTask);
            List<String> applications = new ArrayList<>();
            for (MyApplications procedure : procedures) {
                Timings listed = new Timings(MY_APPLICATIONS_RUNS);
                for (int i = 0; i < 10; i++) {
                    procedure.listMine(resident);
                }
                for (int i = 0; i < MY_APPLICATIONS_RUNS; i++) {
                    assertThat(listed.time(() -> procedure.listMine(resident))).isEqualTo(APPLICATIONS);
                }
                applications.add(millis(listed));
            }
            assertThat(tuned.visible()).isEqualTo(shipped.visible());
            assertThat(deployed.visible()).isEqualTo(shipped.visible());
            assertThat(perTask.visible()).isEqualTo(shipped.visible());
            assertThat(noStandalone.visible()).isEqualTo(shipped.visible());
            table.row(
                    size[0],
                    size[1],
                    seedingSeconds + " s",
                    shipped.visible(),
                    "as shipped",
                    millis(shipped.page()),
                    millis(shipped.count()),
                    "-",
                    "-",
                    shipped.meetsTarget() ? "yes" : "NO");
            table.row(
                    size[0],
                    size[1],
                    "-",
                    tuned.visible(),
                    "session settings + statistics",
                    millis(tuned.page()),
                    millis(tuned.count()),
                    ratios(tuned, shipped),
                    "-",
                    tuned.meetsTarget() ? "yes" : "NO");
            table.row(
                    size[0],
                    size[1],
                    "-",
                    deployed.visible(),
                    "+ due-date index (as deployed)",
                    millis(deployed.page()),
                    millis(deployed.count()),
                    ratios(deployed, shipped),
                    String.join("; ", applications),
                    deployed.meetsTarget() ? "yes" : "NO");
            table.row(
                    size[0],
                    size[1],
                    "-",
                    noStandalone.visible(),
                    "as deployed, standaloneTasksEnabled=false",
                    millis(noStandalone.page()),
                    millis(noStandalone.count()),
                    ratios(noStandalone, shipped),
                    "-",
                    noStandalone.meetsTarget() ? "yes" : "NO");
            table.row(
                    size[0],
                    size[1],
                    "-",
                    perTask.visible(),
                    "as deployed, authorizationCheckRevokes=always",
                    millis(perTask.page()),
                    millis(perTask.count()),
                    ratios(perTask, shipped),
                    "-",
                    perTask.meetsTarget() ? "yes" : "NO");
        }
        table.note("filter: taskService.createTaskQuery().or().taskCandidateGroupIn(2 groups).taskAssignee(me).endOr()"
                + ".orderByDueDate().asc().listPage(0, 15) and .count(), as " + STAFF_USER
                + " (identityService.setAuthentication, authorization on); up to " + WARMUP + " warm-up, then " + RUNS
                + " runs or " + BUDGET_SECONDS + " s, whichever comes first (runs in brackets)");
        table.note("as shipped: PostgreSQL's defaults for the engine's SQL — JIT on (set local in each run's"
                + " transaction), cached generic plans allowed, no statistics on the permission tests; session"
                + " settings + statistics: what PostgresTuning does in the application — JIT off, task queries"
                + " planned for their values (TaskQueryPlans), statistics on act_ru_authorization's permission"
                + " tests");
        table.note("due-date index: PostgresTuning's index on act_ru_task (due_date_), dropped for the first rows of"
                + " each size and made again; standaloneTasksEnabled=false: with CMMN off the engine then joins the"
                + " process definition as an inner join (set on the engine for that row)");
        table.note("authorizationCheckRevokes=always: the engine checks each task by subqueries (grant and revoke,"
                + " user and group) instead of joining the authorization table (set on the engine for that row)");
        table.note("tasks spread evenly over " + GROUPS + " groups, 10 % without due date, 2 % assigned to others;"
                + " every task has its candidate-group link and the group's task authorization, as the engine"
                + " writes them; each open task has its process instance and its history rows");
        table.note("my applications: "
                + procedures.stream().map(MyApplications::endpoint).toList()
                + ", the service method the endpoint calls, one resident with " + APPLICATIONS
                + " real applications; " + MY_APPLICATIONS_RUNS + " runs");
        table.print(Machine.describe(dataSource));
    }

    /**
     * Issue 12, "whole groups read every case's history": what the case-level history grants cost the staff filter.
     * Every task's candidate group and every completer now holds a grant on the case's historic process instance, in
     * the same authorization table the filter's permission check joins. At each size three variants are measured in
     * interleaved rounds, so that the machine's drift shows as the spread between rounds, not as a difference between
     * the variants: as before the grants (no case grants, none of {@code PostgresTuning}'s authorization indexes),
     * with the case grants alone, and as deployed (the case grants and the authorization indexes).
     */
    @Test
    void caseHistoryGrantsCostTheStaffFilter() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> groups = Arrays.stream(StaffGroup.values())
                .map(StaffGroup::id)
                .limit(GROUPS)
                .toList();
        List<String> mine = groups.subList(0, STAFF_GROUPS);
        new LaborDisputeMyApplications(context).apply(resident(), 1);
        EngineSeed seed = EngineSeed.fromRealTask(jdbc, groups);
        seed.removeSeeded();
        PostgresTuning.createPlannerStatistics(dataSource);
        PostgresTuning.createDueDateIndex(dataSource);

        ResultTable table = new ResultTable(
                "Case-level history grants and the staff filter — engine layer",
                "open tasks",
                "finished instances",
                "round",
                "variant",
                "filter page of 15: p50 / p99 / max ms",
                "filter count: p50 / p99 / max ms",
                "÷ before, p50: page / count");
        long seededTasks = 0;
        long seededHistory = 0;
        for (long[] size : SIZES) {
            seed.openTasks(seededTasks, size[0]);
            seed.finishedInstances(seededHistory, size[1]);
            seededTasks = size[0];
            seededHistory = size[1];
            jdbc.execute("analyze");
            for (int round = 1; round <= GRANT_ROUNDS; round++) {
                dropAuthorizationIndexes(jdbc);
                Filter before = measureFilter(mine, false);
                long started = System.nanoTime();
                seed.caseHistoryGrants(size[0], size[1]);
                jdbc.execute("analyze act_ru_authorization");
                long grantRows = jdbc.queryForObject(
                        "select count(*) from act_ru_authorization where resource_type_ = 20"
                                + " and id_ like 'bench-%'",
                        Long.class);
                LOG.info(
                        "round {}: {} case grants at {} open tasks inserted in {} ms",
                        round,
                        grantRows,
                        size[0],
                        (System.nanoTime() - started) / 1_000_000);
                Filter grantsAlone = measureFilter(mine, false);
                PostgresTuning.createAuthorizationIndexes(dataSource);
                jdbc.execute("analyze act_ru_authorization");
                Filter deployed = measureFilter(mine, false);
                seed.removeCaseHistoryGrants();
                jdbc.execute("analyze act_ru_authorization");
                assertThat(grantsAlone.visible()).isEqualTo(before.visible());
                assertThat(deployed.visible()).isEqualTo(before.visible());
                table.row(
                        size[0],
                        size[1],
                        round,
                        "before: no case grants, no authorization indexes",
                        millis(before.page()),
                        millis(before.count()),
                        "-");
                table.row(
                        size[0],
                        size[1],
                        round,
                        grantRows + " case grants, no authorization indexes",
                        millis(grantsAlone.page()),
                        millis(grantsAlone.count()),
                        ratios(grantsAlone, before));
                table.row(
                        size[0],
                        size[1],
                        round,
                        grantRows + " case grants + authorization indexes (deployed)",
                        millis(deployed.page()),
                        millis(deployed.count()),
                        ratios(deployed, before));
            }
        }
        PostgresTuning.createAuthorizationIndexes(dataSource);
        table.note("filter as in the staff-queries benchmark, as deployed (PostgresTuning's statistics and due-date"
                + " index, JIT off, task queries planned for their values); " + GRANT_ROUNDS + " rounds per size,"
                + " each measuring the three variants in this order");
        table.note("case grants: READ on HISTORIC_PROCESS_INSTANCE (resource type 20) for the candidate group of"
                + " every open task, and for the group and the completing clerk of every finished instance");
        table.note("authorization indexes: PostgresTuning's " + PostgresTuning.AUTHORIZATION_INDEXES);
        table.print(Machine.describe(dataSource));
    }

    private static void dropAuthorizationIndexes(JdbcTemplate jdbc) {
        PostgresTuning.AUTHORIZATION_INDEXES.keySet().forEach(name -> jdbc.execute("drop index if exists " + name));
    }

    /** The filter's page and count, interleaved, as the staff user: RUNS runs or BUDGET_SECONDS, whichever first. */
    private Filter measureFilter(List<String> mine, boolean asShipped) {
        Timings page = new Timings(RUNS);
        Timings count = new Timings(RUNS);
        identity.setAuthentication(STAFF_USER, mine);
        try {
            long warmupEnds = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L / 4;
            for (int i = 0; i < WARMUP && System.nanoTime() < warmupEnds; i++) {
                run(asShipped, () -> firstPage(mine));
                run(asShipped, () -> countOf(mine));
            }
            long ends = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L;
            List<Task> first = null;
            for (int i = 0; i < RUNS && (i < 10 || System.nanoTime() < ends); i++) {
                first = page.time(() -> run(asShipped, () -> firstPage(mine)));
                count.time(() -> run(asShipped, () -> countOf(mine)));
            }
            assertThat(first).hasSize(15);
            assertThat(first).extracting(Task::getDueDate).isSortedAccordingTo(Date::compareTo);
            return new Filter(page, count, run(asShipped, () -> countOf(mine)));
        } finally {
            identity.clearAuthentication();
        }
    }

    private static void log(String setting, long[] size, Filter filter) {
        LOG.info(
                "{} at {} open tasks: p99 {} ms (page), {} ms (count)",
                setting,
                size[0],
                filter.page().p99Millis(),
                filter.count().p99Millis());
    }

    private static String ratios(Filter filter, Filter shipped) {
        return ResultTable.format(filter.page().p50Millis() / shipped.page().p50Millis()) + " / "
                + ResultTable.format(
                        filter.count().p50Millis() / shipped.count().p50Millis());
    }

    /** Runs a measurement with the engine's two settings of the task query as given, then puts them back. */
    private <T> T withEngine(boolean standaloneTasks, String revokeChecks, Supplier<T> measurement) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        boolean standaloneBefore = configuration.isStandaloneTasksEnabled();
        String revokeBefore = configuration.getAuthorizationCheckRevokes();
        configuration.setStandaloneTasksEnabled(standaloneTasks);
        configuration.setAuthorizationCheckRevokes(revokeChecks);
        try {
            return measurement.get();
        } finally {
            configuration.setStandaloneTasksEnabled(standaloneBefore);
            configuration.setAuthorizationCheckRevokes(revokeBefore);
        }
    }

    /**
     * Runs one query; as shipped, in its own transaction that first puts back PostgreSQL's JIT, which
     * {@code PostgresTuning} turns off for every connection (the engine joins the transaction and so uses the
     * same connection), and without {@link TaskQueryPlans}.
     */
    private <T> T run(boolean asShipped, Supplier<T> query) {
        if (!asShipped) {
            return query.get();
        }
        taskQueryPlans.setEnabled(false);
        try {
            return new TransactionTemplate(transactions).execute(status -> {
                new JdbcTemplate(dataSource).execute("set local jit = on");
                return query.get();
            });
        } finally {
            taskQueryPlans.setEnabled(true);
        }
    }

    private record Filter(Timings page, Timings count, long visible) {

        boolean meetsTarget() {
            return page.p99Millis() <= TARGET_P99_MILLIS && count.p99Millis() <= TARGET_P99_MILLIS;
        }
    }

    private List<Task> firstPage(List<String> groups) {
        return tasks.createTaskQuery()
                .or()
                .taskCandidateGroupIn(groups)
                .taskAssignee(STAFF_USER)
                .endOr()
                .orderByDueDate()
                .asc()
                .listPage(0, 15);
    }

    private long countOf(List<String> groups) {
        return tasks.createTaskQuery()
                .or()
                .taskCandidateGroupIn(groups)
                .taskAssignee(STAFF_USER)
                .endOr()
                .count();
    }

    private Caller resident() {
        String mobile = String.format(Locale.ROOT, "1370%07d", System.nanoTime() % 10_000_000L);
        var account = accounts.createResident(mobile, "基准申请人", "31010519900101123X", "Bench-Passw0rd!");
        return new Caller(Caller.Kind.RESIDENT, mobile, account.getId(), account.getDisplayName(), Set.of());
    }

    private static String millis(Timings timings) {
        return ResultTable.format(timings.p50Millis()) + " / " + ResultTable.format(timings.p99Millis()) + " / "
                + ResultTable.format(timings.maxMillis()) + " (" + timings.count() + ")";
    }

    /** Default 1k/10k, 10k/100k, 100k/1M; {@code -Djiedao.bench.sizes=1000:10000,10000:100000} to choose. */
    private static long[][] sizes() {
        String value = System.getProperty("jiedao.bench.sizes", "1000:10000,10000:100000,100000:1000000");
        Function<String, long[]> pair = text -> Arrays.stream(text.strip().split(":"))
                .mapToLong(Long::parseLong)
                .toArray();
        return Arrays.stream(value.split(",")).map(pair).toArray(long[][]::new);
    }
}
