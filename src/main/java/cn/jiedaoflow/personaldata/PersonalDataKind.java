package cn.jiedaoflow.personaldata;

import cn.jiedaoflow.people.IdNumbers;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of personal data a form field may hold, named by the field's custom property
 * {@value #PROPERTY} (Camunda Modeler: "Custom properties"), each with the masked form that lists, summaries
 * and Tasklist forms show. The full value is shown only by the personal-data plugin, to the staff whose task
 * needs it.
 */
public enum PersonalDataKind {
    /** 居民身份证号码: first four and last four kept, {@code 3101**********123X}. */
    ID_NUMBER("id-number"),
    /** a bank card or account number: first four and last four, {@code 6222 **** **** 1234}. */
    BANK_ACCOUNT("bank-account"),
    /** a mobile number: first three and last four, {@code 138****0001}. */
    MOBILE("mobile"),
    /** an income: only that it is recorded. */
    INCOME("income"),
    /** a disability certificate, grade or kind: only that it is recorded. */
    DISABILITY("disability"),
    /** health and hardship descriptions: only that it is recorded. */
    HEALTH("health");

    /** The form-js custom property of a field that holds personal data; its value is the kind's id. */
    public static final String PROPERTY = "personalData";
    /** What the masked form of a recorded income, disability or health detail reads. */
    public static final String RECORDED = "已登记";

    private final String id;

    PersonalDataKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PersonalDataKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    /** The masked form of {@code value} (shown as text); {@code null} stays {@code null}. */
    public String mask(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return switch (this) {
            case ID_NUMBER -> IdNumbers.mask(text);
            case BANK_ACCOUNT -> bankAccount(text);
            case MOBILE ->
                text.length() < 7
                        ? "*".repeat(text.length())
                        : text.substring(0, 3) + "****" + text.substring(text.length() - 4);
            case INCOME, DISABILITY, HEALTH -> RECORDED;
        };
    }

    private static String bankAccount(String text) {
        String digits = text.replaceAll("\\s", "");
        if (digits.length() < 8) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 4) + " **** **** " + digits.substring(digits.length() - 4);
    }
}
