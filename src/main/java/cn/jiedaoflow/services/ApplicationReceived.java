package cn.jiedaoflow.services;

import java.time.OffsetDateTime;

/** What the applicant is told when an application is filed: its tracking number and where to follow it. */
record ApplicationReceived(String trackingNumber, String processKey, OffsetDateTime submittedAt, String casePath) {}
