package cn.jiedaoflow.bench;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds the engine's tables by SQL (PostgreSQL, generate_series), modelled on a task the engine itself
 * created: its process definition, task definition, name and the task authorization the engine gives a
 * candidate group. Per open task: a process instance (one execution), the task, its candidate-group link,
 * the group's task authorization, and their history (process instance, task instance). Per finished
 * instance: a completed historic process instance and its completed historic task. Ids are prefixed
 * {@code bench-} so that seeded rows never meet real ones.
 */
final class EngineSeed {

    private final JdbcTemplate jdbc;
    private final String groups;
    private final int groupCount;
    private final String procDefId;
    private final String procDefKey;
    private final String taskDefKey;
    private final String taskName;
    private final int authorizationType;
    private final int authorizationPerms;

    private EngineSeed(JdbcTemplate jdbc, List<String> groups, Map<String, Object> template) {
        this.jdbc = jdbc;
        this.groups = "{" + String.join(",", groups) + "}";
        this.groupCount = groups.size();
        this.procDefId = (String) template.get("proc_def_id_");
        this.procDefKey = (String) template.get("key_");
        this.taskDefKey = (String) template.get("task_def_key_");
        this.taskName = (String) template.get("name_");
        this.authorizationType = ((Number) template.get("type_")).intValue();
        this.authorizationPerms = ((Number) template.get("perms_")).intValue();
    }

    /** Models the seed on an open task the engine created for a candidate group, with that group's authorization. */
    static EngineSeed fromRealTask(JdbcTemplate jdbc, List<String> groups) {
        Map<String, Object> template = jdbc.queryForMap("select t.proc_def_id_, d.key_, t.task_def_key_, t.name_,"
                + " a.type_, a.perms_ from act_ru_task t"
                + " join act_re_procdef d on d.id_ = t.proc_def_id_"
                + " join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate'"
                + " join act_ru_authorization a on a.resource_type_ = 7 and a.resource_id_ = t.id_"
                + " and a.group_id_ = l.group_id_"
                + " where t.id_ not like 'bench-%' order by t.create_time_ limit 1");
        return new EngineSeed(jdbc, groups, template);
    }

    /** Open tasks numbered from (exclusive) … to (inclusive). */
    void openTasks(long from, long to) {
        if (to <= from) {
            return;
        }
        String series = " from generate_series(" + (from + 1) + ", " + to + ") g";
        jdbc.update(
                "insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_,"
                        + " proc_def_id_, act_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_,"
                        + " suspension_state_,"
                        + " cached_ent_state_, sequence_counter_, proc_def_key_)"
                        + " select 'bench-pi-' || g, 1, 'bench-pi-' || g, 'bench-pi-' || g, 'BENCH-' || g, ?, ?,"
                        + " true, false,"
                        + " true, false, 1, 0, 1, ?" + series,
                procDefId,
                taskDefKey,
                procDefKey);
        jdbc.update(
                "insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_,"
                        + " task_def_key_, assignee_, priority_, create_time_, due_date_, suspension_state_,"
                        + " task_state_)"
                        + " select 'bench-t-' || g, 1, 'bench-pi-' || g, 'bench-pi-' || g, ?, ?, ?,"
                        + " case when g % 50 = 7 then 'bench-other-' || (g % 13) end, 50,"
                        + " localtimestamp - (g % 20000) * interval '1 minute',"
                        + " case when g % 10 <> 3 then localtimestamp + ((g * 7919) % 129600 - 20000) * interval"
                        + " '1 minute' end,"
                        + " 1, 'Created'" + series,
                procDefId,
                taskName,
                taskDefKey);
        jdbc.update(
                "insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)"
                        + " select 'bench-l-' || g, 1, (cast(? as varchar[]))[g % ? + 1], 'candidate', 'bench-t-' || g"
                        + series,
                groups,
                groupCount);
        jdbc.update(
                "insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_,"
                        + " perms_, root_proc_inst_id_)"
                        + " select 'bench-a-' || g, 1, ?, (cast(? as varchar[]))[g % ? + 1], 7, 'bench-t-' || g, ?,"
                        + " 'bench-pi-' || g" + series,
                authorizationType,
                groups,
                groupCount,
                authorizationPerms);
        jdbc.update(
                "insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_,"
                        + " start_time_, start_act_id_, root_proc_inst_id_, state_)"
                        + " select 'bench-pi-' || g, 'bench-pi-' || g, 'BENCH-' || g, ?, ?,"
                        + " localtimestamp - (g % 20000) * interval '1 minute', 'StartEvent_Received', 'bench-pi-'"
                        + " || g,"
                        + " 'ACTIVE'" + series,
                procDefKey,
                procDefId);
        jdbc.update(
                "insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_,"
                        + " proc_inst_id_, execution_id_, name_, priority_, start_time_, task_state_)"
                        + " select 'bench-t-' || g, ?, ?, ?, 'bench-pi-' || g, 'bench-pi-' || g, 'bench-pi-' || g,"
                        + " ?, 50,"
                        + " localtimestamp - (g % 20000) * interval '1 minute', 'Created'" + series,
                taskDefKey,
                procDefKey,
                procDefId,
                taskName);
    }

