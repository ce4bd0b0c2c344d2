using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LK3.Tests.EndToEnd;

/// <summary>The host of a double (the Bot API, the Graph API, an OTLP collector) beside the bot in the test process.</summary>
internal static class DoubleHosting
{
    /// <summary>
    /// On a free loopback port, independent of any appsettings.json / ASPNETCORE_* the test host sees, silent, and traced
    /// under names of its own: the bot's tracing listens to ASP.NET Core's "Microsoft.AspNetCore" in the whole process, and
    /// a double's requests would carry, say, the Bot API token in their path, which the bot never exports.
    /// </summary>
    public static WebApplicationBuilder NewBuilder()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(new ActivitySource("LK3.Tests.Doubles"));
        builder.Services.AddSingleton(new DiagnosticListener("LK3.Tests.Doubles"));
        return builder;
    }
}
