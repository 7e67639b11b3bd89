package cn.jiedaoflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.jiedaoflow.people.Account;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one rule of who sees and acts on a case, whatever the procedure. */
class CaseAccessTests {

    private static final String ID_NUMBER = "31010519900101123X";
    private static final Set<String> WINDOW = Set.of("acceptance-window");

    private final AccountRepository accounts = mock(AccountRepository.class);
    private final CaseAccess access = new CaseAccess(accounts);

    @Test
    void aResidentActsOnWhatTheyFiledFromTheirAccountOnly() {
        CaseHeader online = CaseHeader.online("OS-1", new Applicant(7L, "林晓", "13800138000", ID_NUMBER));

        assertThat(access.actsOn(resident(7L, "13800138000", ID_NUMBER), online, WINDOW))
                .isTrue();
        assertThat(access.actsOn(resident(8L, "13800138000", ID_NUMBER), online, WINDOW))
                .isFalse();
        assertThat(access.actsOn(staff("clerk", "acceptance-window"), online, WINDOW))
                .isFalse();
    }

    @Test
    void aWalkInsCaseBecomesTheResidentsWithTheSameMobileAndIdNumber() {
        CaseHeader walkIn = CaseHeader.entered("VA-1", new Applicant(null, "褚七", "13900000207", ID_NUMBER), "clerk");

        assertThat(access.actsOn(resident(9L, "13900000207", ID_NUMBER), walkIn, Set.of()))
                .isTrue();
        assertThat(access.actsOn(resident(10L, "13900000207", "310105194803050043"), walkIn, Set.of()))
                .isFalse();
        assertThat(access.actsOn(resident(11L, "13900000208", ID_NUMBER), walkIn, Set.of()))
                .isFalse();
        assertThat(access.actsOn(resident(12L, "13900000207", null), walkIn, Set.of()))
                .isFalse();
    }

    @Test
    void staffActOnWhatTheyEnteredAndTheWindowOnEveryWindowEntry() {
        CaseHeader walkIn = CaseHeader.entered("OS-2", new Applicant(null, "褚七", "13900000207", ID_NUMBER), "clerk");

        assertThat(access.actsOn(staff("clerk", "residents-committee"), walkIn, Set.of()))
                .isTrue();
        assertThat(access.actsOn(staff("colleague", "residents-committee"), walkIn, Set.of()))
                .isFalse();
        assertThat(access.actsOn(staff("colleague", "acceptance-window"), walkIn, WINDOW))
                .isTrue();
        assertThat(walkIn.getChannel()).isEqualTo(Channel.WINDOW);
    }

    @Test
    void anotherCallersCaseIsRefusedLikeAnUnknownOne() {
        CaseRecords<CaseHeader> records = new CaseRecords<>() {
            @Override
            public Optional<CaseHeader> findByTrackingNumber(String trackingNumber) {
                return trackingNumber.equals("OS-3")
                        ? Optional.of(CaseHeader.online("OS-3", new Applicant(7L, "林晓", "13800138000", null)))
                        : Optional.empty();
            }

            @Override
            public boolean existsByTrackingNumber(String trackingNumber) {
                return findByTrackingNumber(trackingNumber).isPresent();
            }
        };
        Caller other = resident(8L, "13800138001", null);

        assertThatThrownBy(
                        () -> access.own(other, records, h -> h, "OS-3", WINDOW, () -> Refusal.notFound("k", "OS-3")))
                .isInstanceOf(Refusal.class)
                .hasFieldOrPropertyWithValue("kind", Refusal.Kind.NOT_FOUND);
        assertThatThrownBy(
                        () -> access.own(other, records, h -> h, "OS-9", WINDOW, () -> Refusal.notFound("k", "OS-9")))
                .isInstanceOf(Refusal.class)
                .hasFieldOrPropertyWithValue("kind", Refusal.Kind.NOT_FOUND);
        assertThat(access.own(resident(7L, "13800138000", null), records, h -> h, "OS-3", WINDOW, () -> null)
                        .getTrackingNumber())
                .isEqualTo("OS-3");
    }

    private Caller resident(long accountId, String mobile, String idNumber) {
        Account account = mock(Account.class);
        when(account.getIdNumber()).thenReturn(idNumber);
        when(accounts.findById(accountId)).thenReturn(Optional.of(account));
        return new Caller(Caller.Kind.RESIDENT, mobile, accountId, "居民", Set.of());
    }

    private static Caller staff(String user, String group) {
        return new Caller(Caller.Kind.STAFF, user, null, user, Set.of(group));
    }
}
