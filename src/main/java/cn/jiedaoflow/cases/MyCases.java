package cn.jiedaoflow.cases;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.config.OfficeTime;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My cases" (docs/portal.md): a resident's cases of every procedure in one list, newest first, and one case with its
 * deadlines, the timeline of its completed steps, what the applicant may do now and its receipt, all in the caller's
 * language. An enterprise has no resident
 * cases (an empty list); staff have their Tasklist (403). Another's case and an unknown number answer the same 404.
 */
@Service
public class MyCases {

    /** Where a case is read in the portal. */
    public static final String PAGE = "/my/cases/";

    private final Map<String, MyCaseSource> sources;
    private final CaseHistory history;
    private final MessageSource messages;
    private final OfficeTime office;
    private final WorkingCalendar calendar;

    MyCases(
            List<MyCaseSource> sources,
            CaseHistory history,
            MessageSource messages,
            OfficeTime office,
            WorkingCalendar calendar) {
        this.calendar = calendar;
        this.sources = sources.stream().collect(Collectors.toMap(MyCaseSource::prefix, Function.identity()));
        this.history = history;
        this.messages = messages;
        this.office = office;
    }

    /** One line of the list. {@code nextDeadline} is {@code null} for a case with none ahead. */
    public record CaseLine(
            String trackingNumber,
            String what,
            String status,
            String statusText,
            OffsetDateTime submittedAt,
            Due nextDeadline,
            String url) {}

    /** A deadline in words. */
    public record Due(String kind, String what, OffsetDateTime at, boolean provisional) {}

    /**
     * A case with its deadlines, the timeline of its completed steps, oldest first, and what the applicant may do on it
     * now.
     */
    public record CaseDetail(
            String trackingNumber,
            String what,
            String status,
            String statusText,
            OffsetDateTime submittedAt,
            List<Due> deadlines,
            List<Step> timeline,
            ActionsInWords actions) {}

    /** A completed step: what, when, and which office or group of the sub-district took it (never a person). */
    public record Step(String step, OffsetDateTime completedAt, String office) {}

