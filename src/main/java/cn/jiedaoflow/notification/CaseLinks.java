package cn.jiedaoflow.notification;

import java.util.Set;

/**
 * Where a notice's case is read, by the prefix of its tracking number ({@code OS-20261128-K7Q2MX}): the portal's page
 * of the case in "my cases" ({@code /my/cases/OS-20261128-K7Q2MX}), which decides itself whether the reader may see
 * it. A case whose procedure shows residents nothing (a property-fee proposal, an owners' vote) has no link.
 */
final class CaseLinks {

    /** The procedures whose cases "my cases" shows: one-stop, labour dispute mediation, veteran assistance. */
    private static final Set<String> SHOWN = Set.of("OS", "LD", "VA");

    private static final String PAGE = "/my/cases/";

    private CaseLinks() {}

    /** The link to the case, or {@code null}. */
    static String of(String trackingNumber) {
        if (trackingNumber == null) {
            return null;
        }
        int dash = trackingNumber.indexOf('-');
        return dash > 0 && SHOWN.contains(trackingNumber.substring(0, dash)) ? PAGE + trackingNumber : null;
    }
}
