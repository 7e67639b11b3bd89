package cn.jiedaoflow.accounts;

/**
 * {@code POST /api/accounts/password-reset}: a new password for the account of {@code loginName} (a mobile number or
 * a credit code), with a code sent to the account's mobile number. Also ends a sign-in lock.
 */
record PasswordReset(String loginName, String code, String password) {

    @Override
    public String toString() {
        return "PasswordReset[loginName, code, password]";
    }
}
