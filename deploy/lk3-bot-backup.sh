#!/bin/sh
# Online backup of LK3 Bot's SQLite files, safe while the bot runs (docs/deploy.md, step 6).
# Run it as the bot's user:  sudo -u lk3bot /usr/local/sbin/lk3-bot-backup.sh
# Arguments (all optional): data folder, backup folder, days to keep.
set -eu
umask 077
data=${1:-/var/lib/lk3-bot}
dest=${2:-/var/backups/lk3-bot}
keep_days=${3:-30}
stamp=$(date +%F-%H%M)

mkdir -p "$dest"
for name in lk3 lk3.hangfire; do
    if [ ! -f "$data/$name.db" ]; then
        echo "lk3-bot-backup: $data/$name.db not found" >&2
        exit 1
    fi
    sqlite3 "$data/$name.db" ".backup '$dest/$name-$stamp.db'"
    check=$(sqlite3 "$dest/$name-$stamp.db" "pragma integrity_check")
    if [ "$check" != "ok" ]; then
        echo "lk3-bot-backup: $dest/$name-$stamp.db failed its integrity check: $check" >&2
        exit 1
    fi
done
find "$dest" -name 'lk3*.db' -type f -mtime +"$keep_days" -delete
echo "lk3-bot-backup: $dest/lk3-$stamp.db and $dest/lk3.hangfire-$stamp.db"
