package cn.jiedaoflow.accounts;

/** {@code POST /api/accounts/verification-codes}: the mobile number that is to receive a code. */
record CodeRequest(String mobile) {}
