-- The inbox (GET /api/inbox): when the recipient marked a notice read; NULL while it is unread.
ALTER TABLE notification ADD COLUMN read_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_notification_account_read ON notification (recipient_account_id, read_at);
