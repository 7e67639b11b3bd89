package cn.jiedaoflow.idempotency;

import cn.jiedaoflow.refusal.Refusal;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The idempotency keys of the console's forms (docs/console.md, "Window entry"), kept with the API's
 * ({@link IdempotencyKeys}, the same 24 hours): a form carries a key made when the page was drawn, and its first
 * submission that succeeds keeps the address of its answer under the key. A second submission of the same form (a
 * double click, a reload, the back button) does nothing and is sent to that answer; one that arrives while the first
 * runs waits for it. A submission that fails frees the key, so the corrected form can be sent with it.
 */
@Component
public class FormKeys {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Duration WAIT = Duration.ofMillis(200);
    private static final int WAITS = 50;

    private final IdempotencyKeys keys;

    FormKeys(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /** A new key for a form drawn now. */
    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * The address of the answer to the submission of form {@code form} with {@code key} by {@code caller}: what
     * {@code work} returns the first time, and the same address for every repeat, {@code work} not run again.
     */
    public String once(String caller, String key, String form, Supplier<String> work) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw Refusal.badInput("idempotency.form.invalid");
        }
        String fingerprint = "form:" + form;
        for (int waited = 0; ; waited++) {
            IdempotencyKeys.Claim claim = keys.claim(caller, key);
            if (claim instanceof IdempotencyKeys.Claimed claimed) {
                return first(claimed.id(), fingerprint, work);
            }
            if (claim instanceof IdempotencyKeys.Answered answered) {
                if (!fingerprint.equals(answered.fingerprint())
                        || answered.answer().location() == null) {
                    throw Refusal.badInput("idempotency.form.invalid");
                }
                return answered.answer().location();
            }
            if (waited >= WAITS) {
                throw Refusal.conflict("idempotency.form.running");
            }
            pause();
        }
    }

    private String first(long claim, String fingerprint, Supplier<String> work) {
        boolean kept = false;
        try {
            String location = work.get();
            keys.keep(claim, fingerprint, new KeptAnswer(303, location, null, new byte[0]));
            kept = true;
            return location;
        } finally {
            if (!kept) {
                keys.release(claim);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the first submission of a form ran", e);
        }
    }
}
