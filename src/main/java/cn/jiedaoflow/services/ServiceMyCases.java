package cn.jiedaoflow.services;

import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.cases.MyCase;
import cn.jiedaoflow.cases.MyCaseSource;
import cn.jiedaoflow.engine.CandidateGroups;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.people.Caller;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The generic door's cases in their applicant's "my cases": the procedure's name from its model, whether it is
 * running, waiting for the applicant (a step offered to {@code applicant} is open, with its due date) or ended, and
 * every user task of the model in the timeline once completed.
 */
@EngineEdge
@Component
class ServiceMyCases implements MyCaseSource {

    static final String RUNNING = "RUNNING";
    static final String WAITING_FOR_YOU = "WAITING_FOR_YOU";
    static final String ENDED = "ENDED";

    private final CaseAccess access;
    private final ServiceApplicationRepository applications;
    private final StartableProcesses processes;
    private final HistoryService history;
    private final TaskService tasks;

    ServiceMyCases(
            CaseAccess access,
            ServiceApplicationRepository applications,
            StartableProcesses processes,
            HistoryService history,
            TaskService tasks) {
        this.access = access;
        this.applications = applications;
        this.processes = processes;
        this.history = history;
        this.tasks = tasks;
    }

    @Override
    public String prefix() {
        return ServiceApplications.TRACKING_NUMBER_PREFIX;
    }

    @Override
    public List<MyCase> casesOf(Caller applicant) {
        return access.listed(applicant, applications, Sort.by("id")).stream()
                .map(this::of)
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public Optional<MyCase> caseOf(Caller applicant, String trackingNumber) {
        return applications
                .findByTrackingNumber(trackingNumber)
                .filter(application -> access.isApplicant(applicant, application.header()))
                .flatMap(this::of);
    }

    private Optional<MyCase> of(ServiceApplication application) {
        return processes.ofDefinition(application.getProcessDefinitionId()).map(process -> {
            List<Task> waiting = application.getProcessInstanceId() == null
                    ? List.of()
                    : tasks.createTaskQuery()
                            .processInstanceId(application.getProcessInstanceId())
                            .taskCandidateGroup(CandidateGroups.APPLICANT)
                            .active()
                            .orderByTaskCreateTime()
                            .asc()
                            .list();
            List<MyCase.Deadline> deadlines = waiting.stream()
                    .filter(task -> task.getDueDate() != null)
                    .map(task -> new MyCase.Deadline(
                            "applicantStep", task.getDueDate().toInstant(), false))
                    .toList();
            return new MyCase(
                    application.getTrackingNumber(),
                    application.getProcessInstanceId(),
                    process.name(),
                    status(application, !waiting.isEmpty()),
                    application.getSubmittedAt(),
                    deadlines,
                    Set.copyOf(process.shownSteps()));
        });
    }

    private String status(ServiceApplication application, boolean waitingForYou) {
        if (waitingForYou) {
            return WAITING_FOR_YOU;
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(application.getProcessInstanceId())
                .singleResult();
        return instance == null || instance.getEndTime() == null ? RUNNING : ENDED;
    }
}
