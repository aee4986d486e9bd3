#!/bin/sh
# Empties the guide's nginx cache. Run it on every deploy, after `npm start` serves the new build
# (purging first would let requests in between cache the old pages again). nginx takes a missing
# cache file as a miss, so it keeps running: no restart, no dropped connections.
# Usage: purge-cache.sh [cache folder]   (default: the proxy_cache_path in oncology-guide.conf)
set -eu
find "${1:-/var/cache/nginx/oncology-guide}" -type f -delete
