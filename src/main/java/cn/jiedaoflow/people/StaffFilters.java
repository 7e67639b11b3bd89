package cn.jiedaoflow.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every staff member sees, one set for all (docs/operations.md, "Staff filters"): each
 * lists the case's tracking number, applicant and matter in every row, soonest due first. They belong to
 * the administrator and everyone may read them, so a user added later has them too. Every start brings them to this
 * definition (a changed query or label reaches existing databases) and removes 我的组任务, their predecessor.
 */
@Component
class StaffFilters {

    /** The one filter of earlier versions, which these replace. */
    static final String FORMER_FILTER = "我的组任务";

    /**
     * The variables each row shows: the tracking number and the applicant, which every procedure sets at its start
     * (procedures.md, "Cases and tasks"), the matter where a procedure has several (one-stop's {@code matterName}), the
     * estate of an estate's procedure (the property fee and the owners' votes it calls: {@code estateName}) and what a
     * vote decides ({@code voteSubject}); a variable a case does not have is left out of its row. None of them is
     * personal data beyond the applicant's name, masked where the procedure demands it.
     */
    static final List<Map<String, String>> ROW_VARIABLES = List.of(
            Map.of("name", "trackingNumber", "label", "办件编号"),
            Map.of("name", "applicantName", "label", "申请人"),
            Map.of("name", "matterName", "label", "事项"),
            Map.of("name", "estateName", "label", "小区"),
            Map.of("name", "voteSubject", "label", "表决事项"));

    private static final Logger LOG = LoggerFactory.getLogger(StaffFilters.class);
    private static final String MINE = "${currentUser()}";
    private static final String MY_GROUPS = "${currentUserGroups()}";

    /** The filters, in Tasklist's order (priority), each with its description and query. */
    enum Shared {
        ASSIGNED_TO_ME("我的待办", "分配给我的任务，最先到期的在前", q -> q.taskAssigneeExpression(MINE)),
        MY_GROUPS_TASKS("本组待办", "我所在各组待认领的任务，最先到期的在前", q -> q.taskCandidateGroupInExpression(MY_GROUPS)),
        DUE_SOON(
                "即将超期",
                "我的和本组的任务中，下一个工作日结束前到期的",
                q -> mineOrMyGroups(q).dueAfterExpression("${now()}").dueBeforeExpression("${workingDayEnds(1)}")),
        OVERDUE("已超期", "我的和本组的任务中，已过到期时间的", q -> mineOrMyGroups(q).dueBeforeExpression("${now()}"));

        private final String filterName;
        private final String description;
        private final Function<TaskQuery, TaskQuery> criteria;

        Shared(String filterName, String description, Function<TaskQuery, TaskQuery> criteria) {
            this.filterName = filterName;
            this.description = description;
            this.criteria = criteria;
        }

        String filterName() {
            return filterName;
        }

        private static TaskQuery mineOrMyGroups(TaskQuery query) {
            return query.or()
                    .taskCandidateGroupInExpression(MY_GROUPS)
                    .taskAssigneeExpression(MINE)
                    .endOr();
        }
    }

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    StaffFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    /** Makes or updates each shared filter, owned by {@code ownerId} (none without an administrator). */
    void ensure(String ownerId) {
        for (Filter former :
                filters.createFilterQuery().filterName(FORMER_FILTER).list()) {
            filters.deleteFilter(former.getId());
            LOG.info("removed the former shared Tasklist filter {} ({})", FORMER_FILTER, former.getId());
        }
        for (Shared shared : Shared.values()) {
            ensure(shared, ownerId);
        }
    }

    /** The shared filters that are missing, by name. */
    List<String> missing() {
        return java.util.Arrays.stream(Shared.values())
                .map(Shared::filterName)
                .filter(name -> filters.createFilterQuery().filterName(name).count() == 0)
                .toList();
    }

    private void ensure(Shared shared, String ownerId) {
        // the administrator's one is kept (its id is in staff's bookmarks); another of the name is removed
        List<Filter> existing = new ArrayList<>(filters.createFilterQuery()
                .filterName(shared.filterName)
                .orderByFilterId()
                .asc()
                .list());
        existing.sort(Comparator.comparing(named -> !Objects.equals(named.getOwner(), ownerId)));
        Filter filter = existing.isEmpty() ? filters.newTaskFilter(shared.filterName) : existing.get(0);
        for (Filter duplicate : existing.subList(Math.min(1, existing.size()), existing.size())) {
            filters.deleteFilter(duplicate.getId());
        }
        filter.setOwner(ownerId);
        // no ordering of its own: the engine puts a filter's ordering before the one Tasklist asks for, which would
        // leave
        // Tasklist's sort menu without effect; Tasklist opens the list soonest due first (scripts/due-date-sorting.js)
        filter.setQuery(shared.criteria.apply(tasks.createTaskQuery()));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", shared.description);
        properties.put("priority", shared.ordinal() - 20);
        properties.put("refresh", true);
        properties.put("variables", ROW_VARIABLES);
        filter.setProperties(properties);
        filters.saveFilter(filter);
        if (existing.isEmpty()) {
            LOG.info("created the shared Tasklist filter {}", shared.filterName);
        }
        readableByEveryone(filter.getId());
    }

    private void readableByEveryone(String filterId) {
        Authorization everyone = authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.FILTER)
                .resourceId(filterId)
                .singleResult();
        if (everyone == null) {
            everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            everyone.setUserId(Authorization.ANY);
            everyone.setResource(Resources.FILTER);
            everyone.setResourceId(filterId);
        } else if (everyone.isPermissionGranted(Permissions.READ)) {
            return;
        }
        everyone.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyone);
    }
}
