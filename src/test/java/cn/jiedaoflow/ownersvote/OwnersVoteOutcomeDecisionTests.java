package cn.jiedaoflow.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The owners' vote rule (Civil Code art. 278, procedures.md "Owners' votes") at every boundary. Each boundary
 * runs with every way a caller may hand over the numbers: areas as Double or BigDecimal, headcounts as
 * Integer, Long or Double. Unless a test says otherwise the register holds 3000.00 m² and 300 owners.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/owners-vote-outcome.dmn")
class OwnersVoteOutcomeDecisionTests {

    static final String DECISION_KEY = "owners-vote-outcome";
    static final String QUORUM_NOT_MET = "QUORUM_NOT_MET";
    static final String PASSED = "PASSED";
    static final String REJECTED = "REJECTED";

    ProcessEngine engine;

    /** How the caller hands over areas and headcounts. */
    enum Numbers {
        DOUBLE_AREAS_INTEGER_OWNERS(Double::valueOf, Integer::valueOf),
        DOUBLE_AREAS_LONG_OWNERS(Double::valueOf, n -> Long.valueOf(n)),
        DOUBLE_AREAS_DOUBLE_OWNERS(Double::valueOf, n -> Double.valueOf(n)),
        BIG_DECIMAL_AREAS_INTEGER_OWNERS(BigDecimal::new, Integer::valueOf),
        BIG_DECIMAL_AREAS_LONG_OWNERS(BigDecimal::new, n -> Long.valueOf(n));

        final Function<String, Object> area;
        final IntFunction<Object> owners;

        Numbers(Function<String, Object> area, IntFunction<Object> owners) {
            this.area = area;
            this.owners = owners;
        }
    }

