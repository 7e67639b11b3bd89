package cn.jiedaoflow.people;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The administrator created at start-up: {@code JIEDAO_ADMIN_USER} / {@code JIEDAO_ADMIN_PASSWORD}. */
@ConfigurationProperties("jiedao.admin")
record AdminSettings(String userId, String password) {

    boolean configured() {
        return userId != null && !userId.isBlank();
    }
}
