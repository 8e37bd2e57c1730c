-- Contact phones and e-mails of filings are stored encrypted (AES-256-GCM, "enc1:" + base64, see
-- backend privacy/ColumnCipher): about 70 characters for a phone, up to ~230 for a 128-character e-mail.
-- filing_change and filing_snapshot were made 512 wide in V15; filing's columns follow. Existing plaintext values
-- are encrypted at start-up by the application (privacy/PlaintextColumns), which needs the key this script has not.
-- Portable SQL (H2 2.x has no MODIFY, MySQL no ALTER COLUMN ... type): a wide column, copied, then renamed.
ALTER TABLE filing ADD COLUMN zone_contact_phone_w VARCHAR(512);
ALTER TABLE filing ADD COLUMN zone_contact_email_w VARCHAR(512);
ALTER TABLE filing ADD COLUMN univ_contact_phone_w VARCHAR(512);
ALTER TABLE filing ADD COLUMN univ_contact_email_w VARCHAR(512);
UPDATE filing SET zone_contact_phone_w = zone_contact_phone, zone_contact_email_w = zone_contact_email,
  univ_contact_phone_w = univ_contact_phone, univ_contact_email_w = univ_contact_email;
ALTER TABLE filing DROP COLUMN zone_contact_phone;
ALTER TABLE filing DROP COLUMN zone_contact_email;
ALTER TABLE filing DROP COLUMN univ_contact_phone;
ALTER TABLE filing DROP COLUMN univ_contact_email;
ALTER TABLE filing RENAME COLUMN zone_contact_phone_w TO zone_contact_phone;
ALTER TABLE filing RENAME COLUMN zone_contact_email_w TO zone_contact_email;
ALTER TABLE filing RENAME COLUMN univ_contact_phone_w TO univ_contact_phone;
ALTER TABLE filing RENAME COLUMN univ_contact_email_w TO univ_contact_email;
