package cn.jiedaoflow.owners;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one exclusive unit (专有部分) brings to a count: whose it is and its registered area.
 *
 * @param ownerId         the owner's id in the register; ignored for a developer-unsold unit
 * @param developerUnsold whether the unit is unsold or undelivered, held by the developer
 * @param area            the registered exclusive area in m², exact
 */
record UnitShare(String ownerId, boolean developerUnsold, BigDecimal area) {

    UnitShare {
        Objects.requireNonNull(area, "area");
        if (!developerUnsold && (ownerId == null || ownerId.isBlank())) {
            throw new IllegalArgumentException("a unit that is not developer-unsold needs an owner id");
        }
    }
}
