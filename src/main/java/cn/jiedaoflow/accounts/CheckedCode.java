package cn.jiedaoflow.accounts;

import java.time.Instant;

/**
 * A verification code that was right when it was tried: the number it was sent to and when it was sent (so that
 * spending it spends that code, not one sent since).
 */
record CheckedCode(String mobile, Instant sentAt) {}
