package cn.jiedaoflow.files;

import cn.jiedaoflow.refusal.Refusal;

/**
 * A document a resident or staff member uploaded, checked once for every procedure that takes documents: at
 * most 10 MB, not empty, a PDF, JPEG or PNG by its first bytes; its name made safe to store and send back.
 */
public record UploadedDocument(String fileName, DocumentType type, byte[] content) {

    /**
     * Checks {@code upload}; refuses a file over the limit with a 413 and an empty or unknown one with a 400, naming
     * the file and the rule it breaks.
     */
    public static UploadedDocument read(Upload upload, String fallbackName) {
        String name = DocumentType.safeFileName(upload.fileName(), fallbackName);
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        if (content.length > DocumentType.MAX_BYTES) {
            throw Refusal.tooLarge("document.tooLarge", name, DocumentType.MAX_BYTES / (1024 * 1024));
        }
        if (content.length == 0) {
            throw Refusal.badInput("document.empty", name);
        }
        DocumentType type = DocumentType.of(content).orElseThrow(() -> Refusal.badInput("document.type", name));
        return new UploadedDocument(name, type, content);
    }

    public String sha256() {
        return DocumentType.sha256(content);
    }
}
