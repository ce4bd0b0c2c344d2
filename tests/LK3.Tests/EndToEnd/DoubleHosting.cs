using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Tests.EndToEnd;

/// <summary>
/// The doubles run in the test process beside the bot. Their requests are traced under names of their own, so that the
/// bot's tracing (which listens to ASP.NET Core's "Microsoft.AspNetCore" in the whole process) sees only the bot's
/// requests: a double's would carry, say, the Bot API token in its path, which the bot never exports.
/// </summary>
internal static class DoubleHosting
{
    public static WebApplicationBuilder TracedApart(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new ActivitySource("LK3.Tests.Doubles"));
        builder.Services.AddSingleton(new DiagnosticListener("LK3.Tests.Doubles"));
        return builder;
    }
}
