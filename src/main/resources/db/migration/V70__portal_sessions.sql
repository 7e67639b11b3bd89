-- The portal's HTTP sessions (Spring Session JDBC, docs/portal.md): kept in the database, so that any node serves any
-- request and a restart signs nobody out. The tables of Spring Session's own schema, renamed to the application's
-- prefix (spring.session.jdbc.table-name: app_session); BYTEA is binary on PostgreSQL and, in H2, an alias of
-- BINARY VARYING, so the same script runs on both.
CREATE TABLE app_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INTEGER      NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT pk_app_session PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX ux_app_session_session_id ON app_session (session_id);
CREATE INDEX ix_app_session_expiry_time ON app_session (expiry_time);
CREATE INDEX ix_app_session_principal_name ON app_session (principal_name);

CREATE TABLE app_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT pk_app_session_attributes PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT fk_app_session_attributes_session FOREIGN KEY (session_primary_id)
        REFERENCES app_session (primary_id) ON DELETE CASCADE
);
