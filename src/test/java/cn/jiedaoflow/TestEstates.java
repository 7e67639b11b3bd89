package cn.jiedaoflow;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Estates with their scope for integration tests, made through the API as the housing office and the
 * administrators make them: a new estate with a small register, in a new residents' area, with its own
 * owners' committee, property company and residents' committee users. Every call makes new ones, so tests never
 * share an estate.
 */
public final class TestEstates {

    public static final String REGISTER = String.join(
                    "\n",
                    "building,unit,area,ownerId,ownerName,developerUnsold",
                    "1号楼,101,100.50,O-1,业主一,false",
                    "1号楼,102,80.25,O-1,业主一,false",
                    "1号楼,103,90.00,O-2,业主二,false",
                    "1号楼,104,70.00,O-3,业主三,false",
                    "2号楼,201,60.00,,,true",
                    "2号楼,202,40.00,,,true")
            + "\n";

    private static final AtomicInteger AREAS = new AtomicInteger();

    private TestEstates() {}

    /**
     * One estate of a residents' area and who acts for it.
     *
     * @param id               the estate's id
     * @param areaId           its residents' area
     * @param ownersCommittee  a staff user of its owners' committee (only of this estate)
     * @param propertyCompany  a staff user of its property company (only of this estate)
     * @param residentsCommittee a staff user of its area's residents' committee
     */
    public record Estate(
            long id, long areaId, String ownersCommittee, String propertyCompany, String residentsCommittee) {}

    /** A new estate with the register {@link #REGISTER}, alone in a new residents' area, with its own staff. */
    public static Estate scoped(TestRestTemplate rest, IdentityService identity) {
        long areaId = area(rest, identity);
        return inArea(rest, identity, areaId);
    }

    /** A new estate with its own committee and company in the given residents' area (sharing its committee). */
    public static Estate inArea(TestRestTemplate rest, IdentityService identity, long areaId) {
        long estateId = estateWithRegister(rest, identity);
        assign(rest, areaId, estateId);
        String owners = estateStaff(rest, identity, estateId, "owners-committee");
        String company = estateStaff(rest, identity, estateId, "property-company");
        return new Estate(estateId, areaId, owners, company, "it-residents-committee-a" + areaId);
    }

    /** Puts the estate in the residents' area. */
    public static void assign(TestRestTemplate rest, long areaId, long estateId) {
        ok(admin(rest)
                .exchange(
                        "/api/residents-areas/" + areaId + "/estates/" + estateId, HttpMethod.PUT, null, String.class));
    }

    /** A new residents' area with its own residents' committee user {@code it-residents-committee-a<id>}. */
    public static long area(TestRestTemplate rest, IdentityService identity) {
        ResponseEntity<Map> created = admin(rest)
                .postForEntity(
                        "/api/residents-areas",
                        Map.of("name", "测试居民区 " + System.nanoTime() + "-" + AREAS.incrementAndGet()),
                        Map.class);
        if (created.getStatusCode() != HttpStatus.CREATED) {
            throw new IllegalStateException("area not created: " + created);
        }
        long areaId = ((Number) created.getBody().get("id")).longValue();
        String user = user(identity, "it-residents-committee-a" + areaId, "residents-committee");
        ok(admin(rest)
                .exchange("/api/residents-areas/" + areaId + "/staff/" + user, HttpMethod.PUT, null, String.class));
        return areaId;
    }

    /** A new estate with the register {@link #REGISTER}, in no residents' area and with no staff of its own. */
    public static long estateWithRegister(TestRestTemplate rest, IdentityService identity) {
        TestRestTemplate housing =
                TestPeople.as(rest, TestPeople.staff(identity, "housing-office"), TestPeople.STAFF_PASSWORD);
        ResponseEntity<Map> created =
                housing.postForEntity("/api/estates", Map.of("name", "测试小区", "address", "长宁区仙霞路 1 弄"), Map.class);
        if (created.getStatusCode() != HttpStatus.CREATED) {
            throw new IllegalStateException("estate not created: " + created);
        }
        long estateId = ((Number) created.getBody().get("id")).longValue();
        HttpHeaders csv = new HttpHeaders();
        csv.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        ok(housing.exchange(
                "/api/estates/" + estateId + "/units",
                HttpMethod.POST,
                new HttpEntity<>(REGISTER.getBytes(StandardCharsets.UTF_8), csv),
                String.class));
        return estateId;
    }

    /** A staff user {@code it-<group>-e<estate>} who acts for the estate in that group. */
    public static String estateStaff(TestRestTemplate rest, IdentityService identity, long estateId, String group) {
        String user = user(identity, "it-" + group + "-e" + estateId, group);
        ok(admin(rest)
                .exchange(
                        "/api/estates/" + estateId + "/staff/" + group + "/" + user,
                        HttpMethod.PUT,
                        null,
                        String.class));
        return user;
    }

    public static TestRestTemplate admin(TestRestTemplate rest) {
        return TestPeople.as(rest, TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
    }

    /** A staff user in the base group, with the test password. */
    public static String user(IdentityService identity, String userId, String baseGroup) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("测试");
            user.setPassword(TestPeople.STAFF_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(userId, baseGroup);
        }
        return userId;
    }

    private static void ok(ResponseEntity<String> response) {
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("scope not given: " + response.getStatusCode() + " " + response.getBody());
        }
    }
}
