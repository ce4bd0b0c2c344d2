using LK3.Intake.Staff;
using Microsoft.AspNetCore.Identity;

namespace LK3.Bot.Staff.Api;

/// <summary><c>POST /api/token</c>: a bearer token for the API, after the same password check and lock-out as the sign-in page.</summary>
internal static class StaffTokens
{
    public sealed record Request(string Email, string Password);

    public static async Task<IResult> IssueAsync(
        Request request, SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditLog audit, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email);
        var wasLockedOut = user is not null && await users.IsLockedOutAsync(user);
        var result = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        await audit.RecordSignInAsync(user, result, wasLockedOut, "token API", cancellationToken);
        if (!result.Succeeded)
        {
            StaffLog.SignInFailed(loggers.CreateLogger(typeof(StaffTokens).FullName!), result.IsLockedOut);
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
                title: result.IsLockedOut ? "Locked out for a while after too many attempts." : "Wrong e-mail or password.");
        }
        var principal = await signIn.CreateUserPrincipalAsync(user!);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
