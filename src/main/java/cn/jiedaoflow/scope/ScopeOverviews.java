package cn.jiedaoflow.scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the console's scope pages read: the areas, estates and staff of {@link ScopeAdministration}, with staff by name
 * and, for a form that adds one, the staff users of the group who are not on it yet. Changes go through
 * {@link ScopeAdministration}, audited there as the API's are.
 */
@Service
class ScopeOverviews {

    private final ScopeAdministration scope;
    private final ResidentsAreaRepository areas;
    private final AreaEstateRepository areaEstates;
    private final EstateStaffRepository estateStaff;
    private final AreaStaffRepository areaStaff;
    private final EstateDirectory estates;
    private final ScopeAuthorizations engine;

    ScopeOverviews(
            ScopeAdministration scope,
            ResidentsAreaRepository areas,
            AreaEstateRepository areaEstates,
            EstateStaffRepository estateStaff,
            AreaStaffRepository areaStaff,
            EstateDirectory estates,
            ScopeAuthorizations engine) {
        this.scope = scope;
        this.areas = areas;
        this.areaEstates = areaEstates;
        this.estateStaff = estateStaff;
        this.areaStaff = areaStaff;
        this.estates = estates;
        this.engine = engine;
    }

    @Transactional(readOnly = true)
    ScopeOverview overview() {
        Map<Long, String> estateNames = estates.all();
        Map<Long, String> areaNames = new HashMap<>();
        areas.findAllByOrderByIdAsc().forEach(area -> areaNames.put(area.getId(), area.getName()));
        Map<Long, Long> areaOf = new HashMap<>();
        areaEstates.findAll().forEach(held -> areaOf.put(held.getEstateId(), held.getAreaId()));
        List<EstateStaff> acting = estateStaff.findAll();
        List<AreaStaff> committees = areaStaff.findAll();
        List<ScopeOverview.AreaRow> areaRows = areas.findAllByOrderByIdAsc().stream()
                .map(area -> new ScopeOverview.AreaRow(
                        area.getId(),
                        area.getName(),
                        estateNames.entrySet().stream()
                                .filter(estate -> area.getId().equals(areaOf.get(estate.getKey())))
                                .map(Map.Entry::getValue)
                                .toList(),
                        engine.named(committees.stream()
                                .filter(member -> area.getId().equals(member.getAreaId()))
                                .map(AreaStaff::getUserId)
                                .sorted()
                                .toList())))
                .toList();
        List<ScopeOverview.EstateRow> estateRows = new ArrayList<>();
        estateNames.forEach((id, name) -> estateRows.add(new ScopeOverview.EstateRow(
                id,
                name,
                areaOf.containsKey(id) ? areaNames.get(areaOf.get(id)) : null,
                engine.named(members(acting, id, ScopeGroups.ESTATE_GROUPS.get(0))),
                engine.named(members(acting, id, ScopeGroups.ESTATE_GROUPS.get(1))))));
        return new ScopeOverview(areaRows, estateRows);
    }

    @Transactional(readOnly = true)
    ScopeOverview.AreaPage area(long areaId) {
        AreaView area = scope.area(areaId);
        return new ScopeOverview.AreaPage(
                area.id(),
                area.name(),
                area.estates(),
                engine.named(area.residentsCommittee()),
                candidates(ScopeGroups.AREA_GROUP, Set.copyOf(area.residentsCommittee())));
    }

    @Transactional(readOnly = true)
    ScopeOverview.EstatePage estate(long estateId) {
        EstateStaffView view = scope.estateStaff(estateId);
        List<AreaView.EstateRef> allAreas = areas.findAllByOrderByIdAsc().stream()
                .map(area -> new AreaView.EstateRef(area.getId(), area.getName()))
                .toList();
        return new ScopeOverview.EstatePage(
                view.estateId(),
                view.estateName(),
                view.residentsArea() == null ? null : view.residentsArea().id(),
                view.residentsArea() == null ? null : view.residentsArea().name(),
                allAreas,
                staff(ScopeGroups.ESTATE_GROUPS.get(0), view.ownersCommittee()),
                staff(ScopeGroups.ESTATE_GROUPS.get(1), view.propertyCompany()));
    }

    /** The staff user's name, as the pages show it. */
    String nameOf(String userId) {
        return userId == null ? "" : engine.named(List.of(userId)).get(0).name();
    }

    private ScopeOverview.Staff staff(String group, EstateStaffView.Members members) {
        return new ScopeOverview.Staff(
                group, engine.named(members.members()), candidates(group, Set.copyOf(members.members())));
    }

    private List<StaffUser> candidates(String baseGroup, Set<String> members) {
        return engine.usersOf(baseGroup).stream()
                .filter(user -> !members.contains(user.id()))
                .toList();
    }

    private static List<String> members(List<EstateStaff> acting, long estateId, String group) {
        return acting.stream()
                .filter(member -> member.getEstateId() == estateId
                        && member.getStaffGroup().equals(group))
                .map(EstateStaff::getUserId)
                .sorted()
                .collect(Collectors.toList());
    }
}
