# syntax=docker/dockerfile:1.7
FROM debian:bookworm-slim
RUN <<EOT bash
  set -euo pipefail
  apt-get update
  apt-get install -y --no-install-recommends nginx
  rm -rf /var/lib/apt/lists/*
EOT
COPY <<-EOF /etc/nginx/conf.d/app.conf
	server {
	  listen 8080;
	  location / { return 200 'ok'; }
	}
	EOF
RUN <<EOF
python3 - <<'PY' || true
print("inline python")
PY
EOF
CMD ["nginx", "-g", "daemon off;"]
