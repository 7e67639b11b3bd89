package cn.jiedaoflow.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Owners' votes in scope (procedures.md, "Scope"; issue 12 items 10 and 11), over HTTP on H2 and PostgreSQL: estates
 * A and B lie in one residents' area, C in another, each with a vote whose window is open. The committees record paper
 * ballots and read tallies of their own estates' votes only; whoever may never read a tally gets the very answer of a
 * vote that does not exist; the estate's committees read the tally of an open vote only once its window has closed.
 */
@IntegrationTest
class VoteScopeIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    VoteCalls voteCalls;

    @Autowired
    BallotRepository ballots;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    private TestEstates.Estate a;
    private TestEstates.Estate b;
    private TestEstates.Estate c;
    private Instant closes;
    private long voteA;
    private long voteB;

    @BeforeEach
    void threeEstatesTwoOfThemInOneAreaEachWithAnOpenVote() {
        a = TestEstates.scoped(rest, identity);
        b = TestEstates.inArea(rest, identity, a.areaId());
        c = TestEstates.scoped(rest, identity);
        Instant opens = Instant.now().minus(Duration.ofHours(1));
        closes = Instant.now().plus(Duration.ofDays(7));
        voteA = call(a.id(), opens, closes);
        voteB = call(b.id(), opens, closes);
        call(c.id(), opens, closes);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theCommitteesRecordPaperBallotsOnlyForTheirOwnEstatesVotes() {
        assertThat(ballot(staff(a.ownersCommittee()), voteB, "O-1")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ballot(staff(c.residentsCommittee()), voteB, "O-1")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ballot(staff(TestPeople.staff(identity, "owners-committee")), voteB, "O-1"))
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> refused = staff(a.ownersCommittee())
                .postForEntity(
                        VoteController.PATH + "/" + voteB + "/ballots",
                        Map.of("choice", "AGREE", "ownerId", "O-1"),
                        String.class);
        assertThat(json(refused).get("type").asText()).isEqualTo("urn:jiedao:problem:owners.vote.ballot.notYourEstate");
        assertThat(ballots.countByVoteId(voteB)).isZero();

        // B's own committee, the area's residents' committee (which serves A and B) and the office-wide oversight may
        assertThat(ballot(staff(b.ownersCommittee()), voteB, "O-1")).isEqualTo(HttpStatus.CREATED);
        assertThat(ballot(staff(a.residentsCommittee()), voteB, "O-2")).isEqualTo(HttpStatus.CREATED);
        assertThat(ballot(staff(TestPeople.staff(identity, "self-governance-office")), voteB, "O-3"))
                .isEqualTo(HttpStatus.CREATED);
        assertThat(ballots.countByVoteId(voteB)).isEqualTo(3);
    }

    @Test
    void theTallyOfAVoteTheCallerMayNeverReadAnswersExactlyAsAVoteThatDoesNotExist() {
        long missing = 987_654_321L;
        String resident = TestPeople.resident(accounts, accountRepository, "1350000" + (1000 + voteB % 9000), "居民");
        ResponseEntity<String> none = tally(staff(a.ownersCommittee()), missing);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        for (TestRestTemplate stranger : new TestRestTemplate[] {
            staff(a.ownersCommittee()),
            staff(c.residentsCommittee()),
            staff(a.propertyCompany()),
            staff(TestPeople.staff(identity, "mediation")),
            TestPeople.as(rest, resident, TestPeople.RESIDENT_PASSWORD)
        }) {
            ResponseEntity<String> existing = tally(stranger, voteB);
            ResponseEntity<String> nothing = tally(stranger, missing);
            assertThat(existing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(existing.getHeaders().getContentType())
                    .isEqualTo(nothing.getHeaders().getContentType());
            assertThat(withoutId(json(existing), voteB)).isEqualTo(withoutId(json(nothing), missing));
        }
        assertThat(json(none).get("type").asText()).isEqualTo("urn:jiedao:problem:owners.vote.notFound");
    }

    @Test
    void theTallyOfAnOpenVoteIsShownToTheCommitteesOnlyOnceTheWindowHasClosed() {
        // the sub-district's oversight follows the vote while it runs
        assertThat(tally(staff(TestPeople.staff(identity, "self-governance-office")), voteA)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(tally(staff(TestPeople.staff(identity, "leaders")), voteA).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // the estate's committees and the housing office read it once the window has closed
        ResponseEntity<String> early = tally(staff(a.ownersCommittee()), voteA);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(early).get("type").asText()).isEqualTo("urn:jiedao:problem:owners.vote.tally.beforeClose");
        assertThat(json(early).get("detail").asText())
                .startsWith("表决 " + voteA + " 的计票在表决截止（")
                .endsWith(" (+08:00)）后才能查看。");
        assertThat(tally(staff(a.residentsCommittee()), voteA).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tally(staff(TestPeople.staff(identity, "housing-office")), voteA)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        assertThat(json(staff(a.ownersCommittee())
                                .exchange(
                                        VoteController.PATH + "/" + voteA + "/tally",
                                        HttpMethod.GET,
                                        new HttpEntity<>(english),
                                        String.class))
                        .get("detail")
                        .asText())
                .startsWith("The tally of vote " + voteA + " can be read once the voting window closes");

        ClockUtil.setCurrentTime(Date.from(closes.plusSeconds(60)));

        assertThat(tally(staff(a.ownersCommittee()), voteA).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tally(staff(a.residentsCommittee()), voteA).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tally(staff(TestPeople.staff(identity, "housing-office")), voteA)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // closed or not, another estate's committee never reads it
        assertThat(tally(staff(b.ownersCommittee()), voteA).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(tally(staff(c.residentsCommittee()), voteA).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /**
     * A vote called with enough notice: the engine clock goes back to 30 days before it opens, which covers the 15
     * days of notice even when a long holiday moves their last day.
     */
    private long call(long estateId, Instant opens, Instant closesAt) {
        ClockUtil.setCurrentTime(Date.from(opens.minus(Duration.ofDays(30))));
        try {
            return voteCalls
                    .call(new VoteCall(
                            estateId,
                            MatterType.ORDINARY,
                            "调整物业服务费",
                            opens,
                            closesAt,
                            "PF-IT-SCOPE-" + estateId,
                            "it-owners-committee"))
                    .voteId();
        } finally {
            ClockUtil.reset();
        }
    }

    private HttpStatus ballot(TestRestTemplate caller, long voteId, String ownerId) {
        return HttpStatus.valueOf(caller.postForEntity(
                        VoteController.PATH + "/" + voteId + "/ballots",
                        Map.of("choice", "AGREE", "ownerId", ownerId),
                        String.class)
                .getStatusCode()
                .value());
    }

    private static ResponseEntity<String> tally(TestRestTemplate caller, long voteId) {
        return caller.getForEntity(VoteController.PATH + "/" + voteId + "/tally", String.class);
    }

    private TestRestTemplate staff(String user) {
        return TestPeople.as(rest, user, TestPeople.STAFF_PASSWORD);
    }

    /** The problem with the vote's id taken out of the fields that name it, to compare two answers field by field. */
    private static Map<String, String> withoutId(JsonNode problem, long voteId) {
        Map<String, String> fields = new java.util.TreeMap<>();
        problem.fields()
                .forEachRemaining(
                        field -> fields.put(field.getKey(), field.getValue().asText()));
        fields.replace("detail", fields.get("detail").replace(" " + voteId + " ", " {id} "));
        fields.replace("instance", fields.get("instance").replace("/" + voteId + "/", "/{id}/"));
        return fields;
    }

    private static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + response.getBody(), e);
        }
    }
}
