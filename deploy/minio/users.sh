#!/bin/sh
# The MinIO users of the pipeline, each with a policy on the upload bucket only (not the root credentials):
#   ingest-service  lists the bucket and reads its objects; nothing else (no write, no delete, no other bucket);
#   search-web      puts uploads into the bucket and reads its objects back (no delete, no other bucket).
# Run by docker-compose's minio-setup job after `mc alias set local …`, with UPLOAD_BUCKET, MINIO_INGEST_ACCESS_KEY,
# MINIO_INGEST_SECRET_KEY, MINIO_SEARCH_WEB_ACCESS_KEY and MINIO_SEARCH_WEB_SECRET_KEY; MinioUsersIT runs it too.
# Idempotent.
set -eu

# user_with_policy <policy> <access key> <secret key> <object actions, JSON strings>
user_with_policy() {
  policy="$1"
  cat > "/tmp/$policy.json" <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": ["s3:ListBucket", "s3:GetBucketLocation"], "Resource": ["arn:aws:s3:::${UPLOAD_BUCKET}"]},
    {"Effect": "Allow", "Action": [$4], "Resource": ["arn:aws:s3:::${UPLOAD_BUCKET}/*"]}
  ]
}
POLICY
  mc admin policy create local "$policy" "/tmp/$policy.json"
  mc admin user add local "$2" "$3"
  # A second attach fails ("policy change is already in effect"): attach only when the user does not have it yet.
  case "$(mc admin user info local "$2")" in
    *"$policy"*) echo "policy $policy already attached to $2" ;;
    *) mc admin policy attach local "$policy" --user "$2" ;;
  esac
}

user_with_policy pipeline-ingest-read "$MINIO_INGEST_ACCESS_KEY" "$MINIO_INGEST_SECRET_KEY" '"s3:GetObject"'
user_with_policy pipeline-search-web "$MINIO_SEARCH_WEB_ACCESS_KEY" "$MINIO_SEARCH_WEB_SECRET_KEY" '"s3:GetObject", "s3:PutObject"'
