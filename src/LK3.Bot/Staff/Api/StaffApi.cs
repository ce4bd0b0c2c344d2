namespace LK3.Bot.Staff.Api;

/// <summary>
/// <c>/api/</c>: the staff app's work as JSON, signed in by cookie or by a bearer token from <c>POST /api/token</c>.
/// Broadcasts map their own part (<c>/api/broadcasts</c>) with their feature.
/// </summary>
public static class StaffApi
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/token", StaffTokens.IssueAsync).WithTags("Cases").AllowAnonymous().RequireRateLimiting(RequestLimits.SignIn);
        endpoints.MapCaseApi();
        return endpoints;
    }
}