    /** Finished process instances numbered from (exclusive) … to (inclusive), each with one completed task. */
    void finishedInstances(long from, long to) {
        if (to <= from) {
            return;
        }
        String series = " from (select g, localtimestamp - (g % 2000000) * interval '15 second' as ended"
                + " from generate_series(" + (from + 1) + ", " + to + ") g) s";
        jdbc.update(
                "insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_,"
                        + " start_time_, end_time_, removal_time_, duration_, start_act_id_, end_act_id_,"
                        + " root_proc_inst_id_,"
                        + " state_)"
                        + " select 'bench-h-' || g, 'bench-h-' || g, 'BENCH-H-' || g, ?, ?, ended - interval '10"
                        + " day', ended,"
                        + " ended + interval '3650 day', 864000000, 'StartEvent_Received', 'EndEvent_Done',"
                        + " 'bench-h-' || g,"
                        + " 'COMPLETED'" + series,
                procDefKey,
                procDefId);
        jdbc.update(
                "insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_,"
                        + " proc_inst_id_, execution_id_, name_, assignee_, priority_, start_time_, end_time_,"
                        + " duration_,"
                        + " delete_reason_, due_date_, removal_time_, task_state_)"
                        + " select 'bench-ht-' || g, ?, ?, ?, 'bench-h-' || g, 'bench-h-' || g, 'bench-h-' || g, ?,"
                        + " 'bench-clerk-' || (g % 40), 50, ended - interval '9 day', ended - interval '1 day',"
                        + " 691200000,"
                        + " 'completed', ended - interval '2 day', ended + interval '3650 day', 'Completed'" + series,
                taskDefKey,
                procDefKey,
                procDefId,
                taskName);
    }

    /**
     * The grants that let the people who worked on a case read its history ({@code CaseHistoryAuthorizations}):
     * per open task its candidate group, per finished instance the group of its task and the clerk who completed
     * it — READ on the historic process instance (resource type 20), with the case's removal time where it has one.
     */
    void caseHistoryGrants(long openTasks, long finishedInstances) {
        jdbc.update(
                "insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_,"
                        + " perms_, root_proc_inst_id_)"
                        + " select 'bench-cg-' || g, 1, 1, (cast(? as varchar[]))[g % ? + 1], 20, 'bench-pi-' || g, 2,"
                        + " 'bench-pi-' || g from generate_series(1, " + openTasks + ") g",
                groups,
                groupCount);
        jdbc.update(
                "insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_,"
                        + " perms_, root_proc_inst_id_, removal_time_)"
                        + " select 'bench-hg-' || g, 1, 1, (cast(? as varchar[]))[g % ? + 1], 20, 'bench-h-' || g, 2,"
                        + " 'bench-h-' || g, localtimestamp + interval '3650 day' from generate_series(1, "
                        + finishedInstances
                        + ") g",
                groups,
                groupCount);
        jdbc.update("insert into act_ru_authorization (id_, rev_, type_, user_id_, resource_type_, resource_id_,"
                + " perms_, root_proc_inst_id_, removal_time_)"
                + " select 'bench-hu-' || g, 1, 1, 'bench-clerk-' || (g % 40), 20, 'bench-h-' || g, 2, 'bench-h-' || g,"
                + " localtimestamp + interval '3650 day' from generate_series(1, " + finishedInstances + ") g");
    }

    void removeCaseHistoryGrants() {
        jdbc.update("delete from act_ru_authorization where resource_type_ = 20 and (id_ like 'bench-cg-%'"
                + " or id_ like 'bench-hg-%' or id_ like 'bench-hu-%')");
    }

    /** Removes every seeded row, so that a benchmark starts from the real rows alone. */
    void removeSeeded() {
        for (String table : List.of(
                "act_ru_identitylink",
                "act_ru_authorization",
                "act_ru_task",
                "act_ru_execution",
                "act_hi_taskinst",
                "act_hi_procinst")) {
            jdbc.update("delete from " + table + " where id_ like 'bench-%'");
        }
    }
}
