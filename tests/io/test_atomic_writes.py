"""Writes never replace what the user may not write, nor follow another user's link in a shared folder."""

from __future__ import annotations

import errno
import os

import pytest

from lstmviz.io.atomic_file import replacing, write_atomically

needs_root = pytest.mark.skipif(not hasattr(os, "lchown") or os.geteuid() != 0,
                                reason="giving a file to another user needs root")


def test_a_read_only_file_is_never_replaced(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("keep")
    target.chmod(0o444)
    with pytest.raises(OSError) as refused:
        write_atomically(target, "new")
    assert refused.value.errno == errno.EACCES and "is read-only" in refused.value.strerror
    assert target.read_text() == "keep" and sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_file_made_read_only_while_it_is_written_is_kept(tmp_path):
    target = tmp_path / "plot.png"
    target.write_text("keep")
    with pytest.raises(OSError, match="is read-only"):
        with replacing(target) as tmp:
            tmp.write_text("new")
            target.chmod(0o444)  # meanwhile, another program (or the user) protects it
    assert target.read_text() == "keep" and sorted(p.name for p in tmp_path.iterdir()) == ["plot.png"]


def _shared(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    return shared


@needs_root
def test_another_users_link_in_a_sticky_folder_is_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    link = _shared(tmp_path) / "out.txt"
    link.symlink_to(victim)
    os.lchown(link, 65534, 65534)
    with pytest.raises(OSError, match="another user owns in a shared folder"):
        write_atomically(link, "planted")
    assert victim.read_text() == "mine"
    # A chain: our own link first, then theirs.
    (tmp_path / "sub").mkdir()
    ours = _shared(tmp_path / "sub") / "ours.txt"
    ours.symlink_to(link)
    with pytest.raises(OSError, match="another user owns in a shared folder"):
        write_atomically(ours, "planted")
    assert victim.read_text() == "mine"


@needs_root
def test_own_links_and_links_in_private_folders_are_followed(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("old")
    own = _shared(tmp_path) / "own.txt"
    own.symlink_to(target)
    write_atomically(own, "via our own link")
    assert target.read_text() == "via our own link" and own.is_symlink()
    private = tmp_path / "private"
    private.mkdir(mode=0o755)
    theirs = private / "theirs.txt"
    theirs.symlink_to(target)
    os.lchown(theirs, 65534, 65534)  # not sticky, not world-writable: the rule does not apply
    write_atomically(theirs, "via their link")
    assert target.read_text() == "via their link"
