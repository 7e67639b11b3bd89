package cn.jiedaoflow.onestop;

import cn.jiedaoflow.cases.Channel;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An application as its applicant (and the staff who handle it) see it. The ID number is masked; each
 * department's part shows its deadline, its traffic light while open and its decision once made.
 */
record ApplicationView(
        String trackingNumber,
        String matterCode,
        String matterName,
        String matterNameEn,
        ApplicationStatus status,
        String statusReason,
        Channel channel,
        String applicantName,
        String applicantIdNumber,
        Map<String, Object> data,
        DeliveryMethod delivery,
        String mailingAddress,
        OffsetDateTime submittedAt,
        OffsetDateTime preCheckDue,
        OffsetDateTime supplementDue,
        OffsetDateTime acceptedAt,
        OffsetDateTime decidedAt,
        OffsetDateTime evaluationEnds,
        Integer rating,
        String ratingComment,
        List<Part> parts,
        List<MaterialView> materials) {

    /** One department's part. {@code light}: GREEN, YELLOW (80% of the time used) or RED (overdue) while open. */
    public record Part(
            String code,
            String name,
            String group,
            OffsetDateTime reviewDue,
            boolean reviewDueProvisional,
            String light,
            ReviewDecision decision,
            String opinion,
            OffsetDateTime reviewedAt) {}

    /** A file handed in. */
    public record MaterialView(
            long id,
            String code,
            String fileName,
            String contentType,
            long sizeBytes,
            boolean supplement,
            OffsetDateTime uploadedAt) {}
}
