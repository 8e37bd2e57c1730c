-- Matchmaking (结对推荐): which advantage disciplines (优势学科) serve which leading industry (主导产业),
-- kept by the system administrator, and which of Shandong's 16 cities share a land border (邻市).
-- Portable SQL: runs on H2 2.x and MySQL 8 / MariaDB 10.11.

CREATE TABLE industry_discipline (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  industry   VARCHAR(32) NOT NULL,
  discipline VARCHAR(32) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT uk_industry_discipline UNIQUE (industry, discipline)
);

-- One row per pair of neighbouring cities, the smaller code first (read both ways). No foreign key to
-- city: the city rows are loaded after the migrations (demo seeder or import), the borders are map facts.
CREATE TABLE city_neighbour (
  city_code      VARCHAR(6) NOT NULL,
  neighbour_code VARCHAR(6) NOT NULL,
  PRIMARY KEY (city_code, neighbour_code)
);

-- 济南370100 青岛370200 淄博370300 枣庄370400 东营370500 烟台370600 潍坊370700 济宁370800
-- 泰安370900 威海371000 日照371100 临沂371300 德州371400 聊城371500 滨州371600 菏泽371700
-- (莱芜 is part of 济南 since 2019: 济南 borders 淄博, 泰安, 德州, 聊城, 滨州.)
INSERT INTO city_neighbour (city_code, neighbour_code) VALUES
  ('370100', '370300'), ('370100', '370900'), ('370100', '371400'), ('370100', '371500'), ('370100', '371600'),
  ('370200', '370600'), ('370200', '370700'), ('370200', '371100'),
  ('370300', '370500'), ('370300', '370700'), ('370300', '370900'), ('370300', '371300'), ('370300', '371600'),
  ('370400', '370800'), ('370400', '371300'),
  ('370500', '370700'), ('370500', '371600'),
  ('370600', '370700'), ('370600', '371000'),
  ('370700', '371100'), ('370700', '371300'),
  ('370800', '370900'), ('370800', '371300'), ('370800', '371700'),
  ('370900', '371300'), ('370900', '371500'),
  ('371100', '371300'),
  ('371400', '371500'), ('371400', '371600');

