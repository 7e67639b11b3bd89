package cn.jiedaoflow.scope;

import java.util.List;

/**
 * The scope data as the console's administrators see it (docs/console.md): every residents' area with its estates and
 * its residents' committee, every estate with its area and the staff who act for it, staff by name.
 */
public record ScopeOverview(List<AreaRow> areas, List<EstateRow> estates) {

    public ScopeOverview {
        areas = List.copyOf(areas);
        estates = List.copyOf(estates);
    }

    /** A residents' area, its estates by name and the staff of its residents' committee. */
    public record AreaRow(long id, String name, List<String> estates, List<StaffUser> staff) {}

    /**
     * An estate.
     *
     * @param areaName the residents' area it lies in; {@code null} when in none
     */
    public record EstateRow(
            long id, String name, String areaName, List<StaffUser> ownersCommittee, List<StaffUser> propertyCompany) {}

    /**
     * One residents' area with what may be given to it.
     *
     * @param estates    the estates it holds
     * @param staff      its residents' committee
     * @param candidates the staff users of {@code residents-committee} not yet on it
     */
    public record AreaPage(
            long id,
            String name,
            List<AreaView.EstateRef> estates,
            List<StaffUser> staff,
            List<StaffUser> candidates) {}

    /**
     * One estate with what may be given to it.
     *
     * @param areaId the residents' area it lies in; {@code null} when in none
     * @param areas  every residents' area, to put the estate in
     */
    public record EstatePage(
            long id,
            String name,
            Long areaId,
            String areaName,
            List<AreaView.EstateRef> areas,
            Staff ownersCommittee,
            Staff propertyCompany) {}

    /**
     * The staff of one of an estate's groups.
     *
     * @param group      the base group: {@code owners-committee} or {@code property-company}
     * @param members    who act for the estate in it
     * @param candidates the group's other staff users
     */
    public record Staff(String group, List<StaffUser> members, List<StaffUser> candidates) {}
}
