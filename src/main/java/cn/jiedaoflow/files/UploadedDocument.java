package cn.jiedaoflow.files;

import cn.jiedaoflow.web.ApiProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/**
 * A document a resident or staff member uploaded, checked once for every procedure that takes documents: at
 * most 10 MB, not empty, a PDF, JPEG or PNG by its first bytes; its name made safe to store and send back.
 */
public record UploadedDocument(String fileName, DocumentType type, byte[] content) {

    /** Reads and checks {@code file}; refuses it with a 400 naming the file and the rule it breaks. */
    public static UploadedDocument read(MultipartFile file, String fallbackName) {
        String name = DocumentType.safeFileName(file.getOriginalFilename(), fallbackName);
        if (file.getSize() > DocumentType.MAX_BYTES) {
            throw ApiProblem.badRequest("document.tooLarge", name, DocumentType.MAX_BYTES / (1024 * 1024));
        }
        if (file.isEmpty()) {
            throw ApiProblem.badRequest("document.empty", name);
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file " + name, e);
        }
        DocumentType type = DocumentType.of(content).orElseThrow(() -> ApiProblem.badRequest("document.type", name));
        return new UploadedDocument(name, type, content);
    }

    public String sha256() {
        return DocumentType.sha256(content);
    }
}
