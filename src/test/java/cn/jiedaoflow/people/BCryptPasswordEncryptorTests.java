package cn.jiedaoflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.junit.jupiter.api.Test;

class BCryptPasswordEncryptorTests {

    final BCryptPasswordEncryptor encryptor = new BCryptPasswordEncryptor(4);

    @Test
    void hashesWithBCryptOfTheConfiguredStrength() {
        String hash = encryptor.encrypt("Staff-Passw0rd!salt");
        assertThat(hash).startsWith("$2a$04$");
        assertThat(encryptor.check("Staff-Passw0rd!salt", hash)).isTrue();
        assertThat(encryptor.check("Staff-Passw0rd!salu", hash)).isFalse();
        assertThat(encryptor.check("Staff-Passw0rd!salt", null)).isFalse();
    }

    @Test
    void readsEveryByteOfAPasswordLongerThanBCryptDoes() {
        String base = "x".repeat(BCryptPasswordEncryptor.LONGEST_INPUT);
        String hash = encryptor.encrypt(base + "tail-one");
        assertThat(encryptor.check(base + "tail-one", hash)).isTrue();
        assertThat(encryptor.check(base + "tail-two", hash)).isFalse();
        assertThat(encryptor.check(base, hash)).isFalse();
    }

    @Test
    void knowsWhichStoredHashesToRedo() {
        assertThat(encryptor.needsUpgrade("{SHA-512}" + new Sha512HashDigest().encrypt("pw")))
                .isTrue();
        assertThat(encryptor.needsUpgrade("{BCRYPT}" + new BCryptPasswordEncryptor(5).encrypt("pw")))
                .isTrue();
        assertThat(encryptor.needsUpgrade("{BCRYPT}" + encryptor.encrypt("pw"))).isFalse();
        assertThat(encryptor.needsUpgrade(null)).isTrue();
        assertThat(encryptor.hashAlgorithmName()).isEqualTo("BCRYPT");
    }
}
