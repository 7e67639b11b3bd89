package cn.jiedaoflow.owners;

/** Names the resident account, by its mobile number, that speaks for an owner. */
record AccountLinkRequest(String mobile) {}
