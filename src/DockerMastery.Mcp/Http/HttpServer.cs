using System.Net;
using System.Text.RegularExpressions;
using System.Threading.RateLimiting;
using DockerMastery.Core.Skill;
using DockerMastery.Mcp.Hosting;
using DockerMastery.Mcp.Tools;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.AspNetCore;
using Serilog;
using Serilog.Context;

namespace DockerMastery.Mcp.Http;

/// <summary>
/// <c>serve --http</c>: Streamable HTTP at <c>/mcp</c>, legacy SSE at <c>/mcp/sse</c> and
/// <c>/mcp/message</c> (stateful mode), <c>/healthz</c> and <c>/readyz</c>. In front of MCP:
/// correlation id, request logging, Host/Origin allow-lists, bearer token, per-client rate and
/// concurrency limits and a body size cap.
/// </summary>
public static partial class HttpServer
{
    /// <summary>The header carrying the correlation id in and out.</summary>
    public const string CorrelationHeader = "X-Correlation-Id";

    /// <summary>Runs until <paramref name="cancellationToken"/> fires or the host stops.</summary>
    public static async Task RunAsync(
        ServeOptions options, Serilog.ILogger logger, CancellationToken cancellationToken)
    {
        await using var app = Build(options, logger);
        await app.RunAsync(cancellationToken is { CanBeCanceled: true }
            ? cancellationToken
            : CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// Builds the application without starting it. <paramref name="configure"/> lets tests add
    /// their own tools to the same pipeline.
    /// </summary>
    public static WebApplication Build(
        ServeOptions options,
        Serilog.ILogger logger,
        Action<IMcpServerBuilder>? configure = null,
        SkillLibrary? library = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var guard = new RequestGuard(options);
        var token = options.Token is null ? null : new BearerToken(options.Token);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(logger, dispose: false);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        });
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddRateLimiter(limiter => ConfigureLimits(limiter, options));

        // Remote callers must not read or write this machine's disk (project paths, scaffold
        // writes); they send file lists and contents instead. Holds for every HTTP mode.
        builder.Services.AddSingleton(new LocalFileAccess(false));

        var mcp = builder.Services.AddDockerMasteryServer(library).WithHttpTransport(transport =>
        {
            transport.SessionMode = options.Stateless
                ? HttpServerSessionMode.Stateless
                : HttpServerSessionMode.StatefulForInitializeClients;
            // Legacy SSE and sessions are what older clients need; the SDK marks them obsolete.
            // SSE posts return 202 before the handler runs, so for them the per-client rate
            // limit below is the only brake.
#pragma warning disable MCP9004, MCP9006
            transport.EnableLegacySse = !options.Stateless;
            transport.IdleTimeout = TimeSpan.FromMinutes(30);
            transport.MaxIdleSessionCount = 1000;
#pragma warning restore MCP9004, MCP9006
        });
        configure?.Invoke(mcp);

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var id = CorrelationId(context.Request);
            context.TraceIdentifier = id;
            context.Response.Headers[CorrelationHeader] = id;
            using (LogContext.PushProperty("CorrelationId", id))
                await next(context).ConfigureAwait(false);
        });
        app.UseSerilogRequestLogging(logging =>
        {
            // Without this the middleware writes to the static Log.Logger, which we never set.
            logging.Logger = logger;
            logging.MessageTemplate =
                "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            logging.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString());
                diagnostics.Set("RequestBytes", context.Request.ContentLength);
            };
        });
        app.Use(async (context, next) =>
        {
            var refusal = guard.Check(context.Request);
            if (refusal is not null)
            {
                await RefuseAsync(context, StatusCodes.Status403Forbidden, refusal)
                    .ConfigureAwait(false);
                return;
            }

            if (token is not null && !IsProbe(context.Request))
            {
                var error = token.Check(context.Request);
                if (error is not null)
                {
                    context.Response.Headers.WWWAuthenticate =
                        $"Bearer realm=\"docker-mastery\", error=\"{error}\"";
                    await RefuseAsync(context, StatusCodes.Status401Unauthorized,
                        "a valid bearer token is required").ConfigureAwait(false);
                    return;
                }
            }

            await next(context).ConfigureAwait(false);
        });
        app.UseRateLimiter();

        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var skill = app.Services.GetRequiredService<SkillLibrary>();
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" }))
            .DisableRateLimiting();
        app.MapGet("/readyz", () => lifetime.ApplicationStopping.IsCancellationRequested
                ? Results.Json(new { status = "stopping" }, statusCode: 503)
                : Results.Json(new
                {
                    status = "ready",
                    skillFiles = skill.Documents.Count,
                }))
            .DisableRateLimiting();
        app.MapMcp("/mcp");
        return app;
    }

    private static bool IsProbe(HttpRequest request) =>
        request.Path.Equals("/healthz", StringComparison.Ordinal) ||
        request.Path.Equals("/readyz", StringComparison.Ordinal);

    private static string CorrelationId(HttpRequest request)
    {
        var given = request.Headers[CorrelationHeader].ToString();
        return given.Length is > 0 and <= 64 && SafeId().IsMatch(given)
            ? given
            : Guid.NewGuid().ToString("N")[..16];
    }

    private static async Task RefuseAsync(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new
        {
            jsonrpc = "2.0",
            id = (string?)null,
            error = new { code = -32600, message = reason },
        }).ConfigureAwait(false);
    }

    private static void ConfigureLimits(RateLimiterOptions limiter, ServeOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (rejected, _) =>
        {
            rejected.HttpContext.Response.Headers.RetryAfter = "1";
            return ValueTask.CompletedTask;
        };

        // Long-lived GET streams (SSE) hold a connection, not work: they get the rate limit only.
        var concurrency = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("stream")
                : RateLimitPartition.GetConcurrencyLimiter(ClientKey(context), _ =>
                    new ConcurrencyLimiterOptions
                    {
                        PermitLimit = options.MaxConcurrency,
                        QueueLimit = options.MaxConcurrency,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }));
        if (options.RatePerSecond == 0)
        {
            limiter.GlobalLimiter = concurrency;
            return;
        }

        var rate = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ =>
                new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.RatePerSecond * 2,
                    TokensPerPeriod = options.RatePerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(rate, concurrency);
    }

    // A client is its address plus its MCP session, so clients sharing one address (several
    // agents on a developer machine) get limits of their own.
    private static string ClientKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress ?? IPAddress.None;
        var session = context.Request.Headers["Mcp-Session-Id"].ToString();
        return session.Length is > 0 and <= 128 ? $"{address}|{session}" : address.ToString();
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex SafeId();
}
