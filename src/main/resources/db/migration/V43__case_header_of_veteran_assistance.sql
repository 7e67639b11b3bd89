-- Every case record holds the same header (cases/CaseHeader): a veteran-assistance application gains the applicant's
-- ID number and the channel that the one-stop and labour-mediation records have.
ALTER TABLE veteran_assistance_application ADD COLUMN applicant_id_number VARCHAR(18);
ALTER TABLE veteran_assistance_application ADD COLUMN channel VARCHAR(10);

-- Entered by staff (at the station, or reported by a residents' committee) or online.
UPDATE veteran_assistance_application
SET channel = CASE WHEN registered_by IS NULL THEN 'ONLINE' ELSE 'WINDOW' END;
ALTER TABLE veteran_assistance_application ALTER COLUMN channel SET NOT NULL;

-- Online: the account's ID number, as the application service records it from now on. Entered by staff for the
-- veteran in person: the veteran's. A family member or a committee entered by staff has none on record.
UPDATE veteran_assistance_application
SET applicant_id_number = (SELECT CAST(a.id_number AS VARCHAR(18)) FROM app_account a
                           WHERE a.id = veteran_assistance_application.applicant_account_id)
WHERE applicant_account_id IS NOT NULL;
UPDATE veteran_assistance_application
SET applicant_id_number = veteran_id_number
WHERE applicant_account_id IS NULL AND applicant_relation = 'VETERAN';
