package cn.jiedaoflow.owners;

import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface RegisteredUnitRepository extends Repository<RegisteredUnit, Long> {

    RegisteredUnit save(RegisteredUnit unit);

    long countByEstateId(Long estateId);

    /** What each unit of the estate brings to the counts, without loading the entities. */
    @Query("select new cn.jiedaoflow.owners.UnitShare(o.registerOwnerId, u.developerUnsold, u.area)"
            + " from RegisteredUnit u left join u.owner o where u.estateId = :estateId")
    List<UnitShare> sharesOf(@Param("estateId") Long estateId);

    /** The estate's units with their owners, in the order they were imported. */
    @Query("select new cn.jiedaoflow.owners.RegisterEntry(u.building, u.unit, u.area, o.registerOwnerId, o.name,"
            + " u.developerUnsold) from RegisteredUnit u left join u.owner o where u.estateId = :estateId"
            + " order by u.id")
    List<RegisterEntry> entriesOf(@Param("estateId") Long estateId);

    @Modifying(flushAutomatically = true)
    @Query("delete from RegisteredUnit u where u.estateId = :estateId")
    int deleteByEstate(@Param("estateId") Long estateId);
}
