package cn.jiedaoflow.owners;

import java.math.BigDecimal;

/**
 * One person of the headcount: an owner with all their units, or the developer with all unsold units.
 *
 * @param ownerId   the owner's id in the register; {@code null} for the developer
 * @param developer whether this is the developer's single person for all unsold units
 * @param units     how many units this person holds
 * @param area      the summed registered area of those units, m²
 */
public record CountedPerson(String ownerId, boolean developer, int units, BigDecimal area) {}
