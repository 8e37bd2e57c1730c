-- The part of the filing form a reviewer's opinion concerns (FilingSection: PARTIES, CONTENT, PROJECTS,
-- TARGETS, ATTACHMENTS); NULL when the opinion concerns the filing as a whole.
ALTER TABLE filing_opinion ADD COLUMN section VARCHAR(16);
