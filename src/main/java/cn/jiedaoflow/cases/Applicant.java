package cn.jiedaoflow.cases;

/**
 * Who applied: an account's holder, or a walk-in resident entered by staff (no account yet).
 *
 * @param accountId the resident's account; {@code null} for a case entered by staff
 * @param idNumber  the full ID number where there is one: kept in the case record only, never a process variable
 */
public record Applicant(Long accountId, String name, String mobile, String idNumber) {}
