package cn.jiedaoflow.owners;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface OwnerAccountLinkRepository extends Repository<OwnerAccountLink, Long> {

    OwnerAccountLink save(OwnerAccountLink link);

    void delete(OwnerAccountLink link);

    Optional<OwnerAccountLink> findByEstateIdAndRegisterOwnerId(Long estateId, String registerOwnerId);

    List<OwnerAccountLink> findByEstateIdAndAccountId(Long estateId, Long accountId);

    List<OwnerAccountLink> findByEstateId(Long estateId);

    List<OwnerAccountLink> findByAccountId(Long accountId);

    /** Whether the estate's current register names this owner. */
    @Query("select count(o) > 0 from RegisteredOwner o where o.estateId = :estateId and o.registerOwnerId = :ownerId")
    boolean registerNames(@Param("estateId") Long estateId, @Param("ownerId") String ownerId);
}
