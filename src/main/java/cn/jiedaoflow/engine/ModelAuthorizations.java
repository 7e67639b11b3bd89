package cn.jiedaoflow.engine;

import cn.jiedaoflow.people.Grants;
import cn.jiedaoflow.people.StaffGroup;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Derives the staff's permissions from the deployed models, so that a designer who names a group on a task
 * gives that group what it needs without touching Java: the groups of a process's user tasks may read the
 * process (its name, diagram and forms in Tasklist); its {@code camunda:candidateStarterGroups} (staff groups
 * only: residents and enterprises are not engine users) may start it, e.g. for window entry from Tasklist;
 * {@code leaders} read every case. Nothing here lets a group read a case's history: that comes with each task,
 * for the case the task belongs to ({@link CaseHistoryAuthorizations}).
 *
 * <p>Databases made before that rule held definition-wide history rights for every group of a model. They are
 * taken back at the first start that finds them, after each case's workers got their case-level rights
 * ({@link CaseHistoryUpgrade}), so nobody loses a case they worked on.
 *
 * <p>After start, every new deployment derives them again ({@link DeploymentPermissions}).
 */
@Component
@Order(30)
class ModelAuthorizations implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ModelAuthorizations.class);

    private final RepositoryService repository;
    private final AuthorizationService authorizations;
    private final CaseHistoryUpgrade upgrade;
    private final DeploymentPermissions afterDeployments;

    ModelAuthorizations(
            RepositoryService repository,
            AuthorizationService authorizations,
            CaseHistoryUpgrade upgrade,
            DeploymentPermissions afterDeployments) {
        this.repository = repository;
        this.authorizations = authorizations;
        this.upgrade = upgrade;
        this.afterDeployments = afterDeployments;
    }

    @Override
    public void run(ApplicationArguments args) {
        derive();
        upgrade.takeBackDefinitionWideHistory();
        afterDeployments.deriveWith(this::derive);
        LOG.info("staff permissions derived from the deployed models");
    }

    /** Grants what the latest version of every deployed process asks for; an existing grant is kept. */
    synchronized void derive() {
        Grants.grant(
                authorizations,
                StaffGroup.LEADERS.id(),
                Resources.PROCESS_DEFINITION,
                "*",
                Permissions.READ,
                ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK);
        for (ProcessDefinition definition :
                repository.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            Process process = model.getModelElementById(definition.getKey());
            for (String group : workerGroups(model)) {
                Grants.grant(
                        authorizations, group, Resources.PROCESS_DEFINITION, definition.getKey(), Permissions.READ);
            }
            for (String group : staffGroups(process == null ? null : process.getCamundaCandidateStarterGroups())) {
                Grants.grant(
                        authorizations,
                        group,
                        Resources.PROCESS_DEFINITION,
                        definition.getKey(),
                        Permissions.READ,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
                Grants.grant(authorizations, group, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
            }
        }
    }

    static Set<String> workerGroups(BpmnModelInstance model) {
        Set<String> groups = new LinkedHashSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            groups.addAll(staffGroups(String.join(",", CandidateGroups.of(task))));
        }
        return groups;
    }

    static Set<String> staffGroups(String commaSeparated) {
        Set<String> groups = new LinkedHashSet<>();
        if (commaSeparated == null) {
            return groups;
        }
        Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(g -> StaffGroup.byId(g).isPresent())
                .forEach(groups::add);
        return groups;
    }
}
