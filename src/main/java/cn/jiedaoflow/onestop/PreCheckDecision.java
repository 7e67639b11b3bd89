package cn.jiedaoflow.onestop;

import java.util.Optional;

/** The window's pre-check (预审): accept (受理), ask for a supplement (补正), or not accept (不予受理). */
enum PreCheckDecision {
    ACCEPT,
    SUPPLEMENT,
    NOT_ACCEPTED;

    public static Optional<PreCheckDecision> parse(Object value) {
        for (PreCheckDecision decision : values()) {
            if (decision.name().equals(value)) {
                return Optional.of(decision);
            }
        }
        return Optional.empty();
    }
}
