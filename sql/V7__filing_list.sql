-- The filing list (备案查询): sorting by submission time / number and the year filter
-- (year of submission, drafts by creation year) read these columns.
CREATE INDEX idx_filing_submitted ON filing (submitted_at, id);
CREATE INDEX idx_filing_created ON filing (created_at, id);
CREATE INDEX idx_filing_updated ON filing (updated_at, id);
