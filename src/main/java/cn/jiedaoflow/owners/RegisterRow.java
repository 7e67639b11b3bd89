package cn.jiedaoflow.owners;

import java.math.BigDecimal;

/**
 * One valid line of a register file.
 *
 * @param line            the file line it came from
 * @param building        building as registered (e.g. {@code 3号楼})
 * @param unit            unit within the building (e.g. {@code 1201})
 * @param area            registered exclusive area, m², at most 2 decimals
 * @param ownerId         the owner's id in the register; {@code null} for a developer-unsold unit
 * @param ownerName       the owner's name; {@code null} for a developer-unsold unit
 * @param developerUnsold whether the developer still holds the unit (unsold or undelivered)
 */
record RegisterRow(
        int line,
        String building,
        String unit,
        BigDecimal area,
        String ownerId,
        String ownerName,
        boolean developerUnsold) {

    UnitShare share() {
        return new UnitShare(ownerId, developerUnsold, area);
    }
}
