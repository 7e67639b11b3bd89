package cn.jiedaoflow.scope;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' keeping of the scope data: residents' areas, the estates they hold, and the staff who act
 * for an estate or an area. Every change is audited and changes the engine's scoped groups in the same
 * transaction ({@link ScopeAuthorizations}), so that the rule holds at every door from the next request on.
 */
@Service
public class ScopeAdministration {

    static final int MAX_NAME = 200;

    private static final Logger LOG = LoggerFactory.getLogger(ScopeAdministration.class);

    private final ResidentsAreaRepository areas;
    private final AreaEstateRepository areaEstates;
    private final EstateStaffRepository estateStaff;
    private final AreaStaffRepository areaStaff;
    private final EstateDirectory estates;
    private final ScopeAuthorizations engine;
    private final AuditLog audit;
    private final OfficeTime office;

    ScopeAdministration(
            ResidentsAreaRepository areas,
            AreaEstateRepository areaEstates,
            EstateStaffRepository estateStaff,
            AreaStaffRepository areaStaff,
            EstateDirectory estates,
            ScopeAuthorizations engine,
            AuditLog audit,
            OfficeTime office) {
        this.office = office;
        this.areas = areas;
        this.areaEstates = areaEstates;
        this.estateStaff = estateStaff;
        this.areaStaff = areaStaff;
        this.estates = estates;
        this.engine = engine;
        this.audit = audit;
    }

    /** A new estate gets its scoped groups at once (called by the owners' register when it creates one). */
    @Transactional
    public void estateCreated(long estateId, String name) {
        engine.estateGroups(estateId, name);
    }

    // --- residents' areas

    @Transactional(readOnly = true)
    List<AreaView> areas() {
        return areas.findAllByOrderByIdAsc().stream().map(this::view).toList();
    }

    /** The id of the area with that name, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Long> areaNamed(String name) {
        return areas.findAllByOrderByIdAsc().stream()
                .filter(a -> a.getName().equals(name))
                .map(ResidentsArea::getId)
                .findFirst();
    }

    @Transactional(readOnly = true)
    AreaView area(long areaId) {
        return view(find(areaId));
    }

    @Transactional
    public AreaView createArea(Caller caller, AreaRequest request) {
        String name = name(request);
        if (areas.existsByName(name)) {
            throw Refusal.conflict("scope.area.nameTaken", name);
        }
        ResidentsArea area = areas.save(new ResidentsArea(name, caller.username(), Instant.now()));
        engine.areaGroup(area.getId(), name);
        audit.record(caller.username(), "scope.area.create", subject(area.getId()), name);
        LOG.info("residents' area {} ({}) created by {}", area.getId(), name, caller.username());
        return view(area);
    }

    @Transactional
    AreaView renameArea(Caller caller, long areaId, AreaRequest request) {
        ResidentsArea area = lock(areaId);
        String name = name(request);
        if (name.equals(area.getName())) {
            return view(area);
        }
        if (areas.existsByName(name)) {
            throw Refusal.conflict("scope.area.nameTaken", name);
        }
        String before = area.getName();
        area.rename(name);
        areas.save(area);
        engine.areaGroup(areaId, name);
        audit.record(caller.username(), "scope.area.rename", subject(areaId), before + " -> " + name);
        return view(area);
    }

    /** Removes an empty area; one that still holds estates or staff is refused (409), so nothing is lost silently. */
    @Transactional
    void removeArea(Caller caller, long areaId) {
        ResidentsArea area = lock(areaId);
        if (areaEstates.existsByAreaId(areaId) || areaStaff.existsByAreaId(areaId)) {
            throw Refusal.conflict("scope.area.notEmpty", String.valueOf(areaId));
        }
        areas.delete(area);
        engine.removeAreaGroup(areaId);
        audit.record(caller.username(), "scope.area.remove", subject(areaId), area.getName());
    }

