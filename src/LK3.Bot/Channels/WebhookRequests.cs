using System.Data.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LK3.Bot.Channels;

/// <summary>
/// What every inbound endpoint does the same way: a bounded body, read so that nothing in it can cause a 500, and 503
/// (with its cause logged) when an update cannot be stored.
/// </summary>
internal static class WebhookRequests
{
    /// <summary>The whole body, or null when it is larger than <paramref name="maxBytes"/>, counted as it arrives (also when chunked).</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }
        try
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, cancellationToken);
            return body.Length > maxBytes ? null : body.ToArray();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    public static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.");

    /// <summary>Not stored, so not acknowledged: the sender tries again, and nothing is lost.</summary>
    public static ProblemHttpResult NotStored(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The message could not be stored; send it again.");
    }

    /// <summary>
    /// Reads what a body says. Whatever goes wrong doing so is the body's fault, whichever exception a parser or converter
    /// throws (Telegram.Bot's polymorphic converters throw KeyNotFoundException, say): null then, for a 400 that stores
    /// nothing, and <paramref name="fault"/> names the exception's type (never its message, which can quote the body).
    /// </summary>
    public static T? TryRead<T>(Func<T?> read, out string? fault) where T : class
    {
        try
        {
            fault = null;
            return read();
        }
        catch (Exception exception)
        {
            fault = exception.GetType().Name;
            return null;
        }
    }

    /// <summary>
    /// Why an update could not be stored, for the 503's log line: each exception's type down to the database's own error
    /// code. Never their messages: a database's message can quote the values it refused.
    /// </summary>
    public static string StoreFailure(Exception exception)
    {
        var causes = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            causes.Add(e switch
            {
                PostgresException postgres => $"{e.GetType().Name} {postgres.SqlState}",
                SqliteException sqlite => $"{e.GetType().Name} {sqlite.SqliteExtendedErrorCode}",
                SqlException sqlServer => $"{e.GetType().Name} {sqlServer.Number}",
                DbException { SqlState: { } state } => $"{e.GetType().Name} {state}",
                _ => e.GetType().Name,
            });
        }
        return string.Join(" ← ", causes);
    }

    public static ProblemHttpResult BadRequest(string title) => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title);
}
