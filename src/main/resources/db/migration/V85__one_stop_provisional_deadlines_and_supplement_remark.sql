-- My cases marks a deadline provisional when the working-day calendar was not published that far (docs/portal.md).
-- The departments' review deadlines kept that since V10; the pre-check, the supplement and the end of the rating
-- period now keep it too, as computed. Cases from before keep FALSE: their deadlines are not computed again.
ALTER TABLE one_stop_application ADD COLUMN pre_check_due_provisional BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE one_stop_application ADD COLUMN supplement_due_provisional BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE one_stop_application ADD COLUMN evaluation_ends_provisional BOOLEAN DEFAULT FALSE NOT NULL;
-- What the applicant wrote with a supplement (补正说明), for the window's next pre-check; the latest one.
ALTER TABLE one_stop_application ADD COLUMN supplement_remark VARCHAR(500);
