package cn.jiedaoflow.warmup;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much a node warms up before it reports ready ({@code jiedao.warm-up}, docs/operations.md "Warm-up").
 *
 * @param rounds how many times each {@link WarmUpStep} runs, 0 to 100; 0 turns the warm-up off
 */
@ConfigurationProperties("jiedao.warm-up")
record WarmUpSettings(Integer rounds) {

    static final int DEFAULT_ROUNDS = 20;
    static final int MAX_ROUNDS = 100;

    WarmUpSettings {
        rounds = rounds == null ? DEFAULT_ROUNDS : rounds;
        if (rounds < 0 || rounds > MAX_ROUNDS) {
            throw new IllegalArgumentException(
                    "jiedao.warm-up.rounds must be between 0 and " + MAX_ROUNDS + ", not " + rounds);
        }
    }
}
