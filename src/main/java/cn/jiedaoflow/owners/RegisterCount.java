package cn.jiedaoflow.owners;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of an estate's register that owners' votes build on (procedures.md, "Owners' votes"; Civil
 * Code art. 278, Supreme People's Court interpretation on building ownership art. 8–9):
 * <ul>
 * <li>area: the sum of the registered exclusive areas, exact;</li>
 * <li>headcount: one person per owner — all units of the same owner count once, their areas summed — and
 * all unsold or undelivered units of the developer together count as one person.</li>
 * </ul>
 * Plain Java on purpose: the rule is tested without a framework.
 *
 * @param units                 number of exclusive units
 * @param totalArea             sum of all units' areas, m², scale 2
 * @param headcount             persons per the rule above
 * @param owners                distinct owners of units that are not developer-unsold
 * @param developerUnsoldUnits  units flagged developer-unsold
 * @param developerUnsoldArea   their summed area, m², scale 2
 */
record RegisterCount(
        int units,
        BigDecimal totalArea,
        int headcount,
        int owners,
        int developerUnsoldUnits,
        BigDecimal developerUnsoldArea) {

    static final RegisterCount EMPTY = of(List.of());

    static RegisterCount of(Collection<UnitShare> shares) {
        List<CountedPerson> persons = persons(shares);
        BigDecimal total = BigDecimal.ZERO;
        for (CountedPerson person : persons) {
            total = total.add(person.area());
        }
        CountedPerson developer =
                persons.stream().filter(CountedPerson::developer).findFirst().orElse(null);
        return new RegisterCount(
                shares.size(),
                total.setScale(2, RoundingMode.UNNECESSARY),
                persons.size(),
                developer == null ? persons.size() : persons.size() - 1,
                developer == null ? 0 : developer.units(),
                (developer == null ? BigDecimal.ZERO : developer.area()).setScale(2, RoundingMode.UNNECESSARY));
    }

    /**
     * The persons of the headcount, each with their units and summed area: owners in the order they first
     * appear, then the developer (if any unit is unsold).
     */
    static List<CountedPerson> persons(Collection<UnitShare> shares) {
        Map<String, Tally> byOwner = new LinkedHashMap<>();
        Tally developer = new Tally();
        for (UnitShare share : shares) {
            Tally tally =
                    share.developerUnsold() ? developer : byOwner.computeIfAbsent(share.ownerId(), id -> new Tally());
            tally.add(share.area());
        }
        List<CountedPerson> persons = new ArrayList<>();
        byOwner.forEach((ownerId, tally) -> persons.add(new CountedPerson(ownerId, false, tally.units, tally.area)));
        if (developer.units > 0) {
            persons.add(new CountedPerson(null, true, developer.units, developer.area));
        }
        return List.copyOf(persons);
    }

    private static final class Tally {
        private int units;
        private BigDecimal area = BigDecimal.ZERO;

        void add(BigDecimal unitArea) {
            units++;
            area = area.add(unitArea);
        }
    }
}
