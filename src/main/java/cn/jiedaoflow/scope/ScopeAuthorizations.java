package cn.jiedaoflow.scope;

import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.people.StaffGroup;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the engine's scoped groups and their memberships in step with the scope data, so that Tasklist and
 * {@code /engine-rest} obey the same rule as the application's API: a group per estate and base group
 * ({@link ScopeGroups#ofEstate}) and per residents' area ({@link ScopeGroups#residentsCommittee}); a staff
 * user who acts for a place is a member of its group and of the base group. Tasks name the scoped groups as
 * candidates, so the engine's own task authorizations do the rest.
 * <p>
 * At every start (after the base groups exist, {@code StaffDirectory}) the groups of every estate and area are
 * made if missing, and the members of every scoped group are set to those of the scope tables: a membership
 * given or taken in Camunda Admin is undone, since the tables are the record the administrators' API keeps
 * and audits. A row for a user who no longer exists is skipped with a warning.
 */
@EngineEdge
@Component
@Order(35)
class ScopeAuthorizations implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScopeAuthorizations.class);

    private final IdentityService identity;
    private final EstateDirectory estates;
    private final ResidentsAreaRepository areas;
    private final EstateStaffRepository estateStaff;
    private final AreaStaffRepository areaStaff;

    ScopeAuthorizations(
            IdentityService identity,
            EstateDirectory estates,
            ResidentsAreaRepository areas,
            EstateStaffRepository estateStaff,
            AreaStaffRepository areaStaff) {
        this.identity = identity;
        this.estates = estates;
        this.areas = areas;
        this.estateStaff = estateStaff;
        this.areaStaff = areaStaff;
    }

    /** The groups of a new (or an existing) estate: its owners' committee and its property company. */
    void estateGroups(long estateId, String estateName) {
        ensureGroup(ScopeGroups.ownersCommittee(estateId), StaffGroup.OWNERS_COMMITTEE.nameZh() + " · " + estateName);
        ensureGroup(ScopeGroups.propertyCompany(estateId), StaffGroup.PROPERTY_COMPANY.nameZh() + " · " + estateName);
    }

    /** The group of a residents' area, made or renamed. */
    void areaGroup(long areaId, String areaName) {
        String id = ScopeGroups.residentsCommittee(areaId);
        String name = StaffGroup.RESIDENTS_COMMITTEE.nameZh() + " · " + areaName;
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            ensureGroup(id, name);
        } else if (!name.equals(group.getName())) {
            group.setName(name);
            identity.saveGroup(group);
        }
    }

    /** Removes a residents' area's group, its memberships and its grants. */
    void removeAreaGroup(long areaId) {
        String id = ScopeGroups.residentsCommittee(areaId);
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            identity.deleteGroup(id);
        }
    }

    /** Whether {@code userId} is a staff user of the engine. */
    boolean isStaffUser(String userId) {
        return userId != null
                && !userId.isBlank()
                && identity.createUserQuery().userId(userId).count() == 1;
    }

    /** The staff users of the base group by name: whom an administrator may give the scope of that group. */
    List<StaffUser> usersOf(String baseGroup) {
        return identity.createUserQuery().memberOfGroup(baseGroup).list().stream()
                .map(ScopeAuthorizations::staffUser)
                .sorted(Comparator.comparing(StaffUser::name).thenComparing(StaffUser::id))
                .toList();
    }

    /** The users by id, each with their name, in the order given; an id the engine no longer knows is its own name. */
    List<StaffUser> named(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        Map<String, StaffUser> known = new HashMap<>();
        identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
                .map(ScopeAuthorizations::staffUser)
                .forEach(user -> known.put(user.id(), user));
        return userIds.stream()
                .map(id -> known.getOrDefault(id, new StaffUser(id, id)))
                .toList();
    }

    private static StaffUser staffUser(User user) {
        String last = user.getLastName() == null ? "" : user.getLastName();
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String name = (last + first).strip();
        return new StaffUser(user.getId(), name.isEmpty() ? user.getId() : name);
    }

    /** The user joins the scoped group, and the base group if not yet a member (Tasklist, the definitions). */
    void join(String userId, String baseGroup, String scopedGroup) {
        ensureMembership(userId, baseGroup);
        ensureMembership(userId, scopedGroup);
    }

    /** The user leaves the scoped group; the base group stays, the user may act for other places. */
    void leave(String userId, String scopedGroup) {
        if (isMember(userId, scopedGroup)) {
            identity.deleteMembership(userId, scopedGroup);
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<String, Set<String>> expected = new HashMap<>();
        estates.all().forEach((estateId, name) -> {
            estateGroups(estateId, name);
            expected.put(ScopeGroups.ownersCommittee(estateId), new TreeSet<>());
            expected.put(ScopeGroups.propertyCompany(estateId), new TreeSet<>());
        });
        for (ResidentsArea area : areas.findAllByOrderByIdAsc()) {
            areaGroup(area.getId(), area.getName());
            expected.put(ScopeGroups.residentsCommittee(area.getId()), new TreeSet<>());
        }
        for (EstateStaff member : estateStaff.findAll()) {
            expected.get(ScopeGroups.ofEstate(member.getStaffGroup(), member.getEstateId()))
                    .add(member.getUserId());
        }
        for (AreaStaff member : areaStaff.findAll()) {
            expected.get(ScopeGroups.residentsCommittee(member.getAreaId())).add(member.getUserId());
        }
        int added = 0;
        int removed = 0;
        for (Map.Entry<String, Set<String>> group : expected.entrySet()) {
            String groupId = group.getKey();
            String baseGroup = ScopeGroups.baseOf(groupId).orElseThrow();
            Set<String> members = new HashSet<>(identity.createUserQuery().memberOfGroup(groupId).list().stream()
                    .map(User::getId)
                    .toList());
            for (String userId : group.getValue()) {
                if (members.contains(userId)) {
                    continue;
                }
                if (!isStaffUser(userId)) {
                    LOG.warn(
                            "scope of {} in {} kept, but there is no such staff user: no membership made",
                            userId,
                            groupId);
                    continue;
                }
                join(userId, baseGroup, groupId);
                added++;
            }
            for (String userId : members) {
                if (!group.getValue().contains(userId)) {
                    identity.deleteMembership(userId, groupId);
                    removed++;
                }
            }
        }
        LOG.info(
                "scoped groups of {} estates and areas in step with the scope data ({} memberships added, {} removed)",
                expected.size(),
                added,
                removed);
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(group);
        }
    }

    private void ensureMembership(String userId, String groupId) {
        if (!isMember(userId, groupId)) {
            identity.createMembership(userId, groupId);
        }
    }

    private boolean isMember(String userId, String groupId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }
}
