package cn.jiedaoflow.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A material as a model declares it on its start event: {@code material.<code>} = {@code required|中文名|English}. */
class DeclaredMaterialTests {

    @Test
    void readsARequiredAndAnOptionalMaterial() {
        assertThat(DeclaredMaterial.of("material.id-card", "required|身份证|ID card"))
                .contains(new DeclaredMaterial("id-card", "身份证", "ID card", true));
        assertThat(DeclaredMaterial.of("material.photo", "optional| 照片 | Photo "))
                .contains(new DeclaredMaterial("photo", "照片", "Photo", false));
    }

    @Test
    void leavesOtherPropertiesAlone() {
        assertThat(DeclaredMaterial.of("nameEn", "x")).isEmpty();
        assertThat(DeclaredMaterial.of(null, "x")).isEmpty();
    }

    @Test
    void refusesWhatDoesNotReadAsAMaterial() {
        assertThatThrownBy(() -> DeclaredMaterial.of("material.ID_Card", "required|身份证|ID card"))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> DeclaredMaterial.of("material.id-card", "must|身份证|ID card"))
                .hasMessageContaining("required|中文名|English name");
        assertThatThrownBy(() -> DeclaredMaterial.of("material.id-card", "required|身份证"))
                .hasMessageContaining("required|中文名|English name");
        assertThatThrownBy(() -> DeclaredMaterial.of("material.id-card", "required| |ID card"))
                .hasMessageContaining("1 to 100");
    }

    @Test
    void namesHaveAtMostAHundredCharacters() {
        String hundred = "名".repeat(100);
        assertThat(DeclaredMaterial.of("material.x", "required|" + hundred + "|x"))
                .isPresent();
        assertThatThrownBy(() -> DeclaredMaterial.of("material.x", "required|" + hundred + "名|x"))
                .hasMessageContaining("1 to 100");
    }
}
