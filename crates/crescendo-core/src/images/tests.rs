//! ImageCache over real HTTP: a small server on 127.0.0.1 plays the CDN and counts requests.

use super::*;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;

const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

#[derive(Clone)]
enum Reply {
    Body {
        status: u16,
        content_type: &'static str,
        body: Vec<u8>,
    },
    /// `total` bytes of PNG-looking data without a Content-Length; counts what got written.
    Stream {
        total: usize,
        written: Arc<AtomicUsize>,
        done: Arc<AtomicBool>,
    },
    Redirect(String),
    /// Waits until `release` is set, then sends the PNG.
    Held(Arc<AtomicBool>),
}

struct Server {
    base: String,
    hits: Arc<Mutex<HashMap<String, usize>>>,
}

impl Server {
    fn start(routes: Vec<(&'static str, Reply)>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let routes: Arc<HashMap<String, Reply>> = Arc::new(
            routes
                .into_iter()
                .map(|(p, r)| (p.to_string(), r))
                .collect(),
        );
        let hits = Arc::new(Mutex::new(HashMap::new()));
        let counted = hits.clone();
        thread::spawn(move || {
            for sock in listener.incoming() {
                let Ok(sock) = sock else { continue };
                let (routes, hits) = (routes.clone(), counted.clone());
                thread::spawn(move || serve(sock, &routes, &hits));
            }
        });
        Server { base, hits }
    }
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
    fn hits(&self, path: &str) -> usize {
        lock(&self.hits).get(path).copied().unwrap_or(0)
    }
}

fn serve(
    mut sock: TcpStream,
    routes: &HashMap<String, Reply>,
    hits: &Mutex<HashMap<String, usize>>,
) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if sock.read(&mut byte).unwrap_or(0) == 0 {
            return;
        }
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split(' ').nth(1).unwrap_or("/").to_string();
    *lock(hits).entry(path.clone()).or_default() += 1;
    let send = |sock: &mut TcpStream, status: u16, ct: &str, body: &[u8]| {
        let h = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: {ct}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let _ = sock.write_all(h.as_bytes());
        let _ = sock.write_all(body);
    };
    match routes.get(&path).cloned() {
        None => send(&mut sock, 404, "text/html", b"<h1>Not found</h1>"),
        Some(Reply::Body {
            status,
            content_type,
            body,
        }) => send(&mut sock, status, content_type, &body),
        Some(Reply::Redirect(to)) => {
            let h = format!("HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            let _ = sock.write_all(h.as_bytes());
        }
        Some(Reply::Held(release)) => {
            while !release.load(Ordering::SeqCst) {
                thread::sleep(Duration::from_millis(5));
            }
            send(&mut sock, 200, "image/png", PNG);
        }
        Some(Reply::Stream {
            total,
            written,
            done,
        }) => {
            let h = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n";
            let _ = sock.write_all(h.as_bytes());
            let mut chunk = vec![0u8; 16 * 1024];
            chunk[..PNG.len()].copy_from_slice(PNG);
            while written.load(Ordering::SeqCst) < total {
                if sock.write_all(&chunk).is_err() {
                    break;
                }
                written.fetch_add(chunk.len(), Ordering::SeqCst);
            }
            done.store(true, Ordering::SeqCst);
        }
    }
}

fn limits() -> Limits {
    Limits {
        max_image_bytes: 64 * 1024,
        max_cache_bytes: 1 << 30,
        failure_ttl: Duration::from_secs(3600),
        timeout: Duration::from_secs(20),
    }
}

fn png() -> Reply {
    Reply::Body {
        status: 200,
        content_type: "image/png",
        body: PNG.to_vec(),
    }
}

fn decoded(data_url: &str) -> Vec<u8> {
    let b64 = data_url
        .strip_prefix("data:image/png;base64,")
        .expect(data_url);
    base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap()
}

