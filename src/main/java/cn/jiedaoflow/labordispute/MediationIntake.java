package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.cases.Channel;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.people.LoginNames;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.refusal.Localized;
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

    /** The application's fields as a refusal names them: the start form's labels, and in English. */
    private static final Map<String, Localized> LABELS = Map.of(
            "employer", new Localized("用人单位", "Employer"),
            "disputeType", new Localized("争议类型", "Type of dispute"),
            "claim", new Localized("调解请求", "Claim"),
            "facts", new Localized("事实和理由", "Facts and reasons"),
            "applicantName", new Localized("申请人姓名", "Applicant's name"),
            "applicantMobile", new Localized("手机号码", "Mobile number"),
            "applicantIdNumber", new Localized("身份证号码", "ID number"));

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
            throw Refusal.badFields(
                    "labordispute.application.mobile.invalid", bad("applicantMobile", "pattern"), mobile);
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
                .orElseThrow(() -> Refusal.badFields(
                        "labordispute.application.disputeType.unknown",
                        bad("disputeType", "notAllowed"),
                        request.disputeType()));
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
        List<Map<String, Object>> errors = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (isBlank(value)) {
                errors.addAll(bad(name, "missing"));
            }
        });
        if (!errors.isEmpty()) {
            throw Refusal.badFields(
                    "labordispute.application.missing",
                    errors,
                    Localized.join(errors.stream()
                            .map(error -> (Localized) error.get("label"))
                            .toList()));
        }
    }

    private static String idNumber(String value) {
        return IdNumbers.normalized(value)
                .orElseThrow(() -> Refusal.badFields(
                        "labordispute.application.idNumber.invalid",
                        bad("applicantIdNumber", "pattern"),
                        IdNumbers.mask(value.strip())));
    }

    private static String limited(String field, String value, int maxLength) {
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw Refusal.badFields(
                    "labordispute.application.tooLong", bad(field, "tooLong"), LABELS.get(field), maxLength);
        }
        return stripped;
    }

    /** Field {@code field} refused for {@code problem}, as the portal shows it beside the field. */
    private static List<Map<String, Object>> bad(String field, String problem) {
        return List.of(Map.of("field", field, "problem", problem, "label", LABELS.get(field)));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
