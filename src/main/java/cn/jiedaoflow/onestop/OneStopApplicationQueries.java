package cn.jiedaoflow.onestop;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The lists the API shows: a resident's own applications, a window clerk's entries. */
interface OneStopApplicationQueries extends Repository<OneStopApplication, Long> {

    /**
     * A resident's applications: those filed from the account, and those entered at the window for the same
     * mobile number and ID number before the resident had an account (they become the resident's on sign-up).
     */
    @Query("""
            select a from OneStopApplication a
            where a.applicantAccountId = :accountId
               or (a.applicantAccountId is null and a.applicantMobile = :mobile and a.applicantIdNumber = :idNumber)
            order by a.submittedAt desc, a.id desc""")
    List<OneStopApplication> ofResident(
            @Param("accountId") Long accountId, @Param("mobile") String mobile, @Param("idNumber") String idNumber);

    List<OneStopApplication> findByRegisteredByOrderBySubmittedAtDescIdDesc(String registeredBy);
}