#[tokio::test]
async fn served_once_then_from_disk_even_for_a_new_cache() {
    let s = Server::start(vec![("/a.png", png())]);
    let dir = tempfile::tempdir().unwrap();
    let images = ImageCache::for_loopback_tests(dir.path(), limits());
    let first = images.data_url(&s.url("/a.png")).await.unwrap();
    assert_eq!(decoded(&first), PNG);
    assert_eq!(images.data_url(&s.url("/a.png")).await.unwrap(), first);
    assert_eq!(s.hits("/a.png"), 1, "the second ask made a request");
    // A new cache on the same directory (the next start of the app) fetches nothing.
    let again = ImageCache::for_loopback_tests(dir.path(), limits());
    assert_eq!(again.data_url(&s.url("/a.png")).await.unwrap(), first);
    assert_eq!(s.hits("/a.png"), 1, "the disk cache did not survive");
}

#[tokio::test]
async fn a_damaged_cache_file_is_fetched_again() {
    let s = Server::start(vec![("/a.png", png())]);
    let dir = tempfile::tempdir().unwrap();
    let images = ImageCache::for_loopback_tests(dir.path(), limits());
    let first = images.data_url(&s.url("/a.png")).await.unwrap();
    let file = cache::path_for(dir.path(), &s.url("/a.png"));
    let mut raw = std::fs::read(&file).unwrap();
    let last = raw.len() - 1;
    raw[last] ^= 0x55;
    std::fs::write(&file, &raw).unwrap();
    assert_eq!(images.data_url(&s.url("/a.png")).await.unwrap(), first);
    assert_eq!(s.hits("/a.png"), 2);
    // And the refetched file is good again.
    assert_eq!(cache::read(&file).as_deref(), Some(PNG));
}

