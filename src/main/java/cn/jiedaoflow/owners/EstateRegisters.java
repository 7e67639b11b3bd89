package cn.jiedaoflow.owners;

import java.util.OptionalLong;

/**
 * What other procedures may ask of the owners' register without reaching into it: whether an estate exists
 * and how many units its register holds.
 */
@FunctionalInterface
public interface EstateRegisters {

    /**
     * The number of units registered for the estate (0 before the first import), or empty when there is no such
     * estate.
     */
    OptionalLong registeredUnits(long estateId);
}
