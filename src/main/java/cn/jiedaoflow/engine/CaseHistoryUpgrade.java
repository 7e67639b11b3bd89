package cn.jiedaoflow.engine;

import cn.jiedaoflow.people.StaffGroup;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves a database from definition-wide history rights to case-level ones, once: while any group other than
 * {@code leaders} and the administrators still may read the whole history of a process definition, every group and
 * user that worked on a case (a candidate group of one of its tasks, or its assignee) first gets the case-level
 * grant that {@link CaseHistoryAuthorizations} gives new tasks, and then the definition-wide right is taken back.
 * A start that finds no such right does nothing. Interrupted half-way, the next start does it again: a grant that
 * exists is not made twice.
 */
@Component
class CaseHistoryUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(CaseHistoryUpgrade.class);
    private static final Set<String> READ_EVERYTHING =
            Set.of(StaffGroup.LEADERS.id(), StaffGroup.ADMINISTRATORS.id(), Groups.CAMUNDA_ADMIN);
    private static final int BATCH = 500;

    private final AuthorizationService authorizations;
    private final ProcessEngineConfigurationImpl engine;
    private final JdbcTemplate jdbc;

    CaseHistoryUpgrade(AuthorizationService authorizations, ProcessEngineConfigurationImpl engine, JdbcTemplate jdbc) {
        this.authorizations = authorizations;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    void takeBackDefinitionWideHistory() {
        List<Authorization> wide = authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.PROCESS_DEFINITION)
                .hasPermission(ProcessDefinitionPermissions.READ_HISTORY)
                .list()
                .stream()
                .filter(grant -> grant.getGroupId() != null && !READ_EVERYTHING.contains(grant.getGroupId()))
                .toList();
        if (wide.isEmpty()) {
            return;
        }
        int made = grantCaseWorkers();
        for (Authorization grant : wide) {
            grant.removePermission(ProcessDefinitionPermissions.READ_HISTORY);
            authorizations.saveAuthorization(grant);
        }
        LOG.info(
                "history rights moved to the cases: {} case-level grants made for the groups and users who worked on"
                        + " them, the definition-wide right taken back from {} grants",
                made,
                wide.size());
    }

    /** The case-level grants of every task ever created, as its creation would have made them today. */
    private int grantCaseWorkers() {
        List<Worker> workers = new ArrayList<>();
        // a candidate group of any task of the case, while it was open
        workers.addAll(jdbc.query(
                "select distinct t.proc_inst_id_, t.root_proc_inst_id_, l.group_id_"
                        + " from act_hi_taskinst t join act_hi_identitylink l on l.task_id_ = t.id_"
                        + " where t.proc_inst_id_ is not null and l.type_ = 'candidate' and l.group_id_ is not null"
                        + " and l.operation_type_ = 'add'",
                (row, i) -> new Worker(row.getString(1), row.getString(2), null, row.getString(3))));
        // the user a task was assigned to, or who completed it
        workers.addAll(jdbc.query(
                "select distinct proc_inst_id_, root_proc_inst_id_, assignee_ from act_hi_taskinst"
                        + " where proc_inst_id_ is not null and assignee_ is not null",
                (row, i) -> new Worker(row.getString(1), row.getString(2), row.getString(3), null)));
        int made = 0;
        for (int from = 0; from < workers.size(); from += BATCH) {
            List<Worker> batch = workers.subList(from, Math.min(workers.size(), from + BATCH));
            made += engine.getCommandExecutorTxRequired().execute(context -> grant(context, batch));
        }
        return made;
    }

    private int grant(CommandContext context, List<Worker> batch) {
        AuthorizationManager manager = context.getAuthorizationManager();
        List<AuthorizationEntity> made = new ArrayList<>();
        for (Worker worker : batch) {
            AuthorizationEntity existing = worker.groupId() != null
                    ? manager.findAuthorizationByGroupIdAndResourceId(
                            Authorization.AUTH_TYPE_GRANT,
                            worker.groupId(),
                            Resources.HISTORIC_PROCESS_INSTANCE,
                            worker.processInstanceId())
                    : manager.findAuthorizationByUserIdAndResourceId(
                            Authorization.AUTH_TYPE_GRANT,
                            worker.userId(),
                            Resources.HISTORIC_PROCESS_INSTANCE,
                            worker.processInstanceId());
            if (existing != null) {
                if (!existing.isPermissionGranted(HistoricProcessInstancePermissions.READ)) {
                    existing.addPermission(HistoricProcessInstancePermissions.READ);
                    made.add(existing);
                }
                continue;
            }
            AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(worker.groupId());
            grant.setUserId(worker.userId());
            grant.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
            grant.setResourceId(worker.processInstanceId());
            grant.addPermission(HistoricProcessInstancePermissions.READ);
            grant.setRootProcessInstanceId(worker.rootProcessInstanceId());
            grant.setRemovalTime(removalTime(worker.rootProcessInstanceId()));
            made.add(grant);
        }
        manager.saveDefaultAuthorizations(made.toArray(AuthorizationEntity[]::new));
        return made.size();
    }

    /** The case's removal time, so that the history cleanup removes the grant with the case. */
    private java.util.Date removalTime(String rootProcessInstanceId) {
        if (rootProcessInstanceId == null) {
            return null;
        }
        List<Timestamp> times = jdbc.queryForList(
                "select removal_time_ from act_hi_procinst where id_ = ?", Timestamp.class, rootProcessInstanceId);
        return times.isEmpty() || times.get(0) == null
                ? null
                : new java.util.Date(times.get(0).getTime());
    }

    private record Worker(String processInstanceId, String rootProcessInstanceId, String userId, String groupId) {}
}
