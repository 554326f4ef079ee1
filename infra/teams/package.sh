#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + two icons, zipped flat) for upload in Teams or the Developer Portal.
# The ids are placeholders in manifest.json; set them here:
#   MICROSOFT_APP_ID   the Azure Bot's Microsoft App ID (same as Teams:AppId)          [required]
#   TEAMS_APP_ID       a GUID identifying the Teams app (default: MICROSOFT_APP_ID)
#   BOT_DOMAIN         the host serving /api/messages, e.g. deploybot.example.com    [required]
#   DEVELOPER_NAME, DEVELOPER_URL   shown on the app's details page
# Usage: MICROSOFT_APP_ID=... BOT_DOMAIN=... infra/teams/package.sh [output.zip]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$(realpath -m "${1:-$here/deploybot-teams.zip}")"
: "${MICROSOFT_APP_ID:?set MICROSOFT_APP_ID to the Microsoft App ID of the bot}"
: "${BOT_DOMAIN:?set BOT_DOMAIN to the host name that serves /api/messages}"
TEAMS_APP_ID="${TEAMS_APP_ID:-$MICROSOFT_APP_ID}"
DEVELOPER_NAME="${DEVELOPER_NAME:-DeployBot maintainers}"
DEVELOPER_URL="${DEVELOPER_URL:-https://$BOT_DOMAIN}"

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
for name in MICROSOFT_APP_ID TEAMS_APP_ID; do
  [[ "${!name}" =~ $guid ]] || { echo "$name must be a GUID, got '${!name}'" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed -e "s|{{MICROSOFT_APP_ID}}|$MICROSOFT_APP_ID|g" \
    -e "s|{{TEAMS_APP_ID}}|$TEAMS_APP_ID|g" \
    -e "s|{{BOT_DOMAIN}}|$BOT_DOMAIN|g" \
    -e "s|{{DEVELOPER_NAME}}|$DEVELOPER_NAME|g" \
    -e "s|{{DEVELOPER_URL}}|$DEVELOPER_URL|g" \
    "$here/manifest.json" > "$work/manifest.json"
if grep -q '{{' "$work/manifest.json"; then
  echo "manifest.json still has placeholders: $(grep -o '{{[A-Z_]*}}' "$work/manifest.json" | sort -u | tr '\n' ' ')" >&2
  exit 2
fi
cp "$here/color.png" "$here/outline.png" "$work/"

rm -f "$out"
if command -v zip >/dev/null; then
  (cd "$work" && zip -q -X "$out" manifest.json color.png outline.png)
else
  python3 -c 'import sys, zipfile, pathlib
w = pathlib.Path(sys.argv[2])
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    [z.write(w / n, n) for n in ("manifest.json", "color.png", "outline.png")]' "$out" "$work"
fi
echo "$out"
