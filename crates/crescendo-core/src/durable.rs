//! Small files that must survive a crash or a full disk: written whole or not at all (a temp
//! file in the same directory, fsynced, renamed over the old one, then the directory fsynced),
//! readable only by the user (0600 on unix), with the previous version kept beside them.

use std::io::Write;
use std::path::{Path, PathBuf};

/// `profiles.json` -> `profiles.json.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".bak");
    PathBuf::from(s)
}

/// `profiles.json` -> `profiles.json.damaged-<unix seconds>` (a new name each time).
pub fn aside_path(path: &Path) -> PathBuf {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let mut n = 0u32;
    loop {
        let mut s = path.as_os_str().to_owned();
        s.push(format!(".damaged-{t}"));
        if n > 0 {
            s.push(format!("-{n}"));
        }
        let p = PathBuf::from(s);
        if !p.exists() {
            return p;
        }
        n += 1;
    }
}

fn dir_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Replaces `path` with `bytes` atomically and durably; the file is private to the user.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = dir_of(path);
    std::fs::create_dir_all(dir)?;
    // Same directory, so the rename cannot cross file systems.
    let mut tmp = tempfile::Builder::new()
        .prefix(".crescendo-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir)
}

/// Writes `bytes` to `path`, keeping what `path` held before in `<path>.bak`.
pub fn write_keeping_previous(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    match std::fs::read(path) {
        Ok(previous) => write_atomic(&backup_path(path), &previous)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    write_atomic(path, bytes)
}

/// Makes a rename in `dir` durable (the directory entry itself), where the platform allows.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_previous_version_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("f.json");
        write_keeping_previous(&p, b"one").expect("first");
        assert!(!backup_path(&p).exists(), "nothing to keep the first time");
        write_keeping_previous(&p, b"two").expect("second");
        assert_eq!(std::fs::read(&p).expect("read"), b"two");
        assert_eq!(std::fs::read(backup_path(&p)).expect("bak"), b"one");
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("dir")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["f.json", "f.json.bak"]);
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private_even_if_the_old_one_was_not() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("f.json");
        std::fs::write(&p, b"old").expect("write");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        write_keeping_previous(&p, b"new").expect("write");
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&p), 0o600);
        assert_eq!(mode(&backup_path(&p)), 0o600);
    }

    #[test]
    fn aside_paths_never_overwrite() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("f.json");
        let a = aside_path(&p);
        std::fs::write(&a, b"x").expect("write");
        assert_ne!(aside_path(&p), a);
    }
}
