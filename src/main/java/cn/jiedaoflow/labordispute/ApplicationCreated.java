package cn.jiedaoflow.labordispute;

import java.time.OffsetDateTime;

/** The answer to a new application: its tracking number and the two deadlines that now run. */
record ApplicationCreated(
        String trackingNumber,
        OffsetDateTime acceptanceDue,
        boolean acceptanceDueProvisional,
        OffsetDateTime statutoryLimitEnds,
        boolean statutoryLimitProvisional) {}
