//! A deliberately small HTTP/1.1 server on 127.0.0.1 whose answers the test scripts byte by
//! byte (odd headers, redirects, endless bodies), recording every request it receives.
#![allow(dead_code)]

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;

#[derive(Debug, Clone)]
pub struct Seen {
    pub at: Instant,
    pub method: String,
    pub path: String,
    /// Header names lowercased.
    pub headers: Vec<(String, String)>,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

pub enum Reply {
    /// Status line, extra headers, body (sent with Content-Length).
    Fixed {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// A body of `total` bytes sent in `chunk`-sized pieces, generated on the fly.
    /// With `declare`, a Content-Length is announced; otherwise chunked encoding.
    Endless {
        status: u16,
        total: u64,
        chunk: usize,
        declare: bool,
    },
    /// No answer at all: the connection is closed once the request is read.
    HangUp,
    /// `body` sent with chunked encoding in `chunk`-sized pieces (no Content-Length).
    Chunked {
        status: u16,
        body: Vec<u8>,
        chunk: usize,
    },
    /// A Content-Length of `declared`, then `body` (possibly shorter), then the connection is
    /// held open: only a client that trusts the declared length answers at once.
    Stalled {
        status: u16,
        declared: u64,
        body: Vec<u8>,
    },
}

impl Reply {
    pub fn json(status: u16, body: &str) -> Reply {
        Reply::Fixed {
            status,
            headers: vec![],
            body: body.as_bytes().to_vec(),
        }
    }
    pub fn with_header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Fixed { headers, .. } = &mut self {
            headers.push((name.to_string(), value.to_string()));
        }
        self
    }
}

type Script = dyn Fn(usize, &Seen) -> Reply + Send + Sync;

pub struct Server {
    pub port: u16,
    pub seen: Arc<Mutex<Vec<Seen>>>,
    /// Body bytes written to the socket so far (all connections).
    pub body_written: Arc<AtomicU64>,
}

impl Server {
    /// Serves forever (the task ends with the test's runtime). `script(n, req)` answers the
    /// n-th request (0-based).
    pub async fn start(script: impl Fn(usize, &Seen) -> Reply + Send + Sync + 'static) -> Server {
        Server::start_with(None, script).await
    }

    /// The same over TLS, with the certificate in `tls/` (issued by `tls/ca.pem` to 127.0.0.1).
    pub async fn start_tls(
        script: impl Fn(usize, &Seen) -> Reply + Send + Sync + 'static,
    ) -> Server {
        Server::start_with(Some(tls_acceptor()), script).await
    }

    async fn start_with(
        tls: Option<tokio_rustls::TlsAcceptor>,
        script: impl Fn(usize, &Seen) -> Reply + Send + Sync + 'static,
    ) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let body_written = Arc::new(AtomicU64::new(0));
        let script: Arc<Script> = Arc::new(script);
        let (s2, w2) = (seen.clone(), body_written.clone());
        tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                let (seen, written, script) = (s2.clone(), w2.clone(), script.clone());
                let tls = tls.clone();
                tokio::spawn(async move {
                    let _ = match tls {
                        Some(acceptor) => match acceptor.accept(sock).await {
                            Ok(stream) => serve(stream, seen, written, script).await,
                            Err(e) => Err(e),
                        },
                        None => serve(sock, seen, written, script).await,
                    };
                });
            }
        });
        Server {
            port,
            seen,
            body_written,
        }
    }

    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn tls_origin(&self) -> String {
        format!("https://127.0.0.1:{}", self.port)
    }

    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }

    pub fn written(&self) -> u64 {
        self.body_written.load(Ordering::Relaxed)
    }
}

pub const TEST_CA_PEM: &[u8] = include_bytes!("tls/ca.pem");

fn tls_acceptor() -> tokio_rustls::TlsAcceptor {
    use tokio_rustls::rustls::pki_types::pem::PemObject;
    use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs = vec![
        CertificateDer::from_pem_slice(include_bytes!("tls/server.pem")).expect("cert"),
        CertificateDer::from_pem_slice(TEST_CA_PEM).expect("ca"),
    ];
    let key = PrivateKeyDer::from_pem_slice(include_bytes!("tls/server.key")).expect("key");
    let provider = Arc::new(tokio_rustls::rustls::crypto::ring::default_provider());
    let config = tokio_rustls::rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .expect("server config");
    tokio_rustls::TlsAcceptor::from(Arc::new(config))
}

