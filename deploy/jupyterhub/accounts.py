"""Make and remove the students' Unix accounts for the class hub (run as root on the hub's server).

Each student gets an account in the students' group (the only group the hub lets in, ``jupyterhub_config.py``), a
private home (mode 700: no other student can read it) and a random password, printed once as CSV::

    sudo /opt/course/venv/bin/python deploy/jupyterhub/accounts.py add --out passwords.csv alice bob
    sudo /opt/course/venv/bin/python deploy/jupyterhub/accounts.py add --from names.txt --out passwords.csv
    sudo /opt/course/venv/bin/python deploy/jupyterhub/accounts.py remove alice bob      # deletes their homes

``remove`` deletes only accounts of the students' group (never an instructor's or a system account), with their
homes: copy what you want to keep first. Stop their servers first (the hub's admin page, or stop the hub).
"""

from __future__ import annotations

import argparse
import grp
import os
import pwd
import re
import secrets
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

DEFAULT_GROUP = "course-students"
_NAME = re.compile(r"[a-z_][a-z0-9_-]{0,31}")


class AccountError(RuntimeError):
    """A student account could not be made or removed (the message says why and what to do)."""


def _run(command: list[str], stdin: str | None = None) -> None:
    done = subprocess.run(command, input=stdin, capture_output=True, text=True)
    if done.returncode != 0:
        raise AccountError(f"`{' '.join(command[:1] + command[1:4])} ...` failed: {done.stderr.strip()}")


def check_names(names: Iterable[str]) -> list[str]:
    """The names, checked: lowercase letters, digits, '_' or '-', starting with a letter, at most 32 characters."""
    names = [str(n).strip() for n in names if str(n).strip()]
    bad = [n for n in names if not _NAME.fullmatch(n)]
    if bad:
        raise AccountError(f"These are not valid account names: {', '.join(map(repr, bad))}. Use lowercase letters, "
                           f"digits, '_' or '-', starting with a letter, at most 32 characters (e.g. 'jdupont').")
    if len(set(names)) != len(names):
        raise AccountError("A name appears twice in the list: give each student once.")
    return names


def _require_root() -> None:
    if os.geteuid() != 0:
        raise AccountError("Making or removing accounts needs root: run this command with sudo.")


def add_students(names: Iterable[str], group: str = DEFAULT_GROUP) -> dict[str, str]:
    """Make one account per name (private home, in ``group``); return ``{name: password}``.

    Refuses a name that already has an account (nothing is changed for anyone in that case).
    """
    _require_root()
    names = check_names(names)
    taken = [n for n in names if _exists(n)]
    if taken:
        raise AccountError(f"These accounts already exist: {', '.join(taken)}. Leave them out (their password is "
                           f"unchanged), or remove them first.")
    try:
        grp.getgrnam(group)
    except KeyError:
        _run(["groupadd", group])
    passwords: dict[str, str] = {}
    for name in names:
        _run(["useradd", "--create-home", "--shell", "/bin/bash", "--groups", group, "-K", "HOME_MODE=0700",
              "-K", "UMASK=077", name])
        home = Path(pwd.getpwnam(name).pw_dir)
        os.chmod(home, 0o700)  # also where useradd does not know HOME_MODE
        password = secrets.token_urlsafe(9)
        _run(["chpasswd"], stdin=f"{name}:{password}\n")
        passwords[name] = password
    return passwords


def _exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def remove_students(names: Iterable[str], group: str = DEFAULT_GROUP) -> list[str]:
    """Remove the accounts (and homes) of ``names`` that are members of ``group``; return the names removed."""
    _require_root()
    names = check_names(names)
    try:
        members = set(grp.getgrnam(group).gr_mem)
    except KeyError:
        members = set()
    outsiders = [n for n in names if _exists(n) and n not in members]
    if outsiders:
        raise AccountError(f"Not removed: {', '.join(outsiders)} {'is' if len(outsiders) == 1 else 'are'} not in "
                           f"the group {group!r}; this command removes only student accounts it made.")
    removed = []
    for name in names:
        if not _exists(name):
            continue
        done = subprocess.run(["userdel", "--remove", name], capture_output=True, text=True)
        # exit 12: the home could not be removed completely; 6: no mail spool -- both leave no account behind
        if done.returncode not in (0, 6, 12) or _exists(name):
            raise AccountError(f"Could not remove {name}: {done.stderr.strip()}. If a process of theirs still runs, "
                               f"stop their server (hub admin page) and try again.")
        removed.append(name)
    return removed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="accounts.py", description="Student accounts for the class hub.")
    parser.add_argument("--group", default=DEFAULT_GROUP, help=f"the students' group (default: {DEFAULT_GROUP})")
    commands = parser.add_subparsers(dest="command", required=True)
    for command in ("add", "remove"):
        sub = commands.add_parser(command)
        sub.add_argument("names", nargs="*", help="account names (e.g. jdupont)")
        sub.add_argument("--from", dest="source", type=Path, help="a text file with one name per line")
        if command == "add":
            sub.add_argument("--out", type=Path, help="write name,password lines here (mode 600) instead of stdout")
    args = parser.parse_args(argv)
    names = list(args.names)
    if args.source:
        names += args.source.read_text(encoding="utf-8").split()
    try:
        if args.command == "add":
            lines = "".join(f"{n},{p}\n" for n, p in add_students(names, args.group).items())
            if args.out:
                args.out.touch(mode=0o600)
                args.out.write_text("username,password\n" + lines, encoding="utf-8")
                print(f"{len(names)} accounts made; passwords in {args.out} (give each student theirs, then delete "
                      f"the file)")
            else:
                print("username,password\n" + lines, end="")
        else:
            removed = remove_students(names, args.group)
            print(f"removed {len(removed)} accounts and their homes: {', '.join(removed) or 'none'}")
    except AccountError as err:
        print(err, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
