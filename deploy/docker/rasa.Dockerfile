# syntax=docker/dockerfile:1
# Image of the Rasa server of the Wlz-assistent (also runs the retention CronJob).
# Build from the repository root (the build context), with BuildKit:
#   docker build -f deploy/docker/rasa.Dockerfile -t <registry>/wlz-assistent-rasa:<versie> .
# The context is limited by rasa.Dockerfile.dockerignore (an allowlist next to this file).
#
# The model is trained here, in the stage `training`, and not copied from models/: it has to be
# trained with the spaCy pipeline that this image contains (Explosion's nl_core_news_sm 3.4.0).
# A model trained on a developer's machine or in CI uses the stand-in wheel from ../shared/models,
# whose token vectors differ, so DIET would get other features than it was trained on. The same
# quality gates as `make test-nlu` and `make test-core` run on the trained model; a model below
# them fails the build.

# Keep this stage identical to the one in acties.Dockerfile: the second build reuses its layers.
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

FROM bouw AS bouw-spacy
# Explosion's release of the Dutch pipeline (the URL of the Makefile). An internal mirror can be
# given with --build-arg; NL_CORE_NEWS_SM_SHA256 (optional) makes pip check the file's hash.
ARG NL_CORE_NEWS_SM_URL=https://github.com/explosion/spacy-models/releases/download/nl_core_news_sm-3.4.0/nl_core_news_sm-3.4.0-py3-none-any.whl
ARG NL_CORE_NEWS_SM_SHA256=
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install --no-deps "${NL_CORE_NEWS_SM_URL}${NL_CORE_NEWS_SM_SHA256:+#sha256=${NL_CORE_NEWS_SM_SHA256}}" \
    && python -c "import spacy; spacy.load('nl_core_news_sm')"

FROM bouw-spacy AS training
ENV TF_CPP_MIN_LOG_LEVEL=2 \
    PYTHONHASHSEED=0
COPY config.yml ./
COPY domain/ domain/
COPY data data
COPY components components
# The components check the Rasa version with server/rasa_versie.py.
COPY server/__init__.py server/rasa_versie.py server/
RUN rasa train --domain domain --fixed-model-name wlz-assistent --out models
# Quality gates of `make test-nlu` and `make test-core`, on this model.
COPY tests/nlu_test.yml tests/test_*.yml tests/
COPY scripts/check_intent_f1.py scripts/
RUN rasa test nlu --domain domain --nlu tests/nlu_test.yml --model models/wlz-assistent.tar.gz --out /tmp/resultaten/nlu \
    && python scripts/check_intent_f1.py /tmp/resultaten/nlu/intent_report.json --min-macro-f1 0.88 \
    && rasa test core --stories tests/ --model models/wlz-assistent.tar.gz --out /tmp/resultaten/core \
       --fail-on-prediction-errors

FROM ${PYTHON_IMAGE} AS rasa
LABEL org.opencontainers.image.title="wlz-assistent-rasa" \
      org.opencontainers.image.description="Rasa-server van de Wlz-assistent"
# A fixed numeric user, so Kubernetes can check runAsNonRoot; files stay owned by root (read-only).
RUN groupadd --system --gid 10001 wlz \
    && useradd --system --uid 10001 --gid wlz --home-dir /tmp --no-create-home --shell /usr/sbin/nologin wlz
COPY --from=bouw-spacy /opt/venv /opt/venv
WORKDIR /app
COPY server server
COPY channels channels
COPY components components
COPY privacy privacy
# The storingsmelding names Klantadvies Wlz from the contact directory (server/storing.py).
COPY actions/__init__.py actions/__init__.py
COPY actions/contacten actions/contacten
COPY credentials.yml credentials-messaging.yml endpoints-productie.yml ./
COPY --from=training /app/models/wlz-assistent.tar.gz models/wlz-assistent.tar.gz
# Bytecode now: the root filesystem is read-only in Kubernetes. gesprekken/ exists so that the
# server's mkdir of the SQLite folder (unused with endpoints-productie.yml) has nothing to create.
RUN /opt/venv/bin/python -m compileall -q server channels components privacy actions && mkdir gesprekken
# HOME=/tmp: Rasa, TensorFlow and matplotlib write small caches there (an emptyDir in Kubernetes).
# PYTHONHASHSEED=0 as in the Makefile, so the server behaves as in the tests.
ENV PATH=/opt/venv/bin:$PATH \
    HOME=/tmp \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONHASHSEED=0 \
    PYTHONUNBUFFERED=1 \
    RASA_TELEMETRY_ENABLED=false \
    TF_CPP_MIN_LOG_LEVEL=2
USER 10001:10001
EXPOSE 5005
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:5005/webhooks/gezondheid/live', timeout=4)"]
# The same command as the Deployment (deploy/k8s/rasa.yaml); with Telegram and WhatsApp:
# --credentials credentials-messaging.yml.
CMD ["python", "-m", "server", "run", "--model", "models/wlz-assistent.tar.gz", \
     "--endpoints", "endpoints-productie.yml", "--credentials", "credentials.yml", \
     "-i", "0.0.0.0", "--port", "5005"]
