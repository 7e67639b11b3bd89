package cn.jiedaoflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTests {

    @Test
    void aChineseNameKeepsItsFamilyNameAndMasksTheRest() {
        assertThat(PersonNames.mask("张三丰")).isEqualTo("张**");
        assertThat(PersonNames.mask(" 李四 ")).isEqualTo("李*");
    }

    @Test
    void aLatinNameKeepsItsInitial() {
        assertThat(PersonNames.mask("Jane Smith")).isEqualTo("J*********");
    }

    @Test
    void aNameOfOneCharacterOrNoneShowsNothingMore() {
        assertThat(PersonNames.mask("王")).isEqualTo("王");
        assertThat(PersonNames.mask("")).isEmpty();
        assertThat(PersonNames.mask(null)).isNull();
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsOnce() {
        assertThat(PersonNames.mask("𠮷野家")).isEqualTo("𠮷**");
    }
}
