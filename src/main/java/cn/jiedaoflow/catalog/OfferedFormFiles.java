package cn.jiedaoflow.catalog;

import cn.jiedaoflow.refusal.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The {@code .form} file ({@code forms/<formKey>.form}) of a form some {@link OfferedForms} offers; any other key,
 * a malformed one included, is unknown ({@code 404}), so that no other form (a staff task's) can be read this way.
 */
@Service
class OfferedFormFiles {

    private final List<OfferedForms> offers;

    OfferedFormFiles(List<OfferedForms> offers) {
        this.offers = List.copyOf(offers);
    }

    String json(String formKey) {
        if (!MatterForms.isFormKey(formKey) || offers.stream().noneMatch(offer -> offer.offers(formKey))) {
            throw unknown(formKey);
        }
        ClassPathResource resource = new ClassPathResource("forms/" + formKey + ".form");
        if (!resource.exists()) {
            throw unknown(formKey);
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read form " + formKey, e);
        }
    }

    private static Refusal unknown(String formKey) {
        String shown = formKey == null ? "" : formKey.substring(0, Math.min(formKey.length(), 100));
        return Refusal.notFound("catalog.form.notFound", shown);
    }
}
