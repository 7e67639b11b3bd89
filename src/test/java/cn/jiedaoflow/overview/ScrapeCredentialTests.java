package cn.jiedaoflow.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The scrape credential: none without a password; its own user only; the authority that reads the metrics. */
class ScrapeCredentialTests {

    @Test
    void withoutAPasswordThereIsNoCredential() {
        assertThat(ScrapeCredential.of("prometheus", null)).isEmpty();
        assertThat(ScrapeCredential.of("prometheus", "  ")).isEmpty();
    }

    @Test
    void itsUserWithItsPasswordMayReadTheMetrics() {
        AuthenticationProvider credential =
                ScrapeCredential.of("prometheus", "s3cret-scrape").orElseThrow();

        Authentication signedIn = credential.authenticate(basic("prometheus", "s3cret-scrape"));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly(ScrapeCredential.AUTHORITY);
    }

    @Test
    void aWrongPasswordIsRefusedAndAnotherUserLeftToTheNextProvider() {
        AuthenticationProvider credential =
                ScrapeCredential.of("prometheus", "s3cret-scrape").orElseThrow();

        assertThatThrownBy(() -> credential.authenticate(basic("prometheus", "s3cret-scrap")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(credential.authenticate(basic("it-admin", "s3cret-scrape"))).isNull();
    }

    private static Authentication basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
