FROM alpine:3.20
ARG KUBECTL_VERSION=1.31.2
RUN apk add --no-cache bash=5.2.26-r0 curl=8.9.1-r2 jq=1.7.1-r0 \
 && curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/linux/amd64/kubectl" \
 && chmod +x /usr/local/bin/kubectl
ENTRYPOINT ["/usr/local/bin/kubectl"]
