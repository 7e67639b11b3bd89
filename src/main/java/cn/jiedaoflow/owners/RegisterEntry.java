package cn.jiedaoflow.owners;

import java.math.BigDecimal;

/** A unit of an estate's register as stored, with its owner; the export's line. */
record RegisterEntry(
        String building, String unit, BigDecimal area, String ownerId, String ownerName, boolean developerUnsold) {}
