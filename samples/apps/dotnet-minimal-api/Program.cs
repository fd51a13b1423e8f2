using System.Collections.Concurrent;

// A task list API: GET /health, GET and POST /tasks, GET /tasks/{id}.
// The container images set the listening port; the host stops gracefully on SIGTERM.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.AddJsonConsole();
var app = builder.Build();

var tasks = new ConcurrentDictionary<int, string>();
var next = 0;

app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.MapGet("/tasks", () => Results.Ok(tasks.OrderBy(t => t.Key).ToDictionary(t => t.Key.ToString(), t => t.Value)));
app.MapPost("/tasks", (NewTask task) =>
{
    if (string.IsNullOrWhiteSpace(task.Title))
        return Results.BadRequest(new { error = "title is required" });
    var id = Interlocked.Increment(ref next);
    tasks[id] = task.Title;
    return Results.Created($"/tasks/{id}", new { id });
});
app.MapGet("/tasks/{id:int}", (int id) =>
    tasks.TryGetValue(id, out var title) ? Results.Ok(new { title }) : Results.NotFound());

app.Run();

internal sealed record NewTask(string? Title);
