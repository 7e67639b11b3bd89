package cn.jiedaoflow.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The overview's vendored libraries (docs/overview.md): each in the directory of its version, with its licence, the
 * file's own version the directory's, and the pages asking for that directory.
 */
class VendoredLibrariesTests {

    static final String ECHARTS = "6.1.0";
    static final String BPMN_JS = "18.31.1";

    private static final Path VENDOR = Path.of("src/main/resources/static/portal/vendor");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/console");

    @Test
    void echartsIsItsVersionWithItsApacheLicenceAndNotice() throws IOException {
        Path dir = VENDOR.resolve("echarts").resolve(ECHARTS);

        assertThat(Files.readString(dir.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
        assertThat(Files.readString(dir.resolve("NOTICE"))).contains("Apache ECharts");
        assertThat(dir.resolve("LICENSE-d3")).exists();
        assertThat(Files.readString(dir.resolve("echarts.min.js"))).contains("t.version=\"" + ECHARTS + "\"");
        assertThat(Files.readString(TEMPLATES.resolve("overview.html")))
                .contains("/portal/vendor/echarts/" + ECHARTS + "/echarts.min.js");
    }

    @Test
    void bpmnJsIsItsVersionWithTheBpmnIoLicence() throws IOException {
        Path dir = VENDOR.resolve("bpmn-js").resolve(BPMN_JS);

        assertThat(Files.readString(dir.resolve("LICENSE"))).contains("bpmn.io");
        assertThat(Files.readString(dir.resolve("bpmn-navigated-viewer.production.min.js")))
                .startsWith("/*! bpmn-js - bpmn-navigated-viewer v" + BPMN_JS + " ");
        assertThat(dir.resolve("diagram-js.css")).exists();
        assertThat(dir.resolve("bpmn-js.css")).exists();
        assertThat(Files.readString(TEMPLATES.resolve("overview-process.html")))
                .contains("/portal/vendor/bpmn-js/" + BPMN_JS + "/bpmn-navigated-viewer.production.min.js");
    }
}
