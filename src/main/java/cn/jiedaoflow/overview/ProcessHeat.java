package cn.jiedaoflow.overview;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.refusal.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A procedure's model as the overview draws it (docs/overview.md): the BPMN of its latest version from the engine's
 * repository, and for each activity its open tasks (of every version: the activity's id stays), how many of those are
 * overdue, and the median duration of its completed instances from the history.
 */
@EngineEdge
@Service
public class ProcessHeat {

    /** The kinds of activity whose duration says something: where a case waits for people or for time. */
    static final List<String> WAITING_ACTIVITIES =
            List.of("userTask", "callActivity", "subProcess", "receiveTask", "intermediateTimer");

    private final RepositoryService repository;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;

    ProcessHeat(RepositoryService repository, TaskService tasks, JdbcTemplate jdbc, WorkingCalendar calendar) {
        this.repository = repository;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** A procedure's model and its activities' figures. */
    public record Diagram(String key, String name, int version, String bpmnXml, List<ActivityHeat> activities) {}

    /** The procedure {@code key}'s model; a key no procedure has is refused as not found. */
    @Transactional(readOnly = true)
    public Diagram of(String key) {
        ProcessDefinition definition = latest(key);
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        return new Diagram(
                key, Overview.nameOf(definition), definition.getVersion(), xml(definition), activities(key, model));
    }

    /** The name of the procedure {@code key}; a key no procedure has is refused as not found. */
    public String nameOf(String key) {
        return Overview.nameOf(latest(key));
    }

    private ProcessDefinition latest(String key) {
        ProcessDefinition definition = key == null
                ? null
                : repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .latestVersion()
                        .singleResult();
        if (definition == null) {
            throw Refusal.notFound("console.overview.notFound", String.valueOf(key));
        }
        return definition;
    }

    private String xml(ProcessDefinition definition) {
        try (InputStream bpmn = repository.getProcessModel(definition.getId())) {
            return new String(bpmn.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The activities of the latest model with an open task or a completed instance, in the model's order. */
    private List<ActivityHeat> activities(String key, BpmnModelInstance model) {
        Instant now = calendar.now();
        Map<String, long[]> open = new TreeMap<>();
        for (Task task : tasks.createTaskQuery().processDefinitionKey(key).list()) {
            long[] counts = open.computeIfAbsent(task.getTaskDefinitionKey(), id -> new long[2]);
            counts[0]++;
            if (task.getDueDate() != null
                    && DueTally.isOverdue(task.getDueDate().toInstant(), now)) {
                counts[1]++;
            }
        }
        Map<String, List<Long>> durations = new TreeMap<>();
        jdbc.query(
                "SELECT ACT_ID_, DURATION_ FROM ACT_HI_ACTINST WHERE PROC_DEF_KEY_ = ? AND END_TIME_ IS NOT NULL"
                        + " AND DURATION_ IS NOT NULL AND ACT_TYPE_ IN (?, ?, ?, ?, ?)",
                row -> {
                    durations
                            .computeIfAbsent(row.getString(1), id -> new ArrayList<>())
                            .add(row.getLong(2));
                },
                key,
                WAITING_ACTIVITIES.get(0),
                WAITING_ACTIVITIES.get(1),
                WAITING_ACTIVITIES.get(2),
                WAITING_ACTIVITIES.get(3),
                WAITING_ACTIVITIES.get(4));
        List<ActivityHeat> heat = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String id = node.getId();
            long[] counts = open.getOrDefault(id, new long[2]);
            List<Long> done = durations.getOrDefault(id, List.of());
            if (counts[0] > 0 || !done.isEmpty()) {
                heat.add(new ActivityHeat(id, node.getName(), counts[0], counts[1], ActivityHeat.median(done)));
            }
        }
        return heat;
    }
}
