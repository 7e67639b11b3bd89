package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PreReview.Decision.ACCEPT;
import static cn.jiedaoflow.propertyfee.PreReview.Decision.REJECT;
import static cn.jiedaoflow.propertyfee.PreReview.Decision.REVISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreReviewTests {

    @ParameterizedTest(name = "{0} and {1} → {2}")
    @CsvSource({
        "ACCEPT, ACCEPT, ACCEPTED",
        "ACCEPT, REVISE, REVISE",
        "REVISE, ACCEPT, REVISE",
        "REVISE, REVISE, REVISE",
        "REJECT, ACCEPT, REJECTED",
        "ACCEPT, REJECT, REJECTED",
        "REJECT, REVISE, REJECTED",
        "REVISE, REJECT, REJECTED",
        "REJECT, REJECT, REJECTED"
    })
    void eitherRejectEndsEitherReviseSendsBackBothAcceptGoOn(
            PreReview.Decision residents, PreReview.Decision owners, PreReview.Outcome expected) {
        assertThat(PreReview.outcome(residents, owners)).isEqualTo(expected);
    }

    @Test
    void needsBothDecisions() {
        assertThatThrownBy(() -> PreReview.outcome(ACCEPT, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PreReview.outcome(null, REVISE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PreReview.outcome(REJECT, REJECT)).isEqualTo(PreReview.Outcome.REJECTED);
    }

    @Test
    void aRevisionOrARejectionSaysWhyAnAcceptanceNeedNot() {
        for (PreReview.Decision decision : new PreReview.Decision[] {REVISE, REJECT}) {
            for (String missing : new String[] {null, "", " \n"}) {
                assertThatThrownBy(() -> PreReview.requireComments(decision, missing))
                        .isInstanceOf(BilingualRefusal.class)
                        .hasMessageStartingWith("预审意见为“需修改”或“否决”的，须填写意见说明。");
            }
            PreReview.requireComments(decision, "车位费涨幅过大");
        }
        PreReview.requireComments(ACCEPT, null);
    }
}
