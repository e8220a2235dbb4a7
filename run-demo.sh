#!/usr/bin/env bash
# The main job: builds CourtDesk, starts the companion server with the Guangzhou demo court on embedded H2,
# and opens the workstation against it. Closing the workstation stops the server.
#   ./run-demo.sh                 data under ./.courtdesk-demo (kept between runs)
#   COURTDESK_PORT=8080 ./run-demo.sh
set -euo pipefail
cd "$(dirname "$0")"

port="${COURTDESK_PORT:-7070}"
data="${COURTDESK_DEMO_DATA:-$PWD/.courtdesk-demo}"
url="http://127.0.0.1:${port}"

echo "== building (tests skipped; run 'mvn -B verify' for them)"
mvn -B -q install -DskipTests -pl '!packaging'   # the jpackage bundle is not needed to run the demo

jar=server-stub/target/courtdesk-server.jar
echo "== starting the companion server on ${url} (data: ${data}/server)"
mkdir -p "${data}"
java -jar "${jar}" --demo --port="${port}" --data-dir="${data}/server" > "${data}/server.log" 2>&1 &
server_pid=$!
trap 'kill ${server_pid} 2>/dev/null || true; wait ${server_pid} 2>/dev/null || true' EXIT

# The first start seeds the demo court (and draws its demo files once per machine): a minute or more on a slow or
# busy machine. Wait as long as the server is alive (up to 10 minutes), saying what it is doing every 15 s.
for i in $(seq 1 1200); do
  if curl -fsS "${url}/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "${server_pid}" 2>/dev/null; then
    echo "the server did not start; its log:" >&2; cat "${data}/server.log" >&2; exit 1
  fi
  if [ $((i % 30)) -eq 0 ]; then
    echo "   still starting ($((i / 2)) s): $(tail -n 1 "${data}/server.log" | cut -c 1-160)"
  fi
  sleep 0.5
done
curl -fsS "${url}/health" >/dev/null || { echo "the server did not answer on ${url}/health" >&2; exit 1; }

echo "== opening the workstation (sign in as judge.chen / demo1234)"
# The workstation keeps its per-user encrypted cache here for the demo, not in your real profile.
mvn -B -q -pl app exec:java -Dcourtdesk.home="${data}/workstation" -Dexec.args="--server=${url} --user=judge.chen"
