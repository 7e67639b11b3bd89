package cn.jiedaoflow.veterans;

import cn.jiedaoflow.people.Account;
import java.util.List;
import org.springframework.data.repository.Repository;

/** The residents' accounts that hold a veteran's ID number: where the veteran's own notices go. */
interface VeteranAccounts extends Repository<Account, Long> {

    List<Account> findByIdNumber(String idNumber);
}
