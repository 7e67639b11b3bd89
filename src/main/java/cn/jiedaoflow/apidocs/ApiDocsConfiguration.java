package cn.jiedaoflow.apidocs;

import org.springdoc.core.customizers.OpenApiLocaleCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI document, public at {@code /api/docs} (springdoc reads the controllers; {@code springdoc.*} in
 * application.yaml). springdoc builds it at its first request, once per language, and keeps it: the start of the
 * application does not wait for it. {@link ApiDocument} gives it the shape the callers need: how to sign in, which
 * doors are public, the problem answers, the {@code Idempotency-Key} of a {@code POST}.
 */
@Configuration
class ApiDocsConfiguration {

    @Bean
    OpenApiLocaleCustomizer apiDocument(MessageSource messages) {
        return (api, locale) -> new ApiDocument(messages, locale).shape(api);
    }
}
