-- An enterprise's contact person and mobile number, where its verification codes go (docs/accounts.md); the lookup
-- of an ID number that another account may hold, at sign-up.
ALTER TABLE app_account ADD COLUMN contact_name VARCHAR(100);
ALTER TABLE app_account ADD COLUMN contact_mobile VARCHAR(20);
CREATE INDEX ix_app_account_id_number ON app_account (id_number);
