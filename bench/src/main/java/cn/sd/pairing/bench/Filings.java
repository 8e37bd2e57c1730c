package cn.sd.pairing.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** A complete filing form and the API calls that take a filing along the approval path. */
final class Filings {
  static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
      .getBytes(StandardCharsets.US_ASCII);
  static final ObjectNode APPROVE = Http.JSON.createObjectNode().put("decision", "APPROVE").put("opinion", "同意");

  private Filings() {}

  /** zoneId null: the zone operator's own zone. */
  static ObjectNode form(Long zoneId, long subjectId, Random random) {
    ObjectNode f = Http.JSON.createObjectNode();
    if (zoneId != null) {
      f.put("zoneId", zoneId);
    }
    f.put("universityId", subjectId);
    f.putArray("keyTasks").add("INDUSTRY_LAYOUT").add("TRANSFER");
    int year = 2026 + random.nextInt(2);
    f.put("startDate", year + "-12-01").put("endDate", (year + 2) + "-12-31");
    f.putObject("zoneContact").put("name", "张三").put("phone", "138" + digits(random, 8)).put("email", "zone@example.cn");
    f.putObject("universityContact").put("name", "李四").put("phone", "139" + digits(random, 8))
        .put("email", "univ@example.cn");
    f.put("mechanismDecision", "联席会议每季度召开一次，共商重大事项。").put("mechanismProject", "围绕主导产业联合攻关。")
        .put("mechanismTalent", "互聘科技副总与产业教授。").put("mechanismBenefit", "成果收益按协议比例分享。");
    ArrayNode projects = f.putArray("projects");
    projects.addObject().put("name", "智能传感器联合攻关").put("field", "智能装备").put("leadEnterprise", "某链主企业")
        .put("budgetWan", 100 + random.nextInt(900));
    f.putArray("platforms").addObject().put("type", "PILOT_BASE").put("name", "区校联合中试基地").put("note", "共建共用");
    f.putObject("talent").put("vicePresidents", random.nextInt(4)).put("industryProfessors", random.nextInt(6))
        .put("secondments", random.nextInt(3)).put("twoWayPostings", random.nextInt(5));
    f.put("targets2026", "完成中试验证两项。").put("targets2028", "转化成果十项。");
    return f;
  }

  private static String digits(Random random, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(random.nextInt(10));
    }
    return s.toString();
  }

  /** Draft, agreement upload and submission by the initiator; returns the filing detail. */
  static JsonNode submit(Http initiator, ObjectNode form) {
    long id = initiator.post("create draft", "/api/filings", form).get("id").asLong();
    initiator.upload("upload agreement", "/api/filings/" + id + "/attachments", "合作协议.pdf", PDF, "AGREEMENT");
    return initiator.post("submit", "/api/filings/" + id + "/submit", form);
  }

  /** The id of the open task named name in a FilingDetail. */
  static String task(JsonNode detail, String name) {
    for (JsonNode t : detail.path("currentTasks")) {
      if (t.path("name").asText().equals(name)) {
        return t.path("id").asText();
      }
    }
    throw new IllegalStateException("no open task " + name + " in filing " + detail.path("id") + ": "
        + detail.path("currentTasks"));
  }

  static JsonNode decide(Http reviewer, String label, String taskId, ObjectNode decision) {
    return reviewer.post(label, "/api/tasks/" + taskId + "/complete", decision);
  }
}
