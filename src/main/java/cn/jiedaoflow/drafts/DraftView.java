package cn.jiedaoflow.drafts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A draft as its account reads it: the data as saved, the personal-data fields only masked (to be entered again),
 * its files, when it was saved and from when it is deleted if left untouched.
 */
public record DraftView(
        String serviceKey,
        String name,
        OffsetDateTime savedAt,
        OffsetDateTime deletedFrom,
        Map<String, Object> data,
        Map<String, String> masked,
        List<FileView> files,
        String applyUrl) {

    /** One file of the draft; {@code GET /api/drafts/{serviceKey}/files/{id}} serves it. */
    public record FileView(long id, String materialCode, String fileName, String contentType, long sizeBytes) {}
}
