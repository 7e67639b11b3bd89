package cn.jiedaoflow.accounts;

import cn.jiedaoflow.people.CreditCodes;
import cn.jiedaoflow.people.IdNumbers;
import cn.jiedaoflow.people.LoginNames;
import cn.jiedaoflow.refusal.Localized;
import cn.jiedaoflow.refusal.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The fields of the accounts' requests, checked all at once: every bad field is named in one refusal
 * ({@code accounts.request.invalid}), each with its problem ({@code missing}, {@code invalid}, {@code tooLong},
 * {@code tooShort}, {@code weak}) and why, in both languages. Each check returns the value as kept (stripped,
 * normalised), or {@code null} when it is bad.
 */
final class AccountFields {

    static final int LONGEST_PERSON_NAME = 100;
    static final int LONGEST_ENTERPRISE_NAME = 200;

    private static final Pattern CODE = Pattern.compile("[0-9]{" + CodeLimits.DIGITS + "}");
    private static final Localized MISSING = new Localized("未填写", "missing");

    private final List<Map<String, Object>> problems = new ArrayList<>();

    String mobile(String field, String value) {
        return checked(
                field,
                value,
                new Localized("手机号码", field),
                text -> LoginNames.isMobile(text) ? Optional.of(text) : Optional.empty(),
                new Localized("须为 11 位手机号码", "must be an 11-digit mobile number"));
    }

    String code(String value) {
        return checked(
                "code",
                value,
                new Localized("验证码", "code"),
                text -> CODE.matcher(text).matches() ? Optional.of(text) : Optional.empty(),
                new Localized("须为 6 位数字", "must be 6 digits"));
    }

    String idNumber(String value) {
        return checked(
                "idNumber",
                value,
                new Localized("身份证号码", "idNumber"),
                IdNumbers::normalized,
                new Localized(
                        "须为有效的 18 位居民身份证号码（GB 11643）", "must be a valid 18-character resident ID number (GB 11643)"));
    }

    String creditCode(String value) {
        return checked(
                "creditCode",
                value,
                new Localized("统一社会信用代码", "creditCode"),
                CreditCodes::normalized,
                new Localized(
                        "须为有效的 18 位统一社会信用代码（GB 32100）",
                        "must be a valid 18-character unified social credit code (GB 32100)"));
    }

    /** A resident's mobile number or an enterprise's credit code. */
    String loginName(String value) {
        return checked(
                "loginName",
                value,
                new Localized("登录名", "loginName"),
                text -> LoginNames.isMobile(text) ? Optional.of(text) : CreditCodes.normalized(text),
                new Localized("须为手机号码或统一社会信用代码", "must be a mobile number or a unified social credit code"));
    }

    String name(String field, String value, Localized label, int longest) {
        return checked(
                field,
                value,
                label,
                text -> text.length() <= longest ? Optional.of(text) : Optional.empty(),
                "tooLong",
                new Localized("至多 " + longest + " 个字", "at most " + longest + " characters"));
    }

    /** The password as given (never stripped), when {@link PasswordRule} takes it. */
    String password(String value) {
        Optional<String> problem = PasswordRule.problem(value);
        if (problem.isEmpty()) {
            return value;
        }
        Localized why = switch (problem.get()) {
            case "missing" -> MISSING;
            case "tooShort" ->
                new Localized(
                        "至少 " + PasswordRule.SHORTEST + " 位", "at least " + PasswordRule.SHORTEST + " characters");
            case "tooLong" ->
                new Localized("至多 " + PasswordRule.LONGEST + " 位", "at most " + PasswordRule.LONGEST + " characters");
            case "invalid" ->
                new Localized("只能用键盘上的英文字母、数字、符号和空格", "only the letters, digits, symbols and spaces of a keyboard");
            default -> new Localized("须同时包含字母和数字", "must hold both letters and digits");
        };
        add("password", problem.get(), new Localized("密码", "password"), why);
        return null;
    }

    /** Refuses the request when any field was bad, naming each. */
    void refuseIfAny() {
        if (!problems.isEmpty()) {
            throw Refusal.badFields(
                    "accounts.request.invalid",
                    List.copyOf(problems),
                    Localized.join(problems.stream()
                            .map(p -> {
                                Localized label = (Localized) p.get("label");
                                Localized reason = (Localized) p.get("reason");
                                return new Localized(
                                        label.chinese() + "（" + reason.chinese() + "）",
                                        label.english() + " (" + reason.english() + ")");
                            })
                            .toList()));
        }
    }

    private String checked(
            String field, String value, Localized label, Function<String, Optional<String>> rule, Localized why) {
        return checked(field, value, label, rule, "invalid", why);
    }

    private String checked(
            String field,
            String value,
            Localized label,
            Function<String, Optional<String>> rule,
            String problem,
            Localized why) {
        if (value == null || value.isBlank()) {
            add(field, "missing", label, MISSING);
            return null;
        }
        Optional<String> kept = rule.apply(value.strip());
        if (kept.isEmpty()) {
            add(field, problem, label, why);
            return null;
        }
        return kept.get();
    }

    private void add(String field, String problem, Localized label, Localized reason) {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("field", field);
        named.put("problem", problem);
        named.put("label", label);
        named.put("reason", reason);
        problems.add(named);
    }
}
