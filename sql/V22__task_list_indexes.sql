-- 已办 reads the caller's decision on each task of a page by task id (TaskListMapper.findDone); filing_opinion had
-- only (filing_id, id), so every page scanned all opinions (~500k rows at 100k filings).
CREATE INDEX idx_opinion_task ON filing_opinion (task_id);
