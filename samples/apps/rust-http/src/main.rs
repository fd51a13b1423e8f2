//! A task list service on the standard library alone: GET /health, GET/POST /tasks.
//! Dependency-free so it builds where crates.io is out of reach. It installs no SIGTERM
//! handler (std has no signal API), so run it with `docker run --init`.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

type Tasks = Arc<Mutex<BTreeMap<u32, String>>>;

fn main() {
    let port = std::env::var("PORT").unwrap_or_else(|_| String::from("8080"));
    let listener = TcpListener::bind(format!("0.0.0.0:{port}")).expect("bind the port");
    eprintln!("{{\"msg\":\"listening\",\"port\":{port}}}");
    let tasks: Tasks = Arc::new(Mutex::new(BTreeMap::new()));
    for stream in listener.incoming().flatten() {
        let tasks = Arc::clone(&tasks);
        thread::spawn(move || {
            if let Err(error) = serve(stream, &tasks) {
                eprintln!("{{\"msg\":\"request failed\",\"error\":\"{error}\"}}");
            }
        });
    }
}

fn serve(stream: TcpStream, tasks: &Tasks) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut length = 0usize;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header)?;
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0u8; length.min(64 * 1024)];
    reader.read_exact(&mut body)?;

    let mut parts = request_line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let (status, reply) = route(method, path, &String::from_utf8_lossy(&body), tasks);
    respond(stream, status, &reply)
}

fn route(method: &str, path: &str, body: &str, tasks: &Tasks) -> (u16, String) {
    match (method, path) {
        ("GET", "/health") => (200, String::from("{\"status\":\"ok\"}")),
        ("GET", "/tasks") => {
            let tasks = tasks.lock().expect("task lock");
            let items: Vec<String> = tasks
                .iter()
                .map(|(id, title)| format!("\"{id}\":\"{}\"", escape(title)))
                .collect();
            (200, format!("{{{}}}", items.join(",")))
        }
        ("POST", "/tasks") => match title(body) {
            Some(title) => {
                let mut tasks = tasks.lock().expect("task lock");
                let id = tasks.len() as u32 + 1;
                tasks.insert(id, title);
                (201, format!("{{\"id\":{id}}}"))
            }
            None => (400, String::from("{\"error\":\"title is required\"}")),
        },
        _ => (404, String::from("{\"error\":\"not found\"}")),
    }
}

/// Reads `"title": "..."` from a small JSON object without a JSON library.
fn title(body: &str) -> Option<String> {
    let after = body.split_once("\"title\"")?.1.trim_start().strip_prefix(':')?;
    let value = after.trim_start().strip_prefix('"')?;
    let end = value.find('"')?;
    let title = &value[..end];
    (!title.is_empty()).then(|| title.to_string())
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

fn respond(mut stream: TcpStream, status: u16, body: &str) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        201 => "Created",
        400 => "Bad Request",
        _ => "Not Found",
    };
    write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn health_and_tasks_route() {
        let tasks: Tasks = Arc::new(Mutex::new(BTreeMap::new()));
        assert_eq!(route("GET", "/health", "", &tasks).0, 200);
        assert_eq!(route("POST", "/tasks", "{\"title\": \"ship it\"}", &tasks), (201, "{\"id\":1}".into()));
        assert_eq!(route("POST", "/tasks", "{}", &tasks).0, 400);
        assert_eq!(route("GET", "/tasks", "", &tasks).1, "{\"1\":\"ship it\"}");
        assert_eq!(route("GET", "/nope", "", &tasks).0, 404);
    }
}
