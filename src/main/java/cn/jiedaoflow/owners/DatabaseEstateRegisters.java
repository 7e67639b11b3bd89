package cn.jiedaoflow.owners;

import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link EstateRegisters} from the register's tables. */
@Service
class DatabaseEstateRegisters implements EstateRegisters {

    private final EstateRepository estates;
    private final RegisteredUnitRepository units;

    DatabaseEstateRegisters(EstateRepository estates, RegisteredUnitRepository units) {
        this.estates = estates;
        this.units = units;
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
