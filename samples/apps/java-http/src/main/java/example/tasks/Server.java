package example.tasks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A task list service on the JDK alone: GET /health, GET and POST /tasks. */
public final class Server {
    private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<Integer, String> tasks = new TreeMap<>();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
        HttpServer server = new Server().start(port);
        System.out.println("{\"msg\":\"listening\",\"port\":" + server.getAddress().getPort() + "}");
        // The JVM runs shutdown hooks on SIGTERM, also as PID 1: stop accepting, drain briefly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(2)));
    }

    HttpServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", port), 0);
        server.createContext("/health", exchange -> reply(exchange, 200, "{\"status\":\"ok\"}"));
        server.createContext("/tasks", this::tasks);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return server;
    }

    private void tasks(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher title = TITLE.matcher(body);
            if (!title.find()) {
                reply(exchange, 400, "{\"error\":\"title is required\"}");
                return;
            }
            int id;
            synchronized (tasks) {
                id = tasks.size() + 1;
                tasks.put(id, title.group(1));
            }
            reply(exchange, 201, "{\"id\":" + id + "}");
            return;
        }
        StringBuilder json = new StringBuilder("{");
        synchronized (tasks) {
            tasks.forEach((id, title) -> json.append(json.length() > 1 ? "," : "")
                .append('"').append(id).append("\":\"").append(title).append('"'));
        }
        reply(exchange, 200, json.append('}').toString());
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
