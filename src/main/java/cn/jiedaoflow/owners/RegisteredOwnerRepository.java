package cn.jiedaoflow.owners;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface RegisteredOwnerRepository extends Repository<RegisteredOwner, Long> {

    RegisteredOwner save(RegisteredOwner owner);

    long countByEstateId(Long estateId);

    @Modifying(flushAutomatically = true)
    @Query("delete from RegisteredOwner o where o.estateId = :estateId")
    int deleteByEstate(@Param("estateId") Long estateId);
}
