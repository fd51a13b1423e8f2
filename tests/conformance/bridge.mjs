// Streamable HTTP front for an MCP server that speaks another transport, so the conformance
// suite (which only takes a URL) can judge docker-mastery over stdio and over legacy SSE.
// Each HTTP session gets its own upstream: a fresh child process (stdio) or a fresh SSE
// connection. Messages are relayed unchanged in both directions; nothing is answered here.
//
//   node bridge.mjs --stdio <command> [args...] --port-file F [--log F] [--deadline S]
//   node bridge.mjs --sse http://127.0.0.1:<port>/mcp/sse --port-file F [--log F]
//
// It listens on 127.0.0.1 only and writes the port it got to --port-file. Upstream lines that
// are not JSON-RPC (stdout pollution) are counted and reported in the log as "pollution".
import http from 'node:http';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';

const MAX_SESSIONS = 6;
const OWN_OPTIONS = ['--port-file', '--log', '--deadline'];

function parseArgs(argv) {
  const options = { stdio: null, sse: null, portFile: null, log: null, deadline: 600 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port-file') options.portFile = argv[++i];
    else if (arg === '--log') options.log = argv[++i];
    else if (arg === '--deadline') options.deadline = Number(argv[++i]);
    else if (arg === '--sse') options.sse = argv[++i];
    else if (arg === '--stdio') {
      options.stdio = [];
      while (i + 1 < argv.length && !OWN_OPTIONS.includes(argv[i + 1])) {
        options.stdio.push(argv[++i]);
      }
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!options.portFile || (!options.stdio && !options.sse)) {
    throw new Error('usage: bridge.mjs (--stdio cmd args... | --sse url) --port-file F');
  }
  if (options.sse && !/^http:\/\/127\.0\.0\.1:\d+\//.test(options.sse)) {
    throw new Error('--sse must be an http://127.0.0.1 URL');
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const log = (line) => {
  if (options.log) fs.appendFileSync(options.log, `${new Date().toISOString()} ${line}\n`);
};
const sessions = new Map();
const children = new Set();
let pollution = 0;

function openUpstream() {
  if (options.sse) return new SSEClientTransport(new URL(options.sse));
  const [command, ...args] = options.stdio;
  const upstream = new StdioClientTransport({ command, args, stderr: 'pipe' });
  children.add(upstream);
  return upstream;
}

async function openSession() {
  if (sessions.size >= MAX_SESSIONS) {
    const [oldest, pair] = sessions.entries().next().value;
    sessions.delete(oldest);
    await pair.upstream.close().catch(() => {});
  }

  const upstream = openUpstream();
  const front = new StreamableHTTPServerTransport({
    sessionIdGenerator: () => randomUUID(),
    onsessioninitialized: (id) => sessions.set(id, { front, upstream }),
  });
  front.onmessage = (message) => {
    upstream.send(message).catch((error) => log(`upstream send failed: ${error.message}`));
  };
  upstream.onmessage = (message) => {
    front.send(message).catch((error) => log(`front send failed: ${error.message}`));
  };
  upstream.onerror = (error) => {
    pollution += 1;
    log(`pollution: upstream produced a non-JSON-RPC message: ${error.message}`);
  };
  front.onclose = () => {
    upstream.close().catch(() => {});
  };
  await upstream.start();
  if (upstream.stderr) {
    upstream.stderr.on('data', (chunk) => log(`server stderr: ${String(chunk).trimEnd()}`));
  }
  return front;
}

const server = http.createServer(async (request, response) => {
  try {
    if (!request.url.startsWith('/mcp')) {
      response.writeHead(404).end();
      return;
    }
    const id = request.headers['mcp-session-id'];
    let front = id ? sessions.get(id)?.front : undefined;
    if (!front) {
      if (id || request.method !== 'POST') {
        response.writeHead(id ? 404 : 400, { 'content-type': 'application/json' })
          .end('{"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"no session"}}');
        return;
      }
      front = await openSession();
    }
    await front.handleRequest(request, response);
  } catch (error) {
    log(`request failed: ${error.stack}`);
    if (!response.headersSent) response.writeHead(500).end();
  }
});

async function shutdown(code) {
  log(`shutting down; pollution=${pollution}`);
  for (const pair of sessions.values()) await pair.upstream.close().catch(() => {});
  for (const child of children) await child.close().catch(() => {});
  server.close();
  process.exit(code);
}

process.on('SIGTERM', () => shutdown(0));
process.on('SIGINT', () => shutdown(0));
setTimeout(() => shutdown(3), options.deadline * 1000).unref();
server.listen(0, '127.0.0.1', () => {
  fs.writeFileSync(options.portFile, String(server.address().port));
  log(`listening on 127.0.0.1:${server.address().port}`);
});
