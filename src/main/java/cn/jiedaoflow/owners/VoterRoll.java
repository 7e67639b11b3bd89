package cn.jiedaoflow.owners;

import java.math.BigDecimal;
import java.util.List;

/**
 * The persons who count in an estate's vote, as the register holds them at the call, and their total area.
 *
 * @param persons   one per owner with all their units, and the developer once for all unsold units
 * @param totalArea the sum of their areas, m², scale 2
 */
public record VoterRoll(List<CountedPerson> persons, BigDecimal totalArea) {

    public VoterRoll {
        persons = List.copyOf(persons);
    }
}
