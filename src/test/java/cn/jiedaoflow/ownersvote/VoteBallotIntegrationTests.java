package cn.jiedaoflow.ownersvote;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import cn.jiedaoflow.TestEstates;
import cn.jiedaoflow.TestPeople;
import cn.jiedaoflow.notification.Notifications;
import cn.jiedaoflow.owners.EstateOwnerContacts;
import cn.jiedaoflow.owners.TestRegisters;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Ballots, tallies, owner-account links and the frozen register over HTTP, on H2 and on PostgreSQL. Votes are
 * called through {@link Votes} directly, 15 days before a window around now, so that ballots fall inside it.
 */
@IntegrationTest
class VoteBallotIntegrationTests {

    private static final String HEADER = "building,unit,area,ownerId,ownerName,developerUnsold";
    /** O-1 holds two units (180.75 m²) and counts once; the developer's two unsold units count as one person. */
    private static final String REGISTER = String.join(
                    "\n",
                    HEADER,
                    "1号楼,101,100.50,O-1,业主一,false",
                    "1号楼,102,80.25,O-1,业主一,false",
                    "1号楼,103,90.00,O-2,业主二,false",
                    "1号楼,104,70.00,O-3,业主三,false",
                    "2号楼,201,60.00,,,true",
                    "2号楼,202,40.00,,,true")
            + "\n";

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final AtomicInteger MOBILES = new AtomicInteger(1000 + (int) (Math.random() * 8000));

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    Votes votes;

    @Autowired
    VoteCalls voteCalls;

    @Autowired
    BallotRepository ballots;

    @Autowired
    EstateOwnerContacts contacts;

