package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.cases.Channel;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.people.LoginNames;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.refusal.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The intake rules of a mediation application, the one implementation for every door: the API
 * ({@link MediationApplicationService}) and the process's start listener ({@link LaborDisputeIntakeListener},
 * for a window entry made in Tasklist or through the engine's API). Who may apply (a resident for themself, a
 * member of {@code mediation} for someone at the window), what must be given and in what shape; what only the
 * application may set — the account, the channel, who entered it — comes from the caller, never from the
 * request.
 */
final class MediationIntake {

    private MediationIntake() {}

    /** The application as the rules accept it, or an {@link Refusal} saying what is wrong. */
    static MediationApplication check(Caller caller, ApplicationRequest request) {
        requireMediationStaffOrResident(caller);
        return caller.isStaff() ? window(caller, request) : online(caller, request);
    }

    static void requireMediationStaffOrResident(Caller caller) {
        boolean allowed = caller != null
                && (caller.kind() == Caller.Kind.RESIDENT
                        || caller.isStaff() && caller.inGroup(StaffGroup.MEDIATION.id()));
        if (!allowed) {
            throw Refusal.forbidden("labordispute.forbidden");
        }
    }

    private static MediationApplication online(Caller caller, ApplicationRequest request) {
        requireFields(request, false);
        if (request.applicantName() != null && !request.applicantName().strip().equals(caller.displayName())
                || request.applicantMobile() != null
                        && !request.applicantMobile().strip().equals(caller.username())) {
            throw Refusal.forbidden("labordispute.application.applicant.notOwn");
        }
        return new MediationApplication(
                null,
                caller.displayName(),
                caller.username(),
                isBlank(request.applicantIdNumber()) ? null : idNumber(request.applicantIdNumber()),
                caller.accountId(),
                limited("employer", request.employer(), 200),
                disputeType(request),
                limited("claim", request.claim(), 2000),
                limited("facts", request.facts(), 4000),
                Channel.ONLINE,
                null);
    }

    private static MediationApplication window(Caller caller, ApplicationRequest request) {
        requireFields(request, true);
        String mobile = request.applicantMobile().strip();
        if (!LoginNames.isMobile(mobile)) {
            throw Refusal.badInput("labordispute.application.mobile.invalid", mobile);
        }
        return new MediationApplication(
                null,
                limited("applicantName", request.applicantName(), 100),
                mobile,
                idNumber(request.applicantIdNumber()),
                null,
                limited("employer", request.employer(), 200),
                disputeType(request),
                limited("claim", request.claim(), 2000),
                limited("facts", request.facts(), 4000),
                Channel.WINDOW,
                caller.username());
    }

    private static DisputeType disputeType(ApplicationRequest request) {
        return DisputeType.parse(request.disputeType().strip())
                .orElseThrow(
                        () -> Refusal.badInput("labordispute.application.disputeType.unknown", request.disputeType()));
    }

    private static void requireFields(ApplicationRequest request, boolean windowEntry) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("employer", request.employer());
        fields.put("disputeType", request.disputeType());
        fields.put("claim", request.claim());
        fields.put("facts", request.facts());
        if (windowEntry) {
            fields.put("applicantName", request.applicantName());
            fields.put("applicantMobile", request.applicantMobile());
            fields.put("applicantIdNumber", request.applicantIdNumber());
        }
        List<String> missing = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (isBlank(value)) {
                missing.add(name);
            }
        });
        if (!missing.isEmpty()) {
            List<Map<String, Object>> errors = missing.stream()
                    .map(name -> Map.<String, Object>of("field", name, "problem", "missing"))
                    .toList();
            throw Refusal.badFields("labordispute.application.missing", errors, String.join(", ", missing));
        }
    }

    private static String idNumber(String value) {
        return IdNumbers.normalized(value)
                .orElseThrow(() ->
                        Refusal.badInput("labordispute.application.idNumber.invalid", IdNumbers.mask(value.strip())));
    }

    private static String limited(String field, String value, int maxLength) {
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw Refusal.badInput("labordispute.application.tooLong", field, maxLength);
        }
        return stripped;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
