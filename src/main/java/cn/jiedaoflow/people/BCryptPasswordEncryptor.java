package cn.jiedaoflow.people;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The engine's hash of staff passwords: BCrypt, stored as {@code {BCRYPT}$2a$10$…} in {@code ACT_ID_USER.PWD_}
 * instead of the engine's salted SHA-512, which a graphics card tries by the billion per second. The engine still
 * appends its own salt to the password before hashing (harmless: BCrypt salts too). BCrypt reads at most 72 bytes;
 * a longer input is hashed with SHA-256 first, so that no part of a long password is ignored.
 */
class BCryptPasswordEncryptor implements PasswordEncryptor {

    static final String NAME = "BCRYPT";
    static final int LONGEST_INPUT = 72;

    private final BCryptPasswordEncoder bcrypt;
    private final int strength;

    BCryptPasswordEncryptor(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
        this.strength = strength;
    }

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(input(password));
    }

    @Override
    public boolean check(String password, String encrypted) {
        return encrypted != null && bcrypt.matches(input(password), encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return NAME;
    }

    /** Whether a stored value ({@code {ALGORITHM}hash}) is another algorithm's, or BCrypt of another strength. */
    boolean needsUpgrade(String stored) {
        String prefix = "{" + NAME + "}";
        return stored == null || !stored.startsWith(prefix + String.format("$2a$%02d$", strength));
    }

    private static String input(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length <= LONGEST_INPUT) {
            return password;
        }
        return Base64.getEncoder().encodeToString(Hashes.sha256(password));
    }
}
