package cn.jiedaoflow.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How long a browser keeps the portal's files (docs/portal.md, "Caching and compression"). Pages and the API are
 * never kept ({@code no-store}, written by the security chains: they hold personal data); this class says it for the
 * files under {@code /portal/}:
 *
 * <ul>
 *   <li>{@code /portal/vendor/**} (third-party code whose address names its version, e.g. {@code form-js-viewer/1.8.7})
 *       is kept a year without asking again ({@code public, max-age=31536000, immutable}): another version is another
 *       address.
 *   <li>the portal's own styles and scripts ({@code /portal/*.css}, {@code /portal/js/*.js}) keep their address from
 *       release to release, so a browser may keep them but must ask each time ({@code no-cache}) with the weak ETag of
 *       their content: unchanged, the answer is a 304 without a body; after a release that changed a file, its new
 *       content. No Last-Modified: the files' dates inside the jar say nothing reliable about their content.
 * </ul>
 *
 * <p>The ETag is weak ({@code W/"…"}) because Tomcat compresses no answer with a strong one (a strong ETag promises
 * the same bytes, which a compressed answer is not).
 */
@Configuration
class StaticFiles implements WebMvcConfigurer {

    private static final CacheControl VENDOR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl OWN = CacheControl.noCache();

    private static final String LOCATION = "classpath:/static/portal/";

    private final Map<String, String> etags = new ConcurrentHashMap<>();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/portal/vendor/**")
                .addResourceLocations(LOCATION + "vendor/")
                .setCacheControl(VENDOR);
        registry.addResourceHandler("/portal/**")
                .addResourceLocations(LOCATION)
                .setCacheControl(OWN)
                .setUseLastModified(false)
                .setEtagGenerator(this::etag);
    }

    /**
     * The weak ETag of a file's content, computed once per file and date (the date changes when a file is rebuilt
     * while the application runs from target/classes, never inside the jar).
     */
    private String etag(Resource resource) {
        try {
            String key = resource.getURL() + "@" + resource.lastModified();
            return etags.computeIfAbsent(key, k -> "W/\"" + digest(resource) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return DigestUtils.md5DigestAsHex(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
