using LK3.Bot.Staff.Cases;
using LK3.Intake.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LK3.Bot.Staff.Api;

/// <summary><c>/api/cases</c>: the case work of the staff pages as JSON, under the same role rules.</summary>
public static class CaseApi
{
    public static IEndpointRouteBuilder MapCaseApi(this IEndpointRouteBuilder endpoints)
    {
        var cases = endpoints.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization(StaffApp.ApiPolicy);
        cases.MapGet("", ListAsync);
        cases.MapGet("/{reference}", GetAsync);
        cases.MapPost("/{reference}/moves", MoveAsync);
        cases.MapPost("/{reference}/notes", AddNoteAsync);
        cases.MapPost("/{reference}/replies", ReplyAsync);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<CaseSummary>>> ListAsync(
        HttpContext context, CaseWork work, CaseStage? stage, bool? urgent, int? counsellorId, ProblemCategory? category, Kecamatan? kecamatan,
        int? year, string? reference, CancellationToken cancellationToken) =>
        TypedResults.Ok(await work.QueueAsync(StaffMember.From(context.User),
            new CaseFilter(stage, urgent, counsellorId, category, kecamatan, year, reference), cancellationToken));

    private static async Task<Results<Ok<CaseDetails>, NotFound>> GetAsync(
        HttpContext context, CaseWork work, string reference, CancellationToken cancellationToken)
    {
        var member = StaffMember.From(context.User);
        return await work.OpenAsync(member, reference, cancellationToken) is { } intakeCase
            ? TypedResults.Ok(CaseDetails.Of(intakeCase, work.PermittedMoves(member, intakeCase)))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<CaseDetails>, NotFound, ProblemHttpResult>> MoveAsync(
        HttpContext context, CaseWork work, string reference, CaseMoveRequest move, CancellationToken cancellationToken)
    {
        var member = StaffMember.From(context.User);
        if (!TryParseMove(move.Trigger, out var trigger))
        {
            // Tell the caller what would have worked, as the case page shows its buttons.
            return await work.PermittedMovesAsync(member, reference, cancellationToken) is { } allowed
                ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown move.",
                    detail: $"\"{Shortened(move.Trigger)}\" is not a move. {AllowedNow(allowed)} "
                        + $"(all moves: {string.Join(", ", Enum.GetNames<CaseTrigger>())}).")
                : TypedResults.NotFound();
        }
        try
        {
            return await work.MoveAsync(member, reference, trigger, move.Note, move.ReferralPartnerId, cancellationToken) is { } intakeCase
                ? TypedResults.Ok(CaseDetails.Of(intakeCase, work.PermittedMoves(member, intakeCase)))
                : TypedResults.NotFound();
        }
        catch (CaseTransitionRefusedException refused)
        {
            var allowed = await work.PermittedMovesAsync(member, reference, cancellationToken) ?? [];
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This move is not allowed now.",
                detail: $"{refused.Message} {AllowedNow(allowed)}");
        }
    }

    /// <summary>A move by its name (any case); a number is not a name.</summary>
    private static bool TryParseMove(string? name, out CaseTrigger trigger)
    {
        trigger = default;
        return name is { Length: > 0 } && char.IsLetter(name[0]) && Enum.TryParse(name, ignoreCase: true, out trigger) && Enum.IsDefined(trigger);
    }

    private static string Shortened(string? name) => name is { Length: > 40 } ? $"{name[..40]}…" : name ?? "";

    private static string AllowedNow(IReadOnlyList<CaseTrigger> allowed) =>
        allowed.Count == 0 ? "No move is allowed on this case now." : $"Allowed on this case now: {string.Join(", ", allowed)}.";

    /// <summary>A message to the family through its own channel.</summary>
    private static async Task<Results<Accepted, NotFound, ProblemHttpResult>> ReplyAsync(
        HttpContext context, CaseWork work, string reference, CaseReplyRequest request, CancellationToken cancellationToken)
    {
        var result = await work.ReplyAsync(StaffMember.From(context.User), reference, request.Text ?? "", cancellationToken);
        if (!result.Found) return TypedResults.NotFound();
        return result.Refusal is { } refusal
            ? TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: refusal)
            : TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<Created, NotFound, ProblemHttpResult>> AddNoteAsync(
        HttpContext context, CaseWork work, string reference, CaseNoteRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > CaseNote.MaxLength)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"A note has 1 to {CaseNote.MaxLength} characters.");
        }
        return await work.AddNoteAsync(StaffMember.From(context.User), reference, request.Text, cancellationToken) is not null
            ? TypedResults.Created()
            : TypedResults.NotFound();
    }
}

public sealed record CaseReplyRequest(string Text);

/// <param name="Trigger">The move's name: one of <see cref="CaseTrigger"/> (a string, so that a wrong name gets an answer naming the right ones).</param>
public sealed record CaseMoveRequest(string? Trigger, string? Note, int? ReferralPartnerId);

public sealed record CaseNoteRequest(string Text);

/// <summary>A case as the API shows it: the intake answers, the transcript, the stage timeline, the notes and the moves allowed now.</summary>
public sealed record CaseDetails(
    string Reference, CaseStage Stage, bool Urgent, ProblemCategory Category, HelpRecipient Recipient, string Description, Kecamatan Kecamatan,
    ContactMethod ContactMethod, string? ContactPhone, string Channel, int? CounsellorId, DateTimeOffset CreatedAt,
    IReadOnlyList<CaseDetails.Message> Transcript, IReadOnlyList<CaseDetails.Step> Timeline, IReadOnlyList<CaseDetails.Note> Notes,
    IReadOnlyList<CaseTrigger> AllowedMoves)
{
    public sealed record Message(MessageDirection Direction, string Text, DateTimeOffset At);

    public sealed record Step(CaseStage From, CaseStage To, CaseTrigger Trigger, string By, string? Note, DateTimeOffset At);

    public sealed record Note(string Author, string Text, DateTimeOffset At);

    public static CaseDetails Of(IntakeCase c, IReadOnlyList<CaseTrigger> allowed) => new(
        c.Reference.ToString(), c.Stage, c.Urgent, c.Category, c.Recipient, c.Description, c.Kecamatan,
        c.ContactMethod, c.ContactPhone, c.Channel, c.CounsellorId, c.CreatedAt,
        [.. c.Messages.OrderBy(m => m.Id).Select(m => new Message(m.Direction, m.Text, m.ReceivedAt))],
        [.. c.Transitions.OrderBy(t => t.Id).Select(t => new Step(t.From, t.To, t.Trigger, t.ActorName, t.Note, t.At))],
        [.. c.Notes.OrderBy(n => n.Id).Select(n => new Note(n.AuthorName, n.Text, n.At))],
        allowed);
}
