package cn.jiedaoflow.owners;

import java.math.BigDecimal;

/**
 * A unit of an estate's register as a vote's staff see it: where it is, its area, and whose it is, the owner's name
 * masked ({@link cn.jiedaoflow.people.PersonNames}).
 *
 * @param ownerId         the register's owner id; {@code null} for a developer-unsold unit
 * @param maskedName      the owner's name masked; {@code null} for a developer-unsold unit
 * @param developerUnsold whether the developer holds it unsold
 */
public record RollUnit(
        String building, String unit, BigDecimal area, String ownerId, String maskedName, boolean developerUnsold) {}
