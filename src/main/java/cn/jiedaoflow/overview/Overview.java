package cn.jiedaoflow.overview;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.people.StaffGroup;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the leaders' overview (docs/overview.md) from the engine's queries and its history, and from what each
 * procedure says of its time limits and ratings ({@link ServiceLevels}). Read only; nothing here decides who may see
 * it (the console's section and the metrics' door do).
 */
@EngineEdge
@Service
public class Overview {

    /** The candidate group of an applicant's own step (the portal's), which is no staff group. */
    static final String APPLICANT = "applicant";

    static final String APPLICANT_NAME = "申请人";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final List<ServiceLevels> serviceLevels;

    Overview(
            RepositoryService repository,
            RuntimeService runtime,
            TaskService tasks,
            JdbcTemplate jdbc,
            WorkingCalendar calendar,
            List<ServiceLevels> serviceLevels) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.serviceLevels = List.copyOf(serviceLevels);
    }

    /** The figures now, by the engine's clock. */
    @Transactional(readOnly = true)
    public OverviewFigures figures() {
        Instant now = calendar.now();
        DueTally due = DueTally.of(dueBy(DueTally.endOfToday(now, calendar.zone())), now, calendar.zone());
        SlaLights lights = SlaLights.NONE;
        Map<Integer, Long> scores = new HashMap<>();
        for (ServiceLevels levels : serviceLevels) {
            lights = lights.plus(levels.lights(now));
            levels.ratingsByScore().forEach((score, n) -> scores.merge(score, n, Long::sum));
        }
        RatingTally ratings = RatingTally.of(scores);
        return new OverviewFigures(
                now,
                calendar.shown(now),
                byProcedure(),
                byDepartment(),
                due.dueToday(),
                due.overdue(),
                lights.yellow(),
                lights.red(),
                ratings.count(),
                ratings.average(),
                ratings.poor(),
                MonthTally.of(startedSince(MonthTally.from(now, calendar.zone())), now, calendar.zone()));
    }

    /** The latest version of every procedure deployed, by name. */
    List<ProcessDefinition> procedures() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .sorted(Comparator.comparing(Overview::nameOf))
                .toList();
    }

    /** The procedures deployed (key and name, no count), by name, for the links to their models. */
    @Transactional(readOnly = true)
    public List<Count> procedureNames() {
        return procedures().stream()
                .map(definition -> new Count(definition.getKey(), nameOf(definition), 0))
                .toList();
    }

    static String nameOf(ProcessDefinition definition) {
        return Objects.requireNonNullElse(definition.getName(), definition.getKey());
    }

    /** The Chinese name of a candidate group, never its id; the applicant's step is the applicant's. */
    static String groupName(String groupId) {
        if (APPLICANT.equals(groupId)) {
            return APPLICANT_NAME;
        }
        return StaffGroup.byId(groupId).map(StaffGroup::nameZh).orElse(groupId);
    }

    /** Each procedure's running cases (its own process instances, not those another case called), most first. */
    private List<Count> byProcedure() {
        List<Count> counts = new ArrayList<>();
        for (ProcessDefinition definition : procedures()) {
            long open = runtime.createProcessInstanceQuery()
                    .processDefinitionKey(definition.getKey())
                    .rootProcessInstances()
                    .count();
            counts.add(new Count(definition.getKey(), nameOf(definition), open));
        }
        return mostFirst(counts);
    }

    /** Each group's cases with an open task of which it is a candidate (claimed or not), most first. */
    private List<Count> byDepartment() {
        List<String> groups = new ArrayList<>();
        for (StaffGroup group : StaffGroup.values()) {
            groups.add(group.id());
        }
        groups.add(APPLICANT);
        List<Count> counts = new ArrayList<>();
        for (String group : groups) {
            long cases = tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().list().stream()
                    .map(Task::getProcessInstanceId)
                    .distinct()
                    .count();
            if (cases > 0) {
                counts.add(new Count(group, groupName(group), cases));
            }
        }
        return mostFirst(counts);
    }

    /** The due dates of the open tasks due no later than {@code latest}. */
    private List<Instant> dueBy(Instant latest) {
        return tasks.createTaskQuery().dueBefore(Date.from(latest.plusMillis(1))).list().stream()
                .map(task -> task.getDueDate().toInstant())
                .toList();
    }

    /** When each case (a process instance no other case called) was started since {@code from}, from the history. */
    private List<Instant> startedSince(Instant from) {
        return jdbc.query(
                "SELECT START_TIME_ FROM ACT_HI_PROCINST WHERE SUPER_PROCESS_INSTANCE_ID_ IS NULL AND START_TIME_ >= ?",
                (row, n) -> row.getTimestamp(1).toInstant(),
                Timestamp.from(from));
    }

    private static List<Count> mostFirst(List<Count> counts) {
        return counts.stream()
                .sorted(Comparator.comparingLong(Count::value).reversed().thenComparing(Count::name))
                .toList();
    }
}
