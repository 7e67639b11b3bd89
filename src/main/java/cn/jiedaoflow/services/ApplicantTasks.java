package cn.jiedaoflow.services;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.cases.MyCases;
import cn.jiedaoflow.catalog.FormAnswers;
import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.catalog.MatterForms;
import cn.jiedaoflow.engine.CandidateGroups;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;

/**
 * The steps a model offers to a case's own applicant (candidate group {@code applicant}): a resident or an enterprise
 * sees those of their own cases, opens one with its form and the case's values the model lets it show, and completes
 * it with answers checked against the form on the server. Another's step and one that is no longer open answer the
 * same 404 as an unknown one. Staff never complete these steps (403): they are the applicant's.
 */
@EngineEdge
@Service
public class ApplicantTasks {

    /** The user task's extension property listing the case's variables its form shows the applicant. */
    static final String SEES = "applicantSees";

    static final String PAGE = "/my/tasks/";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final MyCases myCases;
    private final ServiceForms forms;
    private final WorkingCalendar calendar;
    private final AuditLog audit;

    ApplicantTasks(
            TaskService tasks,
            RuntimeService runtime,
            RepositoryService repository,
            MyCases myCases,
            ServiceForms forms,
            WorkingCalendar calendar,
            AuditLog audit) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.myCases = myCases;
        this.forms = forms;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** The open steps of the caller's cases, oldest first. */
    public List<ApplicantTask> of(Caller caller, Locale locale) {
        Set<String> mine = myCases.of(caller, locale).stream()
                .map(MyCases.CaseLine::trackingNumber)
                .collect(Collectors.toSet());
        if (mine.isEmpty()) {
            return List.of();
        }
        return tasks
                .createTaskQuery()
                .taskCandidateGroup(CandidateGroups.APPLICANT)
                .active()
                .processInstanceBusinessKeyIn(mine.toArray(String[]::new))
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(task -> summary(task, businessKey(task)))
                .toList();
    }

    /** The open steps of the caller's case {@code trackingNumber}, oldest first; none for another's case. */
    public List<ApplicantTask> onCase(Caller caller, String trackingNumber, Locale locale) {
        if (trackingNumber == null
                || myCases.detail(caller, trackingNumber, locale).isEmpty()) {
            return List.of();
        }
        return tasks
                .createTaskQuery()
                .taskCandidateGroup(CandidateGroups.APPLICANT)
                .active()
                .processInstanceBusinessKey(trackingNumber)
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(task -> summary(task, trackingNumber))
                .toList();
    }

    /** One open step of the caller's, with its form and the values it shows; another's or none: 404. */
    public ApplicantTask one(Caller caller, String taskId, Locale locale) {
        return find(caller, taskId, locale).orElseThrow(() -> Refusal.notFound("services.task.notFound"));
    }

    /** One open step of the caller's, with its form and the values it shows; empty for another's and for none. */
    public Optional<ApplicantTask> find(Caller caller, String taskId, Locale locale) {
        return owned(caller, taskId, locale).map(task -> {
            ApplicantTask summary = summary(task, businessKey(task));
            return new ApplicantTask(
                    summary.id(),
                    summary.name(),
                    summary.trackingNumber(),
                    summary.createdAt(),
                    summary.due(),
                    summary.pagePath(),
                    forms.taskForm(task.getId()),
                    shown(task));
        });
    }

    /** Completes the caller's open step with answers its form accepts; personal data goes to the engine masked. */
    ApplicantTask complete(Caller caller, String taskId, TaskAnswer answer, Locale locale) {
        Task task = owned(caller, taskId, locale).orElseThrow(() -> Refusal.notFound("services.task.notFound"));
        String trackingNumber = businessKey(task);
        List<FormField> fields = MatterForms.fieldsOf(forms.taskForm(task.getId()));
        Map<String, Object> answers = FormAnswers.checked(fields, answer.data(), "services.task.invalid");
        List<Map<String, Object>> missing = FormAnswers.missing(fields, answers);
        if (!missing.isEmpty()) {
            throw Refusal.badFields("services.task.missing", missing, FormAnswers.labels(missing));
        }
        Map<String, Object> variables = ServiceApplications.forTheEngine(fields, answers);
        ApplicantTask done = summary(task, trackingNumber);
        tasks.complete(task.getId(), variables);
        audit.record(
                "account:" + caller.accountId(),
                "APPLICANT_STEP_COMPLETED",
                "application:" + trackingNumber,
                task.getTaskDefinitionKey());
        return done;
    }

    private Optional<Task> owned(Caller caller, String taskId, Locale locale) {
        MyCases.requireNotStaff(caller);
        Task task = taskId == null || !taskId.matches("[0-9a-zA-Z-]{1,64}")
                ? null
                : tasks.createTaskQuery()
                        .taskId(taskId)
                        .taskCandidateGroup(CandidateGroups.APPLICANT)
                        .active()
                        .singleResult();
        if (task == null || myCases.detail(caller, businessKey(task), locale).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(task);
    }

    private String businessKey(Task task) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private ApplicantTask summary(Task task, String trackingNumber) {
        return new ApplicantTask(
                task.getId(),
                task.getName(),
                trackingNumber,
                calendar.local(task.getCreateTime().toInstant()),
                task.getDueDate() == null
                        ? null
                        : calendar.local(task.getDueDate().toInstant()),
                PAGE + task.getId(),
                null,
                null);
    }

    /** The case's values the step's model lets its form show: plain values only, dates on the office's clock. */
    private Map<String, Object> shown(Task task) {
        UserTask element = repository
                .getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        List<String> names = StartableProcesses.property(element, SEES)
                .map(CandidateGroups::split)
                .orElse(List.of());
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put(ServiceApplications.VAR_TRACKING_NUMBER, businessKey(task));
        if (!names.isEmpty()) {
            tasks.getVariables(task.getId(), names)
                    .forEach((name, value) -> plain(value).ifPresent(plain -> shown.put(name, plain)));
        }
        return shown;
    }

    private Optional<Object> plain(Object value) {
        if (value instanceof Date date) {
            return Optional.of(calendar.shown(date.toInstant()));
        }
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? Optional.of(value)
                : Optional.empty();
    }
}
