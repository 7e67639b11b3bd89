package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.people.StaffGroup;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine settings that are decisions (application.yaml, docs/performance.md), as the running engine has them. */
@IntegrationTest
class EngineSettingsIntegrationTests {

    @Autowired
    ProcessEngine engine;

    @Test
    void aStaffMemberCannotMakeAFreeTaskOutsideAProcedure() {
        TaskService tasks = engine.getTaskService();
        Task free = tasks.newTask("free-task-outside-a-procedure");
        free.setName("随手建的任务");

        engine.getIdentityService()
                .setAuthentication(
                        "clerk-free-task", List.of(StaffGroup.ACCEPTANCE_WINDOW.id(), StaffGroup.ACCEPTANCE_HEAD.id()));
        try {
            assertThatThrownBy(() -> tasks.saveTask(free))
                    .isInstanceOf(AuthorizationException.class)
                    .hasMessageContaining("CREATE");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(tasks.createTaskQuery()
                        .taskId("free-task-outside-a-procedure")
                        .count())
                .isZero();
    }

    @Test
    void theEngineRunsWithTheSettingsTheFiguresWereMeasuredWith() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.getHistory()).isEqualTo("full");
        assertThat(configuration.isCmmnEnabled()).isFalse();
        // an inner join to the process definition makes PostgreSQL count a large filter 25 times slower
        assertThat(configuration.isStandaloneTasksEnabled()).isTrue();
    }

    @Test
    void everyAsynchronousStepOfEveryModelIsRetriedFiveTimesFiveMinutesApart() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        // set once here; the model lint refuses a model that sets its own
        assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("R5/PT5M");
    }
}
