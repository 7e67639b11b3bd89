package cn.jiedaoflow.accounts;

/**
 * An enterprise's account as the sign-up answers it.
 *
 * @param loginName     the unified social credit code, to sign in with
 * @param name          the enterprise's name
 * @param contactName   its contact person
 * @param contactMobile the contact's mobile number, where its verification codes go
 */
record EnterpriseAccount(String loginName, String name, String contactName, String contactMobile) {}