#[tokio::test]
async fn an_oversize_body_is_refused_while_it_streams() {
    let (written, done) = (
        Arc::new(AtomicUsize::new(0)),
        Arc::new(AtomicBool::new(false)),
    );
    let total = 32 * 1024 * 1024;
    let stream = Reply::Stream {
        total,
        written: written.clone(),
        done: done.clone(),
    };
    let declared = Reply::Body {
        status: 200,
        content_type: "image/png",
        body: vec![0x89; 65 * 1024],
    };
    let s = Server::start(vec![("/big.png", stream), ("/declared.png", declared)]);
    let dir = tempfile::tempdir().unwrap();
    let images = ImageCache::for_loopback_tests(dir.path(), limits());
    let err = images.data_url(&s.url("/big.png")).await.unwrap_err();
    assert_eq!(err, ImageError::TooLarge { limit: 64 * 1024 });
    for _ in 0..2000 {
        if done.load(Ordering::SeqCst) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // The client hung up: far less than the 32 MiB was ever sent (socket buffers hold a few MiB).
    let sent = written.load(Ordering::SeqCst);
    assert!(
        done.load(Ordering::SeqCst) && sent < total / 2,
        "sent {sent} of {total} bytes"
    );
    // A Content-Length over the cap is refused before the body is read.
    let err = images.data_url(&s.url("/declared.png")).await.unwrap_err();
    assert_eq!(err, ImageError::TooLarge { limit: 64 * 1024 });
    assert_eq!(
        std::fs::read_dir(dir.path())
            .map(|d| d.count())
            .unwrap_or(0),
        0,
        "nothing cached"
    );
}

#[tokio::test]
async fn bytes_decide_the_type_not_the_header_and_never_svg() {
    let html = Reply::Body {
        status: 200,
        content_type: "image/png",
        body: b"<!doctype html><p>hello</p>".to_vec(),
    };
    let svg = Reply::Body {
        status: 200,
        content_type: "image/svg+xml",
        body: b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".to_vec(),
    };
    let svg_as_png = Reply::Body {
        status: 200,
        content_type: "image/png",
        body: b"<?xml version=\"1.0\"?><svg/>".to_vec(),
    };
    let gif_as_text = Reply::Body {
        status: 200,
        content_type: "text/plain",
        body: b"GIF89a\x01\0\x01\0\0\0\0;".to_vec(),
    };
    let s = Server::start(vec![
        ("/html.png", html),
        ("/a.svg", svg),
        ("/svg.png", svg_as_png),
        ("/a.txt", gif_as_text),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let images = ImageCache::for_loopback_tests(dir.path(), limits());
    for path in ["/html.png", "/a.svg", "/svg.png"] {
        assert_eq!(
            images.data_url(&s.url(path)).await.unwrap_err(),
            ImageError::NotAnImage,
            "{path}"
        );
    }
    let gif = images.data_url(&s.url("/a.txt")).await.unwrap();
    assert!(gif.starts_with("data:image/gif;base64,"), "{gif}");
}

#[tokio::test]
async fn the_app_constructor_refuses_http_and_never_asks() {
    let s = Server::start(vec![("/a.png", png())]);
    let dir = tempfile::tempdir().unwrap();
    let images = ImageCache::new(dir.path()).unwrap();
    let err = images.data_url(&s.url("/a.png")).await.unwrap_err();
    assert_eq!(
        err,
        ImageError::NotHttps {
            scheme: "http".into()
        }
    );
    let local = images
        .data_url(&s.url("/a.png").replace("http:", "https:"))
        .await
        .unwrap_err();
    assert_eq!(local.code(), "bad_address");
    assert_eq!(s.hits("/a.png"), 0);
}

#[tokio::test]
async fn a_redirect_to_http_is_not_followed() {
    let s = Server::start(vec![("/a.png", png())]);
    let target = s.url("/a.png");
    let r = Server::start(vec![("/moved", Reply::Redirect(target))]);
    let dir = tempfile::tempdir().unwrap();
    let images = ImageCache::for_loopback_tests(dir.path(), limits());
    assert_eq!(
        images.data_url(&r.url("/moved")).await.unwrap_err(),
        ImageError::Redirect
    );
    assert_eq!((r.hits("/moved"), s.hits("/a.png")), (1, 0));
}

#[tokio::test]
async fn concurrent_asks_for_one_address_share_one_download() {
    let release = Arc::new(AtomicBool::new(false));
    let s = Server::start(vec![("/slow.png", Reply::Held(release.clone()))]);
    let dir = tempfile::tempdir().unwrap();
    let images = ImageCache::for_loopback_tests(dir.path(), limits());
    let asks: Vec<_> = (0..8)
        .map(|_| {
            let (images, url) = (images.clone(), s.url("/slow.png"));
            tokio::spawn(async move { images.data_url(&url).await })
        })
        .collect();
    while s.hits("/slow.png") == 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // Time for the other seven to ask too, if they were going to.
    tokio::time::sleep(Duration::from_millis(200)).await;
    release.store(true, Ordering::SeqCst);
    for ask in asks {
        assert_eq!(decoded(&ask.await.unwrap().unwrap()), PNG);
    }
    assert_eq!(s.hits("/slow.png"), 1);
}

#[tokio::test]
async fn a_failure_is_remembered_for_a_while() {
    let s = Server::start(vec![]);
    let dir = tempfile::tempdir().unwrap();
    let images = ImageCache::for_loopback_tests(dir.path(), limits());
    for _ in 0..3 {
        let err = images.data_url(&s.url("/gone.png")).await.unwrap_err();
        assert_eq!(err, ImageError::Status { status: 404 });
    }
    assert_eq!(s.hits("/gone.png"), 1);
    // Once the memory has expired (here: at once), the address is tried again.
    let brief = Limits {
        failure_ttl: Duration::ZERO,
        ..limits()
    };
    let images = ImageCache::for_loopback_tests(dir.path(), brief);
    for _ in 0..2 {
        assert!(images.data_url(&s.url("/gone.png")).await.is_err());
    }
    assert_eq!(s.hits("/gone.png"), 3);
}

#[tokio::test]
async fn a_cache_that_cannot_be_written_still_shows_the_image() {
    let s = Server::start(vec![("/a.png", png())]);
    // The cache directory would sit below a file: it can never be created.
    let file = tempfile::NamedTempFile::new().unwrap();
    let images = ImageCache::for_loopback_tests(&file.path().join("images"), limits());
    assert_eq!(
        decoded(&images.data_url(&s.url("/a.png")).await.unwrap()),
        PNG
    );
}
