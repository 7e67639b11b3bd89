package cn.jiedaoflow.engine;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the tasks that were open before {@link CaseHistoryAuthorizations} granted READ on a running case the grant
 * their creation makes today: at every start, each candidate group and assignee of an open task without it gets READ on
 * the task's process instance, so that Tasklist's rows show the case's tracking number and applicant at once after an
 * upgrade. A database that has only known the rule finds nothing to do.
 */
@Component
class OpenCaseGrants implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(OpenCaseGrants.class);
    private static final int PROCESS_INSTANCE = Resources.PROCESS_INSTANCE.resourceType();

    private final AuthorizationService authorizations;
    private final JdbcTemplate jdbc;

    OpenCaseGrants(AuthorizationService authorizations, JdbcTemplate jdbc) {
        this.authorizations = authorizations;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String[]> groups = jdbc.query(
                "select distinct t.proc_inst_id_, l.group_id_ from act_ru_task t"
                        + " join act_ru_identitylink l on l.task_id_ = t.id_"
                        + " where t.proc_inst_id_ is not null and l.type_ = 'candidate' and l.group_id_ is not null"
                        + " and not exists (select 1 from act_ru_authorization a where a.type_ = 1"
                        + " and a.group_id_ = l.group_id_ and a.resource_type_ = ?"
                        + " and a.resource_id_ = t.proc_inst_id_)",
                (row, i) -> new String[] {row.getString(1), row.getString(2)},
                PROCESS_INSTANCE);
        List<String[]> assignees = jdbc.query(
                "select distinct t.proc_inst_id_, t.assignee_ from act_ru_task t"
                        + " where t.proc_inst_id_ is not null and t.assignee_ is not null"
                        + " and not exists (select 1 from act_ru_authorization a where a.type_ = 1"
                        + " and a.user_id_ = t.assignee_ and a.resource_type_ = ?"
                        + " and a.resource_id_ = t.proc_inst_id_)",
                (row, i) -> new String[] {row.getString(1), row.getString(2)},
                PROCESS_INSTANCE);
        groups.forEach(grant -> grant(grant[0], null, grant[1]));
        assignees.forEach(grant -> grant(grant[0], grant[1], null));
        if (!groups.isEmpty() || !assignees.isEmpty()) {
            LOG.info(
                    "open cases made readable to the people working them: {} group and {} user grants",
                    groups.size(),
                    assignees.size());
        }
    }

    private void grant(String processInstanceId, String userId, String groupId) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setGroupId(groupId);
        grant.setResource(Resources.PROCESS_INSTANCE);
        grant.setResourceId(processInstanceId);
        grant.addPermission(ProcessInstancePermissions.READ);
        authorizations.saveAuthorization(grant);
    }
}
