package cn.jiedaoflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import cn.jiedaoflow.engine.CandidateGroups;
import cn.jiedaoflow.people.StaffGroup;
import java.util.List;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * What every case's process keeps to (procedures.md, "Cases and tasks" and "People and groups"), asserted in each
 * process's test on the in-memory engine.
 */
public final class CaseProcessAssertions {

    private CaseProcessAssertions() {}

    /** The deployed model's {@code camunda:candidateStarterGroups}, split. */
    public static List<String> starterGroups(String processKey) {
        ProcessDefinition definition = repositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult();
        Process process =
                repositoryService().getBpmnModelInstance(definition.getId()).getModelElementById(processKey);
        return CandidateGroups.split(process.getCamundaCandidateStarterGroups());
    }

    /** Residents start the process (the marker says so), and no staff group does unless {@code staffStarters}. */
    public static void residentsStart(String processKey, String... staffStarters) {
        List<String> groups = starterGroups(processKey);
        assertThat(groups).as("candidateStarterGroups of %s", processKey).contains("residents");
        assertThat(groups.stream().filter(group -> StaffGroup.byId(group).isPresent()))
                .as("staff starters of %s", processKey)
                .containsExactlyInAnyOrder(staffStarters);
    }

    /** Every open task of {@code instance} shows the case's tracking number and the applicant's name. */
    public static void everyTaskShowsTheCase(ProcessInstance instance, String trackingNumber, String applicantName) {
        List<Task> open = taskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .list();
        assertThat(open).as("open tasks of %s", trackingNumber).isNotEmpty();
        for (Task task : open) {
            assertThat(taskService().getVariables(task.getId()))
                    .as("variables of task %s", task.getTaskDefinitionKey())
                    .containsEntry("trackingNumber", trackingNumber)
                    .containsEntry("applicantName", applicantName);
        }
    }
}
