package cn.jiedaoflow.onestop;

import cn.jiedaoflow.cases.Applicant;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resident applies for themself: the applicant is their account's (name, mobile, the ID number stored once at
 * sign-up). The portal shows these filled in and the ID number masked, and may send them back; what comes back must
 * be the account's own — the masked ID number, the full one, or nothing — and anything else is refused, never
 * silently replaced by the account's.
 */
final class OwnApplicant {

    private OwnApplicant() {}

    static Applicant of(Applicant account, SubmissionRequest.Applicant given) {
        if (given == null) {
            return account;
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        if (!blankOr(given.name(), account.name())) {
            errors.add(notYours("applicant.name", new Localized("申请人姓名", "applicant.name")));
        }
        if (!blankOr(given.mobile(), account.mobile())) {
            errors.add(notYours("applicant.mobile", new Localized("手机号码", "applicant.mobile")));
        }
        if (!IdNumbers.standsForOwn(given.idNumber(), account.idNumber())) {
            errors.add(notYours("applicant.idNumber", new Localized("身份证号码", "applicant.idNumber")));
        }
        if (!errors.isEmpty()) {
            throw Refusal.badFields("onestop.application.applicant.notYours", errors, ApplicationData.labels(errors));
        }
        return account;
    }

    private static boolean blankOr(String given, String own) {
        return given == null || given.isBlank() || Objects.equals(given.strip(), own);
    }

    private static Map<String, Object> notYours(String field, Localized label) {
        return ApplicationData.problem(field, "notYours", label);
    }
}
