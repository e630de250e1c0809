# syntax=docker/dockerfile:1
# Image of the action server of the Wlz-assistent (`rasa run actions`, port 5055).
# Build from the repository root (the build context), with BuildKit:
#   docker build -f deploy/docker/acties.Dockerfile -t <registry>/wlz-assistent-acties:<versie> .
# The context is limited by acties.Dockerfile.dockerignore (an allowlist next to this file).
# It installs all of requirements.txt: `rasa run actions` is Rasa's own command line.

# Keep this stage identical to the one in rasa.Dockerfile: the second build reuses its layers.
ARG PYTHON_IMAGE=python:3.10.19-slim-bookworm
FROM ${PYTHON_IMAGE} AS bouw
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    RASA_TELEMETRY_ENABLED=false
RUN python -m venv /opt/venv && /opt/venv/bin/python -m pip install --no-cache-dir "pip==24.0"
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY requirements.txt requirements-lock.txt ./
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install -r requirements.txt -c requirements-lock.txt

FROM ${PYTHON_IMAGE} AS acties
LABEL org.opencontainers.image.title="wlz-assistent-acties" \
      org.opencontainers.image.description="Action server van de Wlz-assistent"
RUN groupadd --system --gid 10001 wlz \
    && useradd --system --uid 10001 --gid wlz --home-dir /tmp --no-create-home --shell /usr/sbin/nologin wlz
COPY --from=bouw /opt/venv /opt/venv
WORKDIR /app
COPY actions actions
COPY server server
RUN /opt/venv/bin/python -m compileall -q actions server
# SANIC_HOST: the address `rasa run actions` listens on (all interfaces in a container).
ENV PATH=/opt/venv/bin:$PATH \
    HOME=/tmp \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    RASA_TELEMETRY_ENABLED=false \
    SANIC_HOST=0.0.0.0
USER 10001:10001
EXPOSE 5055
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:5055/health', timeout=4)"]
# The same command as the Deployment (deploy/k8s/acties.yaml).
CMD ["rasa", "run", "actions", "--port", "5055"]
