package cn.jiedaoflow.files;

import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * The one way documents are stored and served: a checked upload ({@link UploadedDocument#read}) becomes a
 * {@link StoredDocument} with its bytes apart; opening it reads them back. Who may open which document is the
 * procedure's decision, made before it calls {@link #open}.
 */
@Service
public class StoredDocuments {

    private final StoredDocumentRepository documents;
    private final StoredDocumentContentRepository contents;

    StoredDocuments(StoredDocumentRepository documents, StoredDocumentContentRepository contents) {
        this.documents = documents;
        this.contents = contents;
    }

    /** Stores {@code document}, handed in by {@code uploadedBy} (a staff id or {@code account:<id>}) at {@code at}. */
    public StoredDocument store(UploadedDocument document, String uploadedBy, Instant at) {
        StoredDocument stored = documents.save(new StoredDocument(document, uploadedBy, at));
        contents.save(new StoredDocumentContent(stored.getId(), document.content()));
        return stored;
    }

    /** Deletes {@code document} and its bytes: for what is kept only for a while (a draft's files). */
    public void delete(StoredDocument document) {
        contents.deleteById(document.getId());
        documents.delete(document);
    }

    /** The file of {@code document}, its bytes read now. */
    public DocumentDownload open(StoredDocument document) {
        byte[] content = contents.findById(document.getId())
                .map(StoredDocumentContent::content)
                .orElseThrow(() -> new IllegalStateException("document " + document.getId() + " has no content"));
        return new DocumentDownload(document.getFileName(), document.getContentType(), content);
    }
}
