#!/bin/sh
# Refuses to start the stack while a secret is unset, still the placeholder of .env.example ("change-me…"), shorter
# than 12 characters, or holds a character the setup jobs cannot pass on safely (quotes, backslash, dollar,
# backquote, white space). docker-compose.yml runs it first (service secrets-check) with the names of the secrets as
# arguments and their values in the environment; every other service waits for it to succeed. DockerComposeTest runs
# it too, on the values of .env.example.
set -u
failed=0
for name in "$@"; do
  case "$name" in
    '' | *[!A-Z0-9_]*) echo "secrets-check: '$name' is not a variable name"; exit 2 ;;
  esac
  eval "value=\${$name-}"
  case "$value" in
    '') echo "secrets-check: $name is not set: set it in .env"; failed=1 ;;
    change-me*) echo "secrets-check: $name is still the placeholder of .env.example: choose a secret of your own in .env"; failed=1 ;;
    *[[:space:]\"\'\\\$\`]*) echo "secrets-check: $name holds a quote, backslash, dollar, backquote or space: choose another"; failed=1 ;;
    *) if [ "${#value}" -lt 12 ]; then echo "secrets-check: $name is shorter than 12 characters"; failed=1; fi ;;
  esac
done
if [ "$failed" -eq 0 ]; then
  echo "secrets-check: all $# secrets are set"
fi
exit "$failed"
