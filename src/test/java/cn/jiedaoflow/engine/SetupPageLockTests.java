package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SetupPageLockTests {

    @Test
    void normalisesDotSegmentsRepeatedSlashesParametersCaseAndEncoding() {
        assertThat(SetupPageLock.normalise("/camunda//api/./admin/x/../setup;a=b/default"))
                .isEqualTo("/camunda/api/admin/setup/default");
        assertThat(SetupPageLock.normalise("/Camunda/API/%2561dmin/setup")).isEqualTo("/camunda/api/admin/setup");
    }

    @Test
    void closesTheSetupApiAndItsPage() {
        assertThat(SetupPageLock.isSetupPath("/camunda/api/admin/setup/default/user/create")).isTrue();
        assertThat(SetupPageLock.isSetupPath("/camunda/app/admin/default/setup/")).isTrue();
    }

    @Test
    void leavesTheRestOfTheWebappsOpen() {
        assertThat(SetupPageLock.isSetupPath("/camunda/api/admin/auth/user/default/login/admin")).isFalse();
        assertThat(SetupPageLock.isSetupPath("/camunda/app/admin/default/")).isFalse();
        assertThat(SetupPageLock.isSetupPath("/camunda/api/engine/engine/default/user/setup-guide")).isFalse();
    }
}
