//! The images on disk: one file per address, named by the SHA-256 of the address, holding the
//! SHA-256 of the image and then the image. A file that fails that check (cut short, damaged)
//! is deleted and the image fetched again. Written through a temporary file and a rename, so a
//! reader never sees half a file; the oldest files go once the directory passes its budget.
//! Blocking: call from `spawn_blocking`.

use sha2::{Digest, Sha256};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

const EXT: &str = "img";
const HASH: usize = 32;
/// A temporary file this old is not being written any more.
const STALE_TMP: std::time::Duration = std::time::Duration::from_secs(3600);

pub(crate) fn path_for(dir: &Path, url: &str) -> PathBuf {
    dir.join(format!("{:x}.{EXT}", Sha256::digest(url.as_bytes())))
}

/// The cached image, if its file is there and intact. A damaged file is removed.
pub(crate) fn read(path: &Path) -> Option<Vec<u8>> {
    let data = fs::read(path).ok()?;
    let intact = data.len() > HASH && Sha256::digest(&data[HASH..]).as_slice() == &data[..HASH];
    if !intact {
        let _ = fs::remove_file(path);
        return None;
    }
    // Recently used files are the last to be evicted.
    if let Ok(f) = fs::File::options().write(true).open(path) {
        let _ = f.set_modified(SystemTime::now());
    }
    let mut data = data;
    data.drain(..HASH);
    Some(data)
}

/// Stores `bytes` for `path`, atomically, then trims the directory to `budget` bytes.
pub(crate) fn write(dir: &Path, path: &Path, bytes: &[u8], budget: u64) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(&Sha256::digest(bytes))?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    tmp.persist(path).map_err(|e| e.error)?;
    evict(dir, budget, path)
}

/// Deletes the least recently used files until the cache fits `budget` (never `keep`).
pub(crate) fn evict(dir: &Path, budget: u64, keep: &Path) -> std::io::Result<()> {
    let mut files = Vec::new();
    let mut total = 0u64;
    for entry in fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        if path.extension().and_then(|e| e.to_str()) != Some(EXT) {
            // A temporary file left by a write that never finished (the app was killed).
            let stale = meta.modified().ok().and_then(|m| m.elapsed().ok());
            let is_tmp = entry.file_name().to_string_lossy().starts_with(".tmp");
            if is_tmp && stale.is_some_and(|age| age > STALE_TMP) {
                let _ = fs::remove_file(&path);
            }
            continue;
        }
        total += meta.len();
        let when = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        files.push((when, meta.len(), path));
    }
    if total <= budget {
        return Ok(());
    }
    files.sort_by_key(|f| f.0);
    for (_, len, path) in files {
        if total <= budget {
            break;
        }
        if path != keep && fs::remove_file(&path).is_ok() {
            total -= len;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn round_trip_and_damage_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let p = path_for(dir.path(), "https://i.scdn.co/image/a");
        assert!(p.file_name().unwrap().to_str().unwrap().len() == 64 + 4);
        write(dir.path(), &p, b"\x89PNG\r\n\x1a\nbody", 1 << 20).unwrap();
        assert_eq!(read(&p).as_deref(), Some(&b"\x89PNG\r\n\x1a\nbody"[..]));
        // One flipped byte: the file is refused and removed.
        let mut raw = fs::read(&p).unwrap();
        *raw.last_mut().unwrap() ^= 1;
        fs::write(&p, raw).unwrap();
        assert_eq!(read(&p), None);
        assert!(!p.exists());
        // Cut short to nothing.
        write(dir.path(), &p, b"abc", 1 << 20).unwrap();
        fs::write(&p, b"").unwrap();
        assert_eq!(read(&p), None);
    }

    #[test]
    fn the_least_recently_used_go_first() {
        let dir = tempfile::tempdir().unwrap();
        let body = vec![7u8; 1000];
        let paths: Vec<_> = (0..4)
            .map(|i| path_for(dir.path(), &format!("https://cdn.example/{i}")))
            .collect();
        let t0 = SystemTime::now() - Duration::from_secs(100);
        for (i, p) in paths.iter().enumerate() {
            write(dir.path(), p, &body, u64::MAX).unwrap();
            let f = fs::File::options().write(true).open(p).unwrap();
            f.set_modified(t0 + Duration::from_secs(i as u64)).unwrap();
        }
        // Reading the oldest makes it the newest.
        assert!(read(&paths[0]).is_some());
        // Room for two files of 1032 bytes: the two least recently used (1 and 2) go.
        evict(dir.path(), 2 * 1032, &paths[3]).unwrap();
        let left: Vec<bool> = paths.iter().map(|p| p.exists()).collect();
        assert_eq!(left, [true, false, false, true]);
        // A temporary file from a write that never finished goes too, once stale; a fresh one
        // (a write under way) stays.
        let (old, new) = (dir.path().join(".tmpOLD"), dir.path().join(".tmpNEW"));
        fs::write(&old, b"half").unwrap();
        fs::write(&new, b"half").unwrap();
        let f = fs::File::options().write(true).open(&old).unwrap();
        f.set_modified(SystemTime::now() - 2 * STALE_TMP).unwrap();
        evict(dir.path(), u64::MAX, &paths[3]).unwrap();
        assert_eq!((old.exists(), new.exists()), (false, true));
    }
}
