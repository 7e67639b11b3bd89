package cn.jiedaoflow.scope;

import java.util.Map;
import java.util.Optional;

/**
 * The estates that scope can be given for, without reaching into the owners' register that keeps them
 * (implemented there): residents' areas hold estates, staff act for estates.
 */
public interface EstateDirectory {

    /** The estate's name, or empty when there is no such estate. */
    Optional<String> nameOf(long estateId);

    /** Every estate, its id to its name, in the order of the ids. */
    Map<Long, String> all();
}
