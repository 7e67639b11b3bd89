-- Residents and enterprises open their own accounts with verification codes (docs/accounts.md).

-- The current verification code of each mobile number, hashed (a new code replaces the last), how often it was tried,
-- and the codes the number had on its last office day. Kept two days after the last code.
CREATE TABLE app_verification_code (
    mobile        VARCHAR(20)  NOT NULL,
    code_hash     VARCHAR(100) NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    tries         INTEGER      NOT NULL,
    used          BOOLEAN      NOT NULL,
    office_day    DATE         NOT NULL,
    sent_that_day INTEGER      NOT NULL,
    CONSTRAINT pk_app_verification_code PRIMARY KEY (mobile)
);
CREATE INDEX ix_app_verification_code_sent ON app_verification_code (sent_at);

-- The codes asked from each client address in its current hour (the hour from the window's first code).
CREATE TABLE app_verification_address (
    address      VARCHAR(100) NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    codes        INTEGER      NOT NULL,
    CONSTRAINT pk_app_verification_address PRIMARY KEY (address)
);
CREATE INDEX ix_app_verification_address_window ON app_verification_address (window_start);

-- One row, locked by each sign-up while it checks that no account holds its ID number or credit code and opens the
-- account: two sign-ups with one ID number never both succeed.
CREATE TABLE app_sign_up_lock (
    id INTEGER NOT NULL,
    CONSTRAINT pk_app_sign_up_lock PRIMARY KEY (id)
);
INSERT INTO app_sign_up_lock (id) VALUES (1);