    /** A tally as the vote hands it to the decision; areas in m² as decimal strings. */
    record Tally(
            String matterType,
            String totalArea,
            int totalOwners,
            String participatingArea,
            int participatingOwners,
            String agreeArea,
            int agreeOwners) {

        static Tally ordinary(String participatingArea, int participatingOwners, String agreeArea, int agreeOwners) {
            return new Tally(
                    "ORDINARY", "3000.00", 300, participatingArea, participatingOwners, agreeArea, agreeOwners);
        }

        static Tally special(String participatingArea, int participatingOwners, String agreeArea, int agreeOwners) {
            return new Tally("SPECIAL", "3000.00", 300, participatingArea, participatingOwners, agreeArea, agreeOwners);
        }

        /** Everyone who takes part agrees: only the quorum decides. */
        static Tally unanimous(String participatingArea, int participatingOwners) {
            return ordinary(participatingArea, participatingOwners, participatingArea, participatingOwners);
        }

        Tally ofRegister(String area, int owners) {
            return new Tally(matterType, area, owners, participatingArea, participatingOwners, agreeArea, agreeOwners);
        }

        Tally as(String type) {
            return new Tally(
                    type, totalArea, totalOwners, participatingArea, participatingOwners, agreeArea, agreeOwners);
        }

        Map<String, Object> variables(Numbers numbers) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("matterType", matterType);
            variables.put("totalArea", numbers.area.apply(totalArea));
            variables.put("totalOwners", numbers.owners.apply(totalOwners));
            variables.put("participatingArea", numbers.area.apply(participatingArea));
            variables.put("participatingOwners", numbers.owners.apply(participatingOwners));
            variables.put("agreeArea", numbers.area.apply(agreeArea));
            variables.put("agreeOwners", numbers.owners.apply(agreeOwners));
            return variables;
        }
    }

    // --- quorum: at least 2/3 of the area and at least 2/3 of the headcount take part ---

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void quorumIsMetByExactlyTwoThirdsOfAreaAndHeadcount(Numbers numbers) {
        assertThat(outcome(Tally.unanimous("2000.00", 200), numbers)).isEqualTo(PASSED);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void quorumIsNotMetOneHundredthOfASquareMetreBelowTwoThirdsOfTheArea(Numbers numbers) {
        assertThat(outcome(Tally.unanimous("1999.99", 200), numbers)).isEqualTo(QUORUM_NOT_MET);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void quorumIsNotMetOneOwnerBelowTwoThirdsOfTheHeadcount(Numbers numbers) {
        assertThat(outcome(Tally.unanimous("2000.00", 199), numbers)).isEqualTo(QUORUM_NOT_MET);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void quorumIsNotMetWhenTheAreaTakesPartButTooFewOwners(Numbers numbers) {
        assertThat(outcome(Tally.unanimous("3000.00", 150), numbers)).isEqualTo(QUORUM_NOT_MET);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void quorumIsNotMetWhenEnoughOwnersTakePartButTooLittleArea(Numbers numbers) {
        assertThat(outcome(Tally.unanimous("1000.00", 300), numbers)).isEqualTo(QUORUM_NOT_MET);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void anEmptyRegisterNeverMeetsTheQuorum(Numbers numbers) {
        assertThat(outcome(new Tally("ORDINARY", "0", 0, "0", 0, "0", 0), numbers))
                .isEqualTo(QUORUM_NOT_MET);
        assertThat(outcome(new Tally("SPECIAL", "0", 0, "0", 0, "0", 0), numbers))
                .isEqualTo(QUORUM_NOT_MET);
        assertThat(outcome(Tally.unanimous("0", 0).ofRegister("0", 300), numbers))
                .isEqualTo(QUORUM_NOT_MET);
        assertThat(outcome(Tally.unanimous("0", 0).ofRegister("3000.00", 0), numbers))
                .isEqualTo(QUORUM_NOT_MET);
    }

    // --- ORDINARY: strictly more than half of the participating area and headcount ---

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void ordinaryMatterIsRejectedWithExactlyHalfOfTheParticipatingArea(Numbers numbers) {
        assertThat(outcome(Tally.ordinary("2000.00", 200, "1000.00", 150), numbers))
                .isEqualTo(REJECTED);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void ordinaryMatterPassesWithOneHundredthOfASquareMetreOverHalfTheArea(Numbers numbers) {
        assertThat(outcome(Tally.ordinary("2000.00", 200, "1000.01", 150), numbers))
                .isEqualTo(PASSED);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void ordinaryMatterIsRejectedWithExactlyHalfOfTheParticipatingOwners(Numbers numbers) {
        assertThat(outcome(Tally.ordinary("2000.00", 200, "1500.00", 100), numbers))
                .isEqualTo(REJECTED);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void ordinaryMatterPassesWithOneOwnerOverHalfTheHeadcount(Numbers numbers) {
        assertThat(outcome(Tally.ordinary("2000.00", 200, "1500.00", 101), numbers))
                .isEqualTo(PASSED);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void ordinaryMatterIsRejectedWhenNobodyAgrees(Numbers numbers) {
        assertThat(outcome(Tally.ordinary("2000.00", 200, "0", 0), numbers)).isEqualTo(REJECTED);
    }

    // --- SPECIAL: at least 3/4 of the participating area and headcount ---

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void specialMatterPassesWithExactlyThreeQuartersOfAreaAndHeadcount(Numbers numbers) {
        assertThat(outcome(Tally.special("2000.00", 200, "1500.00", 150), numbers))
                .isEqualTo(PASSED);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void specialMatterIsRejectedOneHundredthOfASquareMetreBelowThreeQuartersOfTheArea(Numbers numbers) {
        assertThat(outcome(Tally.special("2000.00", 200, "1499.99", 150), numbers))
                .isEqualTo(REJECTED);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void specialMatterIsRejectedOneOwnerBelowThreeQuartersOfTheHeadcount(Numbers numbers) {
        assertThat(outcome(Tally.special("2000.00", 200, "1500.00", 149), numbers))
                .isEqualTo(REJECTED);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void specialMatterIsRejectedByAnOrdinaryMajority(Numbers numbers) {
        assertThat(outcome(Tally.special("2000.00", 200, "1400.00", 140), numbers))
                .isEqualTo(REJECTED);
        assertThat(outcome(Tally.ordinary("2000.00", 200, "1400.00", 140), numbers))
                .isEqualTo(PASSED);
    }

    // --- exact decimals: a Double is compared as the decimal it prints as, not as binary floating point ---

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void exactlyTwoThirdsInDecimalsMeetsTheQuorumWhereFloatingPointWouldMissIt(Numbers numbers) {
        // In double arithmetic 21845.44 * 3 = 65536.31999999999 < 32768.16 * 2 = 65536.32.
        assertThat(21845.44 * 3).isLessThan(32768.16 * 2);
        Tally exactlyTwoThirds = Tally.unanimous("21845.44", 200).ofRegister("32768.16", 300);

        assertThat(outcome(exactlyTwoThirds, numbers)).isEqualTo(PASSED);
    }

    @ParameterizedTest
    @EnumSource(Numbers.class)
    void oneHundredthOfASquareMetreBelowTwoThirdsInDecimalsMissesTheQuorum(Numbers numbers) {
        Tally justBelow = Tally.unanimous("21845.43", 200).ofRegister("32768.16", 300);

        assertThat(outcome(justBelow, numbers)).isEqualTo(QUORUM_NOT_MET);
    }

    @Test
    void ownerCountsGivenAsIntegerLongOrDoubleDecideAlike() {
        Tally overHalf = Tally.ordinary("2000.00", 200, "1500.00", 101);
        Tally exactlyHalf = Tally.ordinary("2000.00", 200, "1500.00", 100);
        for (Numbers numbers : Numbers.values()) {
            assertThat(outcome(overHalf, numbers)).as(numbers.name()).isEqualTo(PASSED);
            assertThat(outcome(exactlyHalf, numbers)).as(numbers.name()).isEqualTo(REJECTED);
        }
    }

    // --- an unknown matter type decides nothing ---

    @ParameterizedTest
    @ValueSource(strings = {"", "ordinary", "MAJOR", "UNKNOWN"})
    void anUnknownMatterTypeYieldsNoOutcome(String matterType) {
        Numbers numbers = Numbers.DOUBLE_AREAS_INTEGER_OWNERS;

        assertThat(evaluate(Tally.unanimous("3000.00", 300).as(matterType), numbers))
                .isEmpty();
        assertThat(evaluate(Tally.unanimous("1000.00", 100).as(matterType), numbers))
                .isEmpty();
        assertThat(evaluate(new Tally(matterType, "0", 0, "0", 0, "0", 0), numbers))
                .isEmpty();
    }

    @Test
    void aMissingMatterTypeYieldsNoOutcome() {
        assertThat(evaluate(Tally.unanimous("3000.00", 300).as(null), Numbers.BIG_DECIMAL_AREAS_INTEGER_OWNERS))
                .isEmpty();
    }

    private String outcome(Tally tally, Numbers numbers) {
        DmnDecisionRuleResult result = evaluate(tally, numbers).getSingleResult();
        assertThat(result).as("the decision yields an outcome for %s", tally).isNotNull();
        return result.getEntry("outcome");
    }

    private DmnDecisionTableResult evaluate(Tally tally, Numbers numbers) {
        return engine.getDecisionService().evaluateDecisionTableByKey(DECISION_KEY, tally.variables(numbers));
    }
}
