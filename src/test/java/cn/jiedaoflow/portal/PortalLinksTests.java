package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The portal's address on receipts: the configured one when set, else the one the request came to. */
class PortalLinksTests {

    private static final String PATH = "/my/cases/OS-20261217-K7Q2MX";

    @Test
    void theConfiguredAddressWinsOverTheRequests() {
        PortalLinks links = new PortalLinks(URI.create("https://fw.chengjiaqiao.gov.cn/"));

        assertThat(links.absolute(PATH, "http://10.0.0.7:8080"))
                .isEqualTo("https://fw.chengjiaqiao.gov.cn/my/cases/OS-20261217-K7Q2MX");
    }

    @Test
    void withoutOneOrWithAnEmptyOneTheRequestsAddressIsTaken() {
        assertThat(new PortalLinks(null).absolute(PATH, "http://localhost:8080"))
                .isEqualTo("http://localhost:8080/my/cases/OS-20261217-K7Q2MX");
        assertThat(new PortalLinks(URI.create("")).absolute(PATH, "http://localhost:8080"))
                .isEqualTo("http://localhost:8080/my/cases/OS-20261217-K7Q2MX");
    }

    @Test
    void anAddressThatIsNotAbsoluteIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PortalLinks(URI.create("fw.chengjiaqiao.gov.cn")))
                .withMessageContaining("jiedao.portal.base-url");
    }
}
