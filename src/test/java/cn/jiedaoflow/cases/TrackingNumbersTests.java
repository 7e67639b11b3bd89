package cn.jiedaoflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedaoflow.config.OfficeTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrackingNumbersTests {

    private final TrackingNumbers trackingNumbers = new TrackingNumbers(OfficeTime.SHANGHAI);

    @Test
    void readsAsPrefixShanghaiDateAndSixCharacters() {
        // 2026-11-27T16:30Z is already 28 November in Shanghai
        String number = trackingNumbers.next("LD", Instant.parse("2026-11-27T16:30:00Z"));

        assertThat(number).matches("LD-20261128-[" + TrackingNumbers.ALPHABET + "]{6}");
    }

    @Test
    void leavesOutCharactersThatAreMisread() {
        assertThat(TrackingNumbers.ALPHABET).doesNotContain("0", "1", "I", "L", "O");
        assertThat(TrackingNumbers.ALPHABET.chars().distinct().count()).isEqualTo(TrackingNumbers.ALPHABET.length());
    }

    /**
     * 31^6 (about 887 million) numbers per day: among 10,000 numbers of one day a repeat is expected about
     * once in 18 runs, so the service that assigns numbers checks the case table and draws again; more than
     * three repeats would mean the generator is broken (probability below one in a million).
     */
    @Test
    void rarelyRepeatsAndUsesTheWholeAlphabetOverManyNumbers() {
        Instant now = Instant.parse("2026-03-06T02:00:00Z");
        Set<String> numbers = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> {
            String number = trackingNumbers.next("LD", now);
            numbers.add(number);
            number.substring(12).chars().forEach(c -> seen.add((char) c));
        });

        assertThat(numbers.size()).isGreaterThanOrEqualTo(10_000 - 3);
        assertThat(seen).hasSize(TrackingNumbers.ALPHABET.length());
    }

    @Test
    void refusesAPrefixThatIsNotTwoToFourCapitalLetters() {
        assertThatThrownBy(() -> trackingNumbers.next("ld", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trackingNumbers.next("LD-1", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsAgainWhileTheNumberIsTakenAndGivesUpAfterFiveDraws() {
        Instant now = Instant.parse("2026-03-06T02:00:00Z");
        List<String> asked = new ArrayList<>();
        String unused = trackingNumbers.unused("OS", now, candidate -> {
            asked.add(candidate);
            return asked.size() < 3;
        });
        assertThat(asked).hasSize(3);
        assertThat(unused).isEqualTo(asked.get(2));

        List<String> refused = new ArrayList<>();
        assertThatThrownBy(() -> trackingNumbers.unused("OS", now, candidate -> refused.add(candidate)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("5 attempts");
        assertThat(refused).hasSize(TrackingNumbers.ATTEMPTS).hasSize(5);
    }
}
