package cn.jiedaoflow.personaldata;

import cn.jiedaoflow.engine.EngineEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the form of a task that declares a personal detail ({@value PersonalDetail#TASK_PROPERTY}) shows of it, set as
 * the task's local variables when the task is created — a listener the engine adds to every user task as its model
 * is parsed, so designers add nothing and the cases running on older versions get it too:
 *
 * <ul>
 *   <li>{@value #MATERIAL_LINKS}: the case's documents as a markdown list, each a link to the personal-data plugin
 *       ({@code …/<detail>/documents/<id>}), which lets only the staff whose task declares the detail open it and
 *       records each opening in the audit log — the links go to no task wider than its own grant;
 *   <li>what the detail's source adds, masked ({@link PersonalDataSource#taskVariables}).
 * </ul>
 *
 * Task-local, so a later task of the case gets them anew (a pre-check after a supplement lists the new materials); a
 * procedure whose documents change while a task is open says so ({@link #documentsChanged}).
 */
@EngineEdge
@Component
public class TaskFormContext extends AbstractProcessEnginePlugin {

    /** The markdown list of the case's documents, linked, that the forms show. */
    static final String MATERIAL_LINKS = "materialLinks";

    private final ObjectProvider<PersonalDataSource> sources;
    private final ObjectProvider<ProcessEngine> engine;

    TaskFormContext(ObjectProvider<PersonalDataSource> sources, ObjectProvider<ProcessEngine> engine) {
        this.sources = sources;
        this.engine = engine;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new OnUserTasks());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** Adds the context to each user task, as its model is parsed; a task that declares nothing gets nothing. */
    final class OnUserTasks extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            ((UserTaskActivityBehavior) activity.getActivityBehavior())
                    .getTaskDefinition()
                    .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskFormContext.this::created);
        }
    }

    private void created(DelegateTask task) {
        String trackingNumber = task.getExecution().getProcessBusinessKey();
        if (task.getBpmnModelElementInstance() != null && trackingNumber != null) {
            task.setVariablesLocal(variables(task.getBpmnModelElementInstance(), trackingNumber));
        }
    }

    /**
     * Case {@code trackingNumber}'s documents changed while tasks of it are open (an attachment added to a veteran's
     * application after the visit was offered): those of its open tasks that declare a detail link them anew.
     */
    public void documentsChanged(String trackingNumber) {
        TaskService tasks = engine.getObject().getTaskService();
        RepositoryService models = engine.getObject().getRepositoryService();
        for (Task task : tasks.createTaskQuery()
                .processInstanceBusinessKey(trackingNumber)
                .list()) {
            if (task.getProcessDefinitionId() != null
                    && models.getBpmnModelInstance(task.getProcessDefinitionId())
                                    .getModelElementById(task.getTaskDefinitionKey())
                            instanceof UserTask model) {
                tasks.setVariablesLocal(task.getId(), variables(model, trackingNumber));
            }
        }
    }

    /** What the form of user task {@code model} shows of case {@code trackingNumber}; nothing if it declares none. */
    private Map<String, Object> variables(UserTask model, String trackingNumber) {
        String processKey = processKey(model);
        Map<String, Object> variables = new LinkedHashMap<>();
        StringBuilder links = new StringBuilder();
        for (String name : PersonalDetail.declaredBy(model)) {
            Optional<PersonalDataSource> source = PersonalDetail.of(processKey, name)
                    .flatMap(detail -> sources.orderedStream()
                            .filter(s -> s.detail() == detail)
                            .findFirst());
            if (source.isEmpty()) {
                continue;
            }
            variables.putAll(source.get().taskVariables(trackingNumber));
            links.append(
                    links(source.get().detail(), trackingNumber, source.get().documents(trackingNumber)));
        }
        if (!links.isEmpty()) {
            variables.put(MATERIAL_LINKS, links.toString().strip());
        }
        return variables;
    }

    /** {@code - [身份证：scan.pdf](…/documents/12)（12 KB）}, one line per document. */
    static String links(
            PersonalDetail detail, String trackingNumber, List<PersonalDataSource.DocumentEntry> documents) {
        StringBuilder text = new StringBuilder();
        for (PersonalDataSource.DocumentEntry document : documents) {
            text.append("- [")
                    .append(MarkdownText.escape(document.description()))
                    .append("：")
                    .append(MarkdownText.escape(document.fileName()))
                    .append("](")
                    .append(detail.path(trackingNumber))
                    .append("/documents/")
                    .append(document.id())
                    .append(")（")
                    .append((document.sizeBytes() + 1023) / 1024)
                    .append(" KB）\n");
        }
        return text.toString();
    }

    private static String processKey(ModelElementInstance element) {
        ModelElementInstance scope = element;
        while (scope != null && !(scope instanceof Process)) {
            scope = scope.getParentElement();
        }
        return scope == null ? "" : ((Process) scope).getId();
    }
}
