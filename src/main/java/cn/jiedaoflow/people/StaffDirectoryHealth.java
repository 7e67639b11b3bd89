package cn.jiedaoflow.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness ({@code /actuator/health/readiness}): the node takes traffic only once this start has made the
 * staff directory ({@link StaffDirectory}) and while it is there — the administrator in its groups, every staff
 * group's Tasklist access, the administrators' permissions and the shared Tasklist filters. A start that has not
 * finished them is {@code OUT_OF_SERVICE}; one of them gone is {@code DOWN}, naming it (to administrators).
 */
@Component("staffDirectoryHealthIndicator")
class StaffDirectoryHealth implements HealthIndicator {

    private final StaffDirectory directory;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final StaffFilters staffFilters;
    private final AdminSettings admin;

    StaffDirectoryHealth(
            StaffDirectory directory,
            IdentityService identity,
            AuthorizationService authorizations,
            StaffFilters staffFilters,
            AdminSettings admin) {
        this.directory = directory;
        this.identity = identity;
        this.authorizations = authorizations;
        this.staffFilters = staffFilters;
        this.admin = admin;
    }

    @Override
    public Health health() {
        if (!directory.made()) {
            return Health.outOfService()
                    .withDetail("staffDirectory", "not yet made by this start")
                    .build();
        }
        List<String> missing = new ArrayList<>();
        if (admin.configured()
                && identity.createUserQuery()
                                .userId(admin.userId())
                                .memberOfGroup(StaffGroup.ADMINISTRATORS.id())
                                .count()
                        == 0) {
            missing.add("administrator " + admin.userId());
        }
        for (String adminGroup : List.of(Groups.CAMUNDA_ADMIN, StaffGroup.ADMINISTRATORS.id())) {
            if (authorizations
                            .createAuthorizationQuery()
                            .groupIdIn(adminGroup)
                            .resourceType(Resources.APPLICATION)
                            .count()
                    == 0) {
                missing.add("permissions of " + adminGroup);
            }
        }
        String[] staffGroups = Arrays.stream(StaffGroup.values())
                .filter(g -> g != StaffGroup.ADMINISTRATORS)
                .map(StaffGroup::id)
                .toArray(String[]::new);
        long tasklistAccess = authorizations
                .createAuthorizationQuery()
                .groupIdIn(staffGroups)
                .resourceType(Resources.APPLICATION)
                .resourceId("tasklist")
                .count();
        if (tasklistAccess < staffGroups.length) {
            missing.add("Tasklist access of " + (staffGroups.length - tasklistAccess) + " staff groups");
        }
        for (String filter : staffFilters.missing()) {
            missing.add("Tasklist filter " + filter);
        }
        return missing.isEmpty()
                ? Health.up().build()
                : Health.down().withDetail("missing", missing).build();
    }
}
