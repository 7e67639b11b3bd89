package cn.jiedaoflow.accounts;

/**
 * {@code POST /api/accounts/enterprises}: an enterprise's sign-up.
 *
 * @param creditCode  the unified social credit code (GB 32100), the login name
 * @param name        the enterprise's name
 * @param contactName its contact person
 * @param mobile      the contact's mobile number, which the code was sent to and later codes go to
 * @param code        the verification code
 * @param password    the password (docs/accounts.md)
 */
record EnterpriseSignUp(
        String creditCode, String name, String contactName, String mobile, String code, String password) {

    @Override
    public String toString() {
        return "EnterpriseSignUp[creditCode, name, contactName, mobile, code, password]";
    }
}
