#!/usr/bin/env bash
# Backup and restore drill on MariaDB (docs/deployment.md, "Backup and restore"): start the jar on its own database,
# make a filing through the API (draft, agreement, submit → a Camunda process waiting at 对方确认), stop the app,
# mysqldump the database and copy the data directory (attachments, data-key, certificate secret), drop the database,
# restore both, start the app again and check that the filing, its process, its task and the audit chain are there.
# Usage: bench/backup-restore.sh   (env: DATABASE, PORT, MANAGEMENT_PORT; the jar is built if missing)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/backend/target/backend-0.1.0-SNAPSHOT.jar"
DATABASE="${DATABASE:-pairing_backup}"
PORT="${PORT:-8131}"
MANAGEMENT_PORT="${MANAGEMENT_PORT:-8132}"
RUN="$ROOT/target-run/backup-restore"
DATA="$RUN/data"
BACKUP="$RUN/backup"
BASE="http://127.0.0.1:$PORT"
MYSQL=(mysql -h127.0.0.1 -P3306 -uroot)
[[ -f "$JAR" ]] || (cd "$ROOT" && mvn -B -q -pl backend -am package -DskipTests)
rm -rf "$RUN" && mkdir -p "$RUN" "$BACKUP"

APP_PID=
start_app() {
  java -Xmx512m -jar "$JAR" --spring.profiles.active=mysql --pairing.mysql-database="$DATABASE" \
    --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" --pairing.data-dir="$DATA" \
    > "$RUN/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" > /dev/null; then
      echo "app up (pid $APP_PID, $1)"; return; fi
    kill -0 "$APP_PID" 2> /dev/null || { echo "app exited, see $RUN/app-$1.log"; exit 1; }
    sleep 1
  done
  echo "app did not come up"; exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" || true; echo "app stopped"; }

# a logged-in client: cookie jar, CSRF cookie sent back as header
login() {
  local jar="$RUN/$1.cookies"
  curl -s -c "$jar" -b "$jar" "$BASE/api/auth/me" > /dev/null
  call "$1" POST /api/auth/login "{\"username\":\"$1\",\"password\":\"Demo@2026!\"}" > /dev/null
}
call() {
  local jar="$RUN/$1.cookies" xsrf
  xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")
  curl -s -c "$jar" -b "$jar" -X "$2" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
    ${4:+--data "$4"} "$BASE$3"
}
counts() {
  "${MYSQL[@]}" -N "$DATABASE" -e "SELECT CONCAT('filings=', (SELECT COUNT(*) FROM filing),
    ' submitted=', (SELECT COUNT(*) FROM filing WHERE status <> 'DRAFT'),
    ' attachments=', (SELECT COUNT(*) FROM filing_attachment),
    ' process_instances=', (SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL),
    ' open_tasks=', (SELECT COUNT(*) FROM ACT_RU_TASK),
    ' history_instances=', (SELECT COUNT(*) FROM ACT_HI_PROCINST),
    ' audit_rows=', (SELECT COUNT(*) FROM audit_event),
    ' users=', (SELECT COUNT(*) FROM app_user))"
}

"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $DATABASE; CREATE DATABASE $DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
start_app first
login zone_jinan
FORM='{"universityId":UNIV,"keyTasks":["INDUSTRY_LAYOUT","TRANSFER"],"startDate":"2026-12-01","endDate":"2028-12-31",
 "zoneContact":{"name":"张三","phone":"13812345678","email":"zhang@zone.cn"},
 "universityContact":{"name":"李四","phone":"13987654321","email":"li@univ.cn"},
 "zoneIndustries":["新一代信息技术"],"subjectDisciplines":["控制科学与工程"],
 "mechanismDecision":"联席会议每季度召开一次","mechanismProject":"联合凝练攻关项目","mechanismTalent":"互派科技副总",
 "mechanismBenefit":"收益按协议分配","projects":[{"name":"联合攻关","field":"智能装备","leadEnterprise":"某企业","budgetWan":100}],
 "platforms":[{"type":"PILOT_BASE","name":"联合中试基地","note":""}],
 "talent":{"vicePresidents":1,"industryProfessors":1,"secondments":1,"twoWayPostings":1},
 "targets2026":"建成中试基地","targets2028":"转化成果10项"}'
