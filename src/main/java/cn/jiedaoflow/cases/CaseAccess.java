package cn.jiedaoflow.cases;

import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a case, the one rule of every procedure (procedures.md, "Cases and tasks"):
 *
 * <ul>
 * <li>a resident, on their own cases: filed from their account, or entered by staff for a walk-in resident with the
 * same mobile number and ID number as their account (the cases became theirs when they signed up);</li>
 * <li>staff, on what they entered: the staff member who entered it, and, where a procedure has one, every member of
 * its window group for each case entered by staff ({@code acceptance-window} for one-stop).</li>
 * </ul>
 *
 * <p>Anyone else is answered exactly as for a tracking number that does not exist (404), so numbers cannot be
 * probed. Who reads every case of a procedure (the station, the mediators, the departments concerned) is that
 * procedure's own rule, on top of this one.
 */
@Component
public class CaseAccess {

    private final AccountRepository accounts;

    CaseAccess(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The ID number on a resident's account; {@code null} for staff and for accounts without one. */
    public String idNumberOf(Caller caller) {
        if (caller == null || caller.accountId() == null) {
            return null;
        }
        return accounts.findById(caller.accountId()).map(Account::getIdNumber).orElse(null);
    }

    /** The applicant as a resident's account shows them: account, name, mobile and the account's ID number. */
    public Applicant applicantOf(Caller caller) {
        return new Applicant(caller.accountId(), caller.displayName(), caller.username(), idNumberOf(caller));
    }

    /**
     * Whether resident or enterprise {@code caller} is the applicant of the case; an enterprise only of the cases filed
     * from its account (no one enters a case for an enterprise at a window).
     */
    public boolean isApplicant(Caller caller, CaseHeader header) {
        if (caller == null || caller.isStaff()) {
            return false;
        }
        if (caller.kind() == Caller.Kind.ENTERPRISE) {
            return caller.accountId() != null && caller.accountId().equals(header.getApplicantAccountId());
        }
        if (header.getApplicantAccountId() != null) {
            return header.getApplicantAccountId().equals(caller.accountId());
        }
        String idNumber = idNumberOf(caller);
        return idNumber != null
                && idNumber.equals(header.getApplicantIdNumber())
                && Objects.equals(header.getApplicantMobile(), caller.username());
    }

    /** Whether staff {@code caller} entered the case, or is of a {@code windowGroups} and staff entered it. */
    public static boolean entered(Caller caller, CaseHeader header, Set<String> windowGroups) {
        if (caller == null || !caller.isStaff() || header.getChannel() != Channel.WINDOW) {
            return false;
        }
        return caller.username().equals(header.getRegisteredBy())
                || windowGroups.stream().anyMatch(caller::inGroup);
    }

    /** Whether {@code caller} acts on the case: its applicant, or staff who entered it (see the class). */
    public boolean actsOn(Caller caller, CaseHeader header, Set<String> windowGroups) {
        return caller != null
                && (caller.isStaff() ? entered(caller, header, windowGroups) : isApplicant(caller, header));
    }

    /**
     * Case {@code trackingNumber} when {@code caller} acts on it; otherwise {@code unknown}, the refusal of a number
     * that does not exist.
     */
    public <T> T own(
            Caller caller,
            CaseRecords<T> records,
            Function<T, CaseHeader> header,
            String trackingNumber,
            Set<String> windowGroups,
            Supplier<Refusal> unknown) {
        return records.findByTrackingNumber(trackingNumber)
                .filter(found -> actsOn(caller, header.apply(found), windowGroups))
                .orElseThrow(unknown);
    }

    /** A resident's cases, or a staff member's entries, in {@code order}. */
    public <T> List<T> listed(Caller caller, CaseLists<T> records, Sort order) {
        if (caller.isStaff()) {
            return records.enteredBy(caller.username(), order);
        }
        return records.ofApplicant(caller.accountId(), caller.username(), idNumberOf(caller), order);
    }
}
