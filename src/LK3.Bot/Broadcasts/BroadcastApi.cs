using LK3.Bot.Staff;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LK3.Bot.Broadcasts;

/// <summary>
/// <c>/api/broadcasts</c>: broadcasts (siaran) as the staff pages make them. Any member of staff may preview one
/// and follow its progress; only supervisors and admins create or cancel one.
/// </summary>
public static class BroadcastApi
{
    public static IEndpointRouteBuilder MapBroadcastApi(this IEndpointRouteBuilder endpoints)
    {
        var broadcasts = endpoints.MapGroup("/api/broadcasts").WithTags("Broadcasts").RequireAuthorization(StaffApp.ApiPolicy);
        broadcasts.MapPost("/preview", PreviewAsync);
        broadcasts.MapPost("", CreateAsync).RequireAuthorization(LeadsOnly);
        broadcasts.MapGet("/{id:int}", GetAsync);
        broadcasts.MapPost("/{id:int}/cancel", CancelAsync).RequireAuthorization(LeadsOnly);
        return endpoints;
    }

    /// <summary>Added to <see cref="StaffApp.ApiPolicy"/>, whose sign-in schemes (cookie or bearer token) it keeps.</summary>
    private static void LeadsOnly(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(StaffRoles.Admin, StaffRoles.Supervisor);

    /// <summary>How many families the broadcast would reach now, in all and per channel; nothing is saved.</summary>
    private static async Task<Results<Ok<BroadcastReach>, ValidationProblem>> PreviewAsync(
        BroadcastDesk desk, BroadcastDraft draft, CancellationToken cancellationToken)
    {
        var errors = BroadcastDesk.FilterErrors(draft);
        if (errors.Count > 0) return Invalid(errors);
        return TypedResults.Ok(await desk.PreviewAsync(draft, cancellationToken));
    }

    /// <summary>Schedules a broadcast; without <c>sendAt</c> (or with a time now) it starts at once.</summary>
    private static async Task<Results<Created<BroadcastProgress>, ValidationProblem>> CreateAsync(
        HttpContext context, BroadcastDesk desk, BroadcastDraft draft, CancellationToken cancellationToken)
    {
        var creation = await desk.CreateAsync(StaffMember.From(context.User), draft, cancellationToken);
        if (creation.Broadcast is not { } broadcast) return Invalid(creation.Errors);
        var progress = await desk.ProgressAsync(broadcast.Id, cancellationToken);
        return TypedResults.Created($"/api/broadcasts/{broadcast.Id}", progress!);
    }

    /// <summary>The broadcast, its delivery counts, its pace over the last 10 s and its failures by reason.</summary>
    private static async Task<Results<Ok<BroadcastProgress>, NotFound>> GetAsync(BroadcastDesk desk, int id, CancellationToken cancellationToken) =>
        await desk.ProgressAsync(id, cancellationToken) is { } progress ? TypedResults.Ok(progress) : TypedResults.NotFound();

    private static async Task<Results<Ok<BroadcastProgress>, NotFound, ProblemHttpResult>> CancelAsync(
        HttpContext context, BroadcastDesk desk, int id, CancellationToken cancellationToken)
    {
        switch (await desk.CancelAsync(StaffMember.From(context.User), id, cancellationToken))
        {
            case BroadcastCancellation.NotFound:
                return TypedResults.NotFound();
            case BroadcastCancellation.AlreadyFinished:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This broadcast has finished or was cancelled already.");
            default:
                return await desk.ProgressAsync(id, cancellationToken) is { } progress ? TypedResults.Ok(progress) : TypedResults.NotFound();
        }
    }

    private static ValidationProblem Invalid(IReadOnlyDictionary<string, string> errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => new[] { e.Value }),
            title: "The broadcast is not valid.");
}
