package cn.jiedaoflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreditCodesTests {

    @Test
    void acceptsRealCodesWithTheirCheckCharacter() {
        // published codes of well-known companies, and the demo enterprise
        assertThat(CreditCodes.normalized("9144030071526726XG")).contains("9144030071526726XG");
        assertThat(CreditCodes.normalized("914403001922038216")).contains("914403001922038216");
        assertThat(CreditCodes.normalized("91110000100010433L")).contains("91110000100010433L");
        assertThat(CreditCodes.normalized(" 91310105ma1fl00017 "))
                .as("stripped, upper case")
                .contains("91310105MA1FL00017");
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThat(CreditCodes.normalized("91310105MA1FL0001X")).isEmpty();
        assertThat(CreditCodes.normalized("9144030071526726XH")).isEmpty();
        assertThat(CreditCodes.normalized("914403001922038210")).isEmpty();
    }

    @Test
    void everyCharacterOfTheAlphabetCanBeTheCheckCharacter() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; seen.size() < 31 && i < 100_000; i++) {
            String body = "91310105MA" + String.format("%07d", i);
            char check = CreditCodes.checkCharacter(body);
            if (seen.add(check)) {
                assertThat(CreditCodes.normalized(body + check))
                        .as(body + check)
                        .isPresent();
            }
        }
        assertThat(seen).hasSize(31);
    }

    @Test
    void onlyTheCodesAlphabetIsAllowed() {
        for (char letter : "IOSVZ".toCharArray()) {
            assertThat(CreditCodes.normalized("91310105MA1FL0" + letter + "01" + "7"))
                    .as("%s", letter)
                    .isEmpty();
        }
        assertThat(CreditCodes.normalized("91310105MA1FL0001"))
                .as("17 characters")
                .isEmpty();
        assertThat(CreditCodes.normalized("91310105MA1FL000177"))
                .as("19 characters")
                .isEmpty();
        assertThat(CreditCodes.normalized("913101O5MA1FL00017"))
                .as("a letter in the address code")
                .isEmpty();
        assertThat(CreditCodes.normalized(null)).isEmpty();
        assertThat(CreditCodes.normalized("")).isEmpty();
    }

    @Test
    void theAuthorityTypeAndAddressCodeMustBeOnesTheStandardKnows() {
        assertThat(CreditCodes.normalized(withCheck("B1310105MA1FL0001")))
                .as("authority B")
                .isEmpty();
        assertThat(CreditCodes.normalized(withCheck("94310105MA1FL0001")))
                .as("工商 has no type 4")
                .isEmpty();
        assertThat(CreditCodes.normalized(withCheck("92310105MA1FL0001")))
                .as("个体工商户")
                .isPresent();
        assertThat(CreditCodes.normalized(withCheck("52310105MA1FL0001")))
                .as("民办非企业单位")
                .isPresent();
        assertThat(CreditCodes.normalized(withCheck("Y1310105MA1FL0001"))).isPresent();
        assertThat(CreditCodes.normalized(withCheck("91000000MA1FL0001")))
                .as("address code of zeros")
                .isEmpty();
        assertThat(CreditCodes.normalized("000000000000000000")).isEmpty();
    }

    private static String withCheck(String first17) {
        return first17 + CreditCodes.checkCharacter(first17);
    }
}
