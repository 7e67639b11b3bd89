package cn.jiedaoflow.onestop;

import cn.jiedaoflow.cases.CaseAccess;
import cn.jiedaoflow.catalog.ServiceCatalog;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.refusal.Refusal;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a one-stop application: the rule of every case ({@link CaseAccess}: the applicant, and the
 * window on what it entered; anyone else gets the 404 of an unknown number), and who else reads one (the centre's
 * window and head, leaders, the departments concerned).
 */
@Component
class OneStopAccess {

    /** The group that enters applications for walk-in residents and acts on every one so entered. */
    static final Set<String> WINDOW = Set.of(StaffGroup.ACCEPTANCE_WINDOW.id());

    private static final Set<String> READERS =
            Set.of(StaffGroup.ACCEPTANCE_WINDOW.id(), StaffGroup.ACCEPTANCE_HEAD.id(), StaffGroup.LEADERS.id());

    private final CaseAccess cases;
    private final OneStopApplicationRepository applications;
    private final MemberReviewRepository reviews;
    private final ServiceCatalog catalog;

    OneStopAccess(
            CaseAccess cases,
            OneStopApplicationRepository applications,
            MemberReviewRepository reviews,
            ServiceCatalog catalog) {
        this.cases = cases;
        this.applications = applications;
        this.reviews = reviews;
        this.catalog = catalog;
    }

    /** Residents, and the window for walk-in residents: who submits and lists applications. */
    static void requireResidentOrWindow(Caller caller) {
        boolean allowed = caller != null
                && (caller.kind() == Caller.Kind.RESIDENT
                        || caller.isStaff() && WINDOW.stream().anyMatch(caller::inGroup));
        if (!allowed) {
            throw Refusal.forbidden("onestop.forbidden");
        }
    }

    /** The applicant acts on their own application; the window acts for a walk-in on what it entered. */
    OneStopApplication actionable(Caller caller, String trackingNumber) {
        requireResidentOrWindow(caller);
        return own(caller, trackingNumber);
    }

    /** Only the applicant, a resident, rates. */
    OneStopApplication rateable(Caller caller, String trackingNumber) {
        if (caller == null || caller.kind() != Caller.Kind.RESIDENT) {
            throw Refusal.forbidden("onestop.rating.residentsOnly");
        }
        return own(caller, trackingNumber);
    }

    /** Residents read their own; staff of the window, the centre's head, leaders and the departments concerned read. */
    OneStopApplication readable(Caller caller, String trackingNumber) {
        if (caller == null || caller.kind() == Caller.Kind.ENTERPRISE) {
            throw Refusal.forbidden("onestop.forbidden");
        }
        if (!caller.isStaff()) {
            return own(caller, trackingNumber);
        }
        OneStopApplication application =
                applications.findByTrackingNumber(trackingNumber).orElseThrow(() -> notFound(trackingNumber));
        boolean concerned = READERS.stream().anyMatch(caller::inGroup)
                || reviews.findByTrackingNumberOrderByIdAsc(trackingNumber).stream()
                        .anyMatch(part -> caller.inGroup(part.getResponsibleGroup()))
                || catalog.find(application.getMatterCode())
                        .map(m -> caller.inGroup(m.responsibleGroup()))
                        .orElse(false);
        if (!concerned) {
            throw Refusal.forbidden("onestop.forbidden");
        }
        return application;
    }

    private OneStopApplication own(Caller caller, String trackingNumber) {
        return cases.own(
                caller,
                applications,
                OneStopApplication::header,
                trackingNumber,
                WINDOW,
                () -> notFound(trackingNumber));
    }

    private static Refusal notFound(String trackingNumber) {
        return Refusal.notFound("onestop.application.notFound", trackingNumber);
    }

    /** Who did it, as the audit log and the documents record it: a staff id or {@code account:<id>}. */
    static String actor(Caller caller) {
        return caller.isStaff() ? caller.username() : "account:" + caller.accountId();
    }
}
