-- A filing's planned projects, their budget and its planned platforms, kept beside it (FilingService writes them with
-- the content). The monitoring's results tab sums them over every active pairing; joining each pairing's projects and
-- platforms per call took 2 s at the benchmark's 60k active pairings. Portable SQL: H2 2.x and MySQL 8 / MariaDB 10.11.
ALTER TABLE filing ADD COLUMN planned_projects INT NOT NULL DEFAULT 0;
ALTER TABLE filing ADD COLUMN planned_budget_wan DECIMAL(16, 2) NOT NULL DEFAULT 0;
ALTER TABLE filing ADD COLUMN planned_platforms INT NOT NULL DEFAULT 0;

UPDATE filing SET
  planned_projects = (SELECT COUNT(*) FROM filing_project p WHERE p.filing_id = filing.id),
  planned_budget_wan = (SELECT COALESCE(SUM(p.budget_wan), 0) FROM filing_project p WHERE p.filing_id = filing.id),
  planned_platforms = (SELECT COUNT(*) FROM filing_platform p WHERE p.filing_id = filing.id);

-- The results tab's pass over the active pairings reads this index alone (no filing rows).
CREATE INDEX idx_filing_plan ON filing (status, end_date, zone_id, university_id, planned_projects,
  planned_budget_wan, planned_platforms, talent_vice_presidents, talent_industry_professors, talent_secondments,
  talent_two_way_postings);
