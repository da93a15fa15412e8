#!/usr/bin/env bash
# The TLS certificates of Elasticsearch: a certificate authority of this deployment and, signed by it, a certificate
# for the host names elasticsearch and localhost. Made once, with elasticsearch-certutil of the Elasticsearch image,
# into the es-certs volume (docker-compose's elasticsearch-certs job runs this as root). Elasticsearch serves HTTPS
# with them; the services, Kibana and the setup job trust ca/ca.crt.
set -euo pipefail
certs=/usr/share/elasticsearch/config/certs
certutil=/usr/share/elasticsearch/bin/elasticsearch-certutil
cd "$certs"
if [ ! -f ca/ca.crt ]; then
  "$certutil" ca --silent --pem --out "$certs/ca.zip"
  unzip -oq ca.zip && rm ca.zip
fi
if [ ! -f elasticsearch/elasticsearch.crt ]; then
  printf 'instances:\n  - name: elasticsearch\n    dns: [elasticsearch, localhost]\n    ip: [127.0.0.1]\n' > instances.yml
  "$certutil" cert --silent --pem --in instances.yml --out "$certs/certs.zip" --ca-cert ca/ca.crt --ca-key ca/ca.key
  unzip -oq certs.zip && rm certs.zip instances.yml
fi
# The CA certificate is public; the CA key stays with root; Elasticsearch (group root) reads its own key.
chown -R root:root "$certs"
chmod 755 "$certs" ca elasticsearch
chmod 644 ca/ca.crt elasticsearch/elasticsearch.crt
chmod 600 ca/ca.key
chmod 640 elasticsearch/elasticsearch.key
echo "TLS certificates ready in $certs"
