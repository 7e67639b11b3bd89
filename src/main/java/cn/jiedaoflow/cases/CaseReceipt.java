package cn.jiedaoflow.cases;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case's receipt (回执) as the portal prints it (docs/portal.md): the tracking number, what, who applied (the ID
 * number masked), when, the materials received, the office that handles it, and the case's page ({@code path}, made
 * absolute and put in a QR code by the page).
 */
public record CaseReceipt(
        String trackingNumber,
        String what,
        String applicantName,
        String applicantIdNumber,
        OffsetDateTime submittedAt,
        List<Item> received,
        String office,
        String path) {

    /** A material received: what it is, its file, when, and whether it came with a supplement. */
    public record Item(String what, String fileName, OffsetDateTime receivedAt, boolean supplement) {}
}
