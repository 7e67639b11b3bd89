package cn.jiedaoflow.veterans;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An assistance application as its applicant and the station see it; the veteran's ID number masked. */
record AssistanceView(
        String trackingNumber,
        AssistanceStatus status,
        String statusReason,
        String veteranIdNumber,
        ApplicantRelation applicantRelation,
        String applicantName,
        HardshipType hardshipType,
        int householdSize,
        BigDecimal monthlyHouseholdIncome,
        int disabilityGrade,
        String requestedHelp,
        String level,
        BigDecimal approvedAmount,
        BigDecimal reliefAmount,
        OffsetDateTime submittedAt,
        OffsetDateTime closedAt,
        List<AttachmentView> attachments) {}
