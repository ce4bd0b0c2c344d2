#!/usr/bin/env bash
# Adds a migration with the same name for every database provider: ./scripts/add-migration.sh AddCounsellors
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  dotnet ef migrations add "$name" --project src/LK3.Intake --startup-project src/LK3.Intake \
    --context "${provider}IntakeDbContext" --output-dir "Data/Migrations/$provider"
done
rm -f src/LK3.Intake/design-time.db*
