-- The case header's channel is ONLINE or WINDOW in every case record. V43 gave veteran-assistance applications the
-- column but not the check that one_stop_application (V10) and labor_dispute_case (V3) have, so any text was taken
-- there (MigrationsIntegrationTests). V43 wrote only ONLINE and WINDOW, and so does the application.
ALTER TABLE veteran_assistance_application ADD CONSTRAINT ck_veteran_assistance_application_channel
    CHECK (channel IN ('ONLINE', 'WINDOW'));
