package cn.jiedaoflow.accounts;

import java.util.Optional;

/**
 * What a resident's or an enterprise's new password must be (docs/accounts.md): 8 to 64 characters a keyboard types
 * (printable ASCII: letters, digits, punctuation, the space), at least one letter and one digit. 64 ASCII characters
 * stay within the 72 bytes BCrypt reads, so that no part of a password is silently ignored.
 */
final class PasswordRule {

    static final int SHORTEST = 8;
    static final int LONGEST = 64;

    private PasswordRule() {}

    /**
     * Why {@code password} is refused, if it is: {@code missing}, {@code tooShort}, {@code tooLong}, {@code invalid}
     * (a character a keyboard does not type) or {@code weak} (no letter, or no digit).
     */
    static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("missing");
        }
        if (password.length() < SHORTEST) {
            return Optional.of("tooShort");
        }
        if (password.length() > LONGEST) {
            return Optional.of("tooLong");
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password.toCharArray()) {
            if (c < 0x20 || c > 0x7E) {
                return Optional.of("invalid");
            }
            letter |= c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return letter && digit ? Optional.empty() : Optional.of("weak");
    }
}
