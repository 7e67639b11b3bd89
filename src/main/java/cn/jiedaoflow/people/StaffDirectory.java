package cn.jiedaoflow.people;

import cn.jiedaoflow.audit.AuditLog;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the engine's people up to the reference at every start, in every profile: the staff groups of
 * procedures.md, the administrator from configuration (Camunda's setup page is closed), Tasklist access for
 * staff, and the shared Tasklist filters ({@link StaffFilters}). Nothing is changed that already exists but the shared
 * filters, which follow their definition: an administrator's password is set only when the user is created.
 */
@Component
@Order(10)
@EnableConfigurationProperties(AdminSettings.class)
class StaffDirectory implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StaffDirectory.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final StaffFilters staffFilters;
    private final AdminSettings admin;
    private final AuditLog audit;
    private volatile boolean made;

    StaffDirectory(
            IdentityService identity,
            AuthorizationService authorizations,
            StaffFilters staffFilters,
            AdminSettings admin,
            AuditLog audit) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.staffFilters = staffFilters;
        this.admin = admin;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda 管理员", Groups.GROUP_TYPE_SYSTEM);
        for (StaffGroup group : StaffGroup.values()) {
            ensureGroup(group.id(), group.nameZh(), Groups.GROUP_TYPE_WORKFLOW);
            if (group != StaffGroup.ADMINISTRATORS) {
                Grants.grant(authorizations, group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            }
        }
        // administrators may do everything, in every webapp; the engine grants nothing by group membership alone
        for (String adminGroup : new String[] {Groups.CAMUNDA_ADMIN, StaffGroup.ADMINISTRATORS.id()}) {
            for (Resources resource : Resources.values()) {
                Grants.grant(authorizations, adminGroup, resource, Authorization.ANY, Permissions.ALL);
            }
        }
        ensureAdministrator();
        staffFilters.ensure(admin.configured() ? admin.userId() : null);
        made = true;
    }

    /** Whether this start has brought the groups, the administrator, the permissions and the filter up to date. */
    boolean made() {
        return made;
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
            LOG.info("created staff group {} ({})", id, name);
        }
    }

    private void ensureAdministrator() {
        if (!admin.configured()) {
            if (identity.createUserQuery()
                            .memberOfGroup(StaffGroup.ADMINISTRATORS.id())
                            .count()
                    == 0) {
                LOG.warn("No administrator is configured and none exists: set JIEDAO_ADMIN_USER and "
                        + "JIEDAO_ADMIN_PASSWORD and start again to create one (the setup page is closed).");
            }
            return;
        }
        if (identity.createUserQuery().userId(admin.userId()).count() == 0) {
            if (admin.password() == null || admin.password().isBlank()) {
                throw new IllegalStateException("JIEDAO_ADMIN_PASSWORD is missing: the administrator " + admin.userId()
                        + " cannot be created without a password");
            }
            User user = identity.newUser(admin.userId());
            user.setFirstName("管理员");
            user.setLastName("系统");
            user.setPassword(admin.password());
            try {
                identity.saveUser(user);
            } catch (ProcessEngineException e) {
                throw new IllegalStateException(
                        "JIEDAO_ADMIN_PASSWORD is refused by the password policy "
                                + "(at least 10 characters with upper and lower case, a digit and a special"
                                + " character): "
                                + e.getMessage(),
                        e);
            }
            audit.record("system", "ADMIN_CREATED", "user:" + admin.userId(), "from configuration");
            LOG.info("created administrator {}", admin.userId());
        }
        ensureMembership(admin.userId(), StaffGroup.ADMINISTRATORS.id());
        ensureMembership(admin.userId(), Groups.CAMUNDA_ADMIN);
    }

    void ensureMembership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }
}
