package cn.jiedaoflow.onestop;

import java.time.OffsetDateTime;

/** The answer to a submission: the tracking number and when the pre-check is due. */
public record ApplicationSubmitted(
        String trackingNumber, ApplicationStatus status, OffsetDateTime preCheckDue, boolean preCheckDueProvisional) {}
