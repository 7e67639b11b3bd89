package cn.jiedaoflow.owners;

import cn.jiedaoflow.people.Caller;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which estates a resident speaks for as a registered owner: those where staff linked one of the estate's owners to
 * the resident's account ({@link OwnerAccountLinks}). The portal shows owners' pages to them only (docs/portal.md,
 * "Owners' votes"); enterprises and staff own nothing here.
 */
@Service
public class OwnerEstates {

    private final OwnerAccountLinkRepository links;
    private final EstateRepository estates;

    OwnerEstates(OwnerAccountLinkRepository links, EstateRepository estates) {
        this.links = links;
        this.estates = estates;
    }

    /** The estates the caller is a linked owner of, in the order of their ids; none for anyone but a resident. */
    @Transactional(readOnly = true)
    public List<Long> of(Caller caller) {
        if (caller == null || caller.kind() != Caller.Kind.RESIDENT || caller.accountId() == null) {
            return List.of();
        }
        return links.findByAccountId(caller.accountId()).stream()
                .map(OwnerAccountLink::getEstateId)
                .distinct()
                .sorted()
                .toList();
    }

    /** Whether the caller is a linked owner of some estate: the portal's header then links to their votes. */
    @Transactional(readOnly = true)
    public boolean isOwner(Caller caller) {
        return !of(caller).isEmpty();
    }

    /** The estate's name, or its id as text for one that no longer exists. */
    @Transactional(readOnly = true)
    public String nameOf(long estateId) {
        return estates.findById(estateId).map(Estate::getName).orElse(String.valueOf(estateId));
    }
}
