package cn.jiedaoflow.cases;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The lists of cases every procedure shows, through their {@link CaseHeader} (a field named {@code header}): a
 * resident's cases and a staff member's entries. Read them through {@link CaseAccess#listed}.
 */
@NoRepositoryBean
public interface CaseLists<T> extends Repository<T, Long> {

    /**
     * A resident's cases: those filed from the account, and those staff entered for the same mobile number and ID
     * number before the resident had an account (they become the resident's on sign-up). Use
     * {@link CaseAccess#listed}.
     */
    @Query("""
            select c from #{#entityName} c
            where c.header.applicantAccountId = :accountId
               or (c.header.applicantAccountId is null
                   and c.header.applicantMobile = :mobile and c.header.applicantIdNumber = :idNumber)""")
    List<T> ofApplicant(
            @Param("accountId") Long accountId,
            @Param("mobile") String mobile,
            @Param("idNumber") String idNumber,
            Sort sort);

    /** The cases staff member {@code staffId} entered. */
    @Query("select c from #{#entityName} c where c.header.registeredBy = :staffId")
    List<T> enteredBy(@Param("staffId") String staffId, Sort sort);
}
