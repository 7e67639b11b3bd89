package cn.jiedaoflow.owners;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.notification.Notifications.Recipient;
import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a register owner to the resident account that votes and is notified for them; one account per
 * owner, made and undone by staff who have checked the owner's papers. The linked accounts are the owners that
 * notices reach directly ({@link EstateOwnerContacts}).
 */
@Service
class OwnerAccountLinks implements EstateOwnerContacts {

    private final OwnerAccountLinkRepository links;
    private final EstateRepository estates;
    private final AccountRepository accounts;
    private final AuditLog audit;

    OwnerAccountLinks(
            OwnerAccountLinkRepository links, EstateRepository estates, AccountRepository accounts, AuditLog audit) {
        this.links = links;
        this.estates = estates;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    AccountLinkView link(Caller caller, long estateId, String ownerId, AccountLinkRequest request) {
        requireOwner(estateId, ownerId);
        if (request == null || request.mobile() == null || request.mobile().isBlank()) {
            throw Refusal.badInput("owners.vote.link.mobileMissing");
        }
        String mobile = request.mobile().strip();
        Account account = accounts.findByLoginName(mobile)
                .filter(found -> found.getKind() == Account.Kind.RESIDENT)
                .orElseThrow(() -> Refusal.notFound("owners.vote.link.accountUnknown", mobile));
        Instant now = Instant.now();
        OwnerAccountLink link = links.findByEstateIdAndRegisterOwnerId(estateId, ownerId)
                .map(existing -> {
                    existing.relink(account.getId(), caller.username(), now);
                    return existing;
                })
                .orElseGet(() ->
                        links.save(new OwnerAccountLink(estateId, ownerId, account.getId(), caller.username(), now)));
        audit.record(
                caller.username(),
                "owners.vote.link",
                "estate:" + estateId,
                "owner=" + ownerId + ", account=" + account.getId());
        return new AccountLinkView(estateId, ownerId, link.getAccountId(), mobile);
    }

    @Transactional
    void unlink(Caller caller, long estateId, String ownerId) {
        requireOwner(estateId, ownerId);
        OwnerAccountLink link = links.findByEstateIdAndRegisterOwnerId(estateId, ownerId)
                .orElseThrow(() -> Refusal.notFound("owners.vote.link.none", ownerId));
        links.delete(link);
        audit.record(
                caller.username(),
                "owners.vote.unlink",
                "estate:" + estateId,
                "owner=" + ownerId + ", account=" + link.getAccountId());
    }

    /** One recipient per account linked to an owner of the estate, in the order of the links. */
    @Override
    @Transactional(readOnly = true)
    public List<Recipient> linkedOwners(long estateId) {
        Map<Long, Recipient> byAccount = new LinkedHashMap<>();
        for (OwnerAccountLink link : links.findByEstateId(estateId)) {
            byAccount.computeIfAbsent(
                    link.getAccountId(),
                    id -> new Recipient(accounts.findById(id).orElseThrow().getLoginName(), id));
        }
        return List.copyOf(byAccount.values());
    }

    private void requireOwner(long estateId, String ownerId) {
        estates.findById(estateId)
                .orElseThrow(() -> Refusal.notFound("owners.estate.notFound", String.valueOf(estateId)));
        if (!links.registerNames(estateId, ownerId)) {
            throw Refusal.notFound("owners.vote.link.ownerUnknown", ownerId);
        }
    }
}
