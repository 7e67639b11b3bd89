package cn.jiedaoflow.scope;

import cn.jiedaoflow.people.Caller;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who acts for which estate (procedures.md, "Scope"), as the application's API and the processes' listeners
 * ask it: a member of {@code owners-committee} or {@code property-company} acts for the estates the scope data
 * names, a member of {@code residents-committee} for the estates of its residents' area. The engine's scoped
 * groups mirror the same data ({@link ScopeAuthorizations}), so Tasklist and {@code /engine-rest} answer alike.
 * Office-wide groups are not scoped: callers check them themselves.
 */
@Service
public class StaffScopes {

    private final EstateStaffRepository estateStaff;
    private final AreaStaffRepository areaStaff;
    private final AreaEstateRepository areaEstates;

    StaffScopes(EstateStaffRepository estateStaff, AreaStaffRepository areaStaff, AreaEstateRepository areaEstates) {
        this.estateStaff = estateStaff;
        this.areaStaff = areaStaff;
        this.areaEstates = areaEstates;
    }

    /**
     * Whether the staff user acts for the estate in the base group {@code staffGroup}: named for the estate
     * ({@code owners-committee}, {@code property-company}) or for its area ({@code residents-committee}).
     */
    @Transactional(readOnly = true)
    public boolean actsForEstate(String userId, String staffGroup, long estateId) {
        if (userId == null) {
            return false;
        }
        if (ScopeGroups.ESTATE_GROUPS.contains(staffGroup)) {
            return estateStaff.existsByEstateIdAndUserIdAndStaffGroup(estateId, userId, staffGroup);
        }
        if (ScopeGroups.AREA_GROUP.equals(staffGroup)) {
            Optional<Long> area = areaOf(estateId);
            return area.isPresent()
                    && areaStaff
                            .findById(userId)
                            .map(AreaStaff::getAreaId)
                            .filter(area.get()::equals)
                            .isPresent();
        }
        return false;
    }

    /** Whether the caller is staff of the base group and acts for the estate in it. */
    public boolean actsFor(Caller caller, String staffGroup, long estateId) {
        return caller != null
                && caller.isStaff()
                && caller.inGroup(staffGroup)
                && actsForEstate(caller.username(), staffGroup, estateId);
    }

    /** The residents' area the estate lies in, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> areaOf(long estateId) {
        return areaEstates.findById(estateId).map(AreaEstate::getAreaId);
    }

    /**
     * The engine group of the estate's residents' committee ({@code residents-committee.a3}), if it lies in an area.
     */
    public Optional<String> residentsCommitteeGroupOf(long estateId) {
        return areaOf(estateId).map(ScopeGroups::residentsCommittee);
    }
}