    /** Puts the estate in the area, moving it out of the one it lay in (an estate lies in at most one). */
    @Transactional
    public AreaView assignEstate(Caller caller, long areaId, long estateId) {
        ResidentsArea area = lock(areaId);
        String estateName = estates.nameOf(estateId)
                .orElseThrow(() -> Refusal.badInput("scope.estate.unknown", String.valueOf(estateId)));
        Optional<AreaEstate> existing = areaEstates.findById(estateId);
        if (existing.isPresent() && existing.get().getAreaId() == areaId) {
            return view(area);
        }
        String from = existing.map(e -> "area:" + e.getAreaId()).orElse("none");
        AreaEstate assignment =
                existing.orElseGet(() -> new AreaEstate(estateId, areaId, caller.username(), Instant.now()));
        assignment.moveTo(areaId, caller.username(), Instant.now());
        areaEstates.save(assignment);
        audit.record(
                caller.username(),
                "scope.area.estate.assign",
                subject(areaId),
                "estate:" + estateId + " " + estateName + ", from " + from);
        return view(area);
    }

    @Transactional
    void removeEstate(Caller caller, long areaId, long estateId) {
        lock(areaId);
        AreaEstate assignment = areaEstates
                .findById(estateId)
                .filter(e -> e.getAreaId() == areaId)
                .orElseThrow(() -> Refusal.notFound(
                        "scope.area.estateNotInArea", String.valueOf(estateId), String.valueOf(areaId)));
        areaEstates.delete(assignment);
        audit.record(caller.username(), "scope.area.estate.remove", subject(areaId), "estate:" + estateId);
    }

    /** Makes the user a member of the area's residents' committee, moving them from another area (one area each). */
    @Transactional
    public AreaView addAreaStaff(Caller caller, long areaId, String userId) {
        ResidentsArea area = lock(areaId);
        String user = staffUser(userId);
        Optional<AreaStaff> existing = areaStaff.findById(user);
        if (existing.isPresent() && existing.get().getAreaId() == areaId) {
            return view(area);
        }
        String from = "none";
        if (existing.isPresent()) {
            from = "area:" + existing.get().getAreaId();
            engine.leave(user, ScopeGroups.residentsCommittee(existing.get().getAreaId()));
        }
        AreaStaff member = existing.orElseGet(() -> new AreaStaff(user, areaId, caller.username(), Instant.now()));
        member.moveTo(areaId, caller.username(), Instant.now());
        areaStaff.save(member);
        engine.join(user, ScopeGroups.AREA_GROUP, ScopeGroups.residentsCommittee(areaId));
        audit.record(caller.username(), "scope.area.staff.add", subject(areaId), "user:" + user + ", from " + from);
        return view(area);
    }

    @Transactional
    void removeAreaStaff(Caller caller, long areaId, String userId) {
        lock(areaId);
        AreaStaff member = areaStaff
                .findById(userId)
                .filter(m -> m.getAreaId() == areaId)
                .orElseThrow(() ->
                        Refusal.notFound("scope.area.notAMember", String.valueOf(userId), String.valueOf(areaId)));
        areaStaff.delete(member);
        engine.leave(userId, ScopeGroups.residentsCommittee(areaId));
        audit.record(caller.username(), "scope.area.staff.remove", subject(areaId), "user:" + userId);
    }

    // --- the staff of an estate

    @Transactional(readOnly = true)
    EstateStaffView estateStaff(long estateId) {
        String name = estates.nameOf(estateId)
                .orElseThrow(() -> Refusal.notFound("scope.estate.notFound", String.valueOf(estateId)));
        List<EstateStaff> members = estateStaff.findByEstateIdOrderByUserIdAsc(estateId);
        EstateStaffView.Area area = areaEstates
                .findById(estateId)
                .flatMap(a -> areas.findById(a.getAreaId()))
                .map(a -> new EstateStaffView.Area(
                        a.getId(),
                        a.getName(),
                        ScopeGroups.residentsCommittee(a.getId()),
                        areaStaff.findByAreaIdOrderByUserIdAsc(a.getId()).stream()
                                .map(AreaStaff::getUserId)
                                .toList()))
                .orElse(null);
        return new EstateStaffView(
                estateId,
                name,
                members(estateId, ScopeGroups.ESTATE_GROUPS.get(0), members),
                members(estateId, ScopeGroups.ESTATE_GROUPS.get(1), members),
                area);
    }

