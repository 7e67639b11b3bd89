package cn.jiedaoflow.accounts;

/**
 * A resident's account as the sign-up answers it.
 *
 * @param loginName the mobile number, to sign in with
 * @param name      the name
 * @param idNumber  the ID number, masked ({@code 3101**********123X})
 */
record ResidentAccount(String loginName, String name, String idNumber) {}
