#!/usr/bin/env bash
# The schema as a contract for code generators: compiles the front-end operations of
# src/test/resources/client against the committed schema.graphql with relay-compiler and with
# graphql-codegen (typescript + typescript-operations), then type-checks them with tsc, whose
# @ts-expect-error lines fail the run if a required input field is generated as optional.
# Output in target/client. Needs Node.js/npm (installed by .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/app.sh
need_node
rm -rf target/client && mkdir -p target/client/__generated__
cp src/test/resources/client/*.ts target/client/
cd .ci/codegen
npm ci --no-audit --no-fund --loglevel=error
npx relay-compiler
npx graphql-codegen --config codegen.yml
npx tsc -p tsconfig.json
echo "codegen: relay-compiler, graphql-codegen and tsc passed on $(ls ../../src/test/resources/client/*.ts | wc -l) client files"