    @Test
    void aLinkedOwnerVotesOnlineAndStaffRecordPaperBallotsWithTheOwnersWholeArea() {
        long estateId = estateWithRegister();
        String owner = linkedResident(estateId, "O-1");
        long voteId = openVote(estateId);

        ResponseEntity<String> online = ballot(resident(owner), voteId, Map.of("choice", "AGREE"));
        assertThat(online.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json(online).get("channel").asText()).isEqualTo("ONLINE");
        assertThat(json(online).get("ownerId").asText()).isEqualTo("O-1");
        assertThat(json(online).get("area").decimalValue()).isEqualByComparingTo("180.75");
        assertThat(json(online).get("recordedBy").asText()).isEqualTo(owner);

        ResponseEntity<String> paper =
                ballot(residentsCommitteeOf(estateId), voteId, Map.of("choice", "DISAGREE", "ownerId", "O-2"));
        assertThat(paper.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json(paper).get("channel").asText()).isEqualTo("PAPER");
        assertThat(json(paper).get("recordedBy").asText())
                .isEqualTo(scoped.get(estateId).residentsCommittee());
        assertThat(json(paper).get("area").decimalValue()).isEqualByComparingTo("90.00");

        ResponseEntity<String> developer =
                ballot(ownersCommitteeOf(estateId), voteId, Map.of("choice", "ABSTAIN", "developer", true));
        assertThat(developer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json(developer).get("developer").asBoolean()).isTrue();
        assertThat(json(developer).get("area").decimalValue()).isEqualByComparingTo("100.00");

        assertThat(ballot(staff("housing-office"), voteId, Map.of("choice", "AGREE", "ownerId", "O-3"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ballot(staff("self-governance-office"), voteId, Map.of("choice", "MAYBE", "ownerId", "O-3"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ballots.countByVoteId(voteId)).isEqualTo(3);
    }

    @Test
    void aSecondBallotForTheSameOwnerIsRefusedWithAClearMessage() {
        long estateId = estateWithRegister();
        String owner = linkedResident(estateId, "O-1");
        long voteId = openVote(estateId);
        assertThat(ballot(resident(owner), voteId, Map.of("choice", "AGREE")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> again = ballot(resident(owner), voteId, Map.of("choice", "DISAGREE"));
        ResponseEntity<String> onPaper =
                ballot(staff("self-governance-office"), voteId, Map.of("choice", "DISAGREE", "ownerId", "O-1"));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json(again).get("detail").asText()).isEqualTo("业主 O-1 已经投过票；每位业主每次表决只能投一票，表决票投出后不能修改。");
        assertThat(onPaper.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ballots.countByVoteId(voteId)).isEqualTo(1);
        assertThat(ballots.findByVoteId(voteId).get(0).getChoice()).isEqualTo(BallotChoice.AGREE);
    }

    @Test
    void aBallotOutsideTheWindowIsRefused() {
        long estateId = estateWithRegister();
        String owner = linkedResident(estateId, "O-1");
        Instant opens = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(8))
                .plusDays(20)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .toInstant();
        long notYet = call(estateId, opens, opens.plus(Duration.ofDays(7)).plus(Duration.ofHours(8)));

        ResponseEntity<String> early = ballot(resident(owner), notYet, Map.of("choice", "AGREE"));

        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json(early).get("type").asText()).isEqualTo("urn:jiedao:problem:owners.vote.ballot.outsideWindow");
        // the window in Shanghai's wall-clock time, as the notice gave it
        String day = java.time.LocalDate.ofInstant(opens, java.time.ZoneId.of("Asia/Shanghai"))
                .toString();
        assertThat(json(early).get("detail").asText())
                .startsWith("不在表决时间内（" + day + " 09:00 (+08:00) 至 ")
                .contains(" 17:00 (+08:00)）");
        assertThat(ballots.countByVoteId(notYet)).isZero();
    }

    @Test
    void aResidentWhoOwnsNothingInTheEstateMayNotVote() {
        long estateId = estateWithRegister();
        long otherEstate = estateWithRegister();
        String elsewhere = linkedResident(otherEstate, "O-1");
        String nobody = newResident();
        long voteId = openVote(estateId);

        assertThat(ballot(resident(elsewhere), voteId, Map.of("choice", "AGREE"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ballot(resident(nobody), voteId, Map.of("choice", "AGREE")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ballot(resident(nobody), 999_999_999L, Map.of("choice", "AGREE"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ballots.countByVoteId(voteId)).isZero();
    }

    @Test
    void eightSimultaneousBallotsForTheSameOwnerStoreExactlyOne() throws Exception {
        long estateId = estateWithRegister();
        String owner = linkedResident(estateId, "O-2");
        long voteId = openVote(estateId);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpStatus>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                boolean online = i % 2 == 0;
                results.add(pool.submit(() -> {
                    start.await();
                    ResponseEntity<String> response = online
                            ? ballot(resident(owner), voteId, Map.of("choice", "AGREE"))
                            : ballot(
                                    staff("self-governance-office"),
                                    voteId,
                                    Map.of("choice", "DISAGREE", "ownerId", "O-2"));
                    return HttpStatus.valueOf(response.getStatusCode().value());
                }));
            }
            start.countDown();
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<HttpStatus> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(statuses).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
            assertThat(statuses).filteredOn(HttpStatus.CONFLICT::equals).hasSize(threads - 1);
            assertThat(ballots.countByVoteId(voteId)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void staffSeeTheTallyBeforePublicationAndTheEstatesOwnersAfter() {
        long estateId = estateWithRegister();
        String owner = linkedResident(estateId, "O-1");
        String stranger = linkedResident(estateWithRegister(), "O-1");
        long voteId = openVote(estateId);
        ballot(resident(owner), voteId, Map.of("choice", "AGREE"));
        ballot(residentsCommitteeOf(estateId), voteId, Map.of("choice", "AGREE", "ownerId", "O-2"));
        ballot(residentsCommitteeOf(estateId), voteId, Map.of("choice", "DISAGREE", "ownerId", "O-3"));

        ResponseEntity<String> forStaff = staff("self-governance-office")
                .getForEntity(VoteController.PATH + "/" + voteId + "/tally", String.class);
        assertThat(forStaff.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode tally = json(forStaff);
        assertThat(tally.get("matterType").asText()).isEqualTo("ORDINARY");
        assertThat(tally.get("totalArea").decimalValue()).isEqualByComparingTo("440.75");
        assertThat(tally.get("totalOwners").asLong()).isEqualTo(4);
        assertThat(tally.get("participatingArea").decimalValue()).isEqualByComparingTo("340.75");
        assertThat(tally.get("participatingOwners").asLong()).isEqualTo(3);
        assertThat(tally.get("agreeArea").decimalValue()).isEqualByComparingTo("270.75");
        assertThat(tally.get("agreeOwners").asLong()).isEqualTo(2);
        assertThat(tally.get("outcome").asText()).isEqualTo("PASSED");
        // the estate's owner may read it once published; who never may gets the answer of a missing vote
        assertThat(tally(resident(owner), voteId)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tally(staff("mediation"), voteId)).isEqualTo(HttpStatus.NOT_FOUND);

        votes.publish(voteId);

        assertThat(tally(resident(owner), voteId)).isEqualTo(HttpStatus.OK);
        assertThat(tally(resident(stranger), voteId)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(tally(staff("self-governance-office"), 999_999_999L)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(tally(rest, voteId)).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theOfficesLinkAndUnlinkAnOwnersAccount() {
        long estateId = estateWithRegister();
        String mobile = newResident();
        String path = "/api/estates/" + estateId + "/owners/O-3/account";

        ResponseEntity<String> linked = staff("self-governance-office")
                .exchange(path, HttpMethod.PUT, new HttpEntity<>(Map.of("mobile", mobile)), String.class);
        assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(linked).get("ownerId").asText()).isEqualTo("O-3");
        assertThat(json(linked).get("mobile").asText()).isEqualTo(mobile);
        long voteId = openVote(estateId);
        assertThat(ballot(resident(mobile), voteId, Map.of("choice", "ABSTAIN")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        assertThat(staff("housing-office")
                        .exchange(path, HttpMethod.DELETE, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(staff("housing-office")
                        .exchange(path, HttpMethod.DELETE, null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        long nextVote = openVote(estateId);
        assertThat(ballot(resident(mobile), nextVote, Map.of("choice", "AGREE")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(residentsCommitteeOf(estateId)
                        .exchange(path, HttpMethod.PUT, new HttpEntity<>(Map.of("mobile", mobile)), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(resident(mobile)
                        .exchange(path, HttpMethod.PUT, new HttpEntity<>(Map.of("mobile", mobile)), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(staff("housing-office")
                        .exchange(path, HttpMethod.PUT, new HttpEntity<>(Map.of("mobile", "13000000000")), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(staff("housing-office")
                        .exchange(
                                "/api/estates/" + estateId + "/owners/NOBODY/account",
                                HttpMethod.PUT,
                                new HttpEntity<>(Map.of("mobile", mobile)),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theRegisterIsFrozenUntilTheVotesResultIsPublished() {
        long estateId = estateWithRegister();
        long voteId = openVote(estateId);

        ResponseEntity<String> refused = importRegister(estateId);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json(refused).get("type").asText()).isEqualTo("urn:jiedao:problem:owners.vote.registerFrozen");

        votes.close(voteId);
        assertThat(importRegister(estateId).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        votes.publish(voteId);
        assertThat(importRegister(estateId).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** A new estate with the register above, in its own residents' area, with its own committees' staff. */
    private long estateWithRegister() {
        TestEstates.Estate estate = TestEstates.scoped(rest, identity);
        scoped.put(estate.id(), estate);
        return estate.id();
    }

    private final Map<Long, TestEstates.Estate> scoped = new java.util.HashMap<>();

    /** The estate's own owners' committee. */
    private TestRestTemplate ownersCommitteeOf(long estateId) {
        return TestPeople.as(rest, scoped.get(estateId).ownersCommittee(), TestPeople.STAFF_PASSWORD);
    }

    /** The residents' committee of the estate's area. */
    private TestRestTemplate residentsCommitteeOf(long estateId) {
        return TestPeople.as(rest, scoped.get(estateId).residentsCommittee(), TestPeople.STAFF_PASSWORD);
    }

    private ResponseEntity<String> importRegister(long estateId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(TestRegisters.TEXT_CSV + ";charset=UTF-8"));
        return staff("housing-office")
                .exchange(
                        TestRegisters.PATH + "/" + estateId + "/units",
                        HttpMethod.POST,
                        new HttpEntity<>(REGISTER.getBytes(StandardCharsets.UTF_8), headers),
                        String.class);
    }

    private long openVote(long estateId) {
        Instant now = Instant.now();
        return call(estateId, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)));
    }

    /**
     * A vote called with enough notice: the engine clock goes back to 30 days before it opens, which covers the 15
     * days of notice even when a long holiday moves their last day.
     */
    private long call(long estateId, Instant opens, Instant closes) {
        ClockUtil.setCurrentTime(Date.from(opens.minus(Duration.ofDays(30))));
        try {
            return voteCalls
                    .call(new VoteCall(
                            estateId,
                            MatterType.ORDINARY,
                            "调整物业服务费",
                            opens,
                            closes,
                            "PF-IT-" + estateId,
                            "it-owners-committee"))
                    .voteId();
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void otherProceduresReachTheLinkedOwnersOfAnEstateAndOnlyThose() {
        long estateId = estateWithRegister();
        long otherEstate = estateWithRegister();
        String first = linkedResident(estateId, "O-1");
        String second = linkedResident(estateId, "O-2");
        linkedResident(otherEstate, "O-1");

        assertThat(contacts.linkedOwners(estateId))
                .extracting(Notifications.Recipient::mobile)
                .containsExactly(first, second);
        assertThat(contacts.linkedOwners(estateId))
                .allSatisfy(recipient -> assertThat(accountRepository.findById(recipient.accountId()))
                        .get()
                        .extracting(cn.jiedaoflow.people.Account::getLoginName)
                        .isEqualTo(recipient.mobile()));
        assertThat(contacts.linkedOwners(987_654_321L)).isEmpty();
    }

    private String linkedResident(long estateId, String ownerId) {
        String mobile = newResident();
        ResponseEntity<String> linked = staff("housing-office")
                .exchange(
                        "/api/estates/" + estateId + "/owners/" + ownerId + "/account",
                        HttpMethod.PUT,
                        new HttpEntity<>(Map.of("mobile", mobile)),
                        String.class);
        assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
        return mobile;
    }

    private String newResident() {
        return TestPeople.resident(accounts, accountRepository, "1370000" + MOBILES.incrementAndGet(), "业主");
    }

    private ResponseEntity<String> ballot(TestRestTemplate caller, long voteId, Map<String, Object> body) {
        return caller.postForEntity(VoteController.PATH + "/" + voteId + "/ballots", body, String.class);
    }

    private static HttpStatus tally(TestRestTemplate caller, long voteId) {
        return HttpStatus.valueOf(caller.getForEntity(VoteController.PATH + "/" + voteId + "/tally", String.class)
                .getStatusCode()
                .value());
    }

    private TestRestTemplate staff(String group) {
        return TestPeople.as(rest, TestPeople.staff(identity, group), TestPeople.STAFF_PASSWORD);
    }

    private TestRestTemplate resident(String mobile) {
        return TestPeople.as(rest, mobile, TestPeople.RESIDENT_PASSWORD);
    }

    private static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + response.getBody(), e);
        }
    }
}
