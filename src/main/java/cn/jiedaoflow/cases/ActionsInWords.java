package cn.jiedaoflow.cases;

import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.files.DocumentType;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the applicant may do on a case now, as {@code GET /api/my/cases/{trackingNumber}} answers it and the case's page
 * shows it (docs/portal.md): each member {@code null} when not open. Times on the office's clock, names in the caller's
 * language.
 */
public record ActionsInWords(Supplement supplement, Withdrawal withdrawal, Rating rating) {

    /**
     * A supplement request: everything missing at once, the deadline, where to send it ({@code POST}, multipart: the
     * part {@code supplement} as JSON {@code {"materialCodes", "remark"}}, the files as {@code materials}), which
     * materials a file may be for, and the files taken.
     */
    public record Supplement(
            List<String> missing,
            OffsetDateTime due,
            boolean dueProvisional,
            String endpoint,
            List<Material> materials,
            List<String> fileTypes,
            long maxFileBytes) {}

    /** A material a file may be handed in for. */
    public record Material(String code, String name) {}

    /** A withdrawal: {@code POST} to {@code endpoint}, no body. */
    public record Withdrawal(String endpoint) {}

    /**
     * The rating: {@code endpoint} ({@code POST {"score": 1–5, "comment"}}) while it may be given, until {@code until};
     * once given, {@code score}, {@code comment} and {@code ratedAt}, and no endpoint.
     */
    public record Rating(
            String endpoint,
            OffsetDateTime until,
            boolean untilProvisional,
            Integer score,
            String comment,
            OffsetDateTime ratedAt) {}

    static ActionsInWords of(CaseActions actions, Locale locale, OfficeTime office) {
        CaseActions.Supplement asked = actions.supplement();
        Supplement supplement = asked == null
                ? null
                : new Supplement(
                        asked.missing(),
                        office.local(asked.due()),
                        asked.dueProvisional(),
                        asked.endpoint(),
                        asked.materials().stream()
                                .map(m -> new Material(m.code(), m.name().in(locale)))
                                .toList(),
                        Arrays.stream(DocumentType.values())
                                .map(DocumentType::mediaType)
                                .toList(),
                        DocumentType.MAX_BYTES);
        Withdrawal withdrawal = actions.withdrawal() == null
                ? null
                : new Withdrawal(actions.withdrawal().endpoint());
        CaseActions.Rating given = actions.rating();
        Rating rating = given == null
                ? null
                : new Rating(
                        given.endpoint(),
                        office.local(given.until()),
                        given.untilProvisional(),
                        given.score(),
                        given.comment(),
                        office.local(given.ratedAt()));
        return new ActionsInWords(supplement, withdrawal, rating);
    }

    /** Whether anything is open to do or to show. */
    public boolean any() {
        return supplement != null || withdrawal != null || rating != null;
    }
}
