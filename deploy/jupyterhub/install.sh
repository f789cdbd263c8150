#!/usr/bin/env bash
# Install the class hub on one Debian/Ubuntu server (run as root). Idempotent: run it again to update the course
# environment after the course's package changes (deploy/jupyterhub/README.md, "Update the course").
#
#   sudo bash deploy/jupyterhub/install.sh https://github.com/OWNER/REPOSITORY main
#
# What it makes:
#   /opt/course/repo         a clone of the course (the hub's config is read from it; students get their own copy
#                            in their home through the nbgitpuller link)
#   /opt/course/venv         ONE virtual environment for everyone: the course's packages (CPU PyTorch), JupyterLab,
#                            JupyterHub, nbgitpuller, jupyterhub-idle-culler (pip install "course-utils[classroom]")
#   /opt/course/node_modules configurable-http-proxy from npm
#   /srv/jupyterhub          the hub's state (database, cookie secret), mode 700
#   jupyterhub.service       a systemd unit that starts the hub at boot (not started here: see the README)
set -euo pipefail

REPO_URL="${1:?give the course repository, e.g. https://github.com/OWNER/REPOSITORY}"
BRANCH="${2:-main}"
PREFIX="${COURSE_PREFIX:-/opt/course}"
PYTHON="${COURSE_SYSTEM_PYTHON:-python3}"

if [ "$(id -u)" -ne 0 ]; then echo "install.sh must run as root (sudo)" >&2; exit 1; fi

apt-get update -q
apt-get install -y -q git python3 python3-venv nodejs npm

mkdir -p "$PREFIX"
if [ -d "$PREFIX/repo/.git" ]; then
    git -C "$PREFIX/repo" fetch --quiet origin "$BRANCH"
    git -C "$PREFIX/repo" checkout --quiet --force "origin/$BRANCH"
else
    git clone --quiet --branch "$BRANCH" "$REPO_URL" "$PREFIX/repo"
fi

# The course environment, readable and runnable by every student (the system Python, not one in a home folder).
[ -x "$PREFIX/venv/bin/python" ] || "$PYTHON" -m venv "$PREFIX/venv"
"$PREFIX/venv/bin/pip" install --quiet --upgrade pip
# CPU build of PyTorch (a class server has no GPU; the CUDA build is several GB)
"$PREFIX/venv/bin/pip" install --quiet --upgrade --extra-index-url https://download.pytorch.org/whl/cpu \
    "$PREFIX/repo[classroom]"
chmod -R a+rX "$PREFIX/venv" "$PREFIX/repo"

npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=error "configurable-http-proxy@^5"

mkdir -p /srv/jupyterhub && chmod 700 /srv/jupyterhub
getent group course-students >/dev/null || groupadd course-students

install -m 644 "$PREFIX/repo/deploy/jupyterhub/jupyterhub.service" /etc/systemd/system/jupyterhub.service
systemctl daemon-reload
"$PREFIX/venv/bin/python" -c "import course_utils, jupyterhub, nbgitpuller; print('course environment OK')"
echo "Next: add instructors to COURSE_HUB_ADMINS in /etc/systemd/system/jupyterhub.service, make the students'"
echo "accounts (deploy/jupyterhub/accounts.py), put HTTPS in front, then: systemctl enable --now jupyterhub"
