using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LK3.Bot.Telemetry;

/// <summary>
/// What operators see of the bot: OpenTelemetry metrics (the bot's own, ASP.NET Core's, HttpClient's, the runtime's) at
/// <c>/metrics</c> in Prometheus's format for admins or a scrape token, traces from a webhook to its replies' sends and
/// metrics pushed by OTLP when a collector is configured, and health: <c>/healthz</c>, <c>/healthz/live</c>, <c>/healthz/ready</c>.
/// </summary>
public static partial class TelemetryExtensions
{
    /// <summary>Health checks that must pass before an instance takes traffic: the database and Hangfire's storage.</summary>
    public const string ReadyTag = "ready";

    public const string MetricsPath = "/metrics";

    /// <summary>
    /// Series kept per metric. OpenTelemetry sets aside room for this many in every one of the ~65 metrics when it is made
    /// (2,000 by default, 9.5 MB of the bot's heap); the widest here, requests by route, method and status, has a few hundred.
    /// </summary>
    private const int SeriesPerMetric = 500;

    /// <summary>A readiness probe wants an answer soon: a check that takes longer counts as failed.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<BotTelemetry>();
        builder.Services.AddSingleton<TraceParents>();
        builder.Services.AddHostedService<BacklogGauges>();
        builder.Services.AddHealthChecks().AddCheck<HangfireStorageHealthCheck>("hangfire-storage", tags: [ReadyTag]);
        builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var check in options.Registrations.Where(r => r.Timeout == Timeout.InfiniteTimeSpan)) check.Timeout = CheckTimeout;
        });

        var otlp = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()?.OtlpEndpoint;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("lk3-bot"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddView(_ => new MetricStreamConfiguration { CardinalityLimit = SeriesPerMetric })
                    .AddPrometheusExporter();
                if (otlp is not null) metrics.AddOtlpExporter(o => (o.Protocol, o.Endpoint) = (OtlpExportProtocol.HttpProtobuf, new Uri(otlp, "v1/metrics")));
            });
        // Traces only go somewhere through OTLP: without a collector none are made.
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsOperatorPath(context.Request.Path))
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = (activity, request) =>
                    activity.SetTag("url.full", WithoutBotToken(request.RequestUri)))
                .AddOtlpExporter(o => (o.Protocol, o.Endpoint) = (OtlpExportProtocol.HttpProtobuf, new Uri(otlp, "v1/traces"))));
        }
        return builder;
    }

    public static IEndpointRouteBuilder MapTelemetry(this IEndpointRouteBuilder endpoints)
    {
        // For an outside monitor: every check. Live: the process answers. Ready: the database and Hangfire's storage answer.
        endpoints.MapHealthChecks("/healthz");
        endpoints.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(OnlyScrapersAsync),
            optionsName: null);
        return endpoints;
    }

    /// <summary>
    /// The metrics are for a Prometheus server (the configured scrape token as a bearer token) or a signed-in admin; what they
    /// count is not personal, but how busy the office is is still the office's business.
    /// </summary>
    private static async Task OnlyScrapersAsync(HttpContext context, RequestDelegate next)
    {
        var token = context.RequestServices.GetRequiredService<IOptions<TelemetryOptions>>().Value.ScrapeToken;
        if (HasBearer(context.Request, token))
        {
            await next(context);
            return;
        }
        var signedIn = false;
        foreach (var scheme in new[] { IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme })
        {
            var result = await context.AuthenticateAsync(scheme);
            if (!result.Succeeded) continue;
            if (result.Principal.IsInRole(StaffRoles.Admin))
            {
                await next(context);
                return;
            }
            signedIn = true;
        }
        context.Response.StatusCode = signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        if (!signedIn) context.Response.Headers.WWWAuthenticate = "Bearer";
    }

    private static bool HasBearer(HttpRequest request, string? token)
    {
        const string prefix = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        return token is { Length: > 0 } && header.StartsWith(prefix, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[prefix.Length..]), Encoding.UTF8.GetBytes(token));
    }

    private static bool IsOperatorPath(PathString path) => path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/healthz");

    /// <summary>Telegram's Bot API has the bot's token in its path (<c>/bot123:ABC/sendMessage</c>): a span must not carry it.</summary>
    private static string? WithoutBotToken(Uri? uri) => uri is null ? null : BotTokenInPath().Replace(uri.GetLeftPart(UriPartial.Path), "/bot{token}/");

    [GeneratedRegex("/bot[^/]+/")]
    private static partial Regex BotTokenInPath();
}
