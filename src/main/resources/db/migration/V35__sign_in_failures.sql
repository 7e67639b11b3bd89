-- Failed sign-ins, counted per subject: the login name of a resident or an enterprise (known or not), a staff user
-- id, a staff sign-in's client address (docs/operations.md, "Sign-in"). A streak is forgotten 15 minutes after its
-- last failure; a successful sign-in ends the streak of its login name. Passwords are never stored here.
CREATE TABLE app_sign_in_failure (
    subject         VARCHAR(200) NOT NULL,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    wait_until      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_app_sign_in_failure PRIMARY KEY (subject)
);
CREATE INDEX ix_app_sign_in_failure_last ON app_sign_in_failure (last_failure_at);
