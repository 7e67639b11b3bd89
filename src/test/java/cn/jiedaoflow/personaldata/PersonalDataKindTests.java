package cn.jiedaoflow.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What each kind of personal data shows when masked. */
class PersonalDataKindTests {

    @Test
    void masksNumbersKeepingTheirEnds() {
        assertThat(PersonalDataKind.ID_NUMBER.mask("31010519900101123X")).isEqualTo("3101**********123X");
        assertThat(PersonalDataKind.BANK_ACCOUNT.mask("6222021234567891234")).isEqualTo("6222 **** **** 1234");
        assertThat(PersonalDataKind.BANK_ACCOUNT.mask("6222 0212 3456 7891 234"))
                .isEqualTo("6222 **** **** 1234");
        assertThat(PersonalDataKind.BANK_ACCOUNT.mask("1234567")).isEqualTo("*******");
        assertThat(PersonalDataKind.MOBILE.mask("13800000001")).isEqualTo("138****0001");
    }

    @Test
    void saysOnlyThatIncomesDisabilitiesAndHealthAreRecorded() {
        assertThat(PersonalDataKind.INCOME.mask(4321.87)).isEqualTo("已登记");
        assertThat(PersonalDataKind.DISABILITY.mask("2")).isEqualTo("已登记");
        assertThat(PersonalDataKind.HEALTH.mask("父亲住院三个月")).isEqualTo("已登记");
        assertThat(PersonalDataKind.INCOME.mask(null)).isNull();
    }

    @Test
    void isNamedByTheFormFieldsCustomProperty() {
        assertThat(PersonalDataKind.byId("bank-account")).contains(PersonalDataKind.BANK_ACCOUNT);
        assertThat(PersonalDataKind.byId("salary")).isEmpty();
    }
}
