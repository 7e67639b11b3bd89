package cn.jiedaoflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The migrations that move data, run on data: a fresh database migrated up to V41 gets the rows the procedures stored
 * before — one-stop applications and their materials, labour-dispute cases, veteran-assistance applications and their
 * attachments — and is then migrated to the latest. V42 must have moved every material and attachment into a stored
 * document of its own, bytes and all; V43 must have given every veteran-assistance application the case header's
 * channel and applicant ID number; no row may be lost, and the constraints of the case records must hold.
 *
 * <p>No Spring context: the database is this class's own, never the one the other integration tests share. It is H2,
 * or — in the build's second pass ({@link TestDatabase}) — a PostgreSQL server of its own.
 */
@Tag("integration")
class MigrationsIntegrationTests {

    private static final OffsetDateTime BEFORE = OffsetDateTime.parse("2026-03-02T09:30:00+08:00");
    private static final String VETERAN_ID = "310101196805124418";
    private static final String DAUGHTER_ID = "310101199209154427";

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate db;
    private static TransactionTemplate transactions;
    private static Flyway flyway;

    @BeforeAll
    static void migrateTheRowsOfV41ToTheLatest() throws IOException {
        DataSource dataSource;
        if (TestDatabase.isPostgres()) {
            postgres = EmbeddedPostgres.builder().start();
            dataSource = postgres.getPostgresDatabase();
        } else {
            dataSource = new DriverManagerDataSource(
                    "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        db = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        flyway(dataSource, "41").migrate();
        storeTheRowsOfV41();
        flyway = flyway(dataSource, "latest");
        flyway.migrate();
    }

    /** Flyway as application.yaml configures it, up to {@code target}. */
    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("jiedao_schema_history")
                .target(target)
                .load();
    }

    @AfterAll
    static void dropTheDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        } else if (db != null) {
            db.execute("SHUTDOWN");
        }
    }

    @Test
    void everyMigrationRanToTheLatest() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).allSatisfy(migration -> assertThat(migration.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().current().getVersion()).isEqualTo(all[all.length - 1].getVersion());
    }

    @Test
    void noCaseRecordIsLost() {
        assertThat(count("one_stop_application")).isEqualTo(3);
        assertThat(count("one_stop_material")).isEqualTo(3);
        assertThat(count("labor_dispute_case")).isEqualTo(2);
        assertThat(count("veteran_assistance_application")).isEqualTo(6);
        assertThat(count("veteran_assistance_attachment")).isEqualTo(3);
        assertThat(count("stored_document")).isEqualTo(6);
        assertThat(count("stored_document_content")).isEqualTo(6);
        assertThat(db.queryForList("SELECT tracking_number FROM labor_dispute_case", String.class))
                .containsExactlyInAnyOrder("LD-20260302-ONLINE", "LD-20260302-WINDOW");
    }

    @Test
    void v42GivesEveryMaterialItsOwnStoredDocumentWithItsBytesAndWhoHandedItIn() {
        Map<String, Map<String, Object>> materials = byFileName(db.queryForList("""
                SELECT a.tracking_number, m.material_code, m.supplement, d.*, c.content
                FROM one_stop_material m JOIN one_stop_application a ON a.id = m.application_id
                JOIN stored_document d ON d.id = m.document_id
                JOIN stored_document_content c ON c.document_id = d.id"""));

        assertThat(materials).containsOnlyKeys("id-card.pdf", "scan.png", "租赁合同.jpg");
        assertDocument(materials.get("id-card.pdf"), "application/pdf", "account:101");
        assertThat(materials.get("id-card.pdf"))
                .containsEntry("TRACKING_NUMBER", "OS-20260302-ONLINE")
                .containsEntry("SUPPLEMENT", false);
        assertDocument(materials.get("scan.png"), "image/png", "window-clerk");
        assertThat(materials.get("scan.png")).containsEntry("TRACKING_NUMBER", "OS-20260302-WINDOW");
        assertDocument(materials.get("租赁合同.jpg"), "image/jpeg", "account:101");
        assertThat(materials.get("租赁合同.jpg"))
                .containsEntry("MATERIAL_CODE", "residence-proof")
                .containsEntry("SUPPLEMENT", true);
    }

    @Test
    void v42GivesEveryAttachmentItsOwnStoredDocumentWithItsBytesAndUploader() {
        Map<String, Map<String, Object>> attachments = byFileName(db.queryForList("""
                SELECT a.tracking_number, d.*, c.content
                FROM veteran_assistance_attachment t JOIN veteran_assistance_application a ON a.id = t.application_id
                JOIN stored_document d ON d.id = t.document_id
                JOIN stored_document_content c ON c.document_id = d.id"""));

        assertThat(attachments).containsOnlyKeys("bill.pdf", "home.jpg", "photo.png");
        assertDocument(attachments.get("bill.pdf"), "application/pdf", "account:101");
        assertDocument(attachments.get("home.jpg"), "image/jpeg", "station-1");
        assertThat(attachments.get("home.jpg")).containsEntry("TRACKING_NUMBER", "VA-20260302-STATION");
        assertDocument(attachments.get("photo.png"), "image/png", "account:101");
        assertThat(db.queryForObject("""
                        SELECT COUNT(DISTINCT document_id) FROM (SELECT document_id FROM one_stop_material
                        UNION ALL SELECT document_id FROM veteran_assistance_attachment) documents""", Long.class))
                .as("no document is shared")
                .isEqualTo(6);
    }

    @Test
    void v43GivesEveryVeteranAssistanceApplicationItsChannelAndTheApplicantsIdNumber() {
        Map<String, String> header = Map.of( // tracking number → channel and applicant's ID number
                "VA-20260302-OWN",
                "ONLINE " + VETERAN_ID,
                "VA-20260302-DAUGHTER",
                "ONLINE " + DAUGHTER_ID,
                "VA-20260302-NOID",
                "ONLINE null",
                "VA-20260302-STATION",
                "WINDOW " + VETERAN_ID,
                "VA-20260302-COMMITTEE",
                "WINDOW null",
                "VA-20260302-FAMILY",
                "WINDOW null");
        List<Map<String, Object>> applications = db.queryForList("SELECT * FROM veteran_assistance_application");

        assertThat(applications).hasSize(header.size()).allSatisfy(application -> {
            String trackingNumber = (String) application.get("TRACKING_NUMBER");
            assertThat(application.get("CHANNEL") + " " + application.get("APPLICANT_ID_NUMBER"))
                    .as(trackingNumber)
                    .isEqualTo(header.get(trackingNumber));
            assertThat(application.get("APPLICANT_NAME")).as(trackingNumber).isNotNull();
            assertThat(application.get("REQUESTED_HELP")).as(trackingNumber).isEqualTo("生活困难补助");
        });
    }

    @Test
    void theCaseRecordsKeepTheirRules() {
        for (String table : List.of("one_stop_application", "labor_dispute_case", "veteran_assistance_application")) {
            assertRefused("UPDATE " + table + " SET channel = 'FAX'");
            assertRefused("UPDATE " + table + " SET channel = NULL");
        }
        assertRefused("UPDATE stored_document SET content_type = 'text/html'");
        assertRefused("INSERT INTO stored_document_content (document_id, content) VALUES (-1, ?)", new byte[] {0});
        for (String table : List.of("one_stop_material", "veteran_assistance_attachment")) {
            assertRefused("UPDATE " + table + " SET document_id = NULL");
            assertRefused("UPDATE " + table + " SET document_id = -1");
        }
    }

    // ---- the rows of V41 ---------------------------------------------------------------------------------------

    /** Residents (the veteran, his daughter, one without an ID number), the veteran and the cases, as V41 held them. */
    private static final String ROWS_OF_V41 = """
            INSERT INTO app_account (id, kind, login_name, display_name, id_number, password_hash, enabled, created_at)
            VALUES (101, 'RESIDENT', '13800000001', '张建国', '310101196805124418', '{bcrypt}x', TRUE, :before),
                   (102, 'RESIDENT', '13800000002', '张丽', '310101199209154427', '{bcrypt}x', TRUE, :before),
                   (103, 'RESIDENT', '13800000003', '张强', NULL, '{bcrypt}x', TRUE, :before);
            INSERT INTO veteran (id, service_number, name, id_number, mobile, address, key_care, imported_by,
                imported_at)
            VALUES (201, 'SV-0001', '张建国', '310101196805124418', '13800000001', '长宁路 1 号', FALSE, 'station-1', :before);
            INSERT INTO one_stop_application (id, tracking_number, matter_code, applicant_account_id, applicant_name,
                applicant_mobile, applicant_id_number, channel, registered_by, data_json, delivery_method, status,
                submitted_at, version)
            VALUES (301, 'OS-20260302-ONLINE', 'residence-registration', 101, '张建国', '13800000001',
                    '310101196805124418', 'ONLINE', NULL, '{}', 'PICK_UP', 'PRE_CHECK', :before, 0),
                   (302, 'OS-20260302-WINDOW', 'residence-registration', NULL, '张建国', '13800000001',
                    '310101196805124418', 'WINDOW', 'window-clerk', '{}', 'MAIL', 'ACCEPTED', :before, 3),
                   (303, 'OS-20260302-NOTHING', 'residence-registration', 103, '张强', '13800000003',
                    NULL, 'ONLINE', NULL, '{}', 'ELECTRONIC', 'WITHDRAWN', :before, 1);
            INSERT INTO labor_dispute_case (tracking_number, process_instance_id, applicant_account_id, applicant_name,
                applicant_mobile, employer, dispute_type, channel, registered_by, created_at)
            VALUES ('LD-20260302-ONLINE', 'pi-1', 103, '张强', '13800000003', '某公司', 'WAGES', 'ONLINE', NULL, :before),
                   ('LD-20260302-WINDOW', 'pi-2', NULL, '刘洋', '13800000004', '某公司', 'WAGES', 'WINDOW',
                    'mediator-1', :before);
            INSERT INTO veteran_assistance_application (id, tracking_number, veteran_id, veteran_id_number,
                applicant_relation, applicant_account_id, applicant_name, applicant_mobile, registered_by,
                hardship_type, household_size, monthly_household_income, disability_grade, requested_help, status,
                submitted_at)
            VALUES (401, 'VA-20260302-OWN', 201, '310101196805124418', 'VETERAN', 101, '张建国', '13800000001', NULL,
                    'ILLNESS', 3, 4000.00, 0, '生活困难补助', 'IN_PROGRESS', :before),
                   (402, 'VA-20260302-DAUGHTER', 201, '310101196805124418', 'FAMILY', 102, '张丽', '13800000002',
                    NULL, 'ILLNESS', 3, 4000.00, 0, '生活困难补助', 'SUBMITTED', :before),
                   (403, 'VA-20260302-NOID', 201, '310101196805124418', 'FAMILY', 103, '张强', '13800000003', NULL,
                    'ILLNESS', 3, 4000.00, 0, '生活困难补助', 'SUBMITTED', :before),
                   (404, 'VA-20260302-STATION', 201, '310101196805124418', 'VETERAN', NULL, '张建国', '13800000001',
                    'station-1', 'ILLNESS', 3, 4000.00, 0, '生活困难补助', 'SUBMITTED', :before),
                   (405, 'VA-20260302-COMMITTEE', NULL, '310101196805124418', 'RESIDENTS_COMMITTEE', NULL, '王主任',
                    '13800000005', 'committee-1', 'ILLNESS', 3, 4000.00, 0, '生活困难补助', 'SUBMITTED', :before),
                   (406, 'VA-20260302-FAMILY', 201, '310101196805124418', 'FAMILY', NULL, '张丽', '13800000002',
                    'station-1', 'ILLNESS', 3, 4000.00, 0, '生活困难补助', 'INELIGIBLE', :before)""";

    private static void storeTheRowsOfV41() {
        for (String insert : ROWS_OF_V41.split(";")) {
            db.update(insert.replace(":before", "TIMESTAMP WITH TIME ZONE '2026-03-02 09:30:00+08:00'"));
        }
        material(301, "id-card", "id-card.pdf", "application/pdf", false);
        material(301, "residence-proof", "租赁合同.jpg", "image/jpeg", true);
        material(302, "id-card", "scan.png", "image/png", false);
        attachment(401, "bill.pdf", "application/pdf", "account:101");
        attachment(401, "photo.png", "image/png", "account:101");
        attachment(404, "home.jpg", "image/jpeg", "station-1");
    }

    private static void material(long application, String code, String fileName, String type, boolean supplement) {
        byte[] content = content(fileName);
        String material = """
                INSERT INTO one_stop_material (application_id, material_code, file_name, content_type, size_bytes,
                    sha256, supplement, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
        db.update(material, application, code, fileName, type, content.length, sha256(content), supplement, BEFORE);
        String bytes = """
                INSERT INTO one_stop_material_content (material_id, content)
                VALUES ((SELECT id FROM one_stop_material WHERE file_name = ?), ?)""";
        db.update(bytes, fileName, content);
    }

    private static void attachment(long application, String fileName, String type, String uploadedBy) {
        byte[] content = content(fileName);
        String attachment = """
                INSERT INTO veteran_assistance_attachment (application_id, file_name, content_type, size_bytes, sha256,
                    content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
        db.update(
                attachment, application, fileName, type, content.length, sha256(content), content, uploadedBy, BEFORE);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** A document as it was stored before V42, its bytes and its time included. */
    private static void assertDocument(Map<String, Object> row, String type, String uploadedBy) {
        String fileName = (String) row.get("FILE_NAME");
        byte[] content = content(fileName);
        assertThat(row)
                .as(fileName)
                .containsEntry("CONTENT_TYPE", type)
                .containsEntry("SIZE_BYTES", (long) content.length)
                .containsEntry("SHA256", sha256(content))
                .containsEntry("UPLOADED_BY", uploadedBy);
        assertThat((byte[]) row.get("CONTENT")).as(fileName).isEqualTo(content);
        String uploadedAt = "SELECT uploaded_at FROM stored_document WHERE file_name = ?";
        assertThat(db.queryForObject(uploadedAt, OffsetDateTime.class, fileName).toInstant())
                .as(fileName)
                .isEqualTo(BEFORE.toInstant());
    }

    /** Refused by the database; in a transaction of its own, rolled back, so a wrongly taken one changes nothing. */
    private static void assertRefused(String sql, Object... args) {
        transactions.executeWithoutResult(transaction -> {
            transaction.setRollbackOnly();
            assertThatExceptionOfType(DataIntegrityViolationException.class)
                    .as(sql)
                    .isThrownBy(() -> db.update(sql, args));
        });
    }

    private static Map<String, Map<String, Object>> byFileName(List<Map<String, Object>> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (String) row.get("FILE_NAME"), row -> row));
    }

    private static long count(String table) {
        return db.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static byte[] content(String fileName) {
        return ("%PDF-1.7 or an image: " + fileName).getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
