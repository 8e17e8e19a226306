"""Files that hold attorney–client data: written atomically and safely, readable by the user only.

Many Linux and macOS home folders are ``0755`` and the usual umask is ``022``, so without care the
case database, its backups and the settings (recent case titles) are readable by every local user.
On Windows the user's profile folders are already private; ``chmod`` there only toggles read-only,
so these functions leave permissions alone on Windows.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600  # what mkstemp creates, and what make_backup claims
_POSIX = sys.platform != "win32"


def make_private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if needed and take away every permission of the group and
    of others, whatever the umask (a new folder is ``0700``)."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    _remove_group_and_other_access(folder)
    return folder


def make_private_file(path: Path) -> None:
    """Take away the group's and others' access (``0644`` → ``0600``) from an existing file, such as
    the database SQLite created with the umask's mode."""
    _remove_group_and_other_access(path)


def _remove_group_and_other_access(path: Path) -> None:
    # Only ever removes bits: the owner's own bits are kept, so a folder the user made read-only
    # (0555) stays read-only instead of becoming writable (0700). A file of another owner, or on a
    # read-only mount, cannot be changed and is left as it is.
    if _POSIX:
        with contextlib.suppress(OSError):
            mode = path.stat().st_mode & 0o777
            if mode & 0o077:
                path.chmod(mode & 0o700)


def temporary_sibling(target: Path, suffix: str = ".partial") -> Path:
    """A new, empty, private (``0600``) file beside ``target`` with an unpredictable name, created with
    ``O_EXCL`` (``mkstemp``), so a planted symlink or another process's file is never written through.
    The caller removes it (or renames it over ``target``)."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(handle)
    return Path(name)


def write_file_atomically(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``target`` through a private temporary file beside it, renamed into place:
    a crash or a full disk leaves the old file (or none), never half a file, and no temporary copy of
    the data survives a failure. A symlink at ``target`` is replaced, its destination left alone."""
    target = Path(target)
    partial = temporary_sibling(target, ".tmp")
    try:
        with partial.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
