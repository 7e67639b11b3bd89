package cn.jiedaoflow.overview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The credential a Prometheus server scrapes {@code /actuator/prometheus} with (docs/overview.md): HTTP Basic with
 * {@code jiedao.metrics.scrape-user} ({@code prometheus} unless configured) and {@code jiedao.metrics.scrape-password},
 * which has no default and is never in the repository. Without a password there is no such credential, and only
 * administrators read the metrics. It signs in for the metrics only: the authority it gives, {@link #AUTHORITY},
 * opens nothing else, and it is no bean (the application's one {@code AuthenticationProvider} stays the API's).
 */
public final class ScrapeCredential implements AuthenticationProvider {

    /** What the scrape credential may do: read the metrics. */
    public static final String AUTHORITY = "METRICS_SCRAPE";

    private final String user;
    private final byte[] password;

    private ScrapeCredential(String user, String password) {
        this.user = user;
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    /** The credential, when a password is configured (blank counts as none). */
    public static Optional<AuthenticationProvider> of(String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ScrapeCredential(user.strip(), password));
    }

    /** Answers for the scrape user only: anyone else is left to the next provider. */
    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!user.equals(authentication.getName())) {
            return null;
        }
        Object given = authentication.getCredentials();
        byte[] sent = given == null ? new byte[0] : given.toString().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(sent, password)) {
            throw new BadCredentialsException("bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(AUTHORITY)));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
