package cn.jiedaoflow.notification;

import java.util.Map;

/**
 * Where a notice's case is read, by the prefix of its tracking number ({@code OS-20261128-K7Q2MX}): the endpoint of the
 * procedure that shows an applicant their case, which decides itself whether the reader may see it. A case whose
 * procedure shows residents nothing (a property-fee proposal, an owners' vote) has no link.
 */
final class CaseLinks {

    private static final Map<String, String> BY_PREFIX = Map.of(
            "OS", "/api/applications/",
            "LD", "/api/labor-dispute-mediation/applications/",
            "VA", "/api/veteran-assistance/applications/");

    private CaseLinks() {}

    /** The link to the case, or {@code null}. */
    static String of(String trackingNumber) {
        if (trackingNumber == null) {
            return null;
        }
        int dash = trackingNumber.indexOf('-');
        String path = dash < 0 ? null : BY_PREFIX.get(trackingNumber.substring(0, dash));
        return path == null ? null : path + trackingNumber;
    }
}
