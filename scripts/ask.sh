#!/bin/sh
# `npm run -s ask -- ...`: runs `node scripts/run.cjs ask ...`, with the certificates Node is told
# to trust only when the tool can open a connection that needs them.
#
# Node 20 parses every root certificate it knows (its own store, then NODE_EXTRA_CA_CERTS's file)
# at the start of any process that has NODE_EXTRA_CA_CERTS set, before any JavaScript runs and
# whether or not the process ever opens a TLS connection: 40-50 ms, an eighth of a short question.
# `ask` reads local files only, unless a language model's endpoint is configured (OPENAI_API_KEY,
# OPENAI_BASE_URL or AZURE_OPENAI_API_KEY, src/core/config.ts: `LLM_ENDPOINT_VARIABLES`); then it
# calls that endpoint, maybe through a proxy whose authority only that file makes trusted, so the
# variable stays. Without one, the tool starts without it. (npm itself and every other tool keep it.)
if [ -z "${OPENAI_API_KEY:-}${OPENAI_BASE_URL:-}${AZURE_OPENAI_API_KEY:-}" ]; then
  unset NODE_EXTRA_CA_CERTS
fi
case "$0" in */*) here=${0%/*} ;; *) here=. ;; esac
exec node "$here/run.cjs" ask "$@"
