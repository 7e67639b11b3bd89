package cn.jiedaoflow.cases;

import cn.jiedaoflow.refusal.Localized;
import java.time.Instant;
import java.util.List;

/**
 * What the applicant may do on a case now, as its procedure allows it (docs/portal.md, "My cases"): answer a
 * supplement request (补正), withdraw, rate. Each is {@code null} when the procedure does not offer it in the case's
 * state; a procedure that never offers one leaves it {@code null} always. Each names the endpoint of the procedure's
 * own API that does it, so the portal calls the same API as every other client.
 *
 * @param supplement the supplement asked for, while the case waits for it
 * @param withdrawal the withdrawal, while the procedure allows it
 * @param rating     the rating: open while it may be given, or the rating given
 */
public record CaseActions(Supplement supplement, Withdrawal withdrawal, Rating rating) {

    /** No action open. */
    public static final CaseActions NONE = new CaseActions(null, null, null);

    /**
     * A supplement request: every missing item at once (一次性告知), as staff wrote them, and its deadline.
     *
     * @param materials the materials a file may be handed in for, in the matter's order
     */
    public record Supplement(
            List<String> missing, Instant due, boolean dueProvisional, String endpoint, List<Material> materials) {

        public Supplement {
            missing = List.copyOf(missing);
            materials = List.copyOf(materials);
        }
    }

    /** A material of the matter: its code (what the API's {@code materialCodes} name) and its name. */
    public record Material(String code, Localized name) {}

    /** A withdrawal (撤回): the case ends at the applicant's request. */
    public record Withdrawal(String endpoint) {}

    /**
     * A rating (好差评): {@code endpoint} while it may be given, until {@code until}; once given, the score, the comment
     * and when, and no endpoint.
     */
    public record Rating(
            String endpoint, Instant until, boolean untilProvisional, Integer score, String comment, Instant ratedAt) {

        public boolean given() {
            return score != null;
        }
    }
}