async fn serve<S: AsyncRead + AsyncWrite + Unpin>(
    mut sock: S,
    seen: Arc<Mutex<Vec<Seen>>>,
    written: Arc<AtomicU64>,
    script: Arc<Script>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut tmp = [0u8; 4096];
    let head_end = loop {
        let n = sock.read(&mut tmp).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&tmp[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or_default().split(' ');
    let method = first.next().unwrap_or_default().to_string();
    let path = first.next().unwrap_or_default().to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    // Drain a request body so closing the socket does not reset the connection.
    let want: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut have = buf.len() - head_end;
    while have < want {
        let n = sock.read(&mut tmp).await?;
        if n == 0 {
            break;
        }
        have += n;
    }
    let req = Seen {
        at: Instant::now(),
        method,
        path,
        headers,
    };
    let n = {
        let mut s = seen.lock().expect("lock");
        s.push(req.clone());
        s.len() - 1
    };
    match script(n, &req) {
        Reply::HangUp => return Ok(()),
        Reply::Fixed {
            status,
            headers,
            body,
        } => {
            let mut out = format!("HTTP/1.1 {status} X\r\nconnection: close\r\n");
            if !headers
                .iter()
                .any(|(n, _)| n.eq_ignore_ascii_case("content-type"))
            {
                out.push_str("content-type: application/json\r\n");
            }
            for (n, v) in &headers {
                out.push_str(&format!("{n}: {v}\r\n"));
            }
            out.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
            sock.write_all(out.as_bytes()).await?;
            sock.write_all(&body).await?;
            written.fetch_add(body.len() as u64, Ordering::Relaxed);
        }
        Reply::Chunked {
            status,
            body,
            chunk,
        } => {
            let out = format!(
                "HTTP/1.1 {status} X\r\nconnection: close\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
            );
            sock.write_all(out.as_bytes()).await?;
            for piece in body.chunks(chunk.max(1)) {
                sock.write_all(format!("{:x}\r\n", piece.len()).as_bytes())
                    .await?;
                sock.write_all(piece).await?;
                sock.write_all(b"\r\n").await?;
                sock.flush().await?;
                written.fetch_add(piece.len() as u64, Ordering::Relaxed);
            }
            sock.write_all(b"0\r\n\r\n").await?;
        }
        Reply::Stalled {
            status,
            declared,
            body,
        } => {
            let out = format!(
                "HTTP/1.1 {status} X\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\n\r\n"
            );
            sock.write_all(out.as_bytes()).await?;
            sock.write_all(&body).await?;
            sock.flush().await?;
            written.fetch_add(body.len() as u64, Ordering::Relaxed);
            tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        }
        Reply::Endless {
            status,
            total,
            chunk,
            declare,
        } => {
            let framing = if declare {
                format!("content-length: {total}")
            } else {
                "transfer-encoding: chunked".to_string()
            };
            let out = format!(
                "HTTP/1.1 {status} X\r\nconnection: close\r\ncontent-type: application/json\r\n{framing}\r\n\r\n"
            );
            sock.write_all(out.as_bytes()).await?;
            let piece = vec![b' '; chunk];
            let mut sent = 0u64;
            while sent < total {
                let n = (total - sent).min(chunk as u64) as usize;
                if declare {
                    sock.write_all(&piece[..n]).await?;
                } else {
                    sock.write_all(format!("{n:x}\r\n").as_bytes()).await?;
                    sock.write_all(&piece[..n]).await?;
                    sock.write_all(b"\r\n").await?;
                }
                sent += n as u64;
                written.fetch_add(n as u64, Ordering::Relaxed);
            }
            if !declare {
                sock.write_all(b"0\r\n\r\n").await?;
            }
        }
    }
    sock.shutdown().await
}
