-- What the home visit verified (household size, monthly household income, disability grade), kept on the
-- application: the engine no longer holds incomes or disability grades as process variables (issue 12), so the
-- assessment reads them from here. Empty until the visit; visited_at also tells whether the station has met the
-- veteran. Plain types only: the same script runs on H2 and PostgreSQL.

ALTER TABLE veteran_assistance_application ADD COLUMN verified_household_size INTEGER;
ALTER TABLE veteran_assistance_application ADD COLUMN verified_monthly_income NUMERIC(12,2);
ALTER TABLE veteran_assistance_application ADD COLUMN verified_disability_grade INTEGER;
ALTER TABLE veteran_assistance_application ADD COLUMN visited_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE veteran_assistance_application ADD CONSTRAINT ck_veteran_assistance_verified
    CHECK (verified_household_size IS NULL OR verified_household_size BETWEEN 1 AND 20
        AND verified_monthly_income >= 0 AND verified_disability_grade BETWEEN 0 AND 4);
