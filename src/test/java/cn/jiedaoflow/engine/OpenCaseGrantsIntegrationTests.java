package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.people.StaffGroup;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The group of a task gets READ on its running case when the task is made and loses it with its last open task of the
 * case, and a task made before that rule gets it at the next start — once, whatever the number of starts.
 */
@IntegrationTest
class OpenCaseGrantsIntegrationTests {

    static final String PROBE = "open-case-grants-probe";
    static final String GROUP = StaffGroup.HOUSING_OFFICE.id();

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    TaskService tasks;

    @Autowired
    OpenCaseGrants openCaseGrants;

    @Test
    void aTasksGroupReadsItsRunningCaseAndAnOlderTaskGetsTheGrantAtTheNextStart() {
        deployed();
        ProcessInstance probe = runtime.startProcessInstanceByKey(PROBE, Map.of("trackingNumber", "IT-OPEN-1"));
        assertThat(caseGrants(probe)).hasSize(1);

        // as a task made before the rule: no grant on the running case
        caseGrants(probe).forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        openCaseGrants.run(null);
        openCaseGrants.run(null);

        assertThat(caseGrants(probe))
                .singleElement()
                .satisfies(grant -> assertThat(grant.isPermissionGranted(
                                org.camunda.bpm.engine.authorization.ProcessInstancePermissions.READ))
                        .isTrue());
        runtime.deleteProcessInstance(probe.getId(), "test over");
        assertThat(caseGrants(probe)).as("removed with the case").isEmpty();
    }

    @Test
    void theGrantOnTheRunningCaseGoesWithTheGroupsLastOpenTaskOfItAndComesBackWithItsNextOne() {
        deployed();
        ProcessInstance probe = runtime.startProcessInstanceByKey(PROBE, Map.of("trackingNumber", "IT-OPEN-2"));
        assertThat(caseGrants(probe)).hasSize(1);

        tasks.complete(tasks.createTaskQuery()
                .processInstanceId(probe.getId())
                .singleResult()
                .getId());
        assertThat(caseGrants(probe)).as("the case is at another group's task").isEmpty();

        tasks.complete(tasks.createTaskQuery()
                .processInstanceId(probe.getId())
                .singleResult()
                .getId());
        assertThat(caseGrants(probe)).as("its task again").hasSize(1);

        runtime.deleteProcessInstance(probe.getId(), "test over");
        assertThat(caseGrants(probe)).isEmpty();
    }

    /** The probe: a task of the group, one of another group, and one of the group again. */
    private void deployed() {
        if (repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(PROBE)
                        .count()
                == 0) {
            repository
                    .createDeployment()
                    .addModelInstance(
                            PROBE + ".bpmn",
                            Bpmn.createExecutableProcess(PROBE)
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent()
                                    .userTask("Task_Work")
                                    .camundaCandidateGroups(GROUP)
                                    .userTask("Task_Other")
                                    .camundaCandidateGroups(StaffGroup.LEADERS.id())
                                    .userTask("Task_Again")
                                    .camundaCandidateGroups(GROUP)
                                    .endEvent()
                                    .done())
                    .deploy();
        }
    }

    private List<Authorization> caseGrants(ProcessInstance probe) {
        return authorizations
                .createAuthorizationQuery()
                .groupIdIn(GROUP)
                .resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(probe.getId())
                .list();
    }
}
