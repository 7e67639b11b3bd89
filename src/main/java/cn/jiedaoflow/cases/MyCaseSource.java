package cn.jiedaoflow.cases;

import cn.jiedaoflow.people.Caller;
import java.util.List;
import java.util.Optional;

/**
 * A procedure's cases as their applicant sees them in "my cases" (docs/portal.md): each procedure with resident cases
 * implements it in its own package, and {@link MyCases} merges them. Both methods answer only the resident's own
 * cases, by {@link CaseAccess}'s rule (filed from the account, or entered at a window for the same mobile and ID
 * number).
 */
public interface MyCaseSource {

    /** The prefix of the procedure's tracking numbers ({@code OS} of {@code OS-20261128-K7Q2MX}). */
    String prefix();

    /** Resident {@code resident}'s cases of this procedure, in any order. */
    List<MyCase> casesOf(Caller resident);

    /** The case, when it is resident {@code resident}'s; otherwise empty, whether it exists or not. */
    Optional<MyCase> caseOf(Caller resident, String trackingNumber);
}
