package cn.jiedaoflow.veterans;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface VeteranOpenCaseRepository extends Repository<VeteranOpenCase, Long> {

    VeteranOpenCase save(VeteranOpenCase openCase);

    Optional<VeteranOpenCase> findById(Long veteranId);

    void deleteById(Long veteranId);
}
