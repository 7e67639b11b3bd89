package cn.jiedaoflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdNumbersTests {

    @Test
    void anIdNumberIsSeventeenDigitsAndADigitOrX() {
        assertThat(IdNumbers.normalized("310105199001011234")).contains("310105199001011234");
        assertThat(IdNumbers.normalized(" 31010519900101123x ")).contains("31010519900101123X");
        assertThat(IdNumbers.normalized("3101051990010112345")).isEmpty();
        assertThat(IdNumbers.normalized("31010519900101123")).isEmpty();
        assertThat(IdNumbers.normalized("3101051990010112Y4")).isEmpty();
        assertThat(IdNumbers.normalized("")).isEmpty();
        assertThat(IdNumbers.normalized(null)).isEmpty();
    }

    @Test
    void listsShowTheFirstAndLastFourOnly() {
        assertThat(IdNumbers.mask("31010519900101123X")).isEqualTo("3101**********123X");
        assertThat(IdNumbers.mask("12345678")).isEqualTo("********");
        assertThat(IdNumbers.mask(null)).isNull();
    }
}
