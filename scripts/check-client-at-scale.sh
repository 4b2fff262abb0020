#!/bin/bash
# The client core's acceptance checks at scale, against compliance-desk-sandbox processes (takes ~6 minutes):
#   1. `tree --json` of a large:500:5 organization under --rate-limit 200 meets zero 429 answers;
#   2. the same organization with --fault-rate 0.2 gives the same tree;
#   3. repeated creates under --drop-after-commit 0.3 create exactly one campaign each.
# Usage: scripts/check-client-at-scale.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/release}/app
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

start_sandbox() { # name, options… → sets url and key
    local out=$work/$1.json; shift
    "$bin/compliance-desk-sandbox" --random-seed 11 "$@" >"$out" 2>"$work/sandbox.log" &
    for _ in $(seq 100); do [ -s "$out" ] && break; sleep 0.1; done
    url=$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["base_url"])' "$out")
    key=$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["organization_key"])' "$out")
}
stop_sandbox() { kill %% 2>/dev/null || true; wait 2>/dev/null || true; }

echo "1. tree of large:500:5 under --rate-limit 200"
start_sandbox plain --seed large:500:5 --rate-limit 200 --db "$work/org.db"
SENT_DM_API_KEY=$key "$bin/compliance-desk-cli" tree --json --base-url "$url" >"$work/clean.json" 2>"$work/clean.err"
tail -2 "$work/clean.err"
stop_sandbox

echo "2. the same organization (read back from its database) with --fault-rate 0.2"
start_sandbox faulty --db "$work/org.db" --rate-limit 200 --fault-rate 0.2
SENT_DM_API_KEY=$key "$bin/compliance-desk-cli" tree --json --base-url "$url" >"$work/faulty.json" 2>"$work/faulty.err"
tail -2 "$work/faulty.err"
python3 - "$work/clean.json" "$work/faulty.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["client"]["rate_limited"] == 0, a["client"]
a.pop("client"); b.pop("client")
assert a == b, "the trees differ"
print("   same tree:", len(a["profiles"]), "profiles,", sum(len(p["campaigns"]) for p in a["profiles"]), "campaigns")
PY

echo "3. 20 creates under --drop-after-commit 0.3"
stop_sandbox
start_sandbox drops --seed demo --drop-after-commit 0.3
profile=$(SENT_DM_API_KEY=$key "$bin/compliance-desk-cli" profiles --json --base-url "$url" | python3 -c '
import json,sys
print(next(p["id"] for p in json.load(sys.stdin) if p["brand"] and not p["inherit_tcr_campaign"]))')
python3 - "$work/c.json" <<'PY'
import json, sys
json.dump({"name": "Scale check", "description": "Order updates", "type": "App",
           "useCases": [{"messagingUseCaseUs": "DELIVERY_NOTIFICATION",
                         "sampleMessages": ["Acme: your order shipped. Reply STOP to opt out."]}]}, open(sys.argv[1], "w"))
PY
for i in $(seq 20); do
    sed "s/Scale check/Scale check $i/" "$work/c.json" >"$work/c$i.json"
    SENT_DM_API_KEY=$key "$bin/compliance-desk-cli" create-campaign "$profile" "$work/c$i.json" -q --base-url "$url" >/dev/null
done
SENT_DM_API_KEY=$key "$bin/compliance-desk-cli" campaigns "$profile" --json --base-url "$url" | python3 -c '
import json,sys,collections
names = collections.Counter(c["name"] for c in json.load(sys.stdin) if c["name"].startswith("Scale check "))
assert len(names) == 20 and set(names.values()) == {1}, names
print("   20 creates, 20 campaigns, each exactly once")'
echo "all checks passed"