    /** The caller's cases, newest first. */
    @Transactional(readOnly = true)
    public List<CaseLine> of(Caller caller, Locale locale) {
        if (!isResident(caller)) {
            return List.of();
        }
        return sources.values().stream()
                .flatMap(source -> source.casesOf(caller).stream())
                .sorted(Comparator.comparing(MyCase::submittedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(MyCase::trackingNumber, Comparator.reverseOrder()))
                .map(found -> line(found, locale))
                .toList();
    }

    /** The caller's case {@code trackingNumber}; another's and an unknown one: the same 404. */
    @Transactional(readOnly = true)
    public CaseDetail one(Caller caller, String trackingNumber, Locale locale) {
        return detail(caller, trackingNumber, locale)
                .orElseThrow(() -> Refusal.notFound("portal.myCases.notFound", trackingNumber));
    }

    /** The caller's case {@code trackingNumber}; empty for another's and for an unknown one alike. Staff: 403. */
    @Transactional(readOnly = true)
    public Optional<CaseDetail> detail(Caller caller, String trackingNumber, Locale locale) {
        return find(caller, trackingNumber).map(found -> detail(found, locale));
    }

    private CaseDetail detail(MyCase found, Locale locale) {
        List<Step> timeline = history.completed(found.processInstanceId(), found.shownSteps()).stream()
                .map(step -> new Step(
                        text("portal.myCases.step." + step.activityId(), step.name(), locale),
                        office.local(step.endedAt()),
                        offices(step.groups(), locale)))
                .toList();
        return new CaseDetail(
                found.trackingNumber(),
                what(found, locale),
                found.status(),
                statusText(found, locale),
                office.local(found.submittedAt()),
                found.deadlines().stream().map(due -> due(due, locale)).toList(),
                timeline,
                ActionsInWords.of(found.actions(), locale, office));
    }

    /** The receipt (回执) of the caller's case {@code trackingNumber}; empty for another's and an unknown one alike. */
    @Transactional(readOnly = true)
    public Optional<CaseReceipt> receipt(Caller caller, String trackingNumber, Locale locale) {
        return find(caller, trackingNumber)
                .map(found -> new CaseReceipt(
                        found.trackingNumber(),
                        what(found, locale),
                        found.applicant() == null ? null : found.applicant().name(),
                        found.applicant() == null
                                ? null
                                : IdNumbers.mask(found.applicant().idNumber()),
                        office.local(found.submittedAt()),
                        found.received().stream()
                                .map(item -> new CaseReceipt.Item(
                                        item.what() == null
                                                ? messages.getMessage("portal.receipt.attachment", null, locale)
                                                : item.what().in(locale),
                                        item.fileName(),
                                        office.local(item.at()),
                                        item.supplement()))
                                .toList(),
                        text(
                                "portal.receipt.office." + prefixOf(found),
                                messages.getMessage("portal.myCases.office.unknown", null, locale),
                                locale),
                        PAGE + found.trackingNumber()));
    }

    /** Staff have no cases of their own here: 403. */
    public static void requireNotStaff(Caller caller) {
        if (caller == null || caller.isStaff()) {
            throw Refusal.forbidden("portal.myCases.forbidden");
        }
    }

    private Optional<MyCase> find(Caller caller, String trackingNumber) {
        if (!isResident(caller)) {
            return Optional.empty();
        }
        return TrackingNumbers.prefixOf(trackingNumber)
                .map(sources::get)
                .flatMap(source -> source.caseOf(caller, trackingNumber));
    }

    /** Residents and enterprises have cases here (an enterprise those filed from its account); staff: 403. */
    private static boolean isResident(Caller caller) {
        requireNotStaff(caller);
        return caller.kind() == Caller.Kind.RESIDENT || caller.kind() == Caller.Kind.ENTERPRISE;
    }

    private CaseLine line(MyCase found, Locale locale) {
        Instant now = calendar.now();
        Due next = found.deadlines().stream()
                .filter(due -> due.at() != null && !due.at().isBefore(now))
                .min(Comparator.comparing(MyCase.Deadline::at))
                .map(due -> due(due, locale))
                .orElse(null);
        return new CaseLine(
                found.trackingNumber(),
                what(found, locale),
                found.status(),
                statusText(found, locale),
                office.local(found.submittedAt()),
                next,
                PAGE + found.trackingNumber());
    }

    private Due due(MyCase.Deadline due, Locale locale) {
        return new Due(
                due.kind(),
                text("portal.myCases.deadline." + due.kind(), due.kind(), locale),
                office.local(due.at()),
                due.provisional());
    }

    private String what(MyCase found, Locale locale) {
        if (found.what() == null) {
            return messages.getMessage("portal.myCases.procedure." + prefixOf(found), null, locale);
        }
        return found.what().in(locale);
    }

    private static String prefixOf(MyCase found) {
        return TrackingNumbers.prefixOf(found.trackingNumber()).orElseThrow();
    }

    /**
     * Where the portal shows case {@code trackingNumber} ({@code /my/cases/OS-20261128-K7Q2MX}), for a procedure whose
     * cases "my cases" shows; empty for one that shows residents none (a property-fee proposal, an owners' vote). The
     * page decides itself whether its reader may see the case.
     */
    public Optional<String> pageOf(String trackingNumber) {
        return TrackingNumbers.prefixOf(trackingNumber)
                .filter(sources::containsKey)
                .map(prefix -> PAGE + trackingNumber);
    }

    private String statusText(MyCase found, Locale locale) {
        return text("portal.myCases.status." + prefixOf(found) + "." + found.status(), found.status(), locale);
    }

    private String offices(List<String> groups, Locale locale) {
        if (groups.isEmpty()) {
            return messages.getMessage("portal.myCases.office.unknown", null, locale);
        }
        return groups.stream()
                .map(group -> text(
                        "portal.myCases.office." + group,
                        StaffGroup.byId(group)
                                .map(StaffGroup::nameZh)
                                .orElseGet(() -> messages.getMessage("portal.myCases.office.unknown", null, locale)),
                        locale))
                .distinct()
                .collect(Collectors.joining(messages.getMessage("portal.myCases.office.separator", null, locale)));
    }

    private String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
