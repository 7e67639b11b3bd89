package cn.jiedaoflow.engine;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/** What the deployed models say, for modules that check their data against the model a designer deployed. */
@Component
public class DeployedModels {

    private final RepositoryService repository;

    DeployedModels(RepositoryService repository) {
        this.repository = repository;
    }

    /**
     * The candidate groups (or, for a group given by an expression, the declared choices) of user task {@code
     * userTaskId} in the latest deployed version of process
     * {@code processKey}; empty when either is not deployed.
     */
    public List<String> candidateGroups(String processKey, String userTaskId) {
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult();
        if (definition == null) {
            return List.of();
        }
        if (!(repository.getBpmnModelInstance(definition.getId()).getModelElementById(userTaskId)
                instanceof UserTask task)) {
            return List.of();
        }
        return CandidateGroups.of(task).stream().filter(id -> !id.isEmpty()).toList();
    }
}
