package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.cases.Channel;
import java.time.OffsetDateTime;

/** One application as its applicant (or the mediation staff) sees it; the ID number is masked. */
record ApplicationView(
        String trackingNumber,
        MediationStatus status,
        String applicantName,
        String applicantIdNumber,
        String employer,
        DisputeType disputeType,
        Channel channel,
        OffsetDateTime receivedAt,
        OffsetDateTime acceptanceDue,
        boolean acceptanceDueProvisional,
        OffsetDateTime statutoryLimitEnds,
        boolean statutoryLimitProvisional) {}
