package cn.jiedaoflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRuleTests {

    @Test
    void eightCharactersAreEnoughSevenAreNot() {
        assertThat(PasswordRule.problem("abc1234")).contains("tooShort");
        assertThat(PasswordRule.problem("abcd1234")).isEmpty();
    }

    @Test
    void sixtyFourCharactersAreTheMostSixtyFiveAreNot() {
        assertThat(PasswordRule.problem("a1" + "b".repeat(62))).isEmpty();
        assertThat(PasswordRule.problem("a1" + "b".repeat(63))).contains("tooLong");
    }

    @Test
    void lettersAndDigitsBothKeyboardCharactersOnly() {
        assertThat(PasswordRule.problem("abcdefgh")).contains("weak");
        assertThat(PasswordRule.problem("12345678")).contains("weak");
        assertThat(PasswordRule.problem("!@#$%^&*")).contains("weak");
        assertThat(PasswordRule.problem("Zz 9~!@#")).as("a space and symbols").isEmpty();
        assertThat(PasswordRule.problem("密码abcd1234")).contains("invalid");
        assertThat(PasswordRule.problem("abcd\t1234")).contains("invalid");
        assertThat(PasswordRule.problem("abcdé1234")).contains("invalid");
    }

    @Test
    void noPasswordIsMissing() {
        assertThat(PasswordRule.problem(null)).contains("missing");
        assertThat(PasswordRule.problem("")).contains("missing");
    }
}
