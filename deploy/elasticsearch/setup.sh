#!/usr/bin/env bash
# The users and roles of the pipeline in Elasticsearch, set as the superuser elastic: the kibana_system password,
# every role of roles/ (file name = role name), and every user of users.tsv with the password of its variable
# ES_<USER>_PASSWORD (e.g. ES_INDEX_SERVICE_PASSWORD). Idempotent. Run by docker-compose's elasticsearch-setup job;
# ElasticsearchSecurityIT (index-service) runs it against a real secured Elasticsearch.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
url="${ES_URL:-https://elasticsearch:9200}"
ca="${ES_CA_CERT:-/usr/share/elasticsearch/config/certs/ca/ca.crt}"
es() {
  curl -sS --fail-with-body --cacert "$ca" -u "elastic:${ELASTIC_PASSWORD}" -H "Content-Type: application/json" "$@"
  echo
}

echo "Waiting for Elasticsearch at $url"
for attempt in $(seq 60); do
  if curl -s --cacert "$ca" -u "elastic:${ELASTIC_PASSWORD}" "$url/_security/_authenticate" | grep -q '"username":"elastic"'; then
    break
  fi
  [ "$attempt" -lt 60 ] || { echo "Elasticsearch did not answer at $url"; exit 1; }
  sleep 5
done

if [ -n "${KIBANA_PASSWORD:-}" ]; then
  es -X POST "$url/_security/user/kibana_system/_password" -d "{\"password\":\"${KIBANA_PASSWORD}\"}"
  echo "kibana_system password set"
fi
for role in "$here"/roles/*.json; do
  name="$(basename "$role" .json)"
  es -X PUT "$url/_security/role/$name" --data-binary "@$role"
  echo "role $name set"
done
grep -v '^[[:space:]]*\(#\|$\)' "$here/users.tsv" | while read -r user roles; do
  variable="ES_$(printf '%s' "$user" | tr 'a-z-' 'A-Z_')_PASSWORD"
  password="${!variable:-}"
  [ -n "$password" ] || { echo "No password for the Elasticsearch user $user: set $variable"; exit 1; }
  es -X PUT "$url/_security/user/$user" -d "{\"password\":\"$password\",\"roles\":[\"${roles//,/\",\"}\"]}"
  echo "user $user set (roles $roles)"
done
