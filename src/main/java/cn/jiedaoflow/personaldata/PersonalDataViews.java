package cn.jiedaoflow.personaldata;

import cn.jiedaoflow.audit.AuditLog;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Who may see a case's personal detail in full, and the record of each view: the rule behind the personal-data
 * Tasklist plugin.
 *
 * <p>A signed-in staff user sees detail {@code D} of case {@code C} when a user task of {@code C} whose model
 * declares {@code D} (extension property {@value PersonalDetail#TASK_PROPERTY}) is theirs to work — assigned to
 * them, or unassigned and offered to one of their groups or to them — or was completed by them. Anyone else, and
 * a case that does not exist, get the same "not found". The rule is applied to the case's tasks as they are, not
 * as the user's engine permissions would filter them, so that it means the same whatever the read permissions of
 * the day (leaders read every task, but see a detail only through a task of theirs). Every view is recorded in
 * the audit log: who, when, which case, which detail and through which task.
 */
@Service
public class PersonalDataViews {

    static final String VIEWED = "PERSONAL_DATA_VIEWED";

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataViews.class);

    private final Map<PersonalDetail, PersonalDataSource> sources = new EnumMap<>(PersonalDetail.class);
    private final TaskService tasks;
    private final HistoryService history;
    private final CommandExecutor commands;
    private final AuditLog audit;
    private final Map<String, Map<String, Set<String>>> declarations = new ConcurrentHashMap<>();

    PersonalDataViews(List<PersonalDataSource> sources, ProcessEngine engine, AuditLog audit) {
        for (PersonalDataSource source : sources) {
            if (this.sources.put(source.detail(), source) != null) {
                throw new IllegalStateException("two sources of personal detail " + source.detail());
            }
        }
        this.tasks = engine.getTaskService();
        this.history = engine.getHistoryService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.audit = audit;
    }

    /** The details served; each {@link PersonalDetail} has its source among the procedures. */
    Set<PersonalDetail> served() {
        return Set.copyOf(sources.keySet());
    }

    /** Detail {@code detailName} of case {@code trackingNumber} for {@code viewer}, recorded; empty when not theirs. */
    public Optional<PersonalDataSource.DetailPage> page(
            Viewer viewer, String processKey, String trackingNumber, String detailName) {
        return allowed(viewer, processKey, trackingNumber, detailName).map(grant -> {
            PersonalDataSource.DetailPage page = grant.source().page(trackingNumber);
            audit.record(
                    viewer.userId(),
                    VIEWED,
                    "application:" + trackingNumber,
                    processKey + " " + detailName + " in Tasklist, task " + grant.taskKey());
            return page;
        });
    }

    /** One document of that detail, recorded; empty when not theirs or no such document. */
    public Optional<PersonalDataSource.Document> document(
            Viewer viewer, String processKey, String trackingNumber, String detailName, long documentId) {
        return allowed(viewer, processKey, trackingNumber, detailName)
                .flatMap(grant -> grant.source()
                        .document(trackingNumber, documentId)
                        .map(document -> {
                            audit.record(
                                    viewer.userId(),
                                    VIEWED,
                                    "application:" + trackingNumber,
                                    processKey + " " + detailName + " document " + documentId + " ("
                                            + document.description() + ") in Tasklist, task " + grant.taskKey());
                            return document;
                        }));
    }

    /** The signed-in Tasklist user. */
    public record Viewer(String userId, Collection<String> groupIds) {

        public Viewer {
            groupIds = List.copyOf(groupIds);
        }
    }

    private record Grant(PersonalDataSource source, String taskKey) {}

    private Optional<Grant> allowed(Viewer viewer, String processKey, String trackingNumber, String detailName) {
        Optional<PersonalDetail> detail = PersonalDetail.of(processKey, detailName);
        PersonalDataSource source = detail.map(sources::get).orElse(null);
        if (source == null || viewer == null || viewer.userId() == null) {
            return Optional.empty();
        }
        Optional<String> instance = source.processInstanceId(trackingNumber);
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> task = commands.execute(
                context -> context.runWithoutAuthorization(() -> taskOf(viewer, instance.get(), detail.get())));
        if (task.isEmpty()) {
            LOG.info("personal detail {} of {} refused to {}", detailName, trackingNumber, viewer.userId());
        }
        return task.map(key -> new Grant(source, key));
    }

    /** The key of a task of the case that declares the detail and is the viewer's to work or was done by them. */
    private Optional<String> taskOf(Viewer viewer, String processInstanceId, PersonalDetail detail) {
        for (Task task :
                tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            if (declares(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), detail) && mayWork(viewer, task)) {
                return Optional.of(task.getTaskDefinitionKey());
            }
        }
        for (HistoricTaskInstance done : history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId)
                .finished()
                .list()) {
            if (declares(done.getProcessDefinitionId(), done.getTaskDefinitionKey(), detail)
                    && completedBy(viewer, done)) {
                return Optional.of(done.getTaskDefinitionKey());
            }
        }
        return Optional.empty();
    }

    private boolean mayWork(Viewer viewer, Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(viewer.userId());
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (viewer.userId().equals(link.getUserId())
                            || viewer.groupIds().contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    /** Completed by the viewer: they held it, or completed it unclaimed (the engine's operation log says who). */
    private boolean completedBy(Viewer viewer, HistoricTaskInstance done) {
        return viewer.userId().equals(done.getAssignee())
                || history.createUserOperationLogQuery()
                                .taskId(done.getId())
                                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                                .userId(viewer.userId())
                                .count()
                        > 0;
    }

    private boolean declares(String processDefinitionId, String taskKey, PersonalDetail detail) {
        return declarations
                .computeIfAbsent(processDefinitionId, this::readDeclarations)
                .getOrDefault(taskKey, Set.of())
                .contains(detail.detailName());
    }

    /** Task key → the details its {@value PersonalDetail#TASK_PROPERTY} property names, for one deployed model. */
    private Map<String, Set<String>> readDeclarations(String processDefinitionId) {
        BpmnModelInstance model = commands.execute(
                context -> context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration()
                        .getDeploymentCache()
                        .findBpmnModelInstanceForProcessDefinition(processDefinitionId)));
        Map<String, Set<String>> declared = new ConcurrentHashMap<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            declared.put(task.getId(), PersonalDetail.declaredBy(task));
        }
        return declared;
    }
}
