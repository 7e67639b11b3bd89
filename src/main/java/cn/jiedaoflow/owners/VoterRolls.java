package cn.jiedaoflow.owners;

import cn.jiedaoflow.people.PersonNames;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an owners' vote reads of the register, and nothing more: the roll of persons who count (procedures.md,
 * "Owners' votes"), and which registered owners a resident account is linked to.
 */
@Service
public class VoterRolls {

    private final EstateRepository estates;
    private final RegisteredUnitRepository units;
    private final OwnerAccountLinkRepository links;

    VoterRolls(EstateRepository estates, RegisteredUnitRepository units, OwnerAccountLinkRepository links) {
        this.estates = estates;
        this.units = units;
        this.links = links;
    }

    /**
     * The estate's roll, read under a lock on the estate that the caller's transaction holds until it ends, so
     * that no import replaces the register between the read and the vote's freeze; empty for an unknown estate.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<VoterRoll> lockAndRead(long estateId) {
        return estates.lockById(estateId).map(estate -> {
            List<UnitShare> shares = units.sharesOf(estateId);
            return new VoterRoll(
                    RegisterCount.persons(shares), RegisterCount.of(shares).totalArea());
        });
    }

    /**
     * The estate's units in the register's order, each with its owner's name masked: what staff who record paper
     * ballots need to find an owner, and no more. While a vote of the estate runs the register is frozen, so these
     * are the units of the vote's snapshot.
     */
    @Transactional(readOnly = true)
    public List<RollUnit> unitsOf(long estateId) {
        return units.entriesOf(estateId).stream()
                .map(entry -> new RollUnit(
                        entry.building(),
                        entry.unit(),
                        entry.area(),
                        entry.ownerId(),
                        PersonNames.mask(entry.ownerName()),
                        entry.developerUnsold()))
                .toList();
    }

    /** The register ids of the owners of the estate whom staff linked to the account, oldest link first. */
    @Transactional(readOnly = true)
    public List<String> linkedOwnerIds(long estateId, Long accountId) {
        if (accountId == null) {
            return List.of();
        }
        return links.findByEstateIdAndAccountId(estateId, accountId).stream()
                .map(OwnerAccountLink::getRegisterOwnerId)
                .toList();
    }
}
