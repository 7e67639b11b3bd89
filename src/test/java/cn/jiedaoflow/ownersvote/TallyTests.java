package cn.jiedaoflow.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTests {

    private static final Vote VOTE = new Vote(
            1L,
            MatterType.SPECIAL,
            "更换物业服务企业",
            "PF-1",
            Instant.parse("2026-03-01T00:00:00Z"),
            Instant.parse("2026-03-08T00:00:00Z"),
            Instant.parse("2026-02-01T00:00:00Z"),
            "owners-committee",
            new BigDecimal("1000.00"),
            10);

    @Test
    void everyBallotParticipatesAndOnlyAgreeBallotsAgree() {
        Tally tally = Tally.of(
                VOTE,
                List.of(
                        new ChoiceSum(BallotChoice.AGREE, 3, new BigDecimal("300.25")),
                        new ChoiceSum(BallotChoice.DISAGREE, 2, new BigDecimal("200.50")),
                        new ChoiceSum(BallotChoice.ABSTAIN, 1, new BigDecimal("99.25"))));

        assertThat(tally.matterType()).isEqualTo(MatterType.SPECIAL);
        assertThat(tally.totalArea()).isEqualByComparingTo("1000.00");
        assertThat(tally.totalOwners()).isEqualTo(10);
        assertThat(tally.participatingArea()).isEqualByComparingTo("600.00");
        assertThat(tally.participatingOwners()).isEqualTo(6);
        assertThat(tally.agreeArea()).isEqualByComparingTo("300.25");
        assertThat(tally.agreeOwners()).isEqualTo(3);
    }

    @Test
    void noBallotIsAnEmptyTallyOfTheFrozenRegister() {
        Tally tally = Tally.of(VOTE, List.of());

        assertThat(tally.participatingArea()).isEqualByComparingTo("0");
        assertThat(tally.participatingOwners()).isZero();
        assertThat(tally.agreeArea()).isEqualByComparingTo("0");
        assertThat(tally.agreeOwners()).isZero();
        assertThat(tally.totalOwners()).isEqualTo(10);
    }

    @Test
    void withoutAnAgreeBallotNothingAgrees() {
        Tally tally = Tally.of(VOTE, List.of(new ChoiceSum(BallotChoice.DISAGREE, 4, new BigDecimal("410.00"))));

        assertThat(tally.participatingOwners()).isEqualTo(4);
        assertThat(tally.agreeOwners()).isZero();
        assertThat(tally.agreeArea()).isEqualByComparingTo("0");
    }
}
