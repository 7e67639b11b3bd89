package cn.jiedaoflow.veterans;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** An attachment as lists show it: no bytes; the time in Shanghai time like every other view. */
record AttachmentView(
        Long id, String fileName, String contentType, long sizeBytes, String sha256, OffsetDateTime uploadedAt) {

    /** What the repository's query builds. */
    AttachmentView(Long id, String fileName, String contentType, long sizeBytes, String sha256, Instant uploadedAt) {
        this(
                id,
                fileName,
                contentType,
                sizeBytes,
                sha256,
                uploadedAt.atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime());
    }
}
