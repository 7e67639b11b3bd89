package cn.jiedaoflow.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnersRegisterCountTests {

    @Test
    void anOwnerOfTwoUnitsCountsOnceWithTheSummedArea() {
        List<UnitShare> shares = List.of(owned("O1", "88.50"), owned("O1", "45.25"), owned("O2", "100.00"));

        RegisterCount count = RegisterCount.of(shares);

        assertThat(count.units()).isEqualTo(3);
        assertThat(count.headcount()).isEqualTo(2);
        assertThat(count.owners()).isEqualTo(2);
        assertThat(count.totalArea()).isEqualTo(new BigDecimal("233.75"));
        assertThat(RegisterCount.persons(shares))
                .containsExactly(
                        new CountedPerson("O1", false, 2, new BigDecimal("133.75")),
                        new CountedPerson("O2", false, 1, new BigDecimal("100.00")));
    }

    @Test
    void allDeveloperUnsoldUnitsTogetherCountAsOnePerson() {
        List<UnitShare> shares = List.of(owned("O1", "90.00"), unsold("70.10"), unsold("80.20"), unsold("60.30"));

        RegisterCount count = RegisterCount.of(shares);

        assertThat(count.units()).isEqualTo(4);
        assertThat(count.headcount()).isEqualTo(2);
        assertThat(count.owners()).isEqualTo(1);
        assertThat(count.developerUnsoldUnits()).isEqualTo(3);
        assertThat(count.developerUnsoldArea()).isEqualTo(new BigDecimal("210.60"));
        assertThat(count.totalArea()).isEqualTo(new BigDecimal("300.60"));
        assertThat(RegisterCount.persons(shares))
                .last()
                .isEqualTo(new CountedPerson(null, true, 3, new BigDecimal("210.60")));
    }

    @Test
    void anEstateWithOnlyUnsoldUnitsHasAHeadcountOfOne() {
        RegisterCount count = RegisterCount.of(List.of(unsold("50.00"), unsold("50.00")));

        assertThat(count.headcount()).isEqualTo(1);
        assertThat(count.owners()).isZero();
    }

    @Test
    void anEmptyRegisterCountsNothing() {
        assertThat(RegisterCount.EMPTY)
                .isEqualTo(new RegisterCount(0, new BigDecimal("0.00"), 0, 0, 0, new BigDecimal("0.00")));
    }

    @Test
    void areasAddUpExactlyWhereDoublesWouldNot() {
        RegisterCount count = RegisterCount.of(List.of(owned("A", "0.10"), owned("B", "0.20")));

        assertThat(count.totalArea()).isEqualTo(new BigDecimal("0.30"));
    }

    @Test
    void aSoldUnitNeedsAnOwner() {
        assertThatThrownBy(() -> new UnitShare(" ", false, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static UnitShare owned(String ownerId, String area) {
        return new UnitShare(ownerId, false, new BigDecimal(area));
    }

    private static UnitShare unsold(String area) {
        return new UnitShare(null, true, new BigDecimal(area));
    }
}
