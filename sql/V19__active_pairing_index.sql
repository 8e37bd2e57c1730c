-- Active pairings (MetricsMapper's activePairing: approved, period not ended) by period end, with the pair: the
-- participating-universities table and the COVERED drill-down count read this index alone instead of the rows.
CREATE INDEX idx_filing_pairing ON filing (status, end_date, zone_id, university_id);
