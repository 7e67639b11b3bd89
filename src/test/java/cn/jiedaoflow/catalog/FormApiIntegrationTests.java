package cn.jiedaoflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedaoflow.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code GET /api/forms/{formKey}}: the form of what is offered, to anyone; no other form, whatever the key. */
@IntegrationTest
class FormApiIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Test
    void anyoneReadsTheFormOfACatalogMatter() {
        ResponseEntity<Map> form = rest.getForEntity("/api/forms/one-stop-elderly-comprehensive-allowance", Map.class);

        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(form.getBody())
                .containsEntry("id", "one-stop-elderly-comprehensive-allowance")
                .containsEntry("schemaVersion", 16);
    }

    @Test
    void aStaffTasksFormAnUnknownOneAndAMalformedKeyAreAllUnknown() {
        for (String key : new String[] {
            "one-stop-pre-check", "no-such-form", "One-Stop-Birth", "one-stop-birth.form", "A", "x".repeat(120)
        }) {
            ResponseEntity<Map> answer = rest.getForEntity("/api/forms/" + key, Map.class);
            assertThat(answer.getStatusCode()).as(key).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(answer.getBody()).as(key).containsEntry("type", "urn:jiedao:problem:catalog.form.notFound");
        }
    }
}
