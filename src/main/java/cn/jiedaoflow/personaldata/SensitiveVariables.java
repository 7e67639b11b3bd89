package cn.jiedaoflow.personaldata;

import java.util.Set;

/**
 * The one list of process variable names that must never be stored by the engine: full ID numbers, bank
 * accounts, incomes, health and disability details. The application keeps these values in its own records
 * (a case's row), the process holds the tracking number and, where a form shows it, a masked form.
 *
 * <p>Two mechanisms read this list. The history filter ({@link SensitiveHistoryFilter}) drops every historic
 * variable event and every form-field event of these names, so nothing reaches {@code ACT_HI_VARINST} or
 * {@code ACT_HI_DETAIL} even for the instant a value typed into a Tasklist form exists as a variable; the
 * procedures' listeners move such values into their records in the same transaction and remove the variable,
 * so nothing reaches {@code ACT_RU_VARIABLE}. The model lint checks that every Tasklist form field holding
 * personal data is named here, and that no form shows one of these names.
 *
 * <p>A name here is sensitive in every process: a process that needs such a value under another meaning must
 * choose another name.
 */
public final class SensitiveVariables {

    /** The names; see the class comment and docs/architecture.md, "Personal data". */
    public static final Set<String> NAMES = Set.of(
            // resident ID numbers: labour mediation's start form, veteran assistance
            "applicantIdNumber",
            "veteranIdNumber",
            "idNumber",
            // incomes and disability details: veteran assistance's home visit, one-stop matters
            "monthlyHouseholdIncome",
            "disabilityGrade",
            "disabilityCertificateNumber",
            "disabilityType",
            // bank accounts and health: one-stop matters
            "bankAccount",
            "hardshipDescription",
            // mobile numbers typed into a form: an enterprise's contact (the generic door keeps contactMobileMasked),
            // a mediation's applicant (the case record keeps it; the tasks that need it show applicantMobileMasked)
            "contactMobile",
            "applicantMobile");

    private SensitiveVariables() {}

    public static boolean isSensitive(String variableName) {
        return variableName != null && NAMES.contains(variableName);
    }
}
