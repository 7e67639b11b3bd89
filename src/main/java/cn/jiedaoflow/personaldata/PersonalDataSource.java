package cn.jiedaoflow.personaldata;

import java.util.List;
import java.util.Map;
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

    /**
     * The case's documents as its page lists them, none when there is no such case: what the forms of the tasks that
     * declare this detail link to ({@link TaskFormContext}). Called as the case's first task is created, which may be
     * before the case's record knows its process instance.
     */
    List<DocumentEntry> documents(String trackingNumber);

    /**
     * What the forms of the tasks that declare this detail show besides, masked as the task may see it: set as the
     * task's local variables when it is created ({@link TaskFormContext}); none when there is no such case, and none by
     * default.
     */
    default Map<String, Object> taskVariables(String trackingNumber) {
        return Map.of();
    }

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
