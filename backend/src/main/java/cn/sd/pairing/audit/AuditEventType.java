package cn.sd.pairing.audit;

/** What an audit row records; the label is what the audit administrator reads. */
public enum AuditEventType {
  LOGIN("登录"),
  LOGOUT("退出登录"),
  ACCESS_DENIED("越权访问"),
  PASSWORD_CHANGE("修改密码"),
  TOTP_ENROL("绑定动态口令"),
  USER_CREATE("新增用户"),
  USER_UPDATE("修改用户"),
  USER_STATUS("启用/停用用户"),
  USER_ROLES("分配角色"),
  USER_PASSWORD_RESET("重置密码"),
  ORG_CREATE("新增机构"),
  ORG_UPDATE("修改机构"),
  ORG_STATUS("启用/停用机构"),
  ORG_IMPORT("批量导入机构"),
  SECURITY_SETTINGS("修改安全设置"),
  FILING_CREATE("新建备案"),
  FILING_UPDATE("保存备案"),
  FILING_SUBMIT("提交备案"),
  FILING_WITHDRAW("撤回备案"),
  CHANGE_CREATE("新建变更申请"),
  CHANGE_UPDATE("保存变更申请"),
  CHANGE_SUBMIT("提交变更申请"),
  CHANGE_WITHDRAW("撤回变更申请"),
  CHANGE_DISCARD("删除变更草稿"),
  ATTACHMENT_UPLOAD("上传附件"),
  ATTACHMENT_DELETE("删除附件"),
  ATTACHMENT_DOWNLOAD("下载附件"),
  TASK_COMPLETE("办理任务"),
  REPORT_SAVE("保存年度成效报告"),
  REPORT_SUBMIT("提交年度成效报告"),
  TASK_CLAIM("签收任务"),
  TASK_UNCLAIM("退回签收"),
  TASK_TRANSFER("转办任务"),
  TASK_CC("抄送"),
  EXPORT("导出"),
  CERTIFICATE_DOWNLOAD("下载备案证明"),
  AUDIT_VERIFY("校验审计日志"),
  AUDIT_PURGE("清理过期审计日志");

  private final String label;

  AuditEventType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
