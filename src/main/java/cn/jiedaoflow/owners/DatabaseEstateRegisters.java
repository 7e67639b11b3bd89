package cn.jiedaoflow.owners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiedaoflow.notification.Notifications.Recipient;
import cn.jiedaoflow.people.AccountRepository;

/** {@link EstateRegisters} and {@link EstateOwnerContacts} from the register's tables and the account links. */
@Service
class DatabaseEstateRegisters implements EstateRegisters, EstateOwnerContacts {

    private final EstateRepository estates;
    private final RegisteredUnitRepository units;
    private final OwnerAccountLinkRepository links;
    private final AccountRepository accounts;

    DatabaseEstateRegisters(EstateRepository estates, RegisteredUnitRepository units, OwnerAccountLinkRepository links,
            AccountRepository accounts) {
        this.estates = estates;
        this.units = units;
        this.links = links;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> linkedOwners(long estateId) {
        Map<Long, Recipient> byAccount = new LinkedHashMap<>();
        for (OwnerAccountLink link : links.findByEstateId(estateId)) {
            byAccount.computeIfAbsent(link.getAccountId(), id -> accounts.findById(id)
                    .map(account -> new Recipient(account.getLoginName(), id)).orElse(null));
        }
        return byAccount.values().stream().filter(Objects::nonNull).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong registeredUnits(long estateId) {
        if (!estates.existsById(estateId)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(units.countByEstateId(estateId));
    }
}
