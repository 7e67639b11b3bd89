package cn.jiedaoflow.accounts;

import java.time.OffsetDateTime;

/**
 * The answer to a request for a code, the same whether or not the number has an account.
 *
 * @param validUntil     until when the code may be used (5 minutes)
 * @param nextCodeFrom   from when the number may have another code (60 seconds), daily limit aside
 */
record CodeSent(OffsetDateTime validUntil, OffsetDateTime nextCodeFrom) {}