    /**
     * Makes the user act for the estate in {@code staffGroup} ({@code owners-committee} or {@code property-company}).
     */
    @Transactional
    public EstateStaffView addEstateStaff(Caller caller, long estateId, String staffGroup, String userId) {
        estates.nameOf(estateId).orElseThrow(() -> Refusal.notFound("scope.estate.notFound", String.valueOf(estateId)));
        String group = estateGroup(staffGroup);
        String user = staffUser(userId);
        if (!estateStaff.existsByEstateIdAndUserIdAndStaffGroup(estateId, user, group)) {
            estateStaff.save(new EstateStaff(estateId, user, group, caller.username(), Instant.now()));
            engine.join(user, group, ScopeGroups.ofEstate(group, estateId));
            audit.record(
                    caller.username(),
                    "scope.estate.staff.add",
                    "estate:" + estateId,
                    "user:" + user + ", group " + group);
        }
        return estateStaff(estateId);
    }

    @Transactional
    void removeEstateStaff(Caller caller, long estateId, String staffGroup, String userId) {
        estates.nameOf(estateId).orElseThrow(() -> Refusal.notFound("scope.estate.notFound", String.valueOf(estateId)));
        String group = estateGroup(staffGroup);
        EstateStaff member = estateStaff
                .findByEstateIdAndUserIdAndStaffGroup(estateId, userId, group)
                .orElseThrow(() -> Refusal.notFound(
                        "scope.estate.notAMember", String.valueOf(userId), group, String.valueOf(estateId)));
        estateStaff.delete(member);
        engine.leave(userId, ScopeGroups.ofEstate(group, estateId));
        audit.record(
                caller.username(),
                "scope.estate.staff.remove",
                "estate:" + estateId,
                "user:" + userId + ", group " + group);
    }

    // ---

    private EstateStaffView.Members members(long estateId, String group, List<EstateStaff> members) {
        return new EstateStaffView.Members(
                ScopeGroups.ofEstate(group, estateId),
                members.stream()
                        .filter(m -> m.getStaffGroup().equals(group))
                        .map(EstateStaff::getUserId)
                        .toList());
    }

    private static String estateGroup(String staffGroup) {
        if (staffGroup == null || !ScopeGroups.ESTATE_GROUPS.contains(staffGroup)) {
            throw Refusal.badInput(
                    "scope.staff.groupUnknown",
                    String.valueOf(staffGroup),
                    String.join(", ", ScopeGroups.ESTATE_GROUPS));
        }
        return staffGroup;
    }

    private String staffUser(String userId) {
        if (!engine.isStaffUser(userId)) {
            throw Refusal.badInput("scope.staff.unknownUser", String.valueOf(userId));
        }
        return userId;
    }

    private static String name(AreaRequest request) {
        String name =
                request == null || request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw Refusal.badInput("scope.area.nameMissing");
        }
        if (name.length() > MAX_NAME) {
            throw Refusal.badInput("scope.area.nameTooLong", String.valueOf(MAX_NAME));
        }
        return name;
    }

    private ResidentsArea find(long areaId) {
        return areas.findById(areaId).orElseThrow(() -> notFound(areaId));
    }

    private ResidentsArea lock(long areaId) {
        return areas.lockById(areaId).orElseThrow(() -> notFound(areaId));
    }

    private static Refusal notFound(long areaId) {
        return Refusal.notFound("scope.area.notFound", String.valueOf(areaId));
    }

    private static String subject(long areaId) {
        return "area:" + areaId;
    }

    private AreaView view(ResidentsArea area) {
        List<AreaView.EstateRef> held = areaEstates.findByAreaIdOrderByEstateIdAsc(area.getId()).stream()
                .map(e -> new AreaView.EstateRef(
                        e.getEstateId(), estates.nameOf(e.getEstateId()).orElse("")))
                .toList();
        List<String> staff = areaStaff.findByAreaIdOrderByUserIdAsc(area.getId()).stream()
                .map(AreaStaff::getUserId)
                .toList();
        return new AreaView(
                area.getId(),
                area.getName(),
                ScopeGroups.residentsCommittee(area.getId()),
                held,
                staff,
                area.getCreatedBy(),
                office.local(area.getCreatedAt()));
    }
}
