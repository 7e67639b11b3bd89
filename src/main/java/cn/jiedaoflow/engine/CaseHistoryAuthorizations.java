package cn.jiedaoflow.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Who may read a case's history: the people who work on it, nothing wider. When a task gets a candidate group, that
 * group may read the history of the task's process instance (its variables, its activities, its other tasks); so may
 * the user the task is assigned to, and — through {@link CaseWorkerHistoryListener} — the user who completes it. They
 * keep it after the task ends. While they have an open task of the case, the same people may read its running
 * instance and so its variables, which Tasklist's rows show ({@link #caseGrant}); the grant goes with their last open
 * task of the case ({@link #endCaseGrants}). {@code leaders} read every case through a grant on every
 * process definition ({@link ModelAuthorizations}); no other group holds a definition-wide history right.
 *
 * <p>The grants are the engine's own authorizations on {@code HISTORIC_PROCESS_INSTANCE} (historic instance
 * permissions are on, {@link EngineSettingsPlugin}), made as the engine makes its task grants — beside them, in the
 * same transaction, with the case's removal time, so that the history cleanup removes them with the case.
 */
class CaseHistoryAuthorizations extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        return with(
                super.newTaskGroupIdentityLink(task, groupId, type),
                caseHistoryGrant(task, null, groupId),
                caseGrant(task, null, groupId));
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        return with(
                super.newTaskUserIdentityLink(task, userId, type),
                caseHistoryGrant(task, userId, null),
                caseGrant(task, userId, null));
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        AuthorizationEntity[] taskGrants = super.newTaskAssignee(task, oldAssignee, newAssignee);
        return newAssignee == null
                ? taskGrants
                : with(taskGrants, caseHistoryGrant(task, newAssignee, null), caseGrant(task, newAssignee, null));
    }

    /**
     * The grant (new, or the existing one with READ added) that lets the user or the group read the history of the
     * task's process instance; {@code null} for a task outside a process instance.
     */
    AuthorizationEntity caseHistoryGrant(Task task, String userId, String groupId) {
        String processInstanceId = task.getProcessInstanceId();
        if (processInstanceId == null) {
            return null;
        }
        AuthorizationEntity existing = groupId != null
                ? getGrantAuthorizationByGroupId(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId)
                : getGrantAuthorizationByUserId(userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId);
        if (existing != null) {
            if (existing.isPermissionGranted(HistoricProcessInstancePermissions.READ)) {
                return null;
            }
            addPermissions(existing, HistoricProcessInstancePermissions.READ);
            return existing;
        }
        AuthorizationEntity grant = createAuthorization(
                userId,
                groupId,
                Resources.HISTORIC_PROCESS_INSTANCE,
                processInstanceId,
                HistoricProcessInstancePermissions.READ);
        provideRemovalTime(grant, task);
        return grant;
    }

    /**
     * The grant (new, or the existing one with READ added) that lets the user or the group read the running process
     * instance of the task — the same case as the history grant, while it runs — so that Tasklist's rows show its
     * variables (tracking number, applicant, matter or estate); {@code null} for a task outside a process instance.
     * The engine removes it when the case ends.
     */
    AuthorizationEntity caseGrant(Task task, String userId, String groupId) {
        String processInstanceId = task.getProcessInstanceId();
        if (processInstanceId == null) {
            return null;
        }
        AuthorizationEntity existing = groupId != null
                ? getGrantAuthorizationByGroupId(groupId, Resources.PROCESS_INSTANCE, processInstanceId)
                : getGrantAuthorizationByUserId(userId, Resources.PROCESS_INSTANCE, processInstanceId);
        if (existing != null) {
            if (existing.isPermissionGranted(ProcessInstancePermissions.READ)) {
                return null;
            }
            addPermissions(existing, ProcessInstancePermissions.READ);
            return existing;
        }
        return createAuthorization(
                userId, groupId, Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.READ);
    }

    /** Saves the grant that lets the user who just completed the task read its case, inside the engine's command. */
    static void grantCompleter(Task task, String userId) {
        CaseHistoryAuthorizations provider = (CaseHistoryAuthorizations)
                Context.getProcessEngineConfiguration().getResourceAuthorizationProvider();
        AuthorizationEntity grant = provider.caseHistoryGrant(task, userId, null);
        if (grant != null) {
            Context.getCommandContext()
                    .getAuthorizationManager()
                    .saveDefaultAuthorizations(new AuthorizationEntity[] {grant});
        }
    }

    /**
     * Takes back the running-case grant ({@link #caseGrant}) of the task's candidate groups and assignee when the task
     * ends (completed, or deleted with its case), unless another open task of the case is theirs too: the case's
     * running variables are read while one works on it, the same as the task's own variables, nothing wider. The
     * history grant stays.
     */
    static void endCaseGrants(TaskEntity task) {
        String processInstanceId = task.getProcessInstanceId();
        if (processInstanceId == null) {
            return;
        }
        CaseHistoryAuthorizations provider = (CaseHistoryAuthorizations)
                Context.getProcessEngineConfiguration().getResourceAuthorizationProvider();
        List<TaskEntity> others =
                Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(processInstanceId).stream()
                        .filter(other -> !other.getId().equals(task.getId()))
                        .toList();
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            String groupId = link.getGroupId();
            if (groupId != null
                    && IdentityLinkType.CANDIDATE.equals(link.getType())
                    && others.stream().noneMatch(other -> hasCandidateGroup(other, groupId))) {
                provider.revokeCaseRead(provider.getGrantAuthorizationByGroupId(
                        groupId, Resources.PROCESS_INSTANCE, processInstanceId));
            }
        }
        String assignee = task.getAssignee();
        if (assignee != null && others.stream().noneMatch(other -> assignee.equals(other.getAssignee()))) {
            provider.revokeCaseRead(
                    provider.getGrantAuthorizationByUserId(assignee, Resources.PROCESS_INSTANCE, processInstanceId));
        }
    }

    private static boolean hasCandidateGroup(TaskEntity task, String groupId) {
        return task.getIdentityLinks().stream()
                .anyMatch(
                        link -> groupId.equals(link.getGroupId()) && IdentityLinkType.CANDIDATE.equals(link.getType()));
    }

    private void revokeCaseRead(AuthorizationEntity grant) {
        if (grant == null || !grant.isPermissionGranted(ProcessInstancePermissions.READ)) {
            return;
        }
        grant.removePermission(ProcessInstancePermissions.READ);
        // nothing left to grant (the bits, not getPermissions(Permission[]), which counts NONE as granted)
        if (grant.getPermissions() == 0) {
            Context.getCommandContext().getAuthorizationManager().delete(grant);
        } else {
            Context.getCommandContext().getAuthorizationManager().update(grant);
        }
    }

    private static AuthorizationEntity[] with(AuthorizationEntity[] grants, AuthorizationEntity... more) {
        List<AuthorizationEntity> all = new ArrayList<>(grants == null ? List.of() : Arrays.asList(grants));
        for (AuthorizationEntity grant : more) {
            if (grant != null && !all.contains(grant)) {
                all.add(grant);
            }
        }
        return all.toArray(AuthorizationEntity[]::new);
    }
}
