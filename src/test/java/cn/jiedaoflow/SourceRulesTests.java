package cn.jiedaoflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules on the source text that the architecture rules cannot see: a class a newcomer can read in one sitting,
 * and the office's zone and hours written once, in {@code config/OfficeTime}.
 */
class SourceRulesTests {

    static final Path MAIN = Path.of("src/main/java");

    /** No source file is longer than this many lines. */
    static final int MAX_LINES = 350;

    static final Path OFFICE_TIME = MAIN.resolve("cn/jiedaoflow/config/OfficeTime.java");

    /** A zone or an hour of the office written in code (comments aside). */
    static final Pattern OFFICE_LITERAL = Pattern.compile("\"Asia/Shanghai\"|LocalTime\\.of\\(\\s*17\\b");

    @Test
    void noClassIsLongerThanTheLimit() {
        List<String> tooLong = sources()
                .filter(file -> lines(file).size() > MAX_LINES)
                .map(file -> MAIN.relativize(file) + " (" + lines(file).size() + " lines)")
                .toList();

        assertThat(tooLong).as("source files over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void theOfficesZoneAndHoursAreWrittenOnlyInOfficeTime() {
        List<String> literals = sources()
                .filter(file -> !file.equals(OFFICE_TIME))
                .flatMap(file -> lines(file).stream()
                        .filter(line -> !isComment(line))
                        .filter(line -> OFFICE_LITERAL.matcher(line).find())
                        .map(line -> MAIN.relativize(file) + ": " + line.strip()))
                .toList();

        assertThat(literals)
                .as("the zone and office hours come from config.OfficeTime")
                .isEmpty();
    }

    @Test
    void theRuleFindsALiteralInCode() {
        assertThat(OFFICE_LITERAL
                        .matcher("ZoneId zone = ZoneId.of(\"Asia/Shanghai\");")
                        .find())
                .isTrue();
        assertThat(OFFICE_LITERAL
                        .matcher("LocalTime end = LocalTime.of(17, 0);")
                        .find())
                .isTrue();
        assertThat(OFFICE_LITERAL.matcher("LocalTime end = LocalTime.of(9, 0);").find())
                .isFalse();
        assertThat(isComment(" * the office's day in Asia/Shanghai")).isTrue();
    }

    private static boolean isComment(String line) {
        String text = line.strip();
        return text.startsWith("*") || text.startsWith("//") || text.startsWith("/*");
    }

    private static Stream<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
