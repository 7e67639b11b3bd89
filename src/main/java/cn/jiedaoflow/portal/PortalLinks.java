package cn.jiedaoflow.portal;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the portal is reached from outside, under {@code jiedao.portal.*} (docs/operations.md).
 *
 * @param baseUrl the portal's absolute address as residents reach it ({@code https://fw.chengjiaqiao.gov.cn}), which
 *                the links printed on receipts (their QR codes) start with; unset or empty, each page takes the address
 *                it was asked at (behind a proxy: with the forward headers)
 */
@ConfigurationProperties("jiedao.portal")
record PortalLinks(URI baseUrl) {

    PortalLinks {
        if (baseUrl != null && baseUrl.toString().isBlank()) {
            baseUrl = null;
        }
        if (baseUrl != null && (!baseUrl.isAbsolute() || baseUrl.getHost() == null)) {
            throw new IllegalArgumentException(
                    "jiedao.portal.base-url must be an absolute http(s) address: " + baseUrl);
        }
    }

    /** {@code path} made absolute on the configured base, or on {@code requestBase} when none is configured. */
    String absolute(String path, String requestBase) {
        String base = baseUrl == null ? requestBase : baseUrl.toString();
        return base.replaceAll("/+$", "") + path;
    }
}
