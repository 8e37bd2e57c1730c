-- After approval (纳入政策适用范围): the qualification of an approved pairing, the support measures it may
-- use (decided by the DMN table support-measures), the catalogue of the 19 measures, and the signed
-- verification code of its filing certificate (备案证明). Portable SQL: H2 2.x and MySQL 8 / MariaDB 10.11.

-- The 19 support measures of 鲁科字〔2026〕10号 (short titles, responsible departments). Data, not code:
-- the DMN table names measures by code, this table gives their titles.
CREATE TABLE support_measure (
  code        VARCHAR(8)   NOT NULL PRIMARY KEY,
  seq         INT          NOT NULL,
  title       VARCHAR(200) NOT NULL,
  departments VARCHAR(100) NOT NULL
);
INSERT INTO support_measure (code, seq, title, departments) VALUES
  ('M01', 1, '共建实验室、技术创新中心、大学科技园，优先推荐申报省级以上平台', '省教育厅、省科技厅、省工业和信息化厅、省财政厅'),
  ('M02', 2, '共建中试基地、概念验证中心，优先使用并参加省级中试基地年度奖励', '省科技厅'),
  ('M03', 3, '参加山东科技大市场路演和银企对接活动', '省科技厅'),
  ('M04', 4, '联合建设专业特色学院、卓越工程师学院（人工智能、量子、低空经济等）', '省教育厅'),
  ('M05', 5, '与高新区龙头企业共建实训基地', '省工业和信息化厅'),
  ('M06', 6, '高校高层次人才挂任国家高新区科技副职，毕业生实践经历可作为职称评审依据', '省委组织部、省教育厅、省科技厅'),
  ('M07', 7, '选派“科技副总”，聘任高新区专家为“产业教授”', '省教育厅、省科技厅'),
  ('M08', 8, '成果转化纳入职称评聘指标，自行实施转化200万元以上视同省级项目', '省教育厅、省科技厅'),
  ('M09', 9, '入选技术经理人库，享受人才共用一站式服务', '省教育厅、省科技厅'),
  ('M10', 10, '带成果创办企业，获得股权投资支持，推荐泰山产业领军人才', '省委组织部、省教育厅、省科技厅'),
  ('M11', 11, '使用创新券共享仪器设备，直接抵扣', '省科技厅'),
  ('M12', 12, '重大成果转化与产业化攻关，省级资金最高1500万元，组建创新联合体', '省科技厅、省财政厅'),
  ('M13', 13, '科融信平台及鲁科贷、鲁科担、鲁科保，成果转化贷款贴息40%，单个企业最高50万元', '省科技厅、省财政厅'),
  ('M14', 14, '研发险、成果转化险保费补贴，首台套、首批次、首版次保险补偿', '省科技厅、省工业和信息化厅、省财政厅'),
  ('M15', 15, '经批准的国家高新区与结对高校设立成果转化基金、基金池', '省科技厅、省财政厅'),
  ('M16', 16, '结余经费“现金入股+技术入股”，“先使用后付费”许可', '省教育厅、省科技厅、省财政厅'),
  ('M17', 17, '新赛道“发现-选拔-培育”，推荐进入工业和信息化部新赛道库', '省科技厅'),
  ('M18', 18, '前沿技术应用场景建设与供需对接', '省科技厅'),
  ('M19', 19, '招商引资项目专家论证（高校专家、金融专家）', '省科技厅');

-- One per approved filing. Active from the approval date until the end of the cooperation period, or
-- until a confirmed termination (terminated_on). The verification code is an HMAC of the certificate's
-- facts (see CertificateSigner); it is unique so a code alone finds its certificate.
CREATE TABLE qualification (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id         BIGINT       NOT NULL,
  active_from       DATE         NOT NULL,
  active_until      DATE         NOT NULL,
  terminated_on     DATE,
  -- the version of the DMN decision support-measures that chose the measures
  decision_version  INT          NOT NULL,
  verification_code VARCHAR(32)  NOT NULL,
  created_at        DATETIME(3)  NOT NULL,
  updated_at        DATETIME(3)  NOT NULL,
  CONSTRAINT uk_qualification_filing UNIQUE (filing_id),
  CONSTRAINT uk_qualification_code UNIQUE (verification_code),
  CONSTRAINT fk_qualification_filing FOREIGN KEY (filing_id) REFERENCES filing (id)
);
CREATE INDEX idx_qualification_active ON qualification (terminated_on, active_until);

CREATE TABLE qualification_measure (
  qualification_id BIGINT     NOT NULL,
  measure_code     VARCHAR(8) NOT NULL,
  PRIMARY KEY (qualification_id, measure_code),
  CONSTRAINT fk_qmeasure_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id),
  CONSTRAINT fk_qmeasure_measure FOREIGN KEY (measure_code) REFERENCES support_measure (code)
);

-- Termination requests (终止结对): either party applies with a reason, 省科技厅 confirms or refuses in the
-- process pairing-termination. At most one PENDING per filing (checked under the filing's row lock).
CREATE TABLE termination (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  filing_id           BIGINT        NOT NULL,
  process_instance_id VARCHAR(64),
  applicant_org_id    BIGINT        NOT NULL,
  applicant_user_id   BIGINT        NOT NULL,
  reason              VARCHAR(500)  NOT NULL,
  -- PENDING, CONFIRMED, REFUSED
  status              VARCHAR(16)   NOT NULL,
  created_at          DATETIME(3)   NOT NULL,
  decided_at          DATETIME(3),
  CONSTRAINT fk_termination_filing FOREIGN KEY (filing_id) REFERENCES filing (id),
  CONSTRAINT fk_termination_org FOREIGN KEY (applicant_org_id) REFERENCES org (id),
  CONSTRAINT fk_termination_user FOREIGN KEY (applicant_user_id) REFERENCES app_user (id)
);
CREATE INDEX idx_termination_filing ON termination (filing_id, id);
CREATE INDEX idx_termination_process ON termination (process_instance_id);