-- A starting mapping for the demo registry's leading industries; the administrator edits it.
INSERT INTO industry_discipline (industry, discipline, created_at) VALUES
  ('新一代信息技术', '计算机科学', CURRENT_TIMESTAMP), ('新一代信息技术', '电子信息', CURRENT_TIMESTAMP),
  ('新一代信息技术', '信息科学', CURRENT_TIMESTAMP), ('新一代信息技术', '控制科学与工程', CURRENT_TIMESTAMP),
  ('软件和信息技术', '计算机科学', CURRENT_TIMESTAMP), ('软件和信息技术', '信息科学', CURRENT_TIMESTAMP),
  ('软件和信息技术', '数学', CURRENT_TIMESTAMP),
  ('信息技术', '计算机科学', CURRENT_TIMESTAMP), ('信息技术', '电子信息', CURRENT_TIMESTAMP),
  ('信息技术', '信息科学', CURRENT_TIMESTAMP),
  ('电子信息', '电子信息', CURRENT_TIMESTAMP), ('电子信息', '光电信息', CURRENT_TIMESTAMP),
  ('电子信息', '计算机科学', CURRENT_TIMESTAMP),
  ('电子元器件', '电子信息', CURRENT_TIMESTAMP), ('电子元器件', '物理学', CURRENT_TIMESTAMP),
  ('电子元器件', '材料科学', CURRENT_TIMESTAMP),
  ('声学光电', '光电信息', CURRENT_TIMESTAMP), ('声学光电', '物理学', CURRENT_TIMESTAMP),
  ('声学光电', '电子信息', CURRENT_TIMESTAMP),
  ('生物医药', '药学', CURRENT_TIMESTAMP), ('生物医药', '临床医学', CURRENT_TIMESTAMP),
  ('生物医药', '生物学', CURRENT_TIMESTAMP), ('生物医药', '生物工程', CURRENT_TIMESTAMP),
  ('生物医药', '中药学', CURRENT_TIMESTAMP),
  ('海洋生物医药', '海洋科学', CURRENT_TIMESTAMP), ('海洋生物医药', '药学', CURRENT_TIMESTAMP),
  ('海洋生物医药', '生物工程', CURRENT_TIMESTAMP),
  ('医疗器械', '临床医学', CURRENT_TIMESTAMP), ('医疗器械', '机械工程', CURRENT_TIMESTAMP),
  ('医疗器械', '材料科学', CURRENT_TIMESTAMP),
  ('生物制造', '生物工程', CURRENT_TIMESTAMP), ('生物制造', '化学工程', CURRENT_TIMESTAMP),
  ('生物制造', '生物学', CURRENT_TIMESTAMP),
  ('生物育种', '作物学', CURRENT_TIMESTAMP), ('生物育种', '生物学', CURRENT_TIMESTAMP),
  ('生物育种', '园艺学', CURRENT_TIMESTAMP),
  ('现代农业', '农业工程', CURRENT_TIMESTAMP), ('现代农业', '作物学', CURRENT_TIMESTAMP),
  ('现代农业', '园艺学', CURRENT_TIMESTAMP), ('现代农业', '农学', CURRENT_TIMESTAMP),
  ('海洋科技', '海洋科学', CURRENT_TIMESTAMP), ('海洋科技', '船舶与海洋工程', CURRENT_TIMESTAMP),
  ('海洋科技', '水产', CURRENT_TIMESTAMP),
  ('新材料', '材料科学', CURRENT_TIMESTAMP), ('新材料', '高分子材料', CURRENT_TIMESTAMP),
  ('新材料', '化学工程', CURRENT_TIMESTAMP), ('新材料', '化学', CURRENT_TIMESTAMP),
  ('高端铝材', '材料科学', CURRENT_TIMESTAMP), ('高端铝材', '机械工程', CURRENT_TIMESTAMP),
  ('智能装备', '机械工程', CURRENT_TIMESTAMP), ('智能装备', '控制科学与工程', CURRENT_TIMESTAMP),
  ('智能制造', '机械工程', CURRENT_TIMESTAMP), ('智能制造', '控制科学与工程', CURRENT_TIMESTAMP),
  ('智能制造', '计算机科学', CURRENT_TIMESTAMP),
  ('高端装备', '机械工程', CURRENT_TIMESTAMP), ('高端装备', '控制科学与工程', CURRENT_TIMESTAMP),
  ('高端装备', '航空工程', CURRENT_TIMESTAMP),
  ('装备制造', '机械工程', CURRENT_TIMESTAMP),
  ('动力装备', '机械工程', CURRENT_TIMESTAMP),
  ('工程机械', '机械工程', CURRENT_TIMESTAMP), ('工程机械', '土木工程', CURRENT_TIMESTAMP),
  ('汽车零部件', '机械工程', CURRENT_TIMESTAMP), ('汽车零部件', '材料科学', CURRENT_TIMESTAMP),
  ('汽车零部件', '交通运输工程', CURRENT_TIMESTAMP),
  ('新能源汽车', '机械工程', CURRENT_TIMESTAMP), ('新能源汽车', '交通运输工程', CURRENT_TIMESTAMP),
  ('新能源汽车', '控制科学与工程', CURRENT_TIMESTAMP),
  ('新能源', '能源化工', CURRENT_TIMESTAMP), ('新能源', '化学工程', CURRENT_TIMESTAMP),
  ('新能源', '物理学', CURRENT_TIMESTAMP),
  ('锂电新能源', '化学工程', CURRENT_TIMESTAMP), ('锂电新能源', '材料科学', CURRENT_TIMESTAMP),
  ('锂电新能源', '化学', CURRENT_TIMESTAMP), ('锂电新能源', '能源化工', CURRENT_TIMESTAMP),
  ('新能源装备', '机械工程', CURRENT_TIMESTAMP), ('新能源装备', '能源化工', CURRENT_TIMESTAMP),
  ('智能电网', '控制科学与工程', CURRENT_TIMESTAMP), ('智能电网', '电子信息', CURRENT_TIMESTAMP),
  ('输变电装备', '机械工程', CURRENT_TIMESTAMP), ('输变电装备', '控制科学与工程', CURRENT_TIMESTAMP);
