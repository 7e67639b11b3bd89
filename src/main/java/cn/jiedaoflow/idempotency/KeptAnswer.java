package cn.jiedaoflow.idempotency;

/** The first answer to a keyed request, as it is given again: status, {@code Location}, content type and body. */
record KeptAnswer(int status, String location, String contentType, byte[] body) {}
