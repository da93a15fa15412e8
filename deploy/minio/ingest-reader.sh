#!/bin/sh
# The ingest-service's own MinIO user: it may list the upload bucket and read its objects, nothing else (not write,
# not delete, not another bucket). Run by docker-compose's minio-setup job after `mc alias set local …`, with
# UPLOAD_BUCKET, MINIO_INGEST_ACCESS_KEY and MINIO_INGEST_SECRET_KEY; MinioIngestReaderIT runs it too. Idempotent.
set -eu
policy=pipeline-ingest-read
cat > /tmp/$policy.json <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"], "Resource": ["arn:aws:s3:::${UPLOAD_BUCKET}"]},
    {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::${UPLOAD_BUCKET}/*"]}
  ]
}
POLICY
mc admin policy create local "$policy" /tmp/$policy.json
mc admin user add local "$MINIO_INGEST_ACCESS_KEY" "$MINIO_INGEST_SECRET_KEY"
# A second attach fails ("policy change is already in effect"): attach only when the user does not have it yet.
case "$(mc admin user info local "$MINIO_INGEST_ACCESS_KEY")" in
  *"$policy"*) echo "policy $policy already attached to $MINIO_INGEST_ACCESS_KEY" ;;
  *) mc admin policy attach local "$policy" --user "$MINIO_INGEST_ACCESS_KEY" ;;
esac
