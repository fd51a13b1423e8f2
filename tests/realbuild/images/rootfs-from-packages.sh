#!/bin/sh
# rootfs-from-packages.sh DEST PACKAGE... -- copy the files of installed Debian packages into
# DEST (a tree a FROM scratch stage then copies), without docs, and with every shared library the
# copied executables and libraries link against. Paths are canonicalised so that merged-/usr
# symlinks (/lib -> usr/lib) stay symlinks in DEST instead of becoming real directories.
# Used by the shell-less stand-ins (distroless cc/python/node, .NET chiseled).
set -eu
dest=$1; shift
copy() {  # copy one path (file or symlink) into $dest under its canonical directory
  dir=$(readlink -f "$(dirname "$1")")
  mkdir -p "$dest$dir"
  cp -a "$1" "$dest$dir/"
}
for pkg in "$@"; do
  dpkg -L "$pkg" | while read -r f; do
    case "$f" in /usr/share/doc/*|/usr/share/man/*|/usr/share/lintian/*|/usr/share/info/*) continue;; esac
    if [ -L "$f" ] || [ -f "$f" ]; then copy "$f"; fi
  done
done
# shared libraries needed by anything copied so far (ldd prints "name => /path (addr)")
find "$dest" -type f \( -perm -u+x -o -name '*.so*' \) | while read -r f; do
  ldd "$f" 2>/dev/null | awk '/=>/ && $3 ~ /^\// {print $3} /^\t\/.*ld-linux/ {print $1}'
done | sort -u | while read -r lib; do
  copy "$lib"
  real=$(readlink -f "$lib"); [ "$real" = "$lib" ] || copy "$real"
done
for d in bin sbin lib lib64; do
  if [ -d "$dest/usr/$d" ] && [ ! -e "$dest/$d" ]; then ln -s "usr/$d" "$dest/$d"; fi
done
