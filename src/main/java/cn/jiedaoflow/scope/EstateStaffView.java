package cn.jiedaoflow.scope;

import java.util.List;

/**
 * Who acts for one estate.
 *
 * @param estateId         the estate
 * @param estateName       its name
 * @param ownersCommittee  its owners' committee: engine group and members
 * @param propertyCompany  its property company: engine group and members
 * @param residentsArea    the residents' area it lies in, with the area's committee; {@code null} when in none
 */
public record EstateStaffView(
        long estateId, String estateName, Members ownersCommittee, Members propertyCompany, Area residentsArea) {

    /** A scoped engine group and its members (staff user ids). */
    public record Members(String group, List<String> members) {}

    /** The estate's residents' area. */
    public record Area(long id, String name, String group, List<String> residentsCommittee) {}
}
