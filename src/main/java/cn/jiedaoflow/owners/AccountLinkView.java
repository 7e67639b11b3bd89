package cn.jiedaoflow.owners;

record AccountLinkView(long estateId, String ownerId, long accountId, String mobile) {}