UNIV=$("${MYSQL[@]}" -N "$DATABASE" -e "SELECT id FROM org WHERE code = 'U001'")
FORM="${FORM//UNIV/$UNIV}"
ID=$(call zone_jinan POST /api/filings "$FORM" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
python3 - "$RUN/agreement.pdf" <<'PY'
import sys
s = "BT /F1 12 Tf 72 720 Td (Pairing agreement) Tj ET"
objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(s), s), "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
out, offs = "%PDF-1.4\n", []
for i, o in enumerate(objs):
    offs.append(len(out)); out += "%d 0 obj\n%s\nendobj\n" % (i + 1, o)
x = len(out)
out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + "".join("%010d 00000 n \n" % o for o in offs)
out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
open(sys.argv[1], "wb").write(out.encode("ascii"))
PY
JAR_COOKIES="$RUN/zone_jinan.cookies"
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -H "X-XSRF-TOKEN: $(awk '$6 == "XSRF-TOKEN" {print $7}' "$JAR_COOKIES")" \
  -F kind=AGREEMENT -F "file=@$RUN/agreement.pdf;type=application/pdf" "$BASE/api/filings/$ID/attachments" > /dev/null
call zone_jinan POST "/api/filings/$ID/submit" "$FORM" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("submitted filing", d["id"], d["status"])'
PID_BEFORE=$("${MYSQL[@]}" -N "$DATABASE" -e "SELECT process_instance_id FROM filing WHERE id = $ID")
echo "filing $ID, process instance $PID_BEFORE"
echo "stored phone: $("${MYSQL[@]}" -N "$DATABASE" -e "SELECT LEFT(zone_contact_phone, 30) FROM filing WHERE id = $ID")..."
stop_app
echo "before backup: $(counts)"

# --- backup: the database (consistent snapshot) and the data directory, together
mysqldump -h127.0.0.1 -P3306 -uroot --single-transaction --routines --triggers --hex-blob "$DATABASE" \
  | gzip > "$BACKUP/$DATABASE.sql.gz"
tar -C "$DATA" -czf "$BACKUP/data-dir.tar.gz" attachments data-key certificate-secret.key
ls -l "$BACKUP"

# --- disaster: the database and the data directory are gone
"${MYSQL[@]}" -e "DROP DATABASE $DATABASE"
rm -rf "$DATA"

# --- restore
"${MYSQL[@]}" -e "CREATE DATABASE $DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
gunzip -c "$BACKUP/$DATABASE.sql.gz" | "${MYSQL[@]}" "$DATABASE"
mkdir -p "$DATA" && tar -C "$DATA" -xzf "$BACKUP/data-dir.tar.gz"
echo "after restore:  $(counts)"

start_app restored
login zone_jinan
call zone_jinan GET "/api/filings/$ID" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("filing", d["id"], d["status"], "zone contact", d["zoneContact"]["phone"], d["zoneContact"]["email"], "attachments", len(d["attachments"]))'
ATT=$(call zone_jinan GET "/api/filings/$ID" | python3 -c 'import json,sys; print(json.load(sys.stdin)["attachments"][0]["downloadUrl"])')
echo "attachment download: HTTP $(curl -s -o /dev/null -w '%{http_code}' -b "$RUN/zone_jinan.cookies" "$BASE$ATT")"
login univ_sdu
call univ_sdu GET /api/tasks | python3 -c "import json,sys; t=[x for x in json.load(sys.stdin) if x['filingId']==$ID]; print('univ_sdu task:', [(x['taskKey'], x['name']) for x in t])"
echo "process instance after restore: $("${MYSQL[@]}" -N "$DATABASE" -e "SELECT ID_ FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = '$PID_BEFORE' AND PARENT_ID_ IS NULL") (was $PID_BEFORE)"
login auditadmin
echo "audit chain: $(call auditadmin POST /api/audit/verify)"
stop_app
echo "after restart:  $(counts)"
