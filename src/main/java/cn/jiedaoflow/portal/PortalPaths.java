package cn.jiedaoflow.portal;

import cn.jiedaoflow.console.ConsolePaths;

/** The addresses of the resident portal's pages (docs/portal.md). */
final class PortalPaths {

    static final String HOME = "/";
    static final String SIGN_IN = "/sign-in";
    /** Where a refused sign-in is answered: the sign-in page again, with the reason (forwarded, never linked). */
    static final String SIGN_IN_REFUSED = "/sign-in/refused";

    static final String SIGN_OUT = "/sign-out";
    static final String SIGN_UP = "/sign-up";
    static final String SIGN_UP_ENTERPRISE = "/sign-up/enterprise";
    static final String PASSWORD_RESET = "/password-reset";
    static final String INBOX = "/inbox";
    static final String MY_CASES = "/my/cases";
    /** One case of "my cases": {@code /my/cases/OS-20261128-K7Q2MX}. */
    static final String MY_CASE = "/my/cases/{trackingNumber}";
    /** A case's printable receipt (回执): {@code /my/cases/OS-20261128-K7Q2MX/receipt}. */
    static final String MY_CASE_RECEIPT = "/my/cases/{trackingNumber}/receipt";
    /** The addresses of "my cases", as the security chain matches them. */
    static final String MY_CASES_ALL = "/my/cases/**";
    /** The apply page of a one-stop matter: {@code /services/residence-registration/apply}. */
    static final String APPLY = "/services/{code}/apply";
    /** The apply pages, as the security chain matches them. */
    static final String APPLY_ALL = "/services/*/apply";
    /** A step of a case a model offers to its applicant: {@code /my/tasks/<task id>}. */
    static final String MY_TASK = "/my/tasks/{taskId}";
    /** The applicant's steps, as the security chain matches them. */
    static final String MY_TASKS_ALL = "/my/tasks/**";
    /** The owners' votes and opinion windows of their estates ({@code propertyfee.OwnersVotePages}). */
    static final String OWNERS_VOTES = "/owners/votes";

    static final String OWNERS_VOTES_ALL = "/owners/votes/**";
    /** The portal's own styles and scripts. */
    static final String STATIC = "/portal/**";

    /** Every address the portal's security chain guards. */
    static final String[] ALL = {
        HOME,
        SIGN_IN,
        SIGN_IN_REFUSED,
        SIGN_OUT,
        SIGN_UP,
        SIGN_UP_ENTERPRISE,
        PASSWORD_RESET,
        INBOX,
        MY_CASES,
        MY_CASES_ALL,
        MY_TASKS_ALL,
        APPLY_ALL,
        OWNERS_VOTES,
        OWNERS_VOTES_ALL,
        STATIC,
        "/favicon.ico",
        // the staff console shares the portal's sign-in, session and CSRF (docs/console.md)
        ConsolePaths.HOME,
        ConsolePaths.ALL
    };

    /**
     * The Content-Security-Policy of every page: scripts, styles, images and requests from the portal's own origin
     * only; no inline script or style, no plugin, no frame, no form to another site.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    static String applyPage(String matterCode) {
        return APPLY.replace("{code}", matterCode);
    }

    private PortalPaths() {}
}
