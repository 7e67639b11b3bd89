package cn.jiedaoflow.veterans;

import cn.jiedaoflow.files.StoredDocument;
import java.time.OffsetDateTime;
import java.util.function.Function;

/** An attachment as lists show it: no bytes; the time on the office's clock like every other view. */
record AttachmentView(
        Long id, String fileName, String contentType, long sizeBytes, String sha256, OffsetDateTime uploadedAt) {

    static AttachmentView of(AssistanceAttachment attachment, Function<java.time.Instant, OffsetDateTime> local) {
        StoredDocument document = attachment.getDocument();
        return new AttachmentView(
                attachment.getId(),
                document.getFileName(),
                document.getContentType(),
                document.getSizeBytes(),
                document.getSha256(),
                local.apply(document.getUploadedAt()));
    }
}
