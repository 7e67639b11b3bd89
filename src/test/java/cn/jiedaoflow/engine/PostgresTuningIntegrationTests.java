package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What {@link PostgresTuning} leaves on the running application's database, on PostgreSQL and on H2. */
@IntegrationTest
class PostgresTuningIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    ProcessEngine engine;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyPooledConnectionRunsWithoutJit() {
        assumeThat(TestDatabase.isPostgres()).as("PostgreSQL run").isTrue();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
    }

    @Test
    void aTaskQueryOrAFilterIsPlannedForItsValuesAndNothingElseIs() {
        assumeThat(TestDatabase.isPostgres()).as("PostgreSQL run").isTrue();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        String afterTaskQuery = transaction.execute(status -> {
            engine.getTaskService()
                    .createTaskQuery()
                    .taskCandidateGroup("acceptance-window")
                    .count();
            return jdbc.queryForObject("show plan_cache_mode", String.class);
        });
        String afterFilter = transaction.execute(status -> {
            Filter filter = engine.getFilterService()
                    .newTaskFilter("plan-test")
                    .setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroup("acceptance-window"));
            engine.getFilterService().saveFilter(filter);
            try {
                return jdbc.queryForObject("show plan_cache_mode", String.class) + " "
                        + engine.getFilterService().count(filter.getId()) + " "
                        + jdbc.queryForObject("show plan_cache_mode", String.class);
            } finally {
                engine.getFilterService().deleteFilter(filter.getId());
            }
        });
        String afterInstanceQuery = transaction.execute(status -> {
            engine.getRuntimeService().createProcessInstanceQuery().count();
            return jdbc.queryForObject("show plan_cache_mode", String.class);
        });

        assertThat(afterTaskQuery).isEqualTo("force_custom_plan");
        assertThat(afterFilter).startsWith("auto ").endsWith(" force_custom_plan");
        assertThat(afterInstanceQuery).isEqualTo("auto");
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class))
                .as("outside those transactions")
                .isEqualTo("auto");
    }

    @Test
    void thePermissionTestsOfTheAuthorizationTableHaveStatistics() {
        assumeThat(TestDatabase.isPostgres()).as("PostgreSQL run").isTrue();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_statistic_ext where stxname = ?",
                        Integer.class,
                        PostgresTuning.STATISTICS_NAME))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_stats_ext_exprs where statistics_name = ?"
                                + " and tablename = 'act_ru_authorization'",
                        Integer.class,
                        PostgresTuning.STATISTICS_NAME))
                .as("the two permission expressions are analyzed")
                .isEqualTo(2);

        // a second start finds them and makes nothing twice
        PostgresTuning.createPlannerStatistics(dataSource);
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_statistic_ext where stxname = ?",
                        Integer.class,
                        PostgresTuning.STATISTICS_NAME))
                .isOne();
    }

    @Test
    void theTasksDueDateHasItsIndexMadeOnce() {
        assumeThat(TestDatabase.isPostgres()).as("PostgreSQL run").isTrue();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        PostgresTuning.createDueDateIndex(dataSource);

        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_indexes where tablename = 'act_ru_task'"
                                + " and indexname = ? and indexdef like '%(due_date_)'",
                        Integer.class, PostgresTuning.DUE_DATE_INDEX_NAME))
                .isOne();
    }

    @Test
    void theAuthorizationsHaveTheirIndexesMadeOnce() {
        assumeThat(TestDatabase.isPostgres()).as("PostgreSQL run").isTrue();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        PostgresTuning.createAuthorizationIndexes(dataSource);
        PostgresTuning.createAuthorizationIndexes(dataSource);

        assertThat(jdbc.queryForList(
                        "select indexname, indexdef from pg_indexes where tablename = 'act_ru_authorization'"
                                + " and indexname like 'jiedao_%' order by indexname"))
                .satisfiesExactly(
                        index -> assertThat(index)
                                .containsEntry("indexname", "jiedao_act_ru_authorization_task_group")
                                .hasEntrySatisfying(
                                        "indexdef",
                                        def -> assertThat((String) def)
                                                .contains("(group_id_)")
                                                .contains("resource_type_")
                                                .contains("6")
                                                .contains("7")),
                        index -> assertThat(index)
                                .containsEntry("indexname", "jiedao_act_ru_authorization_task_user")
                                .hasEntrySatisfying(
                                        "indexdef",
                                        def -> assertThat((String) def)
                                                .contains("(user_id_)")
                                                .contains("resource_type_")),
                        index -> assertThat(index)
                                .containsEntry("indexname", "jiedao_act_ru_authorization_user")
                                .hasEntrySatisfying(
                                        "indexdef",
                                        def -> assertThat((String) def).endsWith("(user_id_)")));
    }

    @Test
    void onH2NothingIsMade() {
        assumeThat(TestDatabase.isPostgres()).as("H2 run").isFalse();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        PostgresTuning.createDueDateIndex(dataSource);
        PostgresTuning.createAuthorizationIndexes(dataSource);
        PostgresTuning.createPlannerStatistics(dataSource);

        List<String> ours = new ArrayList<>(PostgresTuning.AUTHORIZATION_INDEXES.keySet());
        ours.add(PostgresTuning.DUE_DATE_INDEX_NAME);
        assertThat(jdbc.queryForList("select lower(index_name) from information_schema.indexes", String.class))
                .doesNotContainAnyElementsOf(ours);
    }
}
