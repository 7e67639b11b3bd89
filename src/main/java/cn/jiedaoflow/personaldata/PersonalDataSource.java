package cn.jiedaoflow.personaldata;

import java.util.List;
import java.util.Optional;

/**
 * Where a procedure keeps one {@link PersonalDetail} of its cases: a Spring bean of the procedure's package,
 * read by the personal-data plugin after it has checked who asks. Nothing here checks the caller.
 */
public interface PersonalDataSource {

    PersonalDetail detail();

    /** The process instance that carries case {@code trackingNumber}; empty when there is no such case. */
    Optional<String> processInstanceId(String trackingNumber);

    /** The detail of an existing case, in full. */
    DetailPage page(String trackingNumber);

    /** One of the case's documents listed on its page; empty when the case has no such document. */
    Optional<Document> document(String trackingNumber, long documentId);

    /** What the page shows: the values in full, and the documents that can be opened. */
    record DetailPage(List<Field> fields, List<DocumentEntry> documents) {

        public DetailPage {
            fields = List.copyOf(fields);
            documents = List.copyOf(documents);
        }
    }

    /** One value: its label (Chinese) and the value in full. */
    record Field(String label, String value) {}

    /** One document of the case, as listed. */
    record DocumentEntry(long id, String fileName, String contentType, long sizeBytes, String description) {}

    /** A document to send back as it was handed in. */
    record Document(String fileName, String contentType, byte[] content, String description) {}
}
