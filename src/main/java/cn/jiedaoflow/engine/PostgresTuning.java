package cn.jiedaoflow.engine;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the engine's queries need from PostgreSQL to stay fast as tasks and authorizations grow (measured in
 * {@code StaffQueriesBenchmark}, docs/performance.md). Nothing here changes what a query returns or who may
 * see what; on H2 it does nothing.
 *
 * <ul>
 * <li>Every connection turns PostgreSQL's JIT compiler off ({@link #SESSION_SETTINGS}): the engine's
 * authorized task query is costed high enough to trigger it, and compiling took longer than the query. An
 * operator's own {@code spring.datasource.hikari.connection-init-sql} is left as it is.</li>
 * <li>Task queries are planned for their values ({@link TaskQueryPlans}), not by a cached generic plan.</li>
 * <li>After the engine has made its tables, an index on the tasks' due date ({@link #DUE_DATE_INDEX}): the
 * filters of Tasklist sort by it, and with it the planner reads tasks in that order and stops at the first
 * page instead of sorting every task the staff member may see (at 100,000 open tasks: 143 → 13.4 ms at p50).</li>
 * <li>After the engine has made its tables, indexes on the authorizations ({@link #AUTHORIZATION_INDEXES}): since
 * every case grants its history to its groups and clerks ({@code CaseHistoryAuthorizations}), that table holds a
 * few rows per case. The engine's authorization join asks for the user's grants <em>or</em> the groups' grants; with
 * an index on the group alone PostgreSQL read the whole table for it, and then every grant of the groups, to keep
 * the few on tasks and process definitions. An index on the user, and two partial ones on the group and the user
 * holding only the grants on tasks and process definitions, let it read those few.</li>
 * <li>After the engine has made its tables, statistics on the permission tests of
 * {@code act_ru_authorization} ({@link #PERMISSION_STATISTICS}), so that the planner knows how many
 * authorizations a staff member's groups hold instead of assuming a few dozen — the assumption that made it
 * compare every candidate task with every authorization.</li>
 * </ul>
 */
@Configuration
@ConditionalOnProperty(name = "jiedao.database.postgres-tuning", havingValue = "true", matchIfMissing = true)
public class PostgresTuning {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTuning.class);

    static final String SESSION_SETTINGS = "set jit = off";

    public static final String STATISTICS_NAME = "jiedao_act_ru_authorization_permissions";

    /**
     * The permission tests of the engine's authorization join, {@code A.PERMS_ & n = n}: READ (2) on a task
     * and READ_TASK (64) on a process definition, as the task queries of Tasklist and the REST API make
     * them, next to the resource type they go with.
     */
    static final String PERMISSION_STATISTICS = "create statistics if not exists " + STATISTICS_NAME
            + " (mcv) on resource_type_, (perms_ & 2), (perms_ & 64) from act_ru_authorization";

    public static final String DUE_DATE_INDEX_NAME = "jiedao_act_ru_task_due_date";

    static final String DUE_DATE_INDEX =
            "create index if not exists " + DUE_DATE_INDEX_NAME + " on act_ru_task (due_date_)";

    /** The resource types of a task query's permission checks: READ on the task, READ_TASK on its definition. */
    private static final String TASK_RESOURCE_TYPES =
            Resources.PROCESS_DEFINITION.resourceType() + ", " + Resources.TASK.resourceType();

    /** Name → definition of the indexes on {@code act_ru_authorization}; the engine's schema has one on the group. */
    public static final Map<String, String> AUTHORIZATION_INDEXES = Map.of(
            "jiedao_act_ru_authorization_user", "(user_id_)",
            "jiedao_act_ru_authorization_task_group",
                    "(group_id_) where resource_type_ in (" + TASK_RESOURCE_TYPES + ")",
            "jiedao_act_ru_authorization_task_user",
                    "(user_id_) where resource_type_ in (" + TASK_RESOURCE_TYPES + ")");

    /** Expression statistics exist from PostgreSQL 14 on. */
    static final int STATISTICS_SINCE_MAJOR = 14;

    @Bean
    static BeanPostProcessor postgresSessionSettings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl())) {
                    if (pool.getConnectionInitSql() == null) {
                        pool.setConnectionInitSql(SESSION_SETTINGS);
                    } else {
                        LOG.info("PostgreSQL: connection-init-sql is configured, the session settings of"
                                + " docs/performance.md are not added to it");
                    }
                }
                return bean;
            }
        };
    }

    @Bean
    static TaskQueryPlans taskQueryPlans() {
        return new TaskQueryPlans();
    }

    /** Puts {@link TaskQueryPlans} into the engine's command chains, inside each command's transaction. */
    @Bean
    static ProcessEnginePlugin taskQueryPlansPlugin(TaskQueryPlans plans) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setCustomPostCommandInterceptorsTxRequired(
                        with(configuration.getCustomPostCommandInterceptorsTxRequired(), plans));
                configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), plans.forAnotherChain()));
            }
        };
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
        List<CommandInterceptor> interceptors = new ArrayList<>(existing == null ? List.of() : existing);
        interceptors.add(added);
        return interceptors;
    }

    @Bean
    SmartInitializingSingleton postgresEngineTables(ProcessEngine engine, DataSource dataSource) {
        return () -> {
            createDueDateIndex(dataSource);
            createAuthorizationIndexes(dataSource);
            createPlannerStatistics(dataSource);
        };
    }

    /** Makes the index on the tasks' due date once; the engine's own schema has none. */
    public static void createDueDateIndex(DataSource dataSource) {
        createIndex(dataSource, DUE_DATE_INDEX_NAME, DUE_DATE_INDEX, "act_ru_task");
    }

    /** Makes the indexes of {@link #AUTHORIZATION_INDEXES} once each. */
    public static void createAuthorizationIndexes(DataSource dataSource) {
        AUTHORIZATION_INDEXES.forEach((name, definition) -> createIndex(
                dataSource,
                name,
                "create index if not exists " + name + " on act_ru_authorization " + definition,
                "act_ru_authorization"));
    }

    private static void createIndex(DataSource dataSource, String name, String ddl, String table) {
        if (postgresMajorVersion(dataSource) == null) {
            return;
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (!Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, name))) {
            jdbc.execute(ddl);
            LOG.info("PostgreSQL: index {} made on {}", name, table);
        }
    }

    /** Makes the statistics once (PostgreSQL 14+), and analyzes the table when it made them. */
    public static void createPlannerStatistics(DataSource dataSource) {
        Integer major = postgresMajorVersion(dataSource);
        if (major == null) {
            return;
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (major < STATISTICS_SINCE_MAJOR) {
            LOG.warn(
                    "PostgreSQL {}: no expression statistics before {}; staff task queries will be slow with"
                            + " many open tasks (docs/performance.md)",
                    major,
                    STATISTICS_SINCE_MAJOR);
            return;
        }
        boolean present = Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from pg_statistic_ext where stxname = ?)", Boolean.class, STATISTICS_NAME));
        if (!present) {
            jdbc.execute(PERMISSION_STATISTICS);
            jdbc.execute("analyze act_ru_authorization");
            LOG.info("PostgreSQL: statistics {} made on act_ru_authorization", STATISTICS_NAME);
        }
    }

    /** The server's major version, or null when the database is not PostgreSQL. */
    private static Integer postgresMajorVersion(DataSource dataSource) {
        return new JdbcTemplate(dataSource).execute((Connection connection) -> {
            DatabaseMetaData meta = connection.getMetaData();
            return isPostgres(meta.getURL()) ? meta.getDatabaseMajorVersion() : null;
        });
    }

    static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }
}
