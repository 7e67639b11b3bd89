package cn.jiedaoflow.scope;

import cn.jiedaoflow.people.StaffGroup;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine groups that carry the scope (procedures.md, "Scope: estates and residents' areas"). A member of
 * {@code owners-committee} or {@code property-company} acts for estates, a member of {@code residents-committee}
 * for one residents' area; the engine knows which through one group per estate and base group
 * ({@code owners-committee.e12}, {@code property-company.e12}) and one per area ({@code residents-committee.a3}).
 * Their ids fit the engine's {@code generalResourceWhitelistPattern}. Members keep the base group too: it gives
 * Tasklist and the process definition; the scoped group gives the cases. Plain Java: the model lint reads it.
 */
public final class ScopeGroups {

    /** The base groups whose members act for estates. */
    public static final List<String> ESTATE_GROUPS =
            List.of(StaffGroup.OWNERS_COMMITTEE.id(), StaffGroup.PROPERTY_COMPANY.id());
    /** The base group whose members act for one residents' area. */
    public static final String AREA_GROUP = StaffGroup.RESIDENTS_COMMITTEE.id();

    /** The process variables that name a case's scoped groups, set when the case starts. */
    public static final String VAR_OWNERS_COMMITTEE_GROUP = "ownersCommitteeGroup";

    public static final String VAR_PROPERTY_COMPANY_GROUP = "propertyCompanyGroup";
    public static final String VAR_RESIDENTS_COMMITTEE_GROUP = "residentsCommitteeGroup";

    private static final Pattern SCOPED = Pattern.compile("([a-z-]+)\\.([ea])([1-9][0-9]{0,18})");

    private ScopeGroups() {}

    /** Whether members of this base group act for one place only, so that a task must name the place's group. */
    public static boolean actsForOnePlace(String baseGroup) {
        return ESTATE_GROUPS.contains(baseGroup) || AREA_GROUP.equals(baseGroup);
    }

    /** {@code owners-committee.e12}: the group of one estate's owners' committee (or property company). */
    public static String ofEstate(String baseGroup, long estateId) {
        if (!ESTATE_GROUPS.contains(baseGroup)) {
            throw new IllegalArgumentException("not a group that acts for an estate: " + baseGroup);
        }
        return baseGroup + ".e" + estateId;
    }

    public static String ownersCommittee(long estateId) {
        return ofEstate(StaffGroup.OWNERS_COMMITTEE.id(), estateId);
    }

    public static String propertyCompany(long estateId) {
        return ofEstate(StaffGroup.PROPERTY_COMPANY.id(), estateId);
    }

    /** {@code residents-committee.a3}: the group of one residents' area's committee. */
    public static String residentsCommittee(long areaId) {
        return AREA_GROUP + ".a" + areaId;
    }

    /**
     * The base group of a scoped group id ({@code owners-committee} for {@code owners-committee.e12}), if it is one.
     */
    public static Optional<String> baseOf(String groupId) {
        Matcher scoped = groupId == null ? null : SCOPED.matcher(groupId);
        if (scoped == null || !scoped.matches()) {
            return Optional.empty();
        }
        String base = scoped.group(1);
        boolean estate = "e".equals(scoped.group(2));
        return (estate ? ESTATE_GROUPS.contains(base) : AREA_GROUP.equals(base)) ? Optional.of(base) : Optional.empty();
    }
}
