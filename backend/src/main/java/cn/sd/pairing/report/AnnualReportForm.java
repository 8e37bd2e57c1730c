package cn.sd.pairing.report;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The figures of one year (the result fields of DOMAIN.md) and the narrative 经验成效. A draft may leave any of
 * them empty; a submission needs them all (ReportRules). {@code version} is the one read with the report.
 */
public record AnnualReportForm(
    Integer projectsStarted,
    Integer projectsFinished,
    Integer breakthroughs,
    Integer transfers,
    BigDecimal contractValueWan,
    Integer scenarios,
    Integer platformsBuilt,
    Integer vicePresidents,
    Integer industryProfessors,
    BigDecimal fundingWan,
    @Size(max = 20000, message = "经验成效过长") String narrative,
    Integer version) {}
