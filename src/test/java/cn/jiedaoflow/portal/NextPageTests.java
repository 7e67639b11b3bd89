package cn.jiedaoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NextPageTests {

    @Test
    void aPathOfThisSiteIsFollowed() {
        assertThat(NextPage.after("/services/minimum-living-allowance/apply"))
                .isEqualTo("/services/minimum-living-allowance/apply");
        assertThat(NextPage.after("/my/cases")).isEqualTo("/my/cases");
    }

    @Test
    void anythingElseLeadsToTheInbox() {
        for (String next : new String[] {
            null,
            "",
            "/",
            "//evil.example",
            "https://evil.example/",
            "/\\evil.example",
            "/a/../b",
            "/a?b=c",
            "/a b",
            "/" + "a".repeat(200)
        }) {
            assertThat(NextPage.after(next)).as(next).isEqualTo("/inbox");
        }
    }

    @Test
    void aPrivatePageAskedForBeforeSigningInIsWhereTheSignInLeads() {
        assertThat(SignInFirst.target("/my/cases/OS-20261208-K7Q2MX/receipt"))
                .isEqualTo("/sign-in?next=/my/cases/OS-20261208-K7Q2MX/receipt");
        assertThat(SignInFirst.target("/inbox")).isEqualTo("/sign-in?next=/inbox");
        assertThat(SignInFirst.target("//evil.example")).isEqualTo("/sign-in");
        assertThat(SignInFirst.target("/my/cases/a%2Fb")).isEqualTo("/sign-in");
    }
}
