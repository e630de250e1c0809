# Docker images and Kubernetes manifests in deploy/, and their offline checks (included by the
# Makefile). Nothing here needs a container runtime or a cluster.
#   make test-deploy     validates manifests and Dockerfiles, then runs the tests in tests/deploy
#   make deploy-images   builds both images (needs a Docker engine; DEPLOY_REGISTRY, DEPLOY_VERSIE)

DEPLOY_VENV := .venv-deploy
DEPLOY_PY   := $(DEPLOY_VENV)/bin/python
# The Kubernetes versions the manifests are validated against (comma-separated, strict schemas).
DEPLOY_KUBERNETES ?= 1.30.0,1.37.0
DEPLOY_MANIFESTEN := deploy/k8s/basis deploy/k8s/berichtenkanalen deploy/voorbeelden
DEPLOY_DOCKERFILES := deploy/docker/rasa.Dockerfile deploy/docker/acties.Dockerfile
DEPLOY_REGISTRY ?= registry.invalid/zorgkantoor
DEPLOY_VERSIE   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)

.PHONY: test-deploy deploy-venv deploy-images

# A venv of its own: kubernetes-validate needs jsonschema>=4.18, Rasa 3.6 needs <4.18. Every
# package is pinned in requirements-deploy.txt; --no-deps plus `pip check` proves the pins are complete.
$(DEPLOY_VENV)/.installed: requirements-deploy.txt
	@py=$$(scripts/find_python310.sh 2>/dev/null || command -v python3) || exit 1; \
	rm -rf $(DEPLOY_VENV) && "$$py" -m venv $(DEPLOY_VENV) && \
	$(DEPLOY_PY) -m pip install --quiet "pip==24.0" && \
	$(DEPLOY_PY) -m pip install --quiet --no-deps -r requirements-deploy.txt && \
	$(DEPLOY_PY) -m pip check
	@touch $@

deploy-venv: $(DEPLOY_VENV)/.installed

test-deploy: $(DEPLOY_VENV)/.installed $(VENV)/.installed
	$(DEPLOY_PY) deploy/controles/manifesten.py --kubernetes $(DEPLOY_KUBERNETES) $(DEPLOY_MANIFESTEN)
	$(DEPLOY_PY) deploy/controles/dockerfiles.py --context . $(DEPLOY_DOCKERFILES)
	WLZ_DEPLOY_TEST=verplicht WLZ_DEPLOY_PYTHON=$(DEPLOY_PY) $(PY) -m pytest -q tests/deploy

# For an operator with a Docker engine (BuildKit); push with `docker push` afterwards (README).
deploy-images:
	docker build -f deploy/docker/rasa.Dockerfile -t $(DEPLOY_REGISTRY)/wlz-assistent-rasa:$(DEPLOY_VERSIE) .
	docker build -f deploy/docker/acties.Dockerfile -t $(DEPLOY_REGISTRY)/wlz-assistent-acties:$(DEPLOY_VERSIE) .
