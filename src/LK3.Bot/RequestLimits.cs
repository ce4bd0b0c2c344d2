using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LK3.Bot;

/// <summary>
/// Limits on what one sender may ask in a short time, where a person (not Telegram or Meta) is on the other
/// end: web chat messages, and staff sign-in attempts (on top of Identity's lock-out of an account).
/// </summary>
public static class RequestLimits
{
    public const string WebChat = "web-chat";
    public const string SignIn = "sign-in";

    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            // A browser's chat (or, before it has one, its address): a person types far slower than this.
            options.AddPolicy(WebChat, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Request.Cookies["lk3-chat"] ?? AddressOf(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromSeconds(10) }));
            // Guessing passwords from one address is slowed down whichever accounts it tries; opening the page is no attempt.
            options.AddPolicy(SignIn, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(
                    AddressOf(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) }));
        });
        return builder;
    }

    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
