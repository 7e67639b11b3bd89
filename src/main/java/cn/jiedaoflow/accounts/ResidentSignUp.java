package cn.jiedaoflow.accounts;

/**
 * {@code POST /api/accounts/residents}: a resident's sign-up.
 *
 * @param mobile   the login name, which the code was sent to
 * @param code     the verification code
 * @param password the password (docs/accounts.md)
 * @param name     the resident's name
 * @param idNumber the resident ID number (GB 11643; a lower-case x is read as X)
 */
record ResidentSignUp(String mobile, String code, String password, String name, String idNumber) {

    @Override
    public String toString() {
        return "ResidentSignUp[mobile, code, password, name, idNumber]";
    }
}
