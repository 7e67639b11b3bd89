package cn.jiedaoflow.web;

import cn.jiedaoflow.people.IdNumbers;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The receipt (回执) of an application entered at the window, as the console prints it for the applicant: the
 * tracking number, the matter, the applicant masked (the surname, the ID number's first and last four, the mobile's
 * first three and last four), when it was received ({@code 2026-12-17 17:00}) and the materials received.
 *
 * @param kind the section's kind of entry ({@code one-stop}, {@code labor-dispute}, {@code veterans})
 */
public record WindowReceipt(
        String kind,
        String trackingNumber,
        String matter,
        String applicantName,
        String applicantIdNumber,
        String applicantMobile,
        String receivedAt,
        List<String> materials)
        implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public WindowReceipt {
        materials = List.copyOf(materials);
    }

    /** The receipt of what was just entered, the applicant masked here. */
    public static WindowReceipt of(
            String kind,
            String trackingNumber,
            String matter,
            String name,
            String idNumber,
            String mobile,
            OffsetDateTime receivedAt,
            List<String> materials) {
        return new WindowReceipt(
                kind,
                trackingNumber,
                matter,
                maskName(name),
                idNumber == null ? null : IdNumbers.mask(idNumber),
                maskMobile(mobile),
                SHOWN.format(receivedAt),
                materials);
    }

    /** The surname kept, each other character a {@code *}: 王建国 → 王**. */
    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String stripped = name.strip();
        int first = stripped.offsetByCodePoints(0, 1);
        return stripped.substring(0, first) + "*".repeat(stripped.codePointCount(first, stripped.length()));
    }

    private static String maskMobile(String mobile) {
        if (mobile == null) {
            return null;
        }
        String text = mobile.strip();
        return text.length() < 7 ? "*".repeat(text.length()) : text.substring(0, 3) + "****" + text.substring(7);
    }
}
