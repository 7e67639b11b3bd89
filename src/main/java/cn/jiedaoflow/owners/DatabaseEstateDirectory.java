package cn.jiedaoflow.owners;

import cn.jiedaoflow.scope.EstateDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The estates of the register, for the scope data: residents' areas hold them, staff act for them. */
@Service
class DatabaseEstateDirectory implements EstateDirectory {

    private final EstateRepository estates;

    DatabaseEstateDirectory(EstateRepository estates) {
        this.estates = estates;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> nameOf(long estateId) {
        return estates.findById(estateId).map(Estate::getName);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> all() {
        Map<Long, String> all = new LinkedHashMap<>();
        estates.findAllByOrderByIdAsc().forEach(estate -> all.put(estate.getId(), estate.getName()));
        return all;
    }
}
