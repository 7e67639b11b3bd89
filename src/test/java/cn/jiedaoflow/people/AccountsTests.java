package cn.jiedaoflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

class AccountsTests {

    private final AccountRepository repository = mock(AccountRepository.class);
    private final Accounts accounts = new Accounts(repository, NoOpPasswordEncoder.getInstance(), mock(AuditLog.class));

    @Test
    void aResidentWithAnInvalidIdNumberGetsNoAccount() {
        for (String idNumber : new String[] {"310105199001011234", "000000000000000000", "31010519901345123X"}) {
            assertThatThrownBy(() -> accounts.createResident("13900000901", "王五", idNumber, "long-enough-1"))
                    .as(idNumber)
                    .isInstanceOfSatisfying(Refusal.class, problem -> {
                        assertThat(problem.kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
                        assertThat(problem.messageKey()).isEqualTo("people.idNumber.invalid");
                        assertThat(problem.args()).containsExactly(IdNumbers.mask(idNumber));
                    });
        }
        verify(repository, never()).save(any());
    }

    @Test
    void aResidentsIdNumberIsStoredNormalised() {
        when(repository.save(any())).thenAnswer(call -> call.getArgument(0));

        Account account = accounts.createResident("13900000902", "赵六", " 31010519900101123x ", "long-enough-1");

        assertThat(account.getIdNumber()).isEqualTo("31010519900101123X");
        assertThat(accounts.createResident("13900000903", "钱七", null, "long-enough-1")
                        .getIdNumber())
                .isNull();
    }

    @Test
    void anEnterpriseNeedsAValidCreditCode() {
        assertThatThrownBy(() -> accounts.createEnterprise("91310105MA1FL0001X", "某公司", "long-enough-1"))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("people.creditCode.invalid"));
        verify(repository, never()).save(any());
        when(repository.save(any())).thenAnswer(call -> call.getArgument(0));

        assertThat(accounts.createEnterprise("91310105MA1FL00017", "某公司", "long-enough-1")
                        .getLoginName())
                .isEqualTo("91310105MA1FL00017");
    }
}
