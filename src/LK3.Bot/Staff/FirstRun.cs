using System.Net;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.Identity;

namespace LK3.Bot.Staff;

/// <summary>
/// A first run without <c>Bootstrap:*</c>: in Development, while no staff account exists, the sign-in page offers to make
/// the first admin, to a browser on the machine the bot runs on only (behind the proxy, the forwarded address counts).
/// Production keeps <c>Bootstrap:*</c>. Made once: the offer ends with the first account.
/// </summary>
public sealed class FirstRun(IHostEnvironment environment, UserManager<StaffUser> users)
{
    /// <summary>Two posts at the same moment make one admin: the second finds the first one's account.</summary>
    private static readonly SemaphoreSlim Once = new(1, 1);

    public bool IsOffered(HttpContext context) =>
        environment.IsDevelopment() && IsLocal(context.Connection) && !users.Users.Any();

    /// <summary>The first admin, if the offer still stands; null when it does not, else Identity's answer.</summary>
    public async Task<IdentityResult?> CreateAdminAsync(HttpContext context, string displayName, string email, string password)
    {
        await Once.WaitAsync(context.RequestAborted);
        try
        {
            return IsOffered(context) ? await StaffBootstrap.CreateAdminAsync(users, displayName, email, password) : null;
        }
        finally
        {
            Once.Release();
        }
    }

    private static bool IsLocal(ConnectionInfo connection) => connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
}
