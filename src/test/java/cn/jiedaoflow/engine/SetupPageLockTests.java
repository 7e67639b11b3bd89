package cn.jiedaoflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(SetupPageLock.isSetupPath("/camunda/api/admin/setup/default/user/create"))
                .isTrue();
        assertThat(SetupPageLock.isSetupPath("/camunda/app/admin/default/setup/"))
                .isTrue();
    }

    @Test
    void leavesTheRestOfTheWebappsOpen() {
        assertThat(SetupPageLock.isSetupPath("/camunda/api/admin/auth/user/default/login/admin"))
                .isFalse();
        assertThat(SetupPageLock.isSetupPath("/camunda/app/admin/default/")).isFalse();
        assertThat(SetupPageLock.isSetupPath("/camunda/api/engine/engine/default/user/setup-guide"))
                .isFalse();
    }

    @Test
    void refusesAPathThatCannotBeDecodedAtAnyRound() {
        // as the servlet container hands them over: it has decoded nothing yet, and %25 is a percent sign
        for (String path : new String[] {
            "/api/applications/%25",
            "/%25zz",
            "/camunda/api/admin/setup/%25zz",
            "/camunda/api/admin/%2525zzsetup",
            "/engine-rest/%25",
            "/api/%252"
        }) {
            assertThatThrownBy(() -> SetupPageLock.isSetupPath(path))
                    .as(path)
                    .isInstanceOf(SetupPageLock.UndecodablePath.class);
        }
        assertThat(SetupPageLock.isSetupPath("/api/applications/%2541")).isFalse();
    }
}
